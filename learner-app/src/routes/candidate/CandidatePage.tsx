import { useEffect } from 'react';
import { RequesterProvider } from '../../api/ApiProvider';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { ErrorState, LoadingState } from '../../components/StatusViews';
import { CandidateClosedPage, CandidateDonePage } from './CandidateEndPages';
import { CandidateLandingPage } from './CandidateLandingPage';
import { SessionView } from './SessionView';
import { useCandidateFlow, type CandidateView } from './useCandidateFlow';
import '../ide/ide.css';
import './candidate.css';

function titleOf(view: CandidateView): string {
  switch (view.kind) {
    case 'landing':
      return view.landing.assessmentTitle;
    case 'session':
      return view.session.assessmentTitle;
    case 'done':
      return 'Submitted';
    case 'closed':
      return 'Assessment link';
    default:
      return 'Assessment';
  }
}

/**
 * /candidate/:token — candidate mode, lazy-loaded. No account: everything below talks to the
 * API with the candidate token only (RequesterProvider), whoever is signed in as a learner.
 */
export default function CandidatePage({ token }: { token: string }) {
  const flow = useCandidateFlow(token);
  const { view } = flow;
  useDocumentTitle(titleOf(view));
  // The IDE comes next: fetch Monaco while the candidate reads the landing page.
  const willSolve = view.kind === 'landing' || view.kind === 'session';
  useEffect(() => {
    if (willSolve) void import('../ide/monaco-setup');
  }, [willSolve]);

  switch (view.kind) {
    case 'loading':
      return <LoadingState label="Opening your assessment…" />;
    case 'error':
      return (
        <ErrorState
          error={view.error}
          title="Could not open your assessment"
          onRetry={flow.reload}
        />
      );
    case 'closed':
      return <CandidateClosedPage reason={view.reason} companyName={view.companyName} />;
    case 'done':
      return <CandidateDonePage companyName={view.companyName} endedBy={view.endedBy} />;
    case 'landing':
      return (
        <CandidateLandingPage
          landing={view.landing}
          beginning={flow.beginning}
          error={flow.beginError}
          onBegin={() => void flow.begin()}
        />
      );
    case 'session':
      return (
        <RequesterProvider requester={flow.requester}>
          <SessionView
            session={view.session}
            requester={flow.requester}
            liveToken={flow.requester.token}
            onEnded={flow.finish}
          />
        </RequesterProvider>
      );
  }
}
