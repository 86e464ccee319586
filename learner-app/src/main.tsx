import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiProvider } from './api/ApiProvider';
import { createApiClient } from './api/client';
import { App } from './app/App';
import { AppRouter } from './app/AppRouter';
// The design tokens all three front ends share (shared/DESIGN-SYSTEM.md).
import '@fixpoint/contracts/tokens.css';
import './styles/base.css';

const client = createApiClient();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppRouter>
      <ApiProvider client={client}>
        <App />
      </ApiProvider>
    </AppRouter>
  </StrictMode>,
);
