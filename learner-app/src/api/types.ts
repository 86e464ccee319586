// The shapes the screens use, named for what they are: each is the generated type of a document
// in ./operations.graphql.ts (generated from the committed schema by `npm run codegen`), so a
// schema change the app depends on fails the type check instead of a screen.
import type {
  AttemptFieldsFragment,
  AuthFieldsFragment,
  CandidateInviteQuery,
  CandidateSessionFieldsFragment,
  ChallengeDetailFieldsFragment,
  ChallengesQuery,
  ChallengeSummaryFieldsFragment,
  DevInboxQuery,
  MailSentFieldsFragment,
  MyAttemptsQuery,
  MyProgressQuery,
  OpenCandidateSessionMutation,
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

// Candidate mode (routes/candidate/candidate.graphql.ts).
export type CandidateLanding = CandidateInviteQuery['candidateInvite'];
export type CandidateStatus = CandidateLanding['status'];
export type CandidateSession = CandidateSessionFieldsFragment;
export type SessionPhase = CandidateSession['phase'];
export type CandidateSessionChallenge = CandidateSession['challenges'][number];
export type CandidateAuth = OpenCandidateSessionMutation['openCandidateSession'];
