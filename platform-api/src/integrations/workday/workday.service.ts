import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  assessCandidateBody,
  externalRefOf,
  getAssessCandidateBody,
  parseGetAssessCandidate,
  parseOrder,
  parseUser,
  soapCall,
  today,
  type WorkdayStatus,
  type WorkdayTarget,
} from '@fixpoint/connector-workday';
import { AtsInvitationsService } from '../../ats/ats-invitations.service';
import { AtsProblem } from '../../ats/ats-problem';
import { OutboundHttp } from '../../ats/outbound-http';
import { AppError } from '../../common/app-error';
import { isUuid } from '../../common/ids';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config.schema';
import { ScopedDb } from '../../database/scoped-db.service';
import {
  atsConnectionCredentialsContext,
  atsConnectionWebhookSecretContext,
} from '../../secrets/sealed-columns';
import { SecretBox } from '../../secrets/secret-box';
import { AtsSyncService, SyncUnavailable } from '../ats-sync.service';
import { WorkdayCredentials } from './workday-credentials';

const ATS = 'workday';
const STATUSES: WorkdayStatus[] = ['invited', 'in_progress', 'completed'];
const digest = (value: string) => createHash('sha256').update(value).digest();

/** An order's outcome: HTTP status, and what the customer's integration can act on. */
export interface OrderAnswer {
  status: number;
  code: string;
  detail: string;
  invitationId?: string;
}

/**
 * Workday Recruiting: the connection (the Recruiting endpoint, the integration system user,
 * the per-tenant order secret), the status mapping table, and the inbound order: resolved with
 * Get_Assess_Candidate, invited once per Workday assessment, reported `invited` with
 * Assess_Candidate, then synced to `completed` with the result by the atsSync workflow.
 */
@Injectable()
export class WorkdayService {
  private readonly logger = new Logger('Workday');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: ScopedDb,
    private readonly box: SecretBox,
    private readonly invitations: AtsInvitationsService,
    private readonly syncs: AtsSyncService,
    private readonly credentials: WorkdayCredentials,
    private readonly outbound: OutboundHttp,
  ) {}

  find(tenantId: string) {
    return this.db.run({ tenantId }, (tx) =>
      tx.atsConnection.findUnique({ where: { tenantId_ats: { tenantId, ats: ATS } } }),
    );
  }

  orderUrl(tenantId: string) {
    return new URL(`/ats/workday/v1/orders/${tenantId}`, this.config.PORTAL_URL).toString();
  }

  /** Connects (or reconnects) Workday; answers the order secret, shown once. */
  async connect(
    tenantId: string,
    memberId: string,
    input: { endpoint: string; username: string; password: string },
  ): Promise<string> {
    try {
      this.outbound.assertPublic(input.endpoint, '/endpoint');
    } catch (error) {
      if (!(error instanceof AtsProblem)) throw error;
      throw new AppError('BAD_USER_INPUT', error.detail, { field: 'endpoint', reason: error.code });
    }
    const existing = await this.find(tenantId);
    const id = existing?.id ?? randomUUID();
    const secret = `wdo_${randomBytes(24).toString('base64url')}`;
    const data = {
      authKind: 'ws_security',
      apiBase: input.endpoint,
      credentialsSealed: this.box.seal(
        JSON.stringify({ username: input.username, password: input.password }),
        atsConnectionCredentialsContext(id),
      ),
      webhookSecretSealed: this.box.seal(secret, atsConnectionWebhookSecretContext(id)),
      updatedAt: new Date(),
    };
    await this.db.run({ tenantId }, (tx) =>
      tx.atsConnection.upsert({
        where: { tenantId_ats: { tenantId, ats: ATS } },
        create: { id, tenantId, ats: ATS, connectedBy: memberId, ...data },
        update: data,
      }),
    );
    return secret;
  }

  async disconnect(tenantId: string) {
    await this.db.run({ tenantId }, (tx) => tx.atsConnection.deleteMany({ where: { ats: ATS } }));
  }

  setStatus(tenantId: string, status: string, referenceId: string) {
    if (!(STATUSES as string[]).includes(status))
      throw new AppError('BAD_USER_INPUT', `status must be one of ${STATUSES.join(', ')}.`, {
        field: 'status',
      });
    return this.db.run({ tenantId }, (tx) =>
      tx.atsStatusMapping.upsert({
        where: { tenantId_ats_status: { tenantId, ats: ATS, status } },
        create: { tenantId, ats: ATS, status, referenceId },
        update: { referenceId },
      }),
    );
  }

  private credentialsFor(tenantId: string) {
    return this.credentials.of(tenantId);
  }

  /** Test the connection: Get_Assess_Candidate for a reference that cannot exist. */
  async test(tenantId: string): Promise<{ ok: boolean; detail: string }> {
    const connection = await this.find(tenantId);
    const user = parseUser(await this.credentialsFor(tenantId));
    if (!connection || !user) return { ok: false, detail: 'Workday is not connected.' };
    const answer = await soapCall(
      { fetch: this.outbound.fetch, timeoutMs: this.config.ATS_CALL_TIMEOUT_MS },
      connection.apiBase,
      user,
      'Get_Assess_Candidate',
      getAssessCandidateBody({
        assessmentId: 'FIXPOINT_CONNECTION_TEST',
        candidateId: '-',
        requisitionId: null,
        candidate: { email: 'test@example.com', firstName: '-', lastName: '-' },
      }),
    );
    // Reached and authenticated: a Client fault about the reference is Workday answering.
    if (answer.ok || (answer.fault && !answer.retryable && !/auth|security/i.test(answer.detail)))
      return { ok: true, detail: 'Workday answered.' };
    return { ok: false, detail: answer.detail };
  }

  /** The inbound order (authenticated with the tenant's order secret). */
  async order(
    tenantId: string,
    authorization: string | undefined,
    body: unknown,
  ): Promise<OrderAnswer> {
    const connection = isUuid(tenantId) ? await this.find(tenantId) : null;
    const secret =
      connection?.webhookSecretSealed &&
      this.box.open(
        connection.webhookSecretSealed,
        atsConnectionWebhookSecretContext(connection.id),
      );
    const presented = authorization?.startsWith('Bearer ') ? authorization.slice(7) : '';
    if (!connection || !secret || !timingSafeEqual(digest(presented), digest(secret)))
      return {
        status: 401,
        code: 'UNAUTHENTICATED',
        detail: 'A valid order secret is required (Authorization: Bearer).',
      };
    const parsed = parseOrder(body);
    if (!parsed.ok)
      return {
        status: 400,
        code: 'BAD_USER_INPUT',
        detail: parsed.errors.map((e) => `${e.pointer}: ${e.detail}`).join('; '),
      };
    const order = parsed.value;
    const externalRef = externalRefOf(order.assessmentId);
    const existing = await this.syncs.find(tenantId, ATS, externalRef);
    if (existing) {
      await this.syncs.start(existing);
      return {
        status: 200,
        code: 'OK',
        detail: 'Already ordered.',
        invitationId: existing.inviteId,
      };
    }
    const user = parseUser(await this.credentialsFor(tenantId))!;
    const context = { fetch: this.outbound.fetch, timeoutMs: this.config.ATS_CALL_TIMEOUT_MS };
    const lookup = await soapCall(
      context,
      connection.apiBase,
      user,
      'Get_Assess_Candidate',
      getAssessCandidateBody(order),
    );
    if (!lookup.ok)
      return lookup.retryable
        ? { status: 503, code: 'SERVICE_UNAVAILABLE', detail: lookup.detail }
        : { status: 422, code: 'BAD_USER_INPUT', detail: lookup.detail };
    const resolved = parseGetAssessCandidate(lookup.body);
    if (!resolved)
      return {
        status: 422,
        code: 'BAD_USER_INPUT',
        detail: 'Get_Assess_Candidate did not name a job application and a test.',
      };
    const { mapping, statuses } = await this.db.run({ tenantId }, async (tx) => ({
      mapping: await tx.atsMapping.findUnique({
        where: { tenantId_ats_externalId: { tenantId, ats: ATS, externalId: resolved.testId } },
      }),
      statuses: await tx.atsStatusMapping.findMany({ where: { ats: ATS } }),
    }));
    if (!mapping)
      return {
        status: 422,
        code: 'BAD_USER_INPUT',
        detail: `Workday test ${resolved.testId} is not mapped to an assessment.`,
      };
    const statusIds = Object.fromEntries(statuses.map((s) => [s.status, s.referenceId]));
    if (!STATUSES.every((s) => statusIds[s]))
      return {
        status: 422,
        code: 'BAD_USER_INPUT',
        detail: `Map every status (${STATUSES.join(', ')}) to a Workday reference id first.`,
      };
    const invited = await this.invitations.create(
      { id: null, tenantId, name: 'Workday', scopes: [], createdBy: connection.connectedBy },
      {
        assessmentId: mapping.assessmentId,
        candidate: order.candidate,
        expiresInDays: 7,
        externalReference: { ats: ATS, applicationId: externalRef },
      },
    );
    const inviteId = (invited.body as { id: string }).id;
    const target: WorkdayTarget = {
      endpoint: connection.apiBase,
      assessmentId: order.assessmentId,
      jobApplicationId: resolved.jobApplicationId,
      testId: resolved.testId,
      statusIds: statusIds as WorkdayTarget['statusIds'],
    };
    const sync = await this.syncs.open({
      tenantId,
      ats: ATS,
      externalRef,
      inviteId,
      target,
      credentials: null,
    });
    // Workday hears "invited" now; a failure here is logged, the final result still syncs.
    const reported = await soapCall(
      context,
      connection.apiBase,
      user,
      'Assess_Candidate',
      assessCandidateBody({
        ...target,
        statusReferenceId: target.statusIds.invited,
        assessedOn: today(),
        result: null,
      }),
    );
    if (!reported.ok)
      this.logger.warn({ tenantId, detail: reported.detail }, 'invited status not reported');
    try {
      await this.syncs.start(sync);
    } catch (error) {
      if (!(error instanceof SyncUnavailable)) throw error;
      return { status: 503, code: 'SERVICE_UNAVAILABLE', detail: 'Try again in a few seconds.' };
    }
    return { status: 201, code: 'CREATED', detail: 'Invited.', invitationId: inviteId };
  }
}
