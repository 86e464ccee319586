/**
 * Every column that holds a sealed secret, with the associated data its rows were sealed
 * with. The re-encrypt command walks this list; later issues (ATS credentials) add theirs.
 */
export interface SealedColumn {
  table: string;
  column: string;
  /** The associated data of a row, from its id. */
  context: (id: string) => string;
}

export const SEALED_COLUMNS: readonly SealedColumn[] = [
  {
    table: 'webhook_endpoints',
    column: 'secret_sealed',
    context: (id) => `webhook_endpoints.secret_sealed:${id}`,
  },
  {
    table: 'ats_syncs',
    column: 'credentials_sealed',
    context: (id) => `ats_syncs.credentials_sealed:${id}`,
  },
  {
    table: 'ats_connections',
    column: 'credentials_sealed',
    context: (id) => `ats_connections.credentials_sealed:${id}`,
  },
  {
    table: 'ats_connections',
    column: 'webhook_secret_sealed',
    context: (id) => `ats_connections.webhook_secret_sealed:${id}`,
  },
];

export const webhookSecretContext = (endpointId: string) => SEALED_COLUMNS[0].context(endpointId);

export const atsSyncCredentialsContext = (syncId: string) => SEALED_COLUMNS[1].context(syncId);

export const atsConnectionCredentialsContext = (connectionId: string) =>
  SEALED_COLUMNS[2].context(connectionId);

export const atsConnectionWebhookSecretContext = (connectionId: string) =>
  SEALED_COLUMNS[3].context(connectionId);
