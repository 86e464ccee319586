import { Inject, Injectable } from '@nestjs/common';
import {
  externalRefOf,
  listTestsBody,
  orderOf,
  type PartnerTest,
  parseSendTest,
  type TestStatus,
  testStatusBody,
} from '@fixpoint/connector-greenhouse';
import type { AtsKey } from '../../ats/ats-key.guard';
import { AtsProblem, AtsProblems } from '../../ats/ats-problem';
import { AtsInvitationsService } from '../../ats/ats-invitations.service';
import { OutboundHttp } from '../../ats/outbound-http';
import { isUuid } from '../../common/ids';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config.schema';
import { ScopedDb } from '../../database/scoped-db.service';
import { AtsSyncService, SyncUnavailable } from '../ats-sync.service';
import { neutralResultOf } from '../neutral-result';

const ATS = 'greenhouse';

/**
 * Greenhouse's Assessment Partner API, our side: the tests a company can send, sending one
 * (an ordinary candidate invitation, idempotent on Greenhouse's callback URL, with a sync that
 * PATCHes that URL once the result is final), and the status Greenhouse then reads.
 */
@Injectable()
export class GreenhouseService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: ScopedDb,
    private readonly invitations: AtsInvitationsService,
    private readonly syncs: AtsSyncService,
    private readonly outbound: OutboundHttp,
  ) {}

  /** The company's published assessments, all of them (Greenhouse takes one bare array). */
  listTests(key: AtsKey): Promise<PartnerTest[]> {
    return this.db.run({ tenantId: key.tenantId }, async (tx) =>
      listTestsBody(
        await tx.assessment.findMany({
          where: { status: 'published', kind: 'assessment' },
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
          select: { id: true, title: true },
        }),
      ),
    );
  }

  /**
   * Invites the candidate, once per callback URL: a repeat (Greenhouse retrying, a double
   * click) answers the same partner_interview_id and invites nobody again. `presentedKey` is
   * the key Greenhouse authenticated with: the PATCH carries it back, as Greenhouse's example
   * shows; it is stored sealed.
   */
  async sendTest(key: AtsKey, presentedKey: string, body: unknown) {
    const parsed = parseSendTest(body);
    if (!parsed.ok) throw AtsProblems.validation(parsed.errors);
    const send = parsed.value;
    // We PATCH this URL later: a public host only, never our own network.
    this.outbound.assertPublic(send.callbackUrl, '/url');
    const externalRef = externalRefOf(send.callbackUrl);
    let sync = await this.syncs.find(key.tenantId, ATS, externalRef);
    if (!sync) {
      const order = orderOf(send, externalRef);
      if (!isUuid(order.testId)) throw AtsProblems.notFound('test (partner_test_id)');
      const answer = await this.invitations
        .create(key, {
          assessmentId: order.testId,
          candidate: order.candidate,
          expiresInDays: 7,
          externalReference: {
            ats: ATS,
            applicationId: externalRef,
            ...(order.profileUrl && order.profileUrl.length <= 2000
              ? { profileUrl: order.profileUrl }
              : {}),
          },
        })
        .catch((error: unknown) => {
          if (error instanceof AtsProblem && error.status === 404)
            throw AtsProblems.notFound('test (partner_test_id)');
          throw error;
        });
      const invitationId = (answer.body as { id: string }).id;
      sync = await this.syncs.open({
        tenantId: key.tenantId,
        ats: ATS,
        externalRef,
        inviteId: invitationId,
        target: { callbackUrl: send.callbackUrl },
        credentials: presentedKey,
      });
    }
    try {
      await this.syncs.start(sync);
    } catch (error) {
      // The invitation exists; Greenhouse's retry finds it and starts the sync then.
      if (error instanceof SyncUnavailable)
        throw new AtsProblem(503, 'SERVICE_UNAVAILABLE', 'Try again in a few seconds.', {}, 5);
      throw error;
    }
    return { partner_interview_id: sync.inviteId };
  }

  /** The status of one sent test; an id Greenhouse did not get from us is a 404. */
  testStatus(key: AtsKey, partnerInterviewId: unknown): Promise<TestStatus> {
    return this.db.run({ tenantId: key.tenantId }, async (tx) => {
      if (typeof partnerInterviewId !== 'string' || !partnerInterviewId)
        throw AtsProblems.validation(
          [{ pointer: '#/query/partner_interview_id', detail: 'is required' }],
          'The query',
        );
      const sync = isUuid(partnerInterviewId)
        ? await tx.atsSync.findFirst({ where: { inviteId: partnerInterviewId, ats: ATS } })
        : null;
      const result = sync ? await neutralResultOf(tx, sync.inviteId, this.config.PORTAL_URL) : null;
      if (!result) throw AtsProblems.notFound('test instance (partner_interview_id)');
      return testStatusBody(result);
    });
  }
}
