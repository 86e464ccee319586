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
    "\n  fragment HiringCompetitionFields on Competition {\n    id\n    title\n    description\n    registrationOpensAt\n    startsAt\n    endsAt\n    freezeMinutes\n    failedSubmitPenalty\n    phase\n    entrants\n    pausedAt\n    assessmentId\n    challenges {\n      position\n      slug\n      title\n      maxPoints\n    }\n  }\n": typeof types.HiringCompetitionFieldsFragmentDoc,
    "\n  query HiringCompetitions {\n    hiringCompetitions {\n      ...HiringCompetitionFields\n    }\n    challenges(first: 50) {\n      nodes {\n        slug\n        title\n        language\n        difficulty\n      }\n    }\n  }\n": typeof types.HiringCompetitionsDocument,
    "\n  mutation CreateHiringCompetition($input: CompetitionScheduleInput!) {\n    createHiringCompetition(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateHiringCompetitionDocument,
    "\n  query HiringCompetition($id: ID!) {\n    competition(id: $id) {\n      ...HiringCompetitionFields\n    }\n    leaderboard(competitionId: $id, first: 50) {\n      total\n      entries {\n        rank\n        userId\n        displayName\n        points\n      }\n    }\n  }\n": typeof types.HiringCompetitionDocument,
    "\n  query CompetitionPipeline($assessmentId: ID!) {\n    candidates(assessmentId: $assessmentId) {\n      id\n      email\n      name\n      competition {\n        rank\n        points\n        solved\n        challenges\n        integrity {\n          clean\n          flagged\n          tampered\n          reviewPending\n        }\n      }\n    }\n  }\n": typeof types.CompetitionPipelineDocument,
    "\n  query FinalistAssessments {\n    assessments {\n      id\n      title\n      status\n      kind\n    }\n  }\n": typeof types.FinalistAssessmentsDocument,
    "\n  mutation PauseHiringCompetition($id: ID!) {\n    pauseHiringCompetition(competitionId: $id) {\n      id\n    }\n  }\n": typeof types.PauseHiringCompetitionDocument,
    "\n  mutation ResumeHiringCompetition($id: ID!) {\n    resumeHiringCompetition(competitionId: $id) {\n      id\n    }\n  }\n": typeof types.ResumeHiringCompetitionDocument,
    "\n  mutation ExtendHiringCompetition($id: ID!, $minutes: Int!) {\n    extendHiringCompetition(competitionId: $id, minutes: $minutes) {\n      id\n    }\n  }\n": typeof types.ExtendHiringCompetitionDocument,
    "\n  mutation CancelHiringCompetition($id: ID!) {\n    cancelHiringCompetition(competitionId: $id) {\n      id\n    }\n  }\n": typeof types.CancelHiringCompetitionDocument,
    "\n  mutation InviteCompetitionFinalists($competitionId: ID!, $assessmentId: ID!, $top: Int!) {\n    inviteCompetitionFinalists(\n      competitionId: $competitionId\n      assessmentId: $assessmentId\n      top: $top\n    ) {\n      invited {\n        email\n        name\n      }\n      errors {\n        email\n        message\n      }\n    }\n  }\n": typeof types.InviteCompetitionFinalistsDocument,
    "\n  fragment AssessmentFields on Assessment {\n    id\n    title\n    instructions\n    timeLimitMinutes\n    hintsAllowed\n    hintPenalty\n    status\n    kind\n    candidateCount\n    createdAt\n    updatedAt\n    challenges {\n      position\n      slug\n      title\n      language\n      difficulty\n      estimatedMinutes\n      private\n    }\n  }\n": typeof types.AssessmentFieldsFragmentDoc,
    "\n  fragment PipelineRowFields on CandidateInvite {\n    id\n    email\n    name\n    status\n    score\n    underReview\n    timeUsedSeconds\n    sentAt\n    startedAt\n    submittedAt\n    extraTimePercent\n    sendCount\n    competition {\n      rank\n      points\n      solved\n      challenges\n      integrity {\n        clean\n        flagged\n        tampered\n        reviewPending\n      }\n    }\n  }\n": typeof types.PipelineRowFieldsFragmentDoc,
    "\n  query Assessments {\n    assessments {\n      ...AssessmentFields\n    }\n  }\n": typeof types.AssessmentsDocument,
    "\n  query Assessment($id: ID!) {\n    assessment(id: $id) {\n      ...AssessmentFields\n    }\n  }\n": typeof types.AssessmentDocument,
    "\n  mutation PublishAssessment($id: ID!) {\n    publishAssessment(id: $id) {\n      ...AssessmentFields\n    }\n  }\n": typeof types.PublishAssessmentDocument,
    "\n  mutation ArchiveAssessment($id: ID!) {\n    archiveAssessment(id: $id) {\n      ...AssessmentFields\n    }\n  }\n": typeof types.ArchiveAssessmentDocument,
    "\n  mutation CreateAssessment($input: AssessmentInput!) {\n    createAssessment(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateAssessmentDocument,
    "\n  mutation UpdateAssessment($id: ID!, $input: AssessmentInput!) {\n    updateAssessment(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateAssessmentDocument,
    "\n  query AssessmentCatalog($filter: ChallengeFilter) {\n    challenges(filter: $filter, first: 50) {\n      nodes {\n        slug\n        title\n        language\n        difficulty\n        estimatedMinutes\n        bugTypes\n      }\n    }\n  }\n": typeof types.AssessmentCatalogDocument,
    "\n  query ChallengeBrief($slug: String!) {\n    challenge(slug: $slug) {\n      summary\n    }\n  }\n": typeof types.ChallengeBriefDocument,
    "\n  query Pipeline($assessmentId: ID!) {\n    candidates(assessmentId: $assessmentId) {\n      ...PipelineRowFields\n    }\n  }\n": typeof types.PipelineDocument,
    "\n  mutation ResendInvite($id: ID!) {\n    resendInvite(id: $id) {\n      id\n    }\n  }\n": typeof types.ResendInviteDocument,
    "\n  mutation RevokeInvite($id: ID!) {\n    revokeInvite(id: $id) {\n      id\n    }\n  }\n": typeof types.RevokeInviteDocument,
    "\n  mutation InviteCandidates($assessmentId: ID!, $candidates: [CandidateInput!]!) {\n    inviteCandidates(assessmentId: $assessmentId, candidates: $candidates) {\n      invited {\n        id\n      }\n      errors {\n        index\n        email\n        message\n      }\n    }\n  }\n": typeof types.InviteCandidatesDocument,
    "\n  mutation SetAccommodation($id: ID!, $extraTimePercent: Int!) {\n    setAccommodation(id: $id, extraTimePercent: $extraTimePercent) {\n      id\n    }\n  }\n": typeof types.SetAccommodationDocument,
    "\n  query PipelineCsv($assessmentId: ID!) {\n    pipelineCsv(assessmentId: $assessmentId)\n  }\n": typeof types.PipelineCsvDocument,
    "\n  query ChallengeCatalog {\n    challenges(first: 100) {\n      nodes {\n        slug\n        title\n        language\n        difficulty\n        estimatedMinutes\n        bugTypes\n      }\n    }\n  }\n": typeof types.ChallengeCatalogDocument,
    "\n  mutation UploadPrivateChallenge($archiveBase64: String!) {\n    uploadPrivateChallenge(archiveBase64: $archiveBase64) {\n      valid\n      slug\n      version\n      errors {\n        file\n        field\n        message\n      }\n      checks {\n        name\n        passed\n        detail\n      }\n    }\n  }\n": typeof types.UploadPrivateChallengeDocument,
    "\n  fragment EmbedKeyFields on EmbedKey {\n    id\n    name\n    publishableKey\n    allowedOrigins\n    challenges {\n      slug\n      title\n      assessmentId\n    }\n    applicants\n    submitted\n    revokedAt\n    createdAt\n  }\n": typeof types.EmbedKeyFieldsFragmentDoc,
    "\n  query EmbedKeys {\n    embedKeys {\n      ...EmbedKeyFields\n    }\n  }\n": typeof types.EmbedKeysDocument,
    "\n  query EmbedCatalog {\n    challenges(first: 100) {\n      nodes {\n        slug\n        title\n        language\n      }\n    }\n  }\n": typeof types.EmbedCatalogDocument,
    "\n  mutation CreateEmbedKey($input: EmbedKeyInput!) {\n    createEmbedKey(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateEmbedKeyDocument,
    "\n  mutation RevokeEmbedKey($id: ID!) {\n    revokeEmbedKey(id: $id) {\n      id\n    }\n  }\n": typeof types.RevokeEmbedKeyDocument,
    "\n  query Greenhouse {\n    greenhouseSetup {\n      listTestsUrl\n      sendTestUrl\n      testStatusUrl\n      responseErrorUrl\n      scope\n      activeKeys\n    }\n    atsSyncs(ats: \"greenhouse\") {\n      id\n      invitationId\n      candidateEmail\n      assessmentTitle\n      state\n      attempts\n      lastStatusCode\n      lastError\n      nextAttemptAt\n      deliveredAt\n      createdAt\n    }\n  }\n": typeof types.GreenhouseDocument,
    "\n  query AtsPartnerCalls($ats: String!) {\n    atsPartnerCalls(ats: $ats, limit: 20) {\n      id\n      operation\n      status\n      createdAt\n    }\n  }\n": typeof types.AtsPartnerCallsDocument,
    "\n  query AtsSyncs($ats: String!) {\n    atsSyncs(ats: $ats) {\n      id\n      invitationId\n      candidateEmail\n      assessmentTitle\n      state\n      attempts\n      lastError\n      nextAttemptAt\n    }\n  }\n": typeof types.AtsSyncsDocument,
    "\n  mutation RetryAtsSync($id: ID!) {\n    retryAtsSync(id: $id)\n  }\n": typeof types.RetryAtsSyncDocument,
    "\n  query LeverSetup {\n    leverSetup {\n      connected\n      authKind\n      webhookUrl\n      redirectUri\n      webhookSecretSet\n      oauthAvailable\n      performAs\n      mappings {\n        id\n        externalId\n        assessmentId\n        label\n        passThreshold\n        stageOnPass\n      }\n    }\n  }\n": typeof types.LeverSetupDocument,
    "\n  mutation LeverAuthorizeUrl {\n    leverAuthorizeUrl\n  }\n": typeof types.LeverAuthorizeUrlDocument,
    "\n  mutation ConnectLeverApiKey($apiKey: String!, $signatureToken: String!, $performAs: String) {\n    connectLeverApiKey(apiKey: $apiKey, signatureToken: $signatureToken, performAs: $performAs)\n  }\n": typeof types.ConnectLeverApiKeyDocument,
    "\n  mutation SetLeverWebhookSecret($signatureToken: String!, $performAs: String) {\n    setLeverWebhookSecret(signatureToken: $signatureToken, performAs: $performAs)\n  }\n": typeof types.SetLeverWebhookSecretDocument,
    "\n  mutation SetLeverStageMapping(\n    $stageId: String!\n    $assessmentId: ID!\n    $label: String!\n    $passThreshold: Int!\n    $stageOnPass: String\n  ) {\n    setLeverStageMapping(\n      stageId: $stageId\n      assessmentId: $assessmentId\n      label: $label\n      passThreshold: $passThreshold\n      stageOnPass: $stageOnPass\n    ) {\n      id\n    }\n  }\n": typeof types.SetLeverStageMappingDocument,
    "\n  mutation TestLeverConnection {\n    testLeverConnection {\n      ok\n      detail\n    }\n  }\n": typeof types.TestLeverConnectionDocument,
    "\n  mutation DisconnectLever {\n    disconnectLever\n  }\n": typeof types.DisconnectLeverDocument,
    "\n  query WorkdaySetup {\n    workdaySetup {\n      connected\n      orderUrl\n      endpoint\n      statuses {\n        status\n        referenceId\n      }\n    }\n  }\n": typeof types.WorkdaySetupDocument,
    "\n  mutation ConnectWorkday($endpoint: String!, $username: String!, $password: String!) {\n    connectWorkday(endpoint: $endpoint, username: $username, password: $password)\n  }\n": typeof types.ConnectWorkdayDocument,
    "\n  mutation SetWorkdayStatus($status: String!, $referenceId: String!) {\n    setWorkdayStatus(status: $status, referenceId: $referenceId)\n  }\n": typeof types.SetWorkdayStatusDocument,
    "\n  mutation SetWorkdayTestMapping($testId: String!, $assessmentId: ID!) {\n    setWorkdayTestMapping(testId: $testId, assessmentId: $assessmentId) {\n      id\n    }\n  }\n": typeof types.SetWorkdayTestMappingDocument,
    "\n  mutation TestWorkdayConnection {\n    testWorkdayConnection {\n      ok\n      detail\n    }\n  }\n": typeof types.TestWorkdayConnectionDocument,
    "\n  mutation DisconnectWorkday {\n    disconnectWorkday\n  }\n": typeof types.DisconnectWorkdayDocument,
    "\n  query AuditLog {\n    auditLog(first: 200) {\n      id\n      actor\n      action\n      targetType\n      targetId\n      data\n      createdAt\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query Mailbox {\n    mailbox {\n      id\n      to\n      subject\n      text\n      links\n      createdAt\n    }\n  }\n": typeof types.MailboxDocument,
    "\n  query AssessmentTitles {\n    assessments {\n      id\n      title\n    }\n  }\n": typeof types.AssessmentTitlesDocument,
    "\n  query CandidatesOf($assessmentId: ID!) {\n    candidates(assessmentId: $assessmentId) {\n      id\n      email\n      name\n      status\n      score\n      underReview\n    }\n  }\n": typeof types.CandidatesOfDocument,
    "\n  fragment ChallengeIntegrityFields on ChallengeIntegrity {\n    submissionId\n    verdict\n    seed\n    canaries\n    reviewStatus\n    reviewedBy\n    reviewedAt\n    reason\n    findings {\n      layer\n      code\n      message\n      file\n      line\n      excerpt\n      test\n      expected\n      actual\n    }\n  }\n": typeof types.ChallengeIntegrityFieldsFragmentDoc,
    "\n  query CandidateReport($inviteId: ID!) {\n    candidateReport(inviteId: $inviteId) {\n      invite {\n        id\n        assessmentId\n        email\n        name\n        status\n        timeUsedSeconds\n        startedAt\n        submittedAt\n      }\n      assessmentTitle\n      endedBy\n      timeLimitSeconds\n      totalScore\n      reviewRequired\n      challenges {\n        position\n        slug\n        title\n        language\n        score\n        breakdown\n        hiddenPassed\n        hiddenTotal\n        hintsUsed\n        runs {\n          at\n          suite\n          status\n          passed\n          failed\n          diff\n        }\n        finalDiff\n        integrity {\n          ...ChallengeIntegrityFields\n        }\n      }\n      integrity {\n        pasteEvents\n        focusLosses\n        similar {\n          inviteId\n          candidate\n          challengeSlug\n          similarity\n          mine\n          theirs\n        }\n      }\n    }\n  }\n": typeof types.CandidateReportDocument,
    "\n  mutation DecideIntegrityReview($submissionId: ID!, $decision: ReviewDecision!, $reason: String!) {\n    decideIntegrityReview(submissionId: $submissionId, decision: $decision, reason: $reason) {\n      submissionId\n      reviewStatus\n    }\n  }\n": typeof types.DecideIntegrityReviewDocument,
    "\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      prefix\n      scopes\n      lastUsedAt\n      revokedAt\n      createdAt\n    }\n  }\n": typeof types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: ApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  query WebhookEndpoints {\n    webhookEndpoints {\n      id\n      url\n      description\n      events\n      createdAt\n    }\n  }\n": typeof types.WebhookEndpointsDocument,
    "\n  query WebhookDeliveries($endpointId: ID!) {\n    webhookDeliveries(endpointId: $endpointId) {\n      id\n      eventId\n      eventType\n      attempt\n      statusCode\n      durationMs\n      error\n      succeeded\n      resent\n      createdAt\n    }\n  }\n": typeof types.WebhookDeliveriesDocument,
    "\n  mutation CreateWebhookEndpoint($input: WebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n    }\n  }\n": typeof types.CreateWebhookEndpointDocument,
    "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n": typeof types.DeleteWebhookEndpointDocument,
    "\n  mutation ResendWebhookEvent($endpointId: ID!, $eventId: ID!) {\n    resendWebhookEvent(endpointId: $endpointId, eventId: $eventId)\n  }\n": typeof types.ResendWebhookEventDocument,
    "\n  query Team {\n    teamMembers {\n      id\n      userId\n      displayName\n      email\n      role\n      createdAt\n    }\n    teamInvites {\n      id\n      email\n      role\n      status\n      expiresAt\n    }\n  }\n": typeof types.TeamDocument,
    "\n  mutation InviteTeamMember($email: String!, $role: TenantRole!) {\n    inviteTeamMember(email: $email, role: $role) {\n      id\n    }\n  }\n": typeof types.InviteTeamMemberDocument,
    "\n  mutation ChangeMemberRole($membershipId: ID!, $role: TenantRole!) {\n    changeMemberRole(membershipId: $membershipId, role: $role) {\n      id\n    }\n  }\n": typeof types.ChangeMemberRoleDocument,
    "\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId)\n  }\n": typeof types.RemoveMemberDocument,
    "\n  mutation RevokeTeamInvite($id: ID!) {\n    revokeTeamInvite(id: $id) {\n      id\n    }\n  }\n": typeof types.RevokeTeamInviteDocument,
    "\n  query TeamInvitePreview($token: String!) {\n    teamInvite(token: $token) {\n      tenantName\n      email\n      role\n      accountExists\n    }\n  }\n": typeof types.TeamInvitePreviewDocument,
    "\n  fragment SessionAuthFields on AuthPayload {\n    accessToken\n    refreshToken\n    user {\n      id\n      email\n      displayName\n    }\n  }\n": typeof types.SessionAuthFieldsFragmentDoc,
    "\n  mutation Refresh($refreshToken: String!) {\n    refresh(refreshToken: $refreshToken) {\n      ...SessionAuthFields\n    }\n  }\n": typeof types.RefreshDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      ...SessionAuthFields\n    }\n  }\n": typeof types.LogInDocument,
    "\n  mutation LogOut($refreshToken: String!) {\n    logOut(refreshToken: $refreshToken)\n  }\n": typeof types.LogOutDocument,
    "\n  mutation SignUpCompany($input: CompanySignUpInput!) {\n    signUpCompany(input: $input) {\n      email\n      message\n    }\n  }\n": typeof types.SignUpCompanyDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      ...SessionAuthFields\n    }\n  }\n": typeof types.VerifyEmailDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email, app: PORTAL) {\n      email\n      message\n    }\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      ...SessionAuthFields\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation AcceptTeamInvite($input: AcceptTeamInviteInput!) {\n    acceptTeamInvite(input: $input) {\n      auth {\n        ...SessionAuthFields\n      }\n      tenant {\n        id\n      }\n    }\n  }\n": typeof types.AcceptTeamInviteDocument,
    "\n  query MyTenants {\n    myTenants {\n      role\n      tenant {\n        id\n        slug\n        name\n      }\n    }\n  }\n": typeof types.MyTenantsDocument,
    "\n  query RoleCapabilities {\n    roleCapabilities {\n      role\n      capabilities\n    }\n  }\n": typeof types.RoleCapabilitiesDocument,
};
const documents: Documents = {
    "\n  fragment HiringCompetitionFields on Competition {\n    id\n    title\n    description\n    registrationOpensAt\n    startsAt\n    endsAt\n    freezeMinutes\n    failedSubmitPenalty\n    phase\n    entrants\n    pausedAt\n    assessmentId\n    challenges {\n      position\n      slug\n      title\n      maxPoints\n    }\n  }\n": types.HiringCompetitionFieldsFragmentDoc,
    "\n  query HiringCompetitions {\n    hiringCompetitions {\n      ...HiringCompetitionFields\n    }\n    challenges(first: 50) {\n      nodes {\n        slug\n        title\n        language\n        difficulty\n      }\n    }\n  }\n": types.HiringCompetitionsDocument,
    "\n  mutation CreateHiringCompetition($input: CompetitionScheduleInput!) {\n    createHiringCompetition(input: $input) {\n      id\n    }\n  }\n": types.CreateHiringCompetitionDocument,
    "\n  query HiringCompetition($id: ID!) {\n    competition(id: $id) {\n      ...HiringCompetitionFields\n    }\n    leaderboard(competitionId: $id, first: 50) {\n      total\n      entries {\n        rank\n        userId\n        displayName\n        points\n      }\n    }\n  }\n": types.HiringCompetitionDocument,
    "\n  query CompetitionPipeline($assessmentId: ID!) {\n    candidates(assessmentId: $assessmentId) {\n      id\n      email\n      name\n      competition {\n        rank\n        points\n        solved\n        challenges\n        integrity {\n          clean\n          flagged\n          tampered\n          reviewPending\n        }\n      }\n    }\n  }\n": types.CompetitionPipelineDocument,
    "\n  query FinalistAssessments {\n    assessments {\n      id\n      title\n      status\n      kind\n    }\n  }\n": types.FinalistAssessmentsDocument,
    "\n  mutation PauseHiringCompetition($id: ID!) {\n    pauseHiringCompetition(competitionId: $id) {\n      id\n    }\n  }\n": types.PauseHiringCompetitionDocument,
    "\n  mutation ResumeHiringCompetition($id: ID!) {\n    resumeHiringCompetition(competitionId: $id) {\n      id\n    }\n  }\n": types.ResumeHiringCompetitionDocument,
    "\n  mutation ExtendHiringCompetition($id: ID!, $minutes: Int!) {\n    extendHiringCompetition(competitionId: $id, minutes: $minutes) {\n      id\n    }\n  }\n": types.ExtendHiringCompetitionDocument,
    "\n  mutation CancelHiringCompetition($id: ID!) {\n    cancelHiringCompetition(competitionId: $id) {\n      id\n    }\n  }\n": types.CancelHiringCompetitionDocument,
    "\n  mutation InviteCompetitionFinalists($competitionId: ID!, $assessmentId: ID!, $top: Int!) {\n    inviteCompetitionFinalists(\n      competitionId: $competitionId\n      assessmentId: $assessmentId\n      top: $top\n    ) {\n      invited {\n        email\n        name\n      }\n      errors {\n        email\n        message\n      }\n    }\n  }\n": types.InviteCompetitionFinalistsDocument,
    "\n  fragment AssessmentFields on Assessment {\n    id\n    title\n    instructions\n    timeLimitMinutes\n    hintsAllowed\n    hintPenalty\n    status\n    kind\n    candidateCount\n    createdAt\n    updatedAt\n    challenges {\n      position\n      slug\n      title\n      language\n      difficulty\n      estimatedMinutes\n      private\n    }\n  }\n": types.AssessmentFieldsFragmentDoc,
    "\n  fragment PipelineRowFields on CandidateInvite {\n    id\n    email\n    name\n    status\n    score\n    underReview\n    timeUsedSeconds\n    sentAt\n    startedAt\n    submittedAt\n    extraTimePercent\n    sendCount\n    competition {\n      rank\n      points\n      solved\n      challenges\n      integrity {\n        clean\n        flagged\n        tampered\n        reviewPending\n      }\n    }\n  }\n": types.PipelineRowFieldsFragmentDoc,
    "\n  query Assessments {\n    assessments {\n      ...AssessmentFields\n    }\n  }\n": types.AssessmentsDocument,
    "\n  query Assessment($id: ID!) {\n    assessment(id: $id) {\n      ...AssessmentFields\n    }\n  }\n": types.AssessmentDocument,
    "\n  mutation PublishAssessment($id: ID!) {\n    publishAssessment(id: $id) {\n      ...AssessmentFields\n    }\n  }\n": types.PublishAssessmentDocument,
    "\n  mutation ArchiveAssessment($id: ID!) {\n    archiveAssessment(id: $id) {\n      ...AssessmentFields\n    }\n  }\n": types.ArchiveAssessmentDocument,
    "\n  mutation CreateAssessment($input: AssessmentInput!) {\n    createAssessment(input: $input) {\n      id\n    }\n  }\n": types.CreateAssessmentDocument,
    "\n  mutation UpdateAssessment($id: ID!, $input: AssessmentInput!) {\n    updateAssessment(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateAssessmentDocument,
    "\n  query AssessmentCatalog($filter: ChallengeFilter) {\n    challenges(filter: $filter, first: 50) {\n      nodes {\n        slug\n        title\n        language\n        difficulty\n        estimatedMinutes\n        bugTypes\n      }\n    }\n  }\n": types.AssessmentCatalogDocument,
    "\n  query ChallengeBrief($slug: String!) {\n    challenge(slug: $slug) {\n      summary\n    }\n  }\n": types.ChallengeBriefDocument,
    "\n  query Pipeline($assessmentId: ID!) {\n    candidates(assessmentId: $assessmentId) {\n      ...PipelineRowFields\n    }\n  }\n": types.PipelineDocument,
    "\n  mutation ResendInvite($id: ID!) {\n    resendInvite(id: $id) {\n      id\n    }\n  }\n": types.ResendInviteDocument,
    "\n  mutation RevokeInvite($id: ID!) {\n    revokeInvite(id: $id) {\n      id\n    }\n  }\n": types.RevokeInviteDocument,
    "\n  mutation InviteCandidates($assessmentId: ID!, $candidates: [CandidateInput!]!) {\n    inviteCandidates(assessmentId: $assessmentId, candidates: $candidates) {\n      invited {\n        id\n      }\n      errors {\n        index\n        email\n        message\n      }\n    }\n  }\n": types.InviteCandidatesDocument,
    "\n  mutation SetAccommodation($id: ID!, $extraTimePercent: Int!) {\n    setAccommodation(id: $id, extraTimePercent: $extraTimePercent) {\n      id\n    }\n  }\n": types.SetAccommodationDocument,
    "\n  query PipelineCsv($assessmentId: ID!) {\n    pipelineCsv(assessmentId: $assessmentId)\n  }\n": types.PipelineCsvDocument,
    "\n  query ChallengeCatalog {\n    challenges(first: 100) {\n      nodes {\n        slug\n        title\n        language\n        difficulty\n        estimatedMinutes\n        bugTypes\n      }\n    }\n  }\n": types.ChallengeCatalogDocument,
    "\n  mutation UploadPrivateChallenge($archiveBase64: String!) {\n    uploadPrivateChallenge(archiveBase64: $archiveBase64) {\n      valid\n      slug\n      version\n      errors {\n        file\n        field\n        message\n      }\n      checks {\n        name\n        passed\n        detail\n      }\n    }\n  }\n": types.UploadPrivateChallengeDocument,
    "\n  fragment EmbedKeyFields on EmbedKey {\n    id\n    name\n    publishableKey\n    allowedOrigins\n    challenges {\n      slug\n      title\n      assessmentId\n    }\n    applicants\n    submitted\n    revokedAt\n    createdAt\n  }\n": types.EmbedKeyFieldsFragmentDoc,
    "\n  query EmbedKeys {\n    embedKeys {\n      ...EmbedKeyFields\n    }\n  }\n": types.EmbedKeysDocument,
    "\n  query EmbedCatalog {\n    challenges(first: 100) {\n      nodes {\n        slug\n        title\n        language\n      }\n    }\n  }\n": types.EmbedCatalogDocument,
    "\n  mutation CreateEmbedKey($input: EmbedKeyInput!) {\n    createEmbedKey(input: $input) {\n      id\n    }\n  }\n": types.CreateEmbedKeyDocument,
    "\n  mutation RevokeEmbedKey($id: ID!) {\n    revokeEmbedKey(id: $id) {\n      id\n    }\n  }\n": types.RevokeEmbedKeyDocument,
    "\n  query Greenhouse {\n    greenhouseSetup {\n      listTestsUrl\n      sendTestUrl\n      testStatusUrl\n      responseErrorUrl\n      scope\n      activeKeys\n    }\n    atsSyncs(ats: \"greenhouse\") {\n      id\n      invitationId\n      candidateEmail\n      assessmentTitle\n      state\n      attempts\n      lastStatusCode\n      lastError\n      nextAttemptAt\n      deliveredAt\n      createdAt\n    }\n  }\n": types.GreenhouseDocument,
    "\n  query AtsPartnerCalls($ats: String!) {\n    atsPartnerCalls(ats: $ats, limit: 20) {\n      id\n      operation\n      status\n      createdAt\n    }\n  }\n": types.AtsPartnerCallsDocument,
    "\n  query AtsSyncs($ats: String!) {\n    atsSyncs(ats: $ats) {\n      id\n      invitationId\n      candidateEmail\n      assessmentTitle\n      state\n      attempts\n      lastError\n      nextAttemptAt\n    }\n  }\n": types.AtsSyncsDocument,
    "\n  mutation RetryAtsSync($id: ID!) {\n    retryAtsSync(id: $id)\n  }\n": types.RetryAtsSyncDocument,
    "\n  query LeverSetup {\n    leverSetup {\n      connected\n      authKind\n      webhookUrl\n      redirectUri\n      webhookSecretSet\n      oauthAvailable\n      performAs\n      mappings {\n        id\n        externalId\n        assessmentId\n        label\n        passThreshold\n        stageOnPass\n      }\n    }\n  }\n": types.LeverSetupDocument,
    "\n  mutation LeverAuthorizeUrl {\n    leverAuthorizeUrl\n  }\n": types.LeverAuthorizeUrlDocument,
    "\n  mutation ConnectLeverApiKey($apiKey: String!, $signatureToken: String!, $performAs: String) {\n    connectLeverApiKey(apiKey: $apiKey, signatureToken: $signatureToken, performAs: $performAs)\n  }\n": types.ConnectLeverApiKeyDocument,
    "\n  mutation SetLeverWebhookSecret($signatureToken: String!, $performAs: String) {\n    setLeverWebhookSecret(signatureToken: $signatureToken, performAs: $performAs)\n  }\n": types.SetLeverWebhookSecretDocument,
    "\n  mutation SetLeverStageMapping(\n    $stageId: String!\n    $assessmentId: ID!\n    $label: String!\n    $passThreshold: Int!\n    $stageOnPass: String\n  ) {\n    setLeverStageMapping(\n      stageId: $stageId\n      assessmentId: $assessmentId\n      label: $label\n      passThreshold: $passThreshold\n      stageOnPass: $stageOnPass\n    ) {\n      id\n    }\n  }\n": types.SetLeverStageMappingDocument,
    "\n  mutation TestLeverConnection {\n    testLeverConnection {\n      ok\n      detail\n    }\n  }\n": types.TestLeverConnectionDocument,
    "\n  mutation DisconnectLever {\n    disconnectLever\n  }\n": types.DisconnectLeverDocument,
    "\n  query WorkdaySetup {\n    workdaySetup {\n      connected\n      orderUrl\n      endpoint\n      statuses {\n        status\n        referenceId\n      }\n    }\n  }\n": types.WorkdaySetupDocument,
    "\n  mutation ConnectWorkday($endpoint: String!, $username: String!, $password: String!) {\n    connectWorkday(endpoint: $endpoint, username: $username, password: $password)\n  }\n": types.ConnectWorkdayDocument,
    "\n  mutation SetWorkdayStatus($status: String!, $referenceId: String!) {\n    setWorkdayStatus(status: $status, referenceId: $referenceId)\n  }\n": types.SetWorkdayStatusDocument,
    "\n  mutation SetWorkdayTestMapping($testId: String!, $assessmentId: ID!) {\n    setWorkdayTestMapping(testId: $testId, assessmentId: $assessmentId) {\n      id\n    }\n  }\n": types.SetWorkdayTestMappingDocument,
    "\n  mutation TestWorkdayConnection {\n    testWorkdayConnection {\n      ok\n      detail\n    }\n  }\n": types.TestWorkdayConnectionDocument,
    "\n  mutation DisconnectWorkday {\n    disconnectWorkday\n  }\n": types.DisconnectWorkdayDocument,
    "\n  query AuditLog {\n    auditLog(first: 200) {\n      id\n      actor\n      action\n      targetType\n      targetId\n      data\n      createdAt\n    }\n  }\n": types.AuditLogDocument,
    "\n  query Mailbox {\n    mailbox {\n      id\n      to\n      subject\n      text\n      links\n      createdAt\n    }\n  }\n": types.MailboxDocument,
    "\n  query AssessmentTitles {\n    assessments {\n      id\n      title\n    }\n  }\n": types.AssessmentTitlesDocument,
    "\n  query CandidatesOf($assessmentId: ID!) {\n    candidates(assessmentId: $assessmentId) {\n      id\n      email\n      name\n      status\n      score\n      underReview\n    }\n  }\n": types.CandidatesOfDocument,
    "\n  fragment ChallengeIntegrityFields on ChallengeIntegrity {\n    submissionId\n    verdict\n    seed\n    canaries\n    reviewStatus\n    reviewedBy\n    reviewedAt\n    reason\n    findings {\n      layer\n      code\n      message\n      file\n      line\n      excerpt\n      test\n      expected\n      actual\n    }\n  }\n": types.ChallengeIntegrityFieldsFragmentDoc,
    "\n  query CandidateReport($inviteId: ID!) {\n    candidateReport(inviteId: $inviteId) {\n      invite {\n        id\n        assessmentId\n        email\n        name\n        status\n        timeUsedSeconds\n        startedAt\n        submittedAt\n      }\n      assessmentTitle\n      endedBy\n      timeLimitSeconds\n      totalScore\n      reviewRequired\n      challenges {\n        position\n        slug\n        title\n        language\n        score\n        breakdown\n        hiddenPassed\n        hiddenTotal\n        hintsUsed\n        runs {\n          at\n          suite\n          status\n          passed\n          failed\n          diff\n        }\n        finalDiff\n        integrity {\n          ...ChallengeIntegrityFields\n        }\n      }\n      integrity {\n        pasteEvents\n        focusLosses\n        similar {\n          inviteId\n          candidate\n          challengeSlug\n          similarity\n          mine\n          theirs\n        }\n      }\n    }\n  }\n": types.CandidateReportDocument,
    "\n  mutation DecideIntegrityReview($submissionId: ID!, $decision: ReviewDecision!, $reason: String!) {\n    decideIntegrityReview(submissionId: $submissionId, decision: $decision, reason: $reason) {\n      submissionId\n      reviewStatus\n    }\n  }\n": types.DecideIntegrityReviewDocument,
    "\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      prefix\n      scopes\n      lastUsedAt\n      revokedAt\n      createdAt\n    }\n  }\n": types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: ApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  query WebhookEndpoints {\n    webhookEndpoints {\n      id\n      url\n      description\n      events\n      createdAt\n    }\n  }\n": types.WebhookEndpointsDocument,
    "\n  query WebhookDeliveries($endpointId: ID!) {\n    webhookDeliveries(endpointId: $endpointId) {\n      id\n      eventId\n      eventType\n      attempt\n      statusCode\n      durationMs\n      error\n      succeeded\n      resent\n      createdAt\n    }\n  }\n": types.WebhookDeliveriesDocument,
    "\n  mutation CreateWebhookEndpoint($input: WebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n    }\n  }\n": types.CreateWebhookEndpointDocument,
    "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n": types.DeleteWebhookEndpointDocument,
    "\n  mutation ResendWebhookEvent($endpointId: ID!, $eventId: ID!) {\n    resendWebhookEvent(endpointId: $endpointId, eventId: $eventId)\n  }\n": types.ResendWebhookEventDocument,
    "\n  query Team {\n    teamMembers {\n      id\n      userId\n      displayName\n      email\n      role\n      createdAt\n    }\n    teamInvites {\n      id\n      email\n      role\n      status\n      expiresAt\n    }\n  }\n": types.TeamDocument,
    "\n  mutation InviteTeamMember($email: String!, $role: TenantRole!) {\n    inviteTeamMember(email: $email, role: $role) {\n      id\n    }\n  }\n": types.InviteTeamMemberDocument,
    "\n  mutation ChangeMemberRole($membershipId: ID!, $role: TenantRole!) {\n    changeMemberRole(membershipId: $membershipId, role: $role) {\n      id\n    }\n  }\n": types.ChangeMemberRoleDocument,
    "\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId)\n  }\n": types.RemoveMemberDocument,
    "\n  mutation RevokeTeamInvite($id: ID!) {\n    revokeTeamInvite(id: $id) {\n      id\n    }\n  }\n": types.RevokeTeamInviteDocument,
    "\n  query TeamInvitePreview($token: String!) {\n    teamInvite(token: $token) {\n      tenantName\n      email\n      role\n      accountExists\n    }\n  }\n": types.TeamInvitePreviewDocument,
    "\n  fragment SessionAuthFields on AuthPayload {\n    accessToken\n    refreshToken\n    user {\n      id\n      email\n      displayName\n    }\n  }\n": types.SessionAuthFieldsFragmentDoc,
    "\n  mutation Refresh($refreshToken: String!) {\n    refresh(refreshToken: $refreshToken) {\n      ...SessionAuthFields\n    }\n  }\n": types.RefreshDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      ...SessionAuthFields\n    }\n  }\n": types.LogInDocument,
    "\n  mutation LogOut($refreshToken: String!) {\n    logOut(refreshToken: $refreshToken)\n  }\n": types.LogOutDocument,
    "\n  mutation SignUpCompany($input: CompanySignUpInput!) {\n    signUpCompany(input: $input) {\n      email\n      message\n    }\n  }\n": types.SignUpCompanyDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      ...SessionAuthFields\n    }\n  }\n": types.VerifyEmailDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email, app: PORTAL) {\n      email\n      message\n    }\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      ...SessionAuthFields\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation AcceptTeamInvite($input: AcceptTeamInviteInput!) {\n    acceptTeamInvite(input: $input) {\n      auth {\n        ...SessionAuthFields\n      }\n      tenant {\n        id\n      }\n    }\n  }\n": types.AcceptTeamInviteDocument,
    "\n  query MyTenants {\n    myTenants {\n      role\n      tenant {\n        id\n        slug\n        name\n      }\n    }\n  }\n": types.MyTenantsDocument,
    "\n  query RoleCapabilities {\n    roleCapabilities {\n      role\n      capabilities\n    }\n  }\n": types.RoleCapabilitiesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HiringCompetitionFields on Competition {\n    id\n    title\n    description\n    registrationOpensAt\n    startsAt\n    endsAt\n    freezeMinutes\n    failedSubmitPenalty\n    phase\n    entrants\n    pausedAt\n    assessmentId\n    challenges {\n      position\n      slug\n      title\n      maxPoints\n    }\n  }\n"): typeof import('./graphql').HiringCompetitionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HiringCompetitions {\n    hiringCompetitions {\n      ...HiringCompetitionFields\n    }\n    challenges(first: 50) {\n      nodes {\n        slug\n        title\n        language\n        difficulty\n      }\n    }\n  }\n"): typeof import('./graphql').HiringCompetitionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateHiringCompetition($input: CompetitionScheduleInput!) {\n    createHiringCompetition(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateHiringCompetitionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HiringCompetition($id: ID!) {\n    competition(id: $id) {\n      ...HiringCompetitionFields\n    }\n    leaderboard(competitionId: $id, first: 50) {\n      total\n      entries {\n        rank\n        userId\n        displayName\n        points\n      }\n    }\n  }\n"): typeof import('./graphql').HiringCompetitionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompetitionPipeline($assessmentId: ID!) {\n    candidates(assessmentId: $assessmentId) {\n      id\n      email\n      name\n      competition {\n        rank\n        points\n        solved\n        challenges\n        integrity {\n          clean\n          flagged\n          tampered\n          reviewPending\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CompetitionPipelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FinalistAssessments {\n    assessments {\n      id\n      title\n      status\n      kind\n    }\n  }\n"): typeof import('./graphql').FinalistAssessmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PauseHiringCompetition($id: ID!) {\n    pauseHiringCompetition(competitionId: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').PauseHiringCompetitionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeHiringCompetition($id: ID!) {\n    resumeHiringCompetition(competitionId: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').ResumeHiringCompetitionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExtendHiringCompetition($id: ID!, $minutes: Int!) {\n    extendHiringCompetition(competitionId: $id, minutes: $minutes) {\n      id\n    }\n  }\n"): typeof import('./graphql').ExtendHiringCompetitionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelHiringCompetition($id: ID!) {\n    cancelHiringCompetition(competitionId: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').CancelHiringCompetitionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteCompetitionFinalists($competitionId: ID!, $assessmentId: ID!, $top: Int!) {\n    inviteCompetitionFinalists(\n      competitionId: $competitionId\n      assessmentId: $assessmentId\n      top: $top\n    ) {\n      invited {\n        email\n        name\n      }\n      errors {\n        email\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').InviteCompetitionFinalistsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssessmentFields on Assessment {\n    id\n    title\n    instructions\n    timeLimitMinutes\n    hintsAllowed\n    hintPenalty\n    status\n    kind\n    candidateCount\n    createdAt\n    updatedAt\n    challenges {\n      position\n      slug\n      title\n      language\n      difficulty\n      estimatedMinutes\n      private\n    }\n  }\n"): typeof import('./graphql').AssessmentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PipelineRowFields on CandidateInvite {\n    id\n    email\n    name\n    status\n    score\n    underReview\n    timeUsedSeconds\n    sentAt\n    startedAt\n    submittedAt\n    extraTimePercent\n    sendCount\n    competition {\n      rank\n      points\n      solved\n      challenges\n      integrity {\n        clean\n        flagged\n        tampered\n        reviewPending\n      }\n    }\n  }\n"): typeof import('./graphql').PipelineRowFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Assessments {\n    assessments {\n      ...AssessmentFields\n    }\n  }\n"): typeof import('./graphql').AssessmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Assessment($id: ID!) {\n    assessment(id: $id) {\n      ...AssessmentFields\n    }\n  }\n"): typeof import('./graphql').AssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishAssessment($id: ID!) {\n    publishAssessment(id: $id) {\n      ...AssessmentFields\n    }\n  }\n"): typeof import('./graphql').PublishAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveAssessment($id: ID!) {\n    archiveAssessment(id: $id) {\n      ...AssessmentFields\n    }\n  }\n"): typeof import('./graphql').ArchiveAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAssessment($input: AssessmentInput!) {\n    createAssessment(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAssessment($id: ID!, $input: AssessmentInput!) {\n    updateAssessment(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssessmentCatalog($filter: ChallengeFilter) {\n    challenges(filter: $filter, first: 50) {\n      nodes {\n        slug\n        title\n        language\n        difficulty\n        estimatedMinutes\n        bugTypes\n      }\n    }\n  }\n"): typeof import('./graphql').AssessmentCatalogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChallengeBrief($slug: String!) {\n    challenge(slug: $slug) {\n      summary\n    }\n  }\n"): typeof import('./graphql').ChallengeBriefDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Pipeline($assessmentId: ID!) {\n    candidates(assessmentId: $assessmentId) {\n      ...PipelineRowFields\n    }\n  }\n"): typeof import('./graphql').PipelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendInvite($id: ID!) {\n    resendInvite(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').ResendInviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvite($id: ID!) {\n    revokeInvite(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').RevokeInviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteCandidates($assessmentId: ID!, $candidates: [CandidateInput!]!) {\n    inviteCandidates(assessmentId: $assessmentId, candidates: $candidates) {\n      invited {\n        id\n      }\n      errors {\n        index\n        email\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').InviteCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAccommodation($id: ID!, $extraTimePercent: Int!) {\n    setAccommodation(id: $id, extraTimePercent: $extraTimePercent) {\n      id\n    }\n  }\n"): typeof import('./graphql').SetAccommodationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PipelineCsv($assessmentId: ID!) {\n    pipelineCsv(assessmentId: $assessmentId)\n  }\n"): typeof import('./graphql').PipelineCsvDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChallengeCatalog {\n    challenges(first: 100) {\n      nodes {\n        slug\n        title\n        language\n        difficulty\n        estimatedMinutes\n        bugTypes\n      }\n    }\n  }\n"): typeof import('./graphql').ChallengeCatalogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UploadPrivateChallenge($archiveBase64: String!) {\n    uploadPrivateChallenge(archiveBase64: $archiveBase64) {\n      valid\n      slug\n      version\n      errors {\n        file\n        field\n        message\n      }\n      checks {\n        name\n        passed\n        detail\n      }\n    }\n  }\n"): typeof import('./graphql').UploadPrivateChallengeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EmbedKeyFields on EmbedKey {\n    id\n    name\n    publishableKey\n    allowedOrigins\n    challenges {\n      slug\n      title\n      assessmentId\n    }\n    applicants\n    submitted\n    revokedAt\n    createdAt\n  }\n"): typeof import('./graphql').EmbedKeyFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmbedKeys {\n    embedKeys {\n      ...EmbedKeyFields\n    }\n  }\n"): typeof import('./graphql').EmbedKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmbedCatalog {\n    challenges(first: 100) {\n      nodes {\n        slug\n        title\n        language\n      }\n    }\n  }\n"): typeof import('./graphql').EmbedCatalogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEmbedKey($input: EmbedKeyInput!) {\n    createEmbedKey(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateEmbedKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeEmbedKey($id: ID!) {\n    revokeEmbedKey(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').RevokeEmbedKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Greenhouse {\n    greenhouseSetup {\n      listTestsUrl\n      sendTestUrl\n      testStatusUrl\n      responseErrorUrl\n      scope\n      activeKeys\n    }\n    atsSyncs(ats: \"greenhouse\") {\n      id\n      invitationId\n      candidateEmail\n      assessmentTitle\n      state\n      attempts\n      lastStatusCode\n      lastError\n      nextAttemptAt\n      deliveredAt\n      createdAt\n    }\n  }\n"): typeof import('./graphql').GreenhouseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AtsPartnerCalls($ats: String!) {\n    atsPartnerCalls(ats: $ats, limit: 20) {\n      id\n      operation\n      status\n      createdAt\n    }\n  }\n"): typeof import('./graphql').AtsPartnerCallsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AtsSyncs($ats: String!) {\n    atsSyncs(ats: $ats) {\n      id\n      invitationId\n      candidateEmail\n      assessmentTitle\n      state\n      attempts\n      lastError\n      nextAttemptAt\n    }\n  }\n"): typeof import('./graphql').AtsSyncsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryAtsSync($id: ID!) {\n    retryAtsSync(id: $id)\n  }\n"): typeof import('./graphql').RetryAtsSyncDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeverSetup {\n    leverSetup {\n      connected\n      authKind\n      webhookUrl\n      redirectUri\n      webhookSecretSet\n      oauthAvailable\n      performAs\n      mappings {\n        id\n        externalId\n        assessmentId\n        label\n        passThreshold\n        stageOnPass\n      }\n    }\n  }\n"): typeof import('./graphql').LeverSetupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeverAuthorizeUrl {\n    leverAuthorizeUrl\n  }\n"): typeof import('./graphql').LeverAuthorizeUrlDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConnectLeverApiKey($apiKey: String!, $signatureToken: String!, $performAs: String) {\n    connectLeverApiKey(apiKey: $apiKey, signatureToken: $signatureToken, performAs: $performAs)\n  }\n"): typeof import('./graphql').ConnectLeverApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetLeverWebhookSecret($signatureToken: String!, $performAs: String) {\n    setLeverWebhookSecret(signatureToken: $signatureToken, performAs: $performAs)\n  }\n"): typeof import('./graphql').SetLeverWebhookSecretDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetLeverStageMapping(\n    $stageId: String!\n    $assessmentId: ID!\n    $label: String!\n    $passThreshold: Int!\n    $stageOnPass: String\n  ) {\n    setLeverStageMapping(\n      stageId: $stageId\n      assessmentId: $assessmentId\n      label: $label\n      passThreshold: $passThreshold\n      stageOnPass: $stageOnPass\n    ) {\n      id\n    }\n  }\n"): typeof import('./graphql').SetLeverStageMappingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestLeverConnection {\n    testLeverConnection {\n      ok\n      detail\n    }\n  }\n"): typeof import('./graphql').TestLeverConnectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisconnectLever {\n    disconnectLever\n  }\n"): typeof import('./graphql').DisconnectLeverDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkdaySetup {\n    workdaySetup {\n      connected\n      orderUrl\n      endpoint\n      statuses {\n        status\n        referenceId\n      }\n    }\n  }\n"): typeof import('./graphql').WorkdaySetupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConnectWorkday($endpoint: String!, $username: String!, $password: String!) {\n    connectWorkday(endpoint: $endpoint, username: $username, password: $password)\n  }\n"): typeof import('./graphql').ConnectWorkdayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetWorkdayStatus($status: String!, $referenceId: String!) {\n    setWorkdayStatus(status: $status, referenceId: $referenceId)\n  }\n"): typeof import('./graphql').SetWorkdayStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetWorkdayTestMapping($testId: String!, $assessmentId: ID!) {\n    setWorkdayTestMapping(testId: $testId, assessmentId: $assessmentId) {\n      id\n    }\n  }\n"): typeof import('./graphql').SetWorkdayTestMappingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestWorkdayConnection {\n    testWorkdayConnection {\n      ok\n      detail\n    }\n  }\n"): typeof import('./graphql').TestWorkdayConnectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisconnectWorkday {\n    disconnectWorkday\n  }\n"): typeof import('./graphql').DisconnectWorkdayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog {\n    auditLog(first: 200) {\n      id\n      actor\n      action\n      targetType\n      targetId\n      data\n      createdAt\n    }\n  }\n"): typeof import('./graphql').AuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Mailbox {\n    mailbox {\n      id\n      to\n      subject\n      text\n      links\n      createdAt\n    }\n  }\n"): typeof import('./graphql').MailboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssessmentTitles {\n    assessments {\n      id\n      title\n    }\n  }\n"): typeof import('./graphql').AssessmentTitlesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CandidatesOf($assessmentId: ID!) {\n    candidates(assessmentId: $assessmentId) {\n      id\n      email\n      name\n      status\n      score\n      underReview\n    }\n  }\n"): typeof import('./graphql').CandidatesOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChallengeIntegrityFields on ChallengeIntegrity {\n    submissionId\n    verdict\n    seed\n    canaries\n    reviewStatus\n    reviewedBy\n    reviewedAt\n    reason\n    findings {\n      layer\n      code\n      message\n      file\n      line\n      excerpt\n      test\n      expected\n      actual\n    }\n  }\n"): typeof import('./graphql').ChallengeIntegrityFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CandidateReport($inviteId: ID!) {\n    candidateReport(inviteId: $inviteId) {\n      invite {\n        id\n        assessmentId\n        email\n        name\n        status\n        timeUsedSeconds\n        startedAt\n        submittedAt\n      }\n      assessmentTitle\n      endedBy\n      timeLimitSeconds\n      totalScore\n      reviewRequired\n      challenges {\n        position\n        slug\n        title\n        language\n        score\n        breakdown\n        hiddenPassed\n        hiddenTotal\n        hintsUsed\n        runs {\n          at\n          suite\n          status\n          passed\n          failed\n          diff\n        }\n        finalDiff\n        integrity {\n          ...ChallengeIntegrityFields\n        }\n      }\n      integrity {\n        pasteEvents\n        focusLosses\n        similar {\n          inviteId\n          candidate\n          challengeSlug\n          similarity\n          mine\n          theirs\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CandidateReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideIntegrityReview($submissionId: ID!, $decision: ReviewDecision!, $reason: String!) {\n    decideIntegrityReview(submissionId: $submissionId, decision: $decision, reason: $reason) {\n      submissionId\n      reviewStatus\n    }\n  }\n"): typeof import('./graphql').DecideIntegrityReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      prefix\n      scopes\n      lastUsedAt\n      revokedAt\n      createdAt\n    }\n  }\n"): typeof import('./graphql').ApiKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($input: ApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n    }\n  }\n"): typeof import('./graphql').CreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').RevokeApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookEndpoints {\n    webhookEndpoints {\n      id\n      url\n      description\n      events\n      createdAt\n    }\n  }\n"): typeof import('./graphql').WebhookEndpointsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookDeliveries($endpointId: ID!) {\n    webhookDeliveries(endpointId: $endpointId) {\n      id\n      eventId\n      eventType\n      attempt\n      statusCode\n      durationMs\n      error\n      succeeded\n      resent\n      createdAt\n    }\n  }\n"): typeof import('./graphql').WebhookDeliveriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWebhookEndpoint($input: WebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n    }\n  }\n"): typeof import('./graphql').CreateWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n"): typeof import('./graphql').DeleteWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendWebhookEvent($endpointId: ID!, $eventId: ID!) {\n    resendWebhookEvent(endpointId: $endpointId, eventId: $eventId)\n  }\n"): typeof import('./graphql').ResendWebhookEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Team {\n    teamMembers {\n      id\n      userId\n      displayName\n      email\n      role\n      createdAt\n    }\n    teamInvites {\n      id\n      email\n      role\n      status\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').TeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteTeamMember($email: String!, $role: TenantRole!) {\n    inviteTeamMember(email: $email, role: $role) {\n      id\n    }\n  }\n"): typeof import('./graphql').InviteTeamMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMemberRole($membershipId: ID!, $role: TenantRole!) {\n    changeMemberRole(membershipId: $membershipId, role: $role) {\n      id\n    }\n  }\n"): typeof import('./graphql').ChangeMemberRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId)\n  }\n"): typeof import('./graphql').RemoveMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeTeamInvite($id: ID!) {\n    revokeTeamInvite(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').RevokeTeamInviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamInvitePreview($token: String!) {\n    teamInvite(token: $token) {\n      tenantName\n      email\n      role\n      accountExists\n    }\n  }\n"): typeof import('./graphql').TeamInvitePreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionAuthFields on AuthPayload {\n    accessToken\n    refreshToken\n    user {\n      id\n      email\n      displayName\n    }\n  }\n"): typeof import('./graphql').SessionAuthFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Refresh($refreshToken: String!) {\n    refresh(refreshToken: $refreshToken) {\n      ...SessionAuthFields\n    }\n  }\n"): typeof import('./graphql').RefreshDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      ...SessionAuthFields\n    }\n  }\n"): typeof import('./graphql').LogInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogOut($refreshToken: String!) {\n    logOut(refreshToken: $refreshToken)\n  }\n"): typeof import('./graphql').LogOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUpCompany($input: CompanySignUpInput!) {\n    signUpCompany(input: $input) {\n      email\n      message\n    }\n  }\n"): typeof import('./graphql').SignUpCompanyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      ...SessionAuthFields\n    }\n  }\n"): typeof import('./graphql').VerifyEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email, app: PORTAL) {\n      email\n      message\n    }\n  }\n"): typeof import('./graphql').RequestPasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      ...SessionAuthFields\n    }\n  }\n"): typeof import('./graphql').ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptTeamInvite($input: AcceptTeamInviteInput!) {\n    acceptTeamInvite(input: $input) {\n      auth {\n        ...SessionAuthFields\n      }\n      tenant {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').AcceptTeamInviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTenants {\n    myTenants {\n      role\n      tenant {\n        id\n        slug\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').MyTenantsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoleCapabilities {\n    roleCapabilities {\n      role\n      capabilities\n    }\n  }\n"): typeof import('./graphql').RoleCapabilitiesDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
