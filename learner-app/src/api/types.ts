// TypeScript shapes of the platform-api GraphQL contract (only what this app selects).

export type SourceKind = 'GITHUB' | 'SYNTHETIC';
export type ChallengeOrder =
  'DIFFICULTY_ASC' | 'DIFFICULTY_DESC' | 'TITLE_ASC' | 'NEWEST' | 'ESTIMATED_MINUTES_ASC';

export interface User {
  id: string;
  email: string;
  displayName: string;
}

export interface AuthPayload {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  user: User;
}

export interface PageInfo {
  endCursor: string | null;
  hasNextPage: boolean;
}

export interface ChallengeFilter {
  languages?: string[];
  difficulties?: number[];
  bugTypes?: string[];
  tag?: string;
  text?: string;
  sourceKind?: SourceKind;
}

export interface ChallengeSummary {
  slug: string;
  title: string;
  language: string;
  framework: string;
  difficulty: number;
  bugTypes: string[];
  tags: string[];
  estimatedMinutes: number;
  sourceKind: SourceKind;
  sourceUrl: string | null;
}

export interface ChallengeConnection {
  nodes: ChallengeSummary[];
  pageInfo: PageInfo;
  totalCount: number;
}

export interface ChallengeFile {
  path: string;
  content: string;
  editable: boolean;
}

export interface Limits {
  cpuSeconds: number;
  wallSeconds: number;
  memoryMb: number;
}

export interface ChallengeDetail extends ChallengeSummary {
  summary: string;
  runtime: string;
  learningObjectives: string[];
  hintCount: number;
  files: ChallengeFile[];
  limits: Limits;
}

export interface Hint {
  level: number;
  text: string;
}

export type RunStatus = 'PASS' | 'FAIL' | 'ERROR' | 'TIMEOUT';
export type TestStatus = 'PASS' | 'FAIL' | 'ERROR' | 'SKIPPED';

export interface TestResult {
  name: string;
  status: TestStatus;
  message: string | null;
  output: string | null;
  durationMs: number | null;
}

export interface LimitHit {
  kind: string;
  limit: number;
  unit: string;
  message: string;
}

export interface Run {
  id: string;
  suite: string;
  status: RunStatus;
  passed: number;
  failed: number;
  /** How many tests ran. */
  total: number;
  /** Hidden-suite runs: counts and status only (tests, stdout and stderr are empty). */
  redacted: boolean;
  tests: TestResult[];
  stdout: string;
  stderr: string;
  durationMs: number;
  limitHit: LimitHit | null;
  createdAt: string;
}

export interface ScoreBreakdown {
  correctness: number;
  timeFactor: number;
  hintPenalty: number;
  efficiency: number;
  total: number;
}

export interface Submission {
  id: string;
  /** Null when the submission could not be scored automatically (reviewRequired). */
  score: number | null;
  reviewRequired: boolean;
  breakdown: ScoreBreakdown | null;
  hiddenPassed: number;
  hiddenTotal: number;
  createdAt: string;
}

export type AttemptStatus = 'IN_PROGRESS' | 'SUBMITTED';

export interface Attempt {
  id: string;
  status: AttemptStatus;
  challenge: ChallengeDetail;
  files: ChallengeFile[];
  hints: Hint[];
  startedAt: string;
  updatedAt: string;
  submittedAt: string | null;
  runs: Run[];
  submission: Submission | null;
}

/** An attempt as listed in the history: only what the table shows. */
export interface AttemptSummary {
  id: string;
  status: AttemptStatus;
  startedAt: string;
  submittedAt: string | null;
  challenge: Pick<ChallengeSummary, 'slug' | 'title' | 'language' | 'difficulty'>;
  submission: Pick<Submission, 'score' | 'reviewRequired'> | null;
}

export interface AttemptConnection {
  nodes: AttemptSummary[];
  pageInfo: PageInfo;
}

export type MasteryDimension = 'LANGUAGE' | 'BUG_TYPE';

export interface Mastery {
  dimension: MasteryDimension;
  key: string;
  level: number;
  solved: number;
}

export interface Achievement {
  code: string;
  title: string;
  description: string;
  earnedAt: string;
}

export interface Progress {
  mastery: Mastery[];
  streakDays: number;
  longestStreakDays: number;
  solvedCount: number;
  attemptCount: number;
  achievements: Achievement[];
}

export interface FileInput {
  path: string;
  content: string;
}

// Candidate mode.
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

/** Sign-up, reset and e-mail-change requests: the same answer whatever the address. */
export interface AccountMailSent {
  email: string;
  message: string;
}

/** Account mail kept by the local mailer (development only). */
export interface DevMailMessage {
  to: string;
  subject: string;
  text: string;
  links: string[];
  createdAt: string;
}
