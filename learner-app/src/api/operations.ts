// Every GraphQL document the app sends, in one place. Fragments keep the selections the
// screens share identical.

const USER_FIELDS = 'id email displayName';
const AUTH_FIELDS = `accessToken accessTokenExpiresAt refreshToken user { ${USER_FIELDS} }`;

const CHALLENGE_SUMMARY_FIELDS = `slug title language framework difficulty bugTypes tags
  estimatedMinutes sourceKind sourceUrl`;

const RUN_FIELDS = `id suite status passed failed total redacted durationMs stdout stderr createdAt
  tests { name status message output durationMs }
  limitHit { kind limit unit message }`;

const SUBMISSION_FIELDS = `id score reviewRequired hiddenPassed hiddenTotal createdAt
  breakdown { correctness timeFactor hintPenalty efficiency total }`;

const ATTEMPT_FIELDS = `id status startedAt updatedAt submittedAt
  challenge {
    ${CHALLENGE_SUMMARY_FIELDS} summary runtime learningObjectives hintCount
    files { path content editable }
    limits { cpuSeconds wallSeconds memoryMb }
  }
  files { path content editable }
  hints { level text }
  runs { ${RUN_FIELDS} }
  submission { ${SUBMISSION_FIELDS} }`;

// Account (issue 14): sign-up and reset requests answer "check your e-mail", whatever the address.
const MAIL_SENT_FIELDS = 'email message';

export const SIGN_UP = `mutation SignUp($input: SignUpInput!) { signUp(input: $input) { ${MAIL_SENT_FIELDS} } }`;

export const VERIFY_EMAIL = `mutation VerifyEmail($token: String!) { verifyEmail(token: $token) { ${AUTH_FIELDS} } }`;

export const REQUEST_PASSWORD_RESET = `mutation RequestPasswordReset($email: String!) {
  requestPasswordReset(email: $email, app: LEARNER) { ${MAIL_SENT_FIELDS} }
}`;

export const RESET_PASSWORD = `mutation ResetPassword($input: ResetPasswordInput!) { resetPassword(input: $input) { ${AUTH_FIELDS} } }`;

export const CHANGE_PASSWORD = `mutation ChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { ${AUTH_FIELDS} } }`;

export const UPDATE_PROFILE = `mutation UpdateProfile($displayName: String!) { updateProfile(displayName: $displayName) { ${USER_FIELDS} } }`;

export const REQUEST_EMAIL_CHANGE = `mutation RequestEmailChange($input: ChangeEmailInput!) {
  requestEmailChange(input: $input, app: LEARNER) { ${MAIL_SENT_FIELDS} }
}`;

export const DEV_INBOX = `query DevInbox($email: String!) { devInbox(email: $email) { to subject text links createdAt } }`;

export const LOG_IN = `mutation LogIn($input: LogInInput!) { logIn(input: $input) { ${AUTH_FIELDS} } }`;

export const CHALLENGES = `query Challenges($filter: ChallengeFilter, $first: Int, $after: String, $orderBy: ChallengeOrder) {
  challenges(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
    nodes { ${CHALLENGE_SUMMARY_FIELDS} }
    pageInfo { endCursor hasNextPage }
    totalCount
  }
}`;

export const START_ATTEMPT = `mutation StartAttempt($slug: String!) { startAttempt(slug: $slug) { ${ATTEMPT_FIELDS} } }`;

export const SAVE_FILES = `mutation SaveFiles($attemptId: ID!, $files: [FileInput!]!) {
  saveFiles(attemptId: $attemptId, files: $files) { id updatedAt }
}`;

export const RESET_ATTEMPT = `mutation ResetAttempt($attemptId: ID!) { resetAttempt(attemptId: $attemptId) { ${ATTEMPT_FIELDS} } }`;

export const RUN_TESTS = `mutation RunTests($attemptId: ID!, $files: [FileInput!]) {
  runTests(attemptId: $attemptId, files: $files) { ${RUN_FIELDS} }
}`;

export const REVEAL_HINT = `mutation RevealHint($attemptId: ID!) { revealHint(attemptId: $attemptId) { level text } }`;

export const SUBMIT = `mutation Submit($attemptId: ID!, $files: [FileInput!]) {
  submit(attemptId: $attemptId, files: $files) { ${SUBMISSION_FIELDS} }
}`;

export const MY_PROGRESS = `query MyProgress {
  myProgress {
    streakDays longestStreakDays solvedCount attemptCount
    mastery { dimension key level solved }
    achievements { code title description earnedAt }
  }
}`;

export const MY_ATTEMPTS = `query MyAttempts($first: Int, $after: String) {
  myAttempts(first: $first, after: $after) {
    nodes {
      id status startedAt submittedAt
      challenge { slug title language difficulty }
      submission { score reviewRequired }
    }
    pageInfo { endCursor hasNextPage }
  }
}`;

export const ATTEMPT = `query Attempt($id: ID!) { attempt(id: $id) { ${ATTEMPT_FIELDS} } }`;

// Candidate mode (docs/hiring-api.md, "The candidate's side"). The score is never selected: the
// app does not show it to the candidate.
const CANDIDATE_SESSION_FIELDS = `id phase companyName assessmentTitle instructions hintsAllowed
  timeLimitSeconds startedAt deadline
  challenges { position attemptId slug title language }`;

export const CANDIDATE_INVITE = `query CandidateInvite($token: String!) {
  candidateInvite(token: $token) {
    companyName assessmentTitle instructions candidateName timeLimitMinutes challengeCount
    hintsAllowed status
  }
}`;

export const OPEN_CANDIDATE_SESSION = `mutation OpenCandidateSession($token: String!) {
  openCandidateSession(token: $token) { token session { ${CANDIDATE_SESSION_FIELDS} } }
}`;

export const CANDIDATE_SESSION = `query CandidateSession { candidateSession { ${CANDIDATE_SESSION_FIELDS} } }`;
/** Over graphql-ws: the candidate token's own session, each time its state changes. */
export const SESSION_STATE_CHANGED = `subscription SessionStateChanged { sessionStateChanged { ${CANDIDATE_SESSION_FIELDS} } }`;

export const BEGIN_ASSESSMENT = `mutation BeginAssessment($consent: Boolean!) {
  beginAssessment(consent: $consent) { ${CANDIDATE_SESSION_FIELDS} }
}`;

export const RECORD_INTEGRITY = `mutation RecordIntegrity($pastes: Int!, $focusLosses: Int!) {
  recordIntegrity(pastes: $pastes, focusLosses: $focusLosses)
}`;

export const SUBMIT_ASSESSMENT = `mutation SubmitAssessment { submitAssessment { ${CANDIDATE_SESSION_FIELDS} } }`;
