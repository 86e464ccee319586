// The Integrations page's documents (Greenhouse, Lever and Workday cards, each ATS's syncs),
// typed by the code generator from the committed schema (`npm run codegen` writes ../generated).
// Each text is a /* GraphQL */ template the generator reads; the exports are its XxxDocument
// constants, not graphql(): gql.ts's map (every text once more) stays out of the bundle.
import {
  AtsPartnerCallsDocument,
  AtsSyncsDocument,
  ConnectLeverApiKeyDocument,
  ConnectWorkdayDocument,
  DisconnectLeverDocument,
  DisconnectWorkdayDocument,
  GreenhouseDocument,
  LeverAuthorizeUrlDocument,
  LeverSetupDocument,
  RetryAtsSyncDocument,
  SetLeverStageMappingDocument,
  SetLeverWebhookSecretDocument,
  SetWorkdayStatusDocument,
  SetWorkdayTestMappingDocument,
  TestLeverConnectionDocument,
  TestWorkdayConnectionDocument,
  WorkdaySetupDocument,
} from '../generated/graphql';

/* GraphQL */ `
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
`;
export const GREENHOUSE = GreenhouseDocument;

/* GraphQL */ `
  query AtsPartnerCalls($ats: String!) {
    atsPartnerCalls(ats: $ats, limit: 20) {
      id
      operation
      status
      createdAt
    }
  }
`;
export const ATS_PARTNER_CALLS = AtsPartnerCallsDocument;

/* GraphQL */ `
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
`;
export const ATS_SYNCS = AtsSyncsDocument;

/* GraphQL */ `
  mutation RetryAtsSync($id: ID!) {
    retryAtsSync(id: $id)
  }
`;
export const RETRY_ATS_SYNC = RetryAtsSyncDocument;

/* GraphQL */ `
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
`;
export const LEVER_SETUP = LeverSetupDocument;

/* GraphQL */ `
  mutation LeverAuthorizeUrl {
    leverAuthorizeUrl
  }
`;
export const LEVER_AUTHORIZE_URL = LeverAuthorizeUrlDocument;

/* GraphQL */ `
  mutation ConnectLeverApiKey($apiKey: String!, $signatureToken: String!, $performAs: String) {
    connectLeverApiKey(apiKey: $apiKey, signatureToken: $signatureToken, performAs: $performAs)
  }
`;
export const CONNECT_LEVER_API_KEY = ConnectLeverApiKeyDocument;

/* GraphQL */ `
  mutation SetLeverWebhookSecret($signatureToken: String!, $performAs: String) {
    setLeverWebhookSecret(signatureToken: $signatureToken, performAs: $performAs)
  }
`;
export const SET_LEVER_WEBHOOK_SECRET = SetLeverWebhookSecretDocument;

/* GraphQL */ `
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
`;
export const SET_LEVER_STAGE_MAPPING = SetLeverStageMappingDocument;

/* GraphQL */ `
  mutation TestLeverConnection {
    testLeverConnection {
      ok
      detail
    }
  }
`;
export const TEST_LEVER_CONNECTION = TestLeverConnectionDocument;

/* GraphQL */ `
  mutation DisconnectLever {
    disconnectLever
  }
`;
export const DISCONNECT_LEVER = DisconnectLeverDocument;

/* GraphQL */ `
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
`;
export const WORKDAY_SETUP = WorkdaySetupDocument;

/* GraphQL */ `
  mutation ConnectWorkday($endpoint: String!, $username: String!, $password: String!) {
    connectWorkday(endpoint: $endpoint, username: $username, password: $password)
  }
`;
export const CONNECT_WORKDAY = ConnectWorkdayDocument;

/* GraphQL */ `
  mutation SetWorkdayStatus($status: String!, $referenceId: String!) {
    setWorkdayStatus(status: $status, referenceId: $referenceId)
  }
`;
export const SET_WORKDAY_STATUS = SetWorkdayStatusDocument;

/* GraphQL */ `
  mutation SetWorkdayTestMapping($testId: String!, $assessmentId: ID!) {
    setWorkdayTestMapping(testId: $testId, assessmentId: $assessmentId) {
      id
    }
  }
`;
export const SET_WORKDAY_TEST_MAPPING = SetWorkdayTestMappingDocument;

/* GraphQL */ `
  mutation TestWorkdayConnection {
    testWorkdayConnection {
      ok
      detail
    }
  }
`;
export const TEST_WORKDAY_CONNECTION = TestWorkdayConnectionDocument;

/* GraphQL */ `
  mutation DisconnectWorkday {
    disconnectWorkday
  }
`;
export const DISCONNECT_WORKDAY = DisconnectWorkdayDocument;
