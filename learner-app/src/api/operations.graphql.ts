// Every GraphQL document the app sends, declared once and typed by the code generator from the
// committed schema (`npm run codegen` writes ./generated). Fragments keep the selections the
// screens share identical; each fragment's generated type is what the screens import.
import { graphql } from './generated';

graphql(`
  fragment UserFields on User {
    id
    email
    displayName
  }
`);

graphql(`
  fragment AuthFields on AuthPayload {
    accessToken
    accessTokenExpiresAt
    refreshToken
    user {
      ...UserFields
    }
  }
`);

graphql(`
  fragment ChallengeSummaryFields on ChallengeSummary {
    slug
    title
    language
    framework
    difficulty
    bugTypes
    tags
    estimatedMinutes
    sourceKind
    sourceUrl
  }
`);

graphql(`
  fragment RunFields on Run {
    id
    suite
    status
    passed
    failed
    total
    redacted
    durationMs
    stdout
    stderr
    createdAt
    tests {
      name
      status
      message
      output
      durationMs
    }
    limitHit {
      kind
      limit
      unit
      message
    }
  }
`);

graphql(`
  fragment SubmissionFields on Submission {
    id
    score
    reviewRequired
    hiddenPassed
    hiddenTotal
    createdAt
    breakdown {
      correctness
      timeFactor
      hintPenalty
      efficiency
      total
    }
  }
`);

graphql(`
  fragment ChallengeDetailFields on ChallengeDetail {
    slug
    title
    language
    framework
    difficulty
    bugTypes
    tags
    estimatedMinutes
    sourceKind
    sourceUrl
    summary
    runtime
    learningObjectives
    hintCount
    files {
      path
      content
      editable
    }
    limits {
      cpuSeconds
      wallSeconds
      memoryMb
    }
  }
`);

graphql(`
  fragment AttemptFields on Attempt {
    id
    status
    startedAt
    updatedAt
    submittedAt
    challenge {
      ...ChallengeDetailFields
    }
    files {
      path
      content
      editable
    }
    hints {
      level
      text
    }
    runs {
      ...RunFields
    }
    submission {
      ...SubmissionFields
    }
  }
`);

// Account (issue 14): sign-up and reset requests answer "check your e-mail", whatever the address.
graphql(`
  fragment MailSentFields on AccountMailSent {
    email
    message
  }
`);

export const REFRESH = graphql(`
  mutation Refresh($refreshToken: String!) {
    refresh(refreshToken: $refreshToken) {
      ...AuthFields
    }
  }
`);

export const LOG_OUT = graphql(`
  mutation LogOut($refreshToken: String!) {
    logOut(refreshToken: $refreshToken)
  }
`);

export const SIGN_UP = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      ...MailSentFields
    }
  }
`);

export const VERIFY_EMAIL = graphql(`
  mutation VerifyEmail($token: String!) {
    verifyEmail(token: $token) {
      ...AuthFields
    }
  }
`);

export const REQUEST_PASSWORD_RESET = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email, app: LEARNER) {
      ...MailSentFields
    }
  }
`);

export const RESET_PASSWORD = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      ...AuthFields
    }
  }
`);

export const CHANGE_PASSWORD = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      ...AuthFields
    }
  }
`);

export const UPDATE_PROFILE = graphql(`
  mutation UpdateProfile($displayName: String!) {
    updateProfile(displayName: $displayName) {
      ...UserFields
    }
  }
`);

export const REQUEST_EMAIL_CHANGE = graphql(`
  mutation RequestEmailChange($input: ChangeEmailInput!) {
    requestEmailChange(input: $input, app: LEARNER) {
      ...MailSentFields
    }
  }
`);

export const DEV_INBOX = graphql(`
  query DevInbox($email: String!) {
    devInbox(email: $email) {
      to
      subject
      text
      links
      createdAt
    }
  }
`);

export const LOG_IN = graphql(`
  mutation LogIn($input: LogInInput!) {
    logIn(input: $input) {
      ...AuthFields
    }
  }
`);

export const CHALLENGES = graphql(`
  query Challenges(
    $filter: ChallengeFilter
    $first: Int
    $after: String
    $orderBy: ChallengeOrder
  ) {
    challenges(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
      nodes {
        ...ChallengeSummaryFields
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
`);

export const START_ATTEMPT = graphql(`
  mutation StartAttempt($slug: String!) {
    startAttempt(slug: $slug) {
      ...AttemptFields
    }
  }
`);

export const SAVE_FILES = graphql(`
  mutation SaveFiles($attemptId: ID!, $files: [FileInput!]!) {
    saveFiles(attemptId: $attemptId, files: $files) {
      id
      updatedAt
    }
  }
`);

export const RESET_ATTEMPT = graphql(`
  mutation ResetAttempt($attemptId: ID!) {
    resetAttempt(attemptId: $attemptId) {
      ...AttemptFields
    }
  }
`);

export const RUN_TESTS = graphql(`
  mutation RunTests($attemptId: ID!, $files: [FileInput!]) {
    runTests(attemptId: $attemptId, files: $files) {
      ...RunFields
    }
  }
`);

export const REVEAL_HINT = graphql(`
  mutation RevealHint($attemptId: ID!) {
    revealHint(attemptId: $attemptId) {
      level
      text
    }
  }
`);

export const SUBMIT = graphql(`
  mutation Submit($attemptId: ID!, $files: [FileInput!]) {
    submit(attemptId: $attemptId, files: $files) {
      ...SubmissionFields
    }
  }
`);

export const MY_PROGRESS = graphql(`
  query MyProgress {
    myProgress {
      streakDays
      longestStreakDays
      solvedCount
      attemptCount
      mastery {
        dimension
        key
        level
        solved
      }
      achievements {
        code
        title
        description
        earnedAt
      }
    }
  }
`);

export const MY_ATTEMPTS = graphql(`
  query MyAttempts($first: Int, $after: String) {
    myAttempts(first: $first, after: $after) {
      nodes {
        id
        status
        startedAt
        submittedAt
        challenge {
          slug
          title
          language
          difficulty
        }
        submission {
          score
          reviewRequired
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const ATTEMPT = graphql(`
  query Attempt($id: ID!) {
    attempt(id: $id) {
      ...AttemptFields
    }
  }
`);
