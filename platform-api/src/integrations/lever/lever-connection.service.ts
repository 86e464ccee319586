import { randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { leverCall } from '@fixpoint/connector-lever';
import type Redis from 'ioredis';
import { z } from 'zod';
import { AppError } from '../../common/app-error';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config.schema';
import { ScopedDb } from '../../database/scoped-db.service';
import type { AtsConnection } from '../../generated/prisma/client';
import { REDIS } from '../../redis/redis.module';
import {
  atsConnectionCredentialsContext,
  atsConnectionWebhookSecretContext,
} from '../../secrets/sealed-columns';
import { SecretBox } from '../../secrets/secret-box';

const ATS = 'lever';
// An access token is refreshed when it has less than this left: a write-back never starts
// with a token that could expire mid-call.
const REFRESH_BEFORE_MS = 5 * 60_000;
const STATE_TTL_SECONDS = 600;
// Lever's scopes for what we do: read opportunities and stages, write notes, tags and stages.
const SCOPES = [
  'offline_access',
  'opportunities:write:admin',
  'notes:write:admin',
  'stages:read:admin',
  'tags:read:admin',
];

const credentialsSchema = z.union([
  z.object({ apiKey: z.string().min(1) }),
  z.object({ accessToken: z.string().min(1), refreshToken: z.string().min(1) }),
]);
type Credentials = z.infer<typeof credentialsSchema>;

const tokenAnswer = z.object({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1),
  expires_in: z.number().int().positive().default(3600),
});

/**
 * A tenant's Lever connection: OAuth 2.0 (authorization code, refresh tokens rotated before
 * the access token expires) or a customer's API key (Basic, blank password), and the stage
 * webhook's signature token. Every secret is sealed with its row id as associated data.
 */
@Injectable()
export class LeverConnectionService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly db: ScopedDb,
    private readonly box: SecretBox,
  ) {}

  find(tenantId: string) {
    return this.db.run({ tenantId }, (tx) =>
      tx.atsConnection.findUnique({ where: { tenantId_ats: { tenantId, ats: ATS } } }),
    );
  }

  /** The URL Lever's stage-change webhook is registered with (one per tenant). */
  webhookUrl(tenantId: string) {
    return new URL(`/ats/lever/v1/webhooks/${tenantId}`, this.config.PORTAL_URL).toString();
  }

  redirectUri() {
    return new URL('/ats/lever/v1/oauth/callback', this.config.PORTAL_URL).toString();
  }

  private async save(
    tenantId: string,
    memberId: string | null,
    authKind: 'oauth' | 'api_key',
    credentials: Credentials,
    accessExpiresAt: Date | null,
    extra: { signatureToken?: string | null; performAs?: string | null } = {},
  ): Promise<AtsConnection> {
    const existing = await this.find(tenantId);
    const id = existing?.id ?? randomUUID();
    const data = {
      authKind,
      credentialsSealed: this.box.seal(
        JSON.stringify(credentials),
        atsConnectionCredentialsContext(id),
      ),
      accessExpiresAt,
      ...(extra.signatureToken !== undefined
        ? {
            webhookSecretSealed: extra.signatureToken
              ? this.box.seal(extra.signatureToken, atsConnectionWebhookSecretContext(id))
              : null,
          }
        : {}),
      ...(extra.performAs !== undefined ? { performAs: extra.performAs } : {}),
      updatedAt: new Date(),
    };
    return this.db.run({ tenantId }, (tx) =>
      tx.atsConnection.upsert({
        where: { tenantId_ats: { tenantId, ats: ATS } },
        create: {
          id,
          tenantId,
          ats: ATS,
          apiBase: this.config.LEVER_API_BASE,
          connectedBy: memberId,
          ...data,
          credentialsSealed: data.credentialsSealed,
        },
        update: data,
      }),
    );
  }

  /** Self-serve: the customer's own Lever API key and the stage webhook's signature token. */
  connectWithApiKey(
    tenantId: string,
    memberId: string,
    input: { apiKey: string; signatureToken: string; performAs: string | null },
  ) {
    return this.save(tenantId, memberId, 'api_key', { apiKey: input.apiKey }, null, input);
  }

  /** The signature token of the webhook the customer created in Lever (OAuth connections). */
  async setWebhookSecret(tenantId: string, signatureToken: string, performAs: string | null) {
    const connection = await this.find(tenantId);
    if (!connection) throw new AppError('NOT_FOUND', 'Connect Lever first.');
    const id = connection.id;
    return this.db.run({ tenantId }, (tx) =>
      tx.atsConnection.update({
        where: { id },
        data: {
          webhookSecretSealed: this.box.seal(signatureToken, atsConnectionWebhookSecretContext(id)),
          performAs,
          updatedAt: new Date(),
        },
      }),
    );
  }

  /** Where to send the Super Admin to authorize our app; the state is single-use, 10 minutes. */
  async authorizeUrl(tenantId: string, memberId: string): Promise<string> {
    if (!this.config.LEVER_CLIENT_ID)
      throw new AppError(
        'CONFLICT',
        'Lever OAuth is not configured here; connect with an API key.',
      );
    const state = randomBytes(24).toString('base64url');
    await this.redis.set(
      `lever:oauth:${state}`,
      JSON.stringify({ tenantId, memberId }),
      'EX',
      STATE_TTL_SECONDS,
    );
    const url = new URL(this.config.LEVER_AUTHORIZE_URL);
    url.search = new URLSearchParams({
      response_type: 'code',
      client_id: this.config.LEVER_CLIENT_ID,
      redirect_uri: this.redirectUri(),
      state,
      // Lever's audience needs the trailing slash.
      audience: `${this.config.LEVER_API_BASE.replace(/\/$/, '')}/`,
      scope: SCOPES.join(' '),
    }).toString();
    return url.toString();
  }

  private async tokenRequest(params: Record<string, string>) {
    const response = await fetch(this.config.LEVER_TOKEN_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams({
        client_id: this.config.LEVER_CLIENT_ID ?? '',
        client_secret: this.config.LEVER_CLIENT_SECRET ?? '',
        ...params,
      }),
      signal: AbortSignal.timeout(this.config.ATS_CALL_TIMEOUT_MS),
    });
    const parsed = tokenAnswer.safeParse(await response.json().catch(() => null));
    if (!response.ok || !parsed.success)
      throw new AppError(
        'SERVICE_UNAVAILABLE',
        `Lever's token endpoint answered ${response.status}.`,
      );
    return parsed.data;
  }

  /** The OAuth callback: the state names the tenant; the code becomes sealed tokens. */
  async completeOAuth(code: string, state: string): Promise<string> {
    const stored = await this.redis.getdel(`lever:oauth:${state}`);
    if (!stored)
      throw new AppError('BAD_USER_INPUT', 'This Lever authorization expired; start again.');
    const { tenantId, memberId } = JSON.parse(stored) as { tenantId: string; memberId: string };
    const tokens = await this.tokenRequest({
      grant_type: 'authorization_code',
      code,
      redirect_uri: this.redirectUri(),
    });
    await this.save(
      tenantId,
      memberId,
      'oauth',
      { accessToken: tokens.access_token, refreshToken: tokens.refresh_token },
      new Date(Date.now() + tokens.expires_in * 1000),
    );
    return tenantId;
  }

  /**
   * The Authorization header for Lever's API: Basic with the customer's key, or Bearer with an
   * access token refreshed first when it is close to expiring (Lever rotates the refresh token
   * on every refresh: the new one is sealed in place of the old). Null when not connected.
   */
  async authorizationFor(tenantId: string): Promise<string | null> {
    const connection = await this.find(tenantId);
    if (!connection) return null;
    const credentials = credentialsSchema.parse(
      JSON.parse(
        this.box.open(connection.credentialsSealed, atsConnectionCredentialsContext(connection.id)),
      ),
    );
    if ('apiKey' in credentials)
      return `Basic ${Buffer.from(`${credentials.apiKey}:`).toString('base64')}`;
    if (
      connection.accessExpiresAt &&
      connection.accessExpiresAt.getTime() - Date.now() > REFRESH_BEFORE_MS
    )
      return `Bearer ${credentials.accessToken}`;
    const tokens = await this.tokenRequest({
      grant_type: 'refresh_token',
      refresh_token: credentials.refreshToken,
    });
    await this.save(
      tenantId,
      null,
      'oauth',
      { accessToken: tokens.access_token, refreshToken: tokens.refresh_token },
      new Date(Date.now() + tokens.expires_in * 1000),
    );
    return `Bearer ${tokens.access_token}`;
  }

  signatureTokenOf(connection: AtsConnection): string | null {
    return connection.webhookSecretSealed
      ? this.box.open(
          connection.webhookSecretSealed,
          atsConnectionWebhookSecretContext(connection.id),
        )
      : null;
  }

  /** Test the connection: one cheap read (the stages) with the stored credentials. */
  async test(tenantId: string): Promise<{ ok: boolean; detail: string }> {
    const authorization = await this.authorizationFor(tenantId);
    if (!authorization) return { ok: false, detail: 'Lever is not connected.' };
    const answer = await leverCall(
      { fetch, timeoutMs: this.config.ATS_CALL_TIMEOUT_MS },
      authorization,
      `${this.config.LEVER_API_BASE.replace(/\/$/, '')}/stages?limit=1`,
    );
    return { ok: answer.ok, detail: answer.ok ? 'Lever answered.' : answer.detail };
  }

  /** Disconnect: the row and every sealed token in it are deleted. */
  async disconnect(tenantId: string) {
    await this.db.run({ tenantId }, (tx) => tx.atsConnection.deleteMany({ where: { ats: ATS } }));
  }
}
