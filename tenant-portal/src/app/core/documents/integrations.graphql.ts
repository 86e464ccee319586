// The Integrations page's documents (Greenhouse, Lever and Workday cards, each ATS's syncs),
// typed by the code generator from the committed schema (`npm run codegen` writes ../generated).
import { graphql } from '../generated';

export const GREENHOUSE = graphql(`
  query Greenhouse {
    greenhouseSetup {
      listTestsUrl
      sendTestUrl
      testStatusUrl
      responseErrorUrl
      scope
      activeKeys
    }
    atsSyncs(ats: "greenhouse") {
      id
      invitationId
      candidateEmail
      assessmentTitle
      state
      attempts
      lastStatusCode
      lastError
      nextAttemptAt
      deliveredAt
      createdAt
    }
  }
`);

export const ATS_PARTNER_CALLS = graphql(`
  query AtsPartnerCalls($ats: String!) {
    atsPartnerCalls(ats: $ats, limit: 20) {
      id
      operation
      status
      createdAt
    }
  }
`);

export const ATS_SYNCS = graphql(`
  query AtsSyncs($ats: String!) {
    atsSyncs(ats: $ats) {
      id
      invitationId
      candidateEmail
      assessmentTitle
      state
      attempts
      lastError
      nextAttemptAt
    }
  }
`);

export const RETRY_ATS_SYNC = graphql(`
  mutation RetryAtsSync($id: ID!) {
    retryAtsSync(id: $id)
  }
`);

export const LEVER_SETUP = graphql(`
  query LeverSetup {
    leverSetup {
      connected
      authKind
      webhookUrl
      redirectUri
      webhookSecretSet
      oauthAvailable
      performAs
      mappings {
        id
        externalId
        assessmentId
        label
        passThreshold
        stageOnPass
      }
    }
  }
`);

export const LEVER_AUTHORIZE_URL = graphql(`
  mutation LeverAuthorizeUrl {
    leverAuthorizeUrl
  }
`);

export const CONNECT_LEVER_API_KEY = graphql(`
  mutation ConnectLeverApiKey($apiKey: String!, $signatureToken: String!, $performAs: String) {
    connectLeverApiKey(apiKey: $apiKey, signatureToken: $signatureToken, performAs: $performAs)
  }
`);

export const SET_LEVER_WEBHOOK_SECRET = graphql(`
  mutation SetLeverWebhookSecret($signatureToken: String!, $performAs: String) {
    setLeverWebhookSecret(signatureToken: $signatureToken, performAs: $performAs)
  }
`);

export const SET_LEVER_STAGE_MAPPING = graphql(`
  mutation SetLeverStageMapping(
    $stageId: String!
    $assessmentId: ID!
    $label: String!
    $passThreshold: Int!
    $stageOnPass: String
  ) {
    setLeverStageMapping(
      stageId: $stageId
      assessmentId: $assessmentId
      label: $label
      passThreshold: $passThreshold
      stageOnPass: $stageOnPass
    ) {
      id
    }
  }
`);

export const TEST_LEVER_CONNECTION = graphql(`
  mutation TestLeverConnection {
    testLeverConnection {
      ok
      detail
    }
  }
`);

export const DISCONNECT_LEVER = graphql(`
  mutation DisconnectLever {
    disconnectLever
  }
`);

export const WORKDAY_SETUP = graphql(`
  query WorkdaySetup {
    workdaySetup {
      connected
      orderUrl
      endpoint
      statuses {
        status
        referenceId
      }
    }
  }
`);

export const CONNECT_WORKDAY = graphql(`
  mutation ConnectWorkday($endpoint: String!, $username: String!, $password: String!) {
    connectWorkday(endpoint: $endpoint, username: $username, password: $password)
  }
`);

export const SET_WORKDAY_STATUS = graphql(`
  mutation SetWorkdayStatus($status: String!, $referenceId: String!) {
    setWorkdayStatus(status: $status, referenceId: $referenceId)
  }
`);

export const SET_WORKDAY_TEST_MAPPING = graphql(`
  mutation SetWorkdayTestMapping($testId: String!, $assessmentId: ID!) {
    setWorkdayTestMapping(testId: $testId, assessmentId: $assessmentId) {
      id
    }
  }
`);

export const TEST_WORKDAY_CONNECTION = graphql(`
  mutation TestWorkdayConnection {
    testWorkdayConnection {
      ok
      detail
    }
  }
`);

export const DISCONNECT_WORKDAY = graphql(`
  mutation DisconnectWorkday {
    disconnectWorkday
  }
`);
