/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment UserFields on User {\n    id\n    email\n    displayName\n  }\n": typeof types.UserFieldsFragmentDoc,
    "\n  fragment AuthFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    user {\n      ...UserFields\n    }\n  }\n": typeof types.AuthFieldsFragmentDoc,
    "\n  fragment ChallengeSummaryFields on ChallengeSummary {\n    slug\n    title\n    language\n    framework\n    difficulty\n    bugTypes\n    tags\n    estimatedMinutes\n    sourceKind\n    sourceUrl\n  }\n": typeof types.ChallengeSummaryFieldsFragmentDoc,
    "\n  fragment RunFields on Run {\n    id\n    suite\n    status\n    passed\n    failed\n    total\n    redacted\n    durationMs\n    stdout\n    stderr\n    createdAt\n    tests {\n      name\n      status\n      message\n      output\n      durationMs\n    }\n    limitHit {\n      kind\n      limit\n      unit\n      message\n    }\n  }\n": typeof types.RunFieldsFragmentDoc,
    "\n  fragment SubmissionFields on Submission {\n    id\n    score\n    reviewRequired\n    hiddenPassed\n    hiddenTotal\n    createdAt\n    breakdown {\n      correctness\n      timeFactor\n      hintPenalty\n      efficiency\n      total\n    }\n  }\n": typeof types.SubmissionFieldsFragmentDoc,
    "\n  fragment ChallengeDetailFields on ChallengeDetail {\n    slug\n    title\n    language\n    framework\n    difficulty\n    bugTypes\n    tags\n    estimatedMinutes\n    sourceKind\n    sourceUrl\n    summary\n    runtime\n    learningObjectives\n    hintCount\n    files {\n      path\n      content\n      editable\n    }\n    limits {\n      cpuSeconds\n      wallSeconds\n      memoryMb\n    }\n  }\n": typeof types.ChallengeDetailFieldsFragmentDoc,
    "\n  fragment AttemptFields on Attempt {\n    id\n    status\n    startedAt\n    updatedAt\n    submittedAt\n    challenge {\n      ...ChallengeDetailFields\n    }\n    files {\n      path\n      content\n      editable\n    }\n    hints {\n      level\n      text\n    }\n    runs {\n      ...RunFields\n    }\n    submission {\n      ...SubmissionFields\n    }\n  }\n": typeof types.AttemptFieldsFragmentDoc,
    "\n  fragment MailSentFields on AccountMailSent {\n    email\n    message\n  }\n": typeof types.MailSentFieldsFragmentDoc,
    "\n  mutation Refresh($refreshToken: String!) {\n    refresh(refreshToken: $refreshToken) {\n      ...AuthFields\n    }\n  }\n": typeof types.RefreshDocument,
    "\n  mutation LogOut($refreshToken: String!) {\n    logOut(refreshToken: $refreshToken)\n  }\n": typeof types.LogOutDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...MailSentFields\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      ...AuthFields\n    }\n  }\n": typeof types.VerifyEmailDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email, app: LEARNER) {\n      ...MailSentFields\n    }\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      ...AuthFields\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ...AuthFields\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation UpdateProfile($displayName: String!) {\n    updateProfile(displayName: $displayName) {\n      ...UserFields\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  mutation RequestEmailChange($input: ChangeEmailInput!) {\n    requestEmailChange(input: $input, app: LEARNER) {\n      ...MailSentFields\n    }\n  }\n": typeof types.RequestEmailChangeDocument,
    "\n  query DevInbox($email: String!) {\n    devInbox(email: $email) {\n      to\n      subject\n      text\n      links\n      createdAt\n    }\n  }\n": typeof types.DevInboxDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      ...AuthFields\n    }\n  }\n": typeof types.LogInDocument,
    "\n  query Challenges(\n    $filter: ChallengeFilter\n    $first: Int\n    $after: String\n    $orderBy: ChallengeOrder\n  ) {\n    challenges(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      nodes {\n        ...ChallengeSummaryFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": typeof types.ChallengesDocument,
    "\n  mutation StartAttempt($slug: String!) {\n    startAttempt(slug: $slug) {\n      ...AttemptFields\n    }\n  }\n": typeof types.StartAttemptDocument,
    "\n  mutation SaveFiles($attemptId: ID!, $files: [FileInput!]!) {\n    saveFiles(attemptId: $attemptId, files: $files) {\n      id\n      updatedAt\n    }\n  }\n": typeof types.SaveFilesDocument,
    "\n  mutation ResetAttempt($attemptId: ID!) {\n    resetAttempt(attemptId: $attemptId) {\n      ...AttemptFields\n    }\n  }\n": typeof types.ResetAttemptDocument,
    "\n  mutation RunTests($attemptId: ID!, $files: [FileInput!]) {\n    runTests(attemptId: $attemptId, files: $files) {\n      ...RunFields\n    }\n  }\n": typeof types.RunTestsDocument,
    "\n  mutation RevealHint($attemptId: ID!) {\n    revealHint(attemptId: $attemptId) {\n      level\n      text\n    }\n  }\n": typeof types.RevealHintDocument,
    "\n  mutation Submit($attemptId: ID!, $files: [FileInput!]) {\n    submit(attemptId: $attemptId, files: $files) {\n      ...SubmissionFields\n    }\n  }\n": typeof types.SubmitDocument,
    "\n  query MyProgress {\n    myProgress {\n      streakDays\n      longestStreakDays\n      solvedCount\n      attemptCount\n      mastery {\n        dimension\n        key\n        level\n        solved\n      }\n      achievements {\n        code\n        title\n        description\n        earnedAt\n      }\n    }\n  }\n": typeof types.MyProgressDocument,
    "\n  query MyAttempts($first: Int, $after: String) {\n    myAttempts(first: $first, after: $after) {\n      nodes {\n        id\n        status\n        startedAt\n        submittedAt\n        challenge {\n          slug\n          title\n          language\n          difficulty\n        }\n        submission {\n          score\n          reviewRequired\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.MyAttemptsDocument,
    "\n  query Attempt($id: ID!) {\n    attempt(id: $id) {\n      ...AttemptFields\n    }\n  }\n": typeof types.AttemptDocument,
    "\n  fragment CandidateSessionFields on CandidateSession {\n    id\n    phase\n    companyName\n    assessmentTitle\n    instructions\n    hintsAllowed\n    timeLimitSeconds\n    startedAt\n    deadline\n    challenges {\n      position\n      attemptId\n      slug\n      title\n      language\n    }\n  }\n": typeof types.CandidateSessionFieldsFragmentDoc,
    "\n  query CandidateInvite($token: String!) {\n    candidateInvite(token: $token) {\n      companyName\n      assessmentTitle\n      instructions\n      candidateName\n      timeLimitMinutes\n      challengeCount\n      hintsAllowed\n      status\n    }\n  }\n": typeof types.CandidateInviteDocument,
    "\n  mutation OpenCandidateSession($token: String!) {\n    openCandidateSession(token: $token) {\n      token\n      session {\n        ...CandidateSessionFields\n      }\n    }\n  }\n": typeof types.OpenCandidateSessionDocument,
    "\n  query CandidateSession {\n    candidateSession {\n      ...CandidateSessionFields\n    }\n  }\n": typeof types.CandidateSessionDocument,
    "\n  subscription SessionStateChanged {\n    sessionStateChanged {\n      ...CandidateSessionFields\n    }\n  }\n": typeof types.SessionStateChangedDocument,
    "\n  mutation BeginAssessment($consent: Boolean!) {\n    beginAssessment(consent: $consent) {\n      ...CandidateSessionFields\n    }\n  }\n": typeof types.BeginAssessmentDocument,
    "\n  mutation RecordIntegrity($pastes: Int!, $focusLosses: Int!) {\n    recordIntegrity(pastes: $pastes, focusLosses: $focusLosses)\n  }\n": typeof types.RecordIntegrityDocument,
    "\n  mutation SubmitAssessment {\n    submitAssessment {\n      ...CandidateSessionFields\n    }\n  }\n": typeof types.SubmitAssessmentDocument,
    "\n  fragment CompetitionSummaryFields on Competition {\n    id\n    title\n    kind\n    phase\n    startsAt\n    endsAt\n    entrants\n    registered\n  }\n": typeof types.CompetitionSummaryFieldsFragmentDoc,
    "\n  fragment LeaderboardEntryFields on LeaderboardEntry {\n    rank\n    userId\n    displayName\n    points\n    lastImprovementMs\n  }\n": typeof types.LeaderboardEntryFieldsFragmentDoc,
    "\n  query Competitions($when: CompetitionWhen!) {\n    competitions(when: $when) {\n      ...CompetitionSummaryFields\n    }\n  }\n": typeof types.CompetitionsDocument,
    "\n  query Competition($id: ID!) {\n    competition(id: $id) {\n      ...CompetitionSummaryFields\n      description\n      registrationOpensAt\n      freezeMinutes\n      failedSubmitPenalty\n      pausedAt\n      consentNotice\n      challenges {\n        position\n        challengeId\n        slug\n        title\n        language\n        difficulty\n        maxPoints\n        solved\n      }\n    }\n  }\n": typeof types.CompetitionDocument,
    "\n  query Leaderboard($id: ID!) {\n    leaderboard(competitionId: $id, first: 10) {\n      frozen\n      total\n      entries {\n        ...LeaderboardEntryFields\n      }\n    }\n  }\n": typeof types.LeaderboardDocument,
    "\n  query LeaderboardAroundMe($id: ID!) {\n    leaderboardAroundMe(competitionId: $id, radius: 2) {\n      frozen\n      total\n      entries {\n        ...LeaderboardEntryFields\n      }\n    }\n  }\n": typeof types.LeaderboardAroundMeDocument,
    "\n  subscription LeaderboardChanged($id: ID!) {\n    leaderboardChanged(competitionId: $id) {\n      phase\n      frozen\n      changed\n      top {\n        ...LeaderboardEntryFields\n      }\n    }\n  }\n": typeof types.LeaderboardChangedDocument,
    "\n  mutation RegisterForCompetition($id: ID!, $consent: Boolean!) {\n    registerForCompetition(competitionId: $id, consent: $consent) {\n      id\n      registered\n      entrants\n    }\n  }\n": typeof types.RegisterForCompetitionDocument,
    "\n  mutation StartCompetitionAttempt($slug: String!) {\n    startAttempt(slug: $slug) {\n      id\n    }\n  }\n": typeof types.StartCompetitionAttemptDocument,
    "\n  mutation SubmitCompetitionAttempt($id: ID!, $attemptId: ID!) {\n    submitCompetitionAttempt(competitionId: $id, attemptId: $attemptId) {\n      correctnessPermille\n      counts\n      points\n    }\n  }\n": typeof types.SubmitCompetitionAttemptDocument,
    "\n  query MyRating {\n    myRating {\n      rating\n      contests\n      history {\n        competitionId\n        competitionTitle\n        rank\n        ratingBefore\n        ratingAfter\n      }\n    }\n  }\n": typeof types.MyRatingDocument,
};
const documents: Documents = {
    "\n  fragment UserFields on User {\n    id\n    email\n    displayName\n  }\n": types.UserFieldsFragmentDoc,
    "\n  fragment AuthFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    user {\n      ...UserFields\n    }\n  }\n": types.AuthFieldsFragmentDoc,
    "\n  fragment ChallengeSummaryFields on ChallengeSummary {\n    slug\n    title\n    language\n    framework\n    difficulty\n    bugTypes\n    tags\n    estimatedMinutes\n    sourceKind\n    sourceUrl\n  }\n": types.ChallengeSummaryFieldsFragmentDoc,
    "\n  fragment RunFields on Run {\n    id\n    suite\n    status\n    passed\n    failed\n    total\n    redacted\n    durationMs\n    stdout\n    stderr\n    createdAt\n    tests {\n      name\n      status\n      message\n      output\n      durationMs\n    }\n    limitHit {\n      kind\n      limit\n      unit\n      message\n    }\n  }\n": types.RunFieldsFragmentDoc,
    "\n  fragment SubmissionFields on Submission {\n    id\n    score\n    reviewRequired\n    hiddenPassed\n    hiddenTotal\n    createdAt\n    breakdown {\n      correctness\n      timeFactor\n      hintPenalty\n      efficiency\n      total\n    }\n  }\n": types.SubmissionFieldsFragmentDoc,
    "\n  fragment ChallengeDetailFields on ChallengeDetail {\n    slug\n    title\n    language\n    framework\n    difficulty\n    bugTypes\n    tags\n    estimatedMinutes\n    sourceKind\n    sourceUrl\n    summary\n    runtime\n    learningObjectives\n    hintCount\n    files {\n      path\n      content\n      editable\n    }\n    limits {\n      cpuSeconds\n      wallSeconds\n      memoryMb\n    }\n  }\n": types.ChallengeDetailFieldsFragmentDoc,
    "\n  fragment AttemptFields on Attempt {\n    id\n    status\n    startedAt\n    updatedAt\n    submittedAt\n    challenge {\n      ...ChallengeDetailFields\n    }\n    files {\n      path\n      content\n      editable\n    }\n    hints {\n      level\n      text\n    }\n    runs {\n      ...RunFields\n    }\n    submission {\n      ...SubmissionFields\n    }\n  }\n": types.AttemptFieldsFragmentDoc,
    "\n  fragment MailSentFields on AccountMailSent {\n    email\n    message\n  }\n": types.MailSentFieldsFragmentDoc,
    "\n  mutation Refresh($refreshToken: String!) {\n    refresh(refreshToken: $refreshToken) {\n      ...AuthFields\n    }\n  }\n": types.RefreshDocument,
    "\n  mutation LogOut($refreshToken: String!) {\n    logOut(refreshToken: $refreshToken)\n  }\n": types.LogOutDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...MailSentFields\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      ...AuthFields\n    }\n  }\n": types.VerifyEmailDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email, app: LEARNER) {\n      ...MailSentFields\n    }\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      ...AuthFields\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ...AuthFields\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  mutation UpdateProfile($displayName: String!) {\n    updateProfile(displayName: $displayName) {\n      ...UserFields\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  mutation RequestEmailChange($input: ChangeEmailInput!) {\n    requestEmailChange(input: $input, app: LEARNER) {\n      ...MailSentFields\n    }\n  }\n": types.RequestEmailChangeDocument,
    "\n  query DevInbox($email: String!) {\n    devInbox(email: $email) {\n      to\n      subject\n      text\n      links\n      createdAt\n    }\n  }\n": types.DevInboxDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      ...AuthFields\n    }\n  }\n": types.LogInDocument,
    "\n  query Challenges(\n    $filter: ChallengeFilter\n    $first: Int\n    $after: String\n    $orderBy: ChallengeOrder\n  ) {\n    challenges(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      nodes {\n        ...ChallengeSummaryFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": types.ChallengesDocument,
    "\n  mutation StartAttempt($slug: String!) {\n    startAttempt(slug: $slug) {\n      ...AttemptFields\n    }\n  }\n": types.StartAttemptDocument,
    "\n  mutation SaveFiles($attemptId: ID!, $files: [FileInput!]!) {\n    saveFiles(attemptId: $attemptId, files: $files) {\n      id\n      updatedAt\n    }\n  }\n": types.SaveFilesDocument,
    "\n  mutation ResetAttempt($attemptId: ID!) {\n    resetAttempt(attemptId: $attemptId) {\n      ...AttemptFields\n    }\n  }\n": types.ResetAttemptDocument,
    "\n  mutation RunTests($attemptId: ID!, $files: [FileInput!]) {\n    runTests(attemptId: $attemptId, files: $files) {\n      ...RunFields\n    }\n  }\n": types.RunTestsDocument,
    "\n  mutation RevealHint($attemptId: ID!) {\n    revealHint(attemptId: $attemptId) {\n      level\n      text\n    }\n  }\n": types.RevealHintDocument,
    "\n  mutation Submit($attemptId: ID!, $files: [FileInput!]) {\n    submit(attemptId: $attemptId, files: $files) {\n      ...SubmissionFields\n    }\n  }\n": types.SubmitDocument,
    "\n  query MyProgress {\n    myProgress {\n      streakDays\n      longestStreakDays\n      solvedCount\n      attemptCount\n      mastery {\n        dimension\n        key\n        level\n        solved\n      }\n      achievements {\n        code\n        title\n        description\n        earnedAt\n      }\n    }\n  }\n": types.MyProgressDocument,
    "\n  query MyAttempts($first: Int, $after: String) {\n    myAttempts(first: $first, after: $after) {\n      nodes {\n        id\n        status\n        startedAt\n        submittedAt\n        challenge {\n          slug\n          title\n          language\n          difficulty\n        }\n        submission {\n          score\n          reviewRequired\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.MyAttemptsDocument,
    "\n  query Attempt($id: ID!) {\n    attempt(id: $id) {\n      ...AttemptFields\n    }\n  }\n": types.AttemptDocument,
    "\n  fragment CandidateSessionFields on CandidateSession {\n    id\n    phase\n    companyName\n    assessmentTitle\n    instructions\n    hintsAllowed\n    timeLimitSeconds\n    startedAt\n    deadline\n    challenges {\n      position\n      attemptId\n      slug\n      title\n      language\n    }\n  }\n": types.CandidateSessionFieldsFragmentDoc,
    "\n  query CandidateInvite($token: String!) {\n    candidateInvite(token: $token) {\n      companyName\n      assessmentTitle\n      instructions\n      candidateName\n      timeLimitMinutes\n      challengeCount\n      hintsAllowed\n      status\n    }\n  }\n": types.CandidateInviteDocument,
    "\n  mutation OpenCandidateSession($token: String!) {\n    openCandidateSession(token: $token) {\n      token\n      session {\n        ...CandidateSessionFields\n      }\n    }\n  }\n": types.OpenCandidateSessionDocument,
    "\n  query CandidateSession {\n    candidateSession {\n      ...CandidateSessionFields\n    }\n  }\n": types.CandidateSessionDocument,
    "\n  subscription SessionStateChanged {\n    sessionStateChanged {\n      ...CandidateSessionFields\n    }\n  }\n": types.SessionStateChangedDocument,
    "\n  mutation BeginAssessment($consent: Boolean!) {\n    beginAssessment(consent: $consent) {\n      ...CandidateSessionFields\n    }\n  }\n": types.BeginAssessmentDocument,
    "\n  mutation RecordIntegrity($pastes: Int!, $focusLosses: Int!) {\n    recordIntegrity(pastes: $pastes, focusLosses: $focusLosses)\n  }\n": types.RecordIntegrityDocument,
    "\n  mutation SubmitAssessment {\n    submitAssessment {\n      ...CandidateSessionFields\n    }\n  }\n": types.SubmitAssessmentDocument,
    "\n  fragment CompetitionSummaryFields on Competition {\n    id\n    title\n    kind\n    phase\n    startsAt\n    endsAt\n    entrants\n    registered\n  }\n": types.CompetitionSummaryFieldsFragmentDoc,
    "\n  fragment LeaderboardEntryFields on LeaderboardEntry {\n    rank\n    userId\n    displayName\n    points\n    lastImprovementMs\n  }\n": types.LeaderboardEntryFieldsFragmentDoc,
    "\n  query Competitions($when: CompetitionWhen!) {\n    competitions(when: $when) {\n      ...CompetitionSummaryFields\n    }\n  }\n": types.CompetitionsDocument,
    "\n  query Competition($id: ID!) {\n    competition(id: $id) {\n      ...CompetitionSummaryFields\n      description\n      registrationOpensAt\n      freezeMinutes\n      failedSubmitPenalty\n      pausedAt\n      consentNotice\n      challenges {\n        position\n        challengeId\n        slug\n        title\n        language\n        difficulty\n        maxPoints\n        solved\n      }\n    }\n  }\n": types.CompetitionDocument,
    "\n  query Leaderboard($id: ID!) {\n    leaderboard(competitionId: $id, first: 10) {\n      frozen\n      total\n      entries {\n        ...LeaderboardEntryFields\n      }\n    }\n  }\n": types.LeaderboardDocument,
    "\n  query LeaderboardAroundMe($id: ID!) {\n    leaderboardAroundMe(competitionId: $id, radius: 2) {\n      frozen\n      total\n      entries {\n        ...LeaderboardEntryFields\n      }\n    }\n  }\n": types.LeaderboardAroundMeDocument,
    "\n  subscription LeaderboardChanged($id: ID!) {\n    leaderboardChanged(competitionId: $id) {\n      phase\n      frozen\n      changed\n      top {\n        ...LeaderboardEntryFields\n      }\n    }\n  }\n": types.LeaderboardChangedDocument,
    "\n  mutation RegisterForCompetition($id: ID!, $consent: Boolean!) {\n    registerForCompetition(competitionId: $id, consent: $consent) {\n      id\n      registered\n      entrants\n    }\n  }\n": types.RegisterForCompetitionDocument,
    "\n  mutation StartCompetitionAttempt($slug: String!) {\n    startAttempt(slug: $slug) {\n      id\n    }\n  }\n": types.StartCompetitionAttemptDocument,
    "\n  mutation SubmitCompetitionAttempt($id: ID!, $attemptId: ID!) {\n    submitCompetitionAttempt(competitionId: $id, attemptId: $attemptId) {\n      correctnessPermille\n      counts\n      points\n    }\n  }\n": types.SubmitCompetitionAttemptDocument,
    "\n  query MyRating {\n    myRating {\n      rating\n      contests\n      history {\n        competitionId\n        competitionTitle\n        rank\n        ratingBefore\n        ratingAfter\n      }\n    }\n  }\n": types.MyRatingDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserFields on User {\n    id\n    email\n    displayName\n  }\n"): typeof import('./graphql').UserFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuthFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    user {\n      ...UserFields\n    }\n  }\n"): typeof import('./graphql').AuthFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChallengeSummaryFields on ChallengeSummary {\n    slug\n    title\n    language\n    framework\n    difficulty\n    bugTypes\n    tags\n    estimatedMinutes\n    sourceKind\n    sourceUrl\n  }\n"): typeof import('./graphql').ChallengeSummaryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RunFields on Run {\n    id\n    suite\n    status\n    passed\n    failed\n    total\n    redacted\n    durationMs\n    stdout\n    stderr\n    createdAt\n    tests {\n      name\n      status\n      message\n      output\n      durationMs\n    }\n    limitHit {\n      kind\n      limit\n      unit\n      message\n    }\n  }\n"): typeof import('./graphql').RunFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SubmissionFields on Submission {\n    id\n    score\n    reviewRequired\n    hiddenPassed\n    hiddenTotal\n    createdAt\n    breakdown {\n      correctness\n      timeFactor\n      hintPenalty\n      efficiency\n      total\n    }\n  }\n"): typeof import('./graphql').SubmissionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChallengeDetailFields on ChallengeDetail {\n    slug\n    title\n    language\n    framework\n    difficulty\n    bugTypes\n    tags\n    estimatedMinutes\n    sourceKind\n    sourceUrl\n    summary\n    runtime\n    learningObjectives\n    hintCount\n    files {\n      path\n      content\n      editable\n    }\n    limits {\n      cpuSeconds\n      wallSeconds\n      memoryMb\n    }\n  }\n"): typeof import('./graphql').ChallengeDetailFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AttemptFields on Attempt {\n    id\n    status\n    startedAt\n    updatedAt\n    submittedAt\n    challenge {\n      ...ChallengeDetailFields\n    }\n    files {\n      path\n      content\n      editable\n    }\n    hints {\n      level\n      text\n    }\n    runs {\n      ...RunFields\n    }\n    submission {\n      ...SubmissionFields\n    }\n  }\n"): typeof import('./graphql').AttemptFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MailSentFields on AccountMailSent {\n    email\n    message\n  }\n"): typeof import('./graphql').MailSentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Refresh($refreshToken: String!) {\n    refresh(refreshToken: $refreshToken) {\n      ...AuthFields\n    }\n  }\n"): typeof import('./graphql').RefreshDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogOut($refreshToken: String!) {\n    logOut(refreshToken: $refreshToken)\n  }\n"): typeof import('./graphql').LogOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...MailSentFields\n    }\n  }\n"): typeof import('./graphql').SignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      ...AuthFields\n    }\n  }\n"): typeof import('./graphql').VerifyEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email, app: LEARNER) {\n      ...MailSentFields\n    }\n  }\n"): typeof import('./graphql').RequestPasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      ...AuthFields\n    }\n  }\n"): typeof import('./graphql').ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ...AuthFields\n    }\n  }\n"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($displayName: String!) {\n    updateProfile(displayName: $displayName) {\n      ...UserFields\n    }\n  }\n"): typeof import('./graphql').UpdateProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestEmailChange($input: ChangeEmailInput!) {\n    requestEmailChange(input: $input, app: LEARNER) {\n      ...MailSentFields\n    }\n  }\n"): typeof import('./graphql').RequestEmailChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DevInbox($email: String!) {\n    devInbox(email: $email) {\n      to\n      subject\n      text\n      links\n      createdAt\n    }\n  }\n"): typeof import('./graphql').DevInboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      ...AuthFields\n    }\n  }\n"): typeof import('./graphql').LogInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Challenges(\n    $filter: ChallengeFilter\n    $first: Int\n    $after: String\n    $orderBy: ChallengeOrder\n  ) {\n    challenges(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      nodes {\n        ...ChallengeSummaryFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql').ChallengesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartAttempt($slug: String!) {\n    startAttempt(slug: $slug) {\n      ...AttemptFields\n    }\n  }\n"): typeof import('./graphql').StartAttemptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveFiles($attemptId: ID!, $files: [FileInput!]!) {\n    saveFiles(attemptId: $attemptId, files: $files) {\n      id\n      updatedAt\n    }\n  }\n"): typeof import('./graphql').SaveFilesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetAttempt($attemptId: ID!) {\n    resetAttempt(attemptId: $attemptId) {\n      ...AttemptFields\n    }\n  }\n"): typeof import('./graphql').ResetAttemptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunTests($attemptId: ID!, $files: [FileInput!]) {\n    runTests(attemptId: $attemptId, files: $files) {\n      ...RunFields\n    }\n  }\n"): typeof import('./graphql').RunTestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevealHint($attemptId: ID!) {\n    revealHint(attemptId: $attemptId) {\n      level\n      text\n    }\n  }\n"): typeof import('./graphql').RevealHintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Submit($attemptId: ID!, $files: [FileInput!]) {\n    submit(attemptId: $attemptId, files: $files) {\n      ...SubmissionFields\n    }\n  }\n"): typeof import('./graphql').SubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProgress {\n    myProgress {\n      streakDays\n      longestStreakDays\n      solvedCount\n      attemptCount\n      mastery {\n        dimension\n        key\n        level\n        solved\n      }\n      achievements {\n        code\n        title\n        description\n        earnedAt\n      }\n    }\n  }\n"): typeof import('./graphql').MyProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAttempts($first: Int, $after: String) {\n    myAttempts(first: $first, after: $after) {\n      nodes {\n        id\n        status\n        startedAt\n        submittedAt\n        challenge {\n          slug\n          title\n          language\n          difficulty\n        }\n        submission {\n          score\n          reviewRequired\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): typeof import('./graphql').MyAttemptsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Attempt($id: ID!) {\n    attempt(id: $id) {\n      ...AttemptFields\n    }\n  }\n"): typeof import('./graphql').AttemptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CandidateSessionFields on CandidateSession {\n    id\n    phase\n    companyName\n    assessmentTitle\n    instructions\n    hintsAllowed\n    timeLimitSeconds\n    startedAt\n    deadline\n    challenges {\n      position\n      attemptId\n      slug\n      title\n      language\n    }\n  }\n"): typeof import('./graphql').CandidateSessionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CandidateInvite($token: String!) {\n    candidateInvite(token: $token) {\n      companyName\n      assessmentTitle\n      instructions\n      candidateName\n      timeLimitMinutes\n      challengeCount\n      hintsAllowed\n      status\n    }\n  }\n"): typeof import('./graphql').CandidateInviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenCandidateSession($token: String!) {\n    openCandidateSession(token: $token) {\n      token\n      session {\n        ...CandidateSessionFields\n      }\n    }\n  }\n"): typeof import('./graphql').OpenCandidateSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CandidateSession {\n    candidateSession {\n      ...CandidateSessionFields\n    }\n  }\n"): typeof import('./graphql').CandidateSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SessionStateChanged {\n    sessionStateChanged {\n      ...CandidateSessionFields\n    }\n  }\n"): typeof import('./graphql').SessionStateChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BeginAssessment($consent: Boolean!) {\n    beginAssessment(consent: $consent) {\n      ...CandidateSessionFields\n    }\n  }\n"): typeof import('./graphql').BeginAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordIntegrity($pastes: Int!, $focusLosses: Int!) {\n    recordIntegrity(pastes: $pastes, focusLosses: $focusLosses)\n  }\n"): typeof import('./graphql').RecordIntegrityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitAssessment {\n    submitAssessment {\n      ...CandidateSessionFields\n    }\n  }\n"): typeof import('./graphql').SubmitAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CompetitionSummaryFields on Competition {\n    id\n    title\n    kind\n    phase\n    startsAt\n    endsAt\n    entrants\n    registered\n  }\n"): typeof import('./graphql').CompetitionSummaryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LeaderboardEntryFields on LeaderboardEntry {\n    rank\n    userId\n    displayName\n    points\n    lastImprovementMs\n  }\n"): typeof import('./graphql').LeaderboardEntryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Competitions($when: CompetitionWhen!) {\n    competitions(when: $when) {\n      ...CompetitionSummaryFields\n    }\n  }\n"): typeof import('./graphql').CompetitionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Competition($id: ID!) {\n    competition(id: $id) {\n      ...CompetitionSummaryFields\n      description\n      registrationOpensAt\n      freezeMinutes\n      failedSubmitPenalty\n      pausedAt\n      consentNotice\n      challenges {\n        position\n        challengeId\n        slug\n        title\n        language\n        difficulty\n        maxPoints\n        solved\n      }\n    }\n  }\n"): typeof import('./graphql').CompetitionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Leaderboard($id: ID!) {\n    leaderboard(competitionId: $id, first: 10) {\n      frozen\n      total\n      entries {\n        ...LeaderboardEntryFields\n      }\n    }\n  }\n"): typeof import('./graphql').LeaderboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeaderboardAroundMe($id: ID!) {\n    leaderboardAroundMe(competitionId: $id, radius: 2) {\n      frozen\n      total\n      entries {\n        ...LeaderboardEntryFields\n      }\n    }\n  }\n"): typeof import('./graphql').LeaderboardAroundMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LeaderboardChanged($id: ID!) {\n    leaderboardChanged(competitionId: $id) {\n      phase\n      frozen\n      changed\n      top {\n        ...LeaderboardEntryFields\n      }\n    }\n  }\n"): typeof import('./graphql').LeaderboardChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterForCompetition($id: ID!, $consent: Boolean!) {\n    registerForCompetition(competitionId: $id, consent: $consent) {\n      id\n      registered\n      entrants\n    }\n  }\n"): typeof import('./graphql').RegisterForCompetitionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartCompetitionAttempt($slug: String!) {\n    startAttempt(slug: $slug) {\n      id\n    }\n  }\n"): typeof import('./graphql').StartCompetitionAttemptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitCompetitionAttempt($id: ID!, $attemptId: ID!) {\n    submitCompetitionAttempt(competitionId: $id, attemptId: $attemptId) {\n      correctnessPermille\n      counts\n      points\n    }\n  }\n"): typeof import('./graphql').SubmitCompetitionAttemptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyRating {\n    myRating {\n      rating\n      contests\n      history {\n        competitionId\n        competitionTitle\n        rank\n        ratingBefore\n        ratingAfter\n      }\n    }\n  }\n"): typeof import('./graphql').MyRatingDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
