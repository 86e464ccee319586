// Settings (API keys, webhooks) documents, typed by the code generator from the committed schema
// (`npm run codegen` writes ../generated). CREATE_API_KEY also serves the Greenhouse card.
// Each text is a /* GraphQL */ template the generator reads; the exports are its XxxDocument
// constants, not graphql(): gql.ts's map (every text once more) stays out of the bundle.
import {
  ApiKeysDocument,
  CreateApiKeyDocument,
  CreateWebhookEndpointDocument,
  DeleteWebhookEndpointDocument,
  ResendWebhookEventDocument,
  RevokeApiKeyDocument,
  WebhookDeliveriesDocument,
  WebhookEndpointsDocument,
} from '../generated/graphql';

/* GraphQL */ `
  query ApiKeys {
    apiKeys {
      id
      name
      prefix
      scopes
      lastUsedAt
      revokedAt
      createdAt
    }
  }
`;
export const API_KEYS = ApiKeysDocument;

/* GraphQL */ `
  mutation CreateApiKey($input: ApiKeyInput!) {
    createApiKey(input: $input) {
      secret
    }
  }
`;
export const CREATE_API_KEY = CreateApiKeyDocument;

/* GraphQL */ `
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      id
    }
  }
`;
export const REVOKE_API_KEY = RevokeApiKeyDocument;

/* GraphQL */ `
  query WebhookEndpoints {
    webhookEndpoints {
      id
      url
      description
      events
      createdAt
    }
  }
`;
export const WEBHOOK_ENDPOINTS = WebhookEndpointsDocument;

/* GraphQL */ `
  query WebhookDeliveries($endpointId: ID!) {
    webhookDeliveries(endpointId: $endpointId) {
      id
      eventId
      eventType
      attempt
      statusCode
      durationMs
      error
      succeeded
      resent
      createdAt
    }
  }
`;
export const WEBHOOK_DELIVERIES = WebhookDeliveriesDocument;

/* GraphQL */ `
  mutation CreateWebhookEndpoint($input: WebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      secret
    }
  }
`;
export const CREATE_WEBHOOK_ENDPOINT = CreateWebhookEndpointDocument;

/* GraphQL */ `
  mutation DeleteWebhookEndpoint($id: ID!) {
    deleteWebhookEndpoint(id: $id)
  }
`;
export const DELETE_WEBHOOK_ENDPOINT = DeleteWebhookEndpointDocument;

/* GraphQL */ `
  mutation ResendWebhookEvent($endpointId: ID!, $eventId: ID!) {
    resendWebhookEvent(endpointId: $endpointId, eventId: $eventId)
  }
`;
export const RESEND_WEBHOOK_EVENT = ResendWebhookEventDocument;
