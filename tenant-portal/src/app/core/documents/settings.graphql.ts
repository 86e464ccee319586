// Settings (API keys, webhooks) documents, typed by the code generator from the committed schema
// (`npm run codegen` writes ../generated). CREATE_API_KEY also serves the Greenhouse card.
import { graphql } from '../generated';

export const API_KEYS = graphql(`
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
`);

export const CREATE_API_KEY = graphql(`
  mutation CreateApiKey($input: ApiKeyInput!) {
    createApiKey(input: $input) {
      secret
    }
  }
`);

export const REVOKE_API_KEY = graphql(`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      id
    }
  }
`);

export const WEBHOOK_ENDPOINTS = graphql(`
  query WebhookEndpoints {
    webhookEndpoints {
      id
      url
      description
      events
      createdAt
    }
  }
`);

export const WEBHOOK_DELIVERIES = graphql(`
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
`);

export const CREATE_WEBHOOK_ENDPOINT = graphql(`
  mutation CreateWebhookEndpoint($input: WebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      secret
    }
  }
`);

export const DELETE_WEBHOOK_ENDPOINT = graphql(`
  mutation DeleteWebhookEndpoint($id: ID!) {
    deleteWebhookEndpoint(id: $id)
  }
`);

export const RESEND_WEBHOOK_EVENT = graphql(`
  mutation ResendWebhookEvent($endpointId: ID!, $eventId: ID!) {
    resendWebhookEvent(endpointId: $endpointId, eventId: $eventId)
  }
`);
