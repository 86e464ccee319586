import type { ReactNode } from 'react';
import { BrowserRouter } from 'react-router';

/**
 * The app's router (the tests render the same one). A location change renders at once, not in
 * a React transition: the catalog's filters are controlled inputs read from the URL, and while a
 * transition waits to commit a click on one of them shows undone (the browser test saw it).
 */
export function AppRouter({ children }: { children: ReactNode }) {
  return <BrowserRouter useTransitions={false}>{children}</BrowserRouter>;
}
