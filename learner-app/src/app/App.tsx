import { lazy, Suspense, useEffect, useRef } from 'react';
import { Route, Routes, useLocation, useMatch, useParams } from 'react-router';
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

// Monaco is megabytes: only the IDE and progress routes load their code, on demand.
const IdePage = lazy(() => import('../routes/ide/IdePage'));
const ProgressPage = lazy(() => import('../routes/progress/ProgressPage'));
// Candidate mode (invite links): its own chunk, and no learner chrome around it.
const CandidatePage = lazy(() => import('../routes/candidate/CandidatePage'));
const AccountPage = lazy(() => import('../routes/account/AccountPage'));
const DevInboxPage = lazy(() => import('../routes/dev-inbox/DevInboxPage'));
const CompetitionsPage = lazy(() => import('../routes/competitions/CompetitionsPage'));
const ArenaPage = lazy(() => import('../routes/competitions/ArenaPage'));

function IdeRoute() {
  const { slug = '' } = useParams();
  return (
    <RequireAuth>
      {/* key: a new challenge gets a fresh workspace, not the last one's state. */}
      <IdePage key={slug} slug={slug} />
    </RequireAuth>
  );
}

function ArenaRoute() {
  const { id = '' } = useParams();
  return <ArenaPage key={id} id={id} />;
}

function LearnerRoutes() {
  return (
    <Routes>
      <Route path="/" element={<CatalogPage />} />
      <Route path="/login" element={<LogInPage />} />
      <Route path="/signup" element={<SignUpPage />} />
      <Route path="/verify-email" element={<VerifyEmailPage />} />
      <Route path="/forgot-password" element={<ForgotPasswordPage />} />
      <Route path="/reset-password" element={<ResetPasswordPage />} />
      <Route path="/dev/inbox" element={<DevInboxPage />} />
      <Route
        path="/account"
        element={
          <RequireAuth>
            <AccountPage />
          </RequireAuth>
        }
      />
      <Route
        path="/progress"
        element={
          <RequireAuth>
            <ProgressPage />
          </RequireAuth>
        }
      />
      <Route path="/competitions" element={<CompetitionsPage />} />
      <Route path="/competitions/:id" element={<ArenaRoute />} />
      <Route path="/challenges/:slug" element={<IdeRoute />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

export function App() {
  const { pathname } = useLocation();
  const candidate = useMatch('/candidate/:token')?.params.token;
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
          {candidate ? <CandidatePage key={candidate} token={candidate} /> : <LearnerRoutes />}
        </Suspense>
      </main>
    </div>
  );
}
