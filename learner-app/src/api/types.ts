// The shapes the screens use, named for what they are: each is the generated type of a document
// in ./operations.graphql.ts (generated from the committed schema by `npm run codegen`), so a
// schema change the app depends on fails the type check instead of a screen.
import type {
  AttemptFieldsFragment,
  AuthFieldsFragment,
  ChallengeDetailFieldsFragment,
  ChallengesQuery,
  ChallengeSummaryFieldsFragment,
  DevInboxQuery,
  MailSentFieldsFragment,
  MyAttemptsQuery,
  MyProgressQuery,
  RunFieldsFragment,
  SubmissionFieldsFragment,
  UserFieldsFragment,
} from './generated/graphql';

export type {
  AttemptStatus,
  ChallengeFilter,
  ChallengeOrder,
  FileInput,
  MasteryDimension,
  RunStatus,
  SourceKind,
  TestStatus,
} from './generated/graphql';

export type User = UserFieldsFragment;
export type AuthPayload = AuthFieldsFragment;

export type ChallengeSummary = ChallengeSummaryFieldsFragment;
export type ChallengeConnection = ChallengesQuery['challenges'];
export type PageInfo = ChallengeConnection['pageInfo'];
export type ChallengeDetail = ChallengeDetailFieldsFragment;
export type ChallengeFile = ChallengeDetail['files'][number];
export type Limits = ChallengeDetail['limits'];

/** Hidden-suite runs (redacted): counts and status only (tests, stdout and stderr are empty). */
export type Run = RunFieldsFragment;
export type TestResult = Run['tests'][number];
export type LimitHit = NonNullable<Run['limitHit']>;

/** score is null when the submission could not be scored automatically (reviewRequired). */
export type Submission = SubmissionFieldsFragment;
export type ScoreBreakdown = NonNullable<Submission['breakdown']>;

export type Attempt = AttemptFieldsFragment;
export type Hint = Attempt['hints'][number];

/** An attempt as listed in the history: only what the table shows. */
export type AttemptConnection = MyAttemptsQuery['myAttempts'];
export type AttemptSummary = AttemptConnection['nodes'][number];

export type Progress = MyProgressQuery['myProgress'];
export type Mastery = Progress['mastery'][number];
export type Achievement = Progress['achievements'][number];

/** Sign-up, reset and e-mail-change requests: the same answer whatever the address. */
export type AccountMailSent = MailSentFieldsFragment;

/** Account mail kept by the local mailer (development only). */
export type DevMailMessage = DevInboxQuery['devInbox'][number];

// Candidate mode: hand-written until its documents (operations.ts, being changed for the
// sessionStateChanged subscription) move to operations.graphql.ts.
export type CandidateStatus = 'invited' | 'started' | 'submitted' | 'expired' | 'revoked';
export type SessionPhase = 'not_started' | 'in_progress' | 'submitted' | 'expired';

export interface CandidateLanding {
  companyName: string;
  assessmentTitle: string;
  instructions: string;
  candidateName: string | null;
  /** Including the accommodation. */
  timeLimitMinutes: number;
  challengeCount: number;
  hintsAllowed: boolean;
  status: CandidateStatus;
}

export interface CandidateSessionChallenge {
  position: number;
  attemptId: string;
  slug: string;
  title: string;
  language: string;
}

export interface CandidateSession {
  id: string;
  phase: SessionPhase;
  companyName: string;
  assessmentTitle: string;
  instructions: string;
  hintsAllowed: boolean;
  timeLimitSeconds: number;
  startedAt: string | null;
  deadline: string | null;
  challenges: CandidateSessionChallenge[];
}

export interface CandidateAuth {
  token: string;
  session: CandidateSession;
}
