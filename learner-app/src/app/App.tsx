import { lazy, Suspense, useEffect, useRef } from 'react';
import { LoadingState } from '../components/StatusViews';
import { ForgotPasswordPage } from '../routes/auth/ForgotPasswordPage';
import { LogInPage } from '../routes/auth/LogInPage';
import { ResetPasswordPage } from '../routes/auth/ResetPasswordPage';
import { SignUpPage } from '../routes/auth/SignUpPage';
import { VerifyEmailPage } from '../routes/auth/VerifyEmailPage';
import { CatalogPage } from '../routes/catalog/CatalogPage';
import { NotFoundPage } from '../routes/not-found/NotFoundPage';
import { AppHeader } from './AppHeader';
import { RequireAuth } from './RequireAuth';
import { matchPath, useLocation } from './router';

// Monaco is megabytes: only the IDE and progress routes load their code, on demand.
const IdePage = lazy(() => import('../routes/ide/IdePage'));
const ProgressPage = lazy(() => import('../routes/progress/ProgressPage'));
// Candidate mode (invite links): its own chunk, and no learner chrome around it.
const CandidatePage = lazy(() => import('../routes/candidate/CandidatePage'));
const AccountPage = lazy(() => import('../routes/account/AccountPage'));
const DevInboxPage = lazy(() => import('../routes/dev-inbox/DevInboxPage'));
const CompetitionsPage = lazy(() => import('../routes/competitions/CompetitionsPage'));
const ArenaPage = lazy(() => import('../routes/competitions/ArenaPage'));

function CurrentRoute() {
  const { pathname } = useLocation();
  if (pathname === '/') return <CatalogPage />;
  if (pathname === '/login') return <LogInPage />;
  if (pathname === '/signup') return <SignUpPage />;
  if (pathname === '/verify-email') return <VerifyEmailPage />;
  if (pathname === '/forgot-password') return <ForgotPasswordPage />;
  if (pathname === '/reset-password') return <ResetPasswordPage />;
  if (pathname === '/dev/inbox') return <DevInboxPage />;
  if (pathname === '/account') {
    return (
      <RequireAuth>
        <AccountPage />
      </RequireAuth>
    );
  }
  if (pathname === '/progress') {
    return (
      <RequireAuth>
        <ProgressPage />
      </RequireAuth>
    );
  }
  if (pathname === '/competitions') return <CompetitionsPage />;
  const competition = matchPath('/competitions/:id', pathname);
  if (competition) return <ArenaPage key={competition.id} id={competition.id} />;
  const challenge = matchPath('/challenges/:slug', pathname);
  if (challenge) {
    return (
      <RequireAuth>
        {/* key: a new challenge gets a fresh workspace, not the last one's state. */}
        <IdePage key={challenge.slug} slug={challenge.slug} />
      </RequireAuth>
    );
  }
  return <NotFoundPage />;
}

export function App() {
  const { pathname } = useLocation();
  const candidate = matchPath('/candidate/:token', pathname);
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After a client-side navigation, move focus to the new page so keyboard and screen-reader
  // users start at its top, as they would after a full page load.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [pathname]);

  return (
    <div className="app">
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      {/* A candidate sees the assessment's own minimal header, not sign-in and navigation. */}
      {!candidate && <AppHeader />}
      <main id="main" ref={mainRef} tabIndex={-1} className="app__main">
        <Suspense fallback={<LoadingState label="Loading the page…" />}>
          {candidate ? (
            <CandidatePage key={candidate.token} token={candidate.token} />
          ) : (
            <CurrentRoute />
          )}
        </Suspense>
      </main>
    </div>
  );
}
