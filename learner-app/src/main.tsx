import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { ApiProvider } from './api/ApiProvider';
import { createApiClient } from './api/client';
import { App } from './app/App';
// The design tokens all three front ends share (shared/DESIGN-SYSTEM.md).
import '@fixpoint/contracts/tokens.css';
import './styles/base.css';

const client = createApiClient();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <BrowserRouter>
      <ApiProvider client={client}>
        <App />
      </ApiProvider>
    </BrowserRouter>
  </StrictMode>,
);
