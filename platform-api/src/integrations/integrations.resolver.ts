import { Inject } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { recordAudit } from '../audit/audit';
import { CurrentPrincipal, type Principal } from '../auth/principal';
import { Can } from '../common/access.decorators';
import { AppError } from '../common/app-error';
import { isUuid } from '../common/ids';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { ScopedDb, scopeOf } from '../database/scoped-db.service';
import { AtsSyncService } from './ats-sync.service';
import { connectorFor } from './connectors';
import { AtsPartnerCallView, AtsSyncView, GreenhouseSetup } from './dto/integration.types';

const checkAts = (ats: string) => {
  if (!connectorFor(ats))
    throw new AppError('BAD_USER_INPUT', `No ATS named "${ats}".`, { field: 'ats' });
};

/**
 * The portal's Integrations page: what to register with each ATS, the calls the ATS made,
 * each sync's state, and Retry. Keys are made with createApiKey (scope `ats:<name>`). Owners
 * and admins, as for API keys.
 */
@Resolver()
export class IntegrationsResolver {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: ScopedDb,
    private readonly syncs: AtsSyncService,
  ) {}

  @Can('manage', 'ApiKey')
  @Query(() => GreenhouseSetup)
  async greenhouseSetup(@CurrentPrincipal() principal: Principal): Promise<GreenhouseSetup> {
    // The portal's own server routes /ats/ to the API: its address is the one to register.
    const url = (operation: string) =>
      new URL(`/ats/greenhouse/v1/${operation}`, this.config.PORTAL_URL).toString();
    const activeKeys = await this.db.run(scopeOf(principal), (tx) =>
      tx.apiKey.count({ where: { revokedAt: null, scopes: { has: 'ats:greenhouse' } } }),
    );
    return {
      listTestsUrl: url('list_tests'),
      sendTestUrl: url('send_test'),
      testStatusUrl: url('test_status'),
      responseErrorUrl: url('response_error'),
      scope: 'ats:greenhouse',
      activeKeys,
    };
  }

  @Can('manage', 'ApiKey')
  @Query(() => [AtsPartnerCallView], { description: 'Recent calls of an ATS, newest first.' })
  atsPartnerCalls(
    @CurrentPrincipal() principal: Principal,
    @Args('ats') ats: string,
    @Args('limit', { type: () => Int, defaultValue: 50 }) limit: number,
  ) {
    checkAts(ats);
    return this.db.run(scopeOf(principal), (tx) =>
      tx.atsPartnerCall.findMany({
        where: { ats },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: Math.min(Math.max(limit, 1), 200),
      }),
    );
  }

  @Can('manage', 'ApiKey')
  @Query(() => [AtsSyncView], { description: 'Syncs of an ATS, newest first.' })
  async atsSyncs(
    @CurrentPrincipal() principal: Principal,
    @Args('ats') ats: string,
  ): Promise<AtsSyncView[]> {
    checkAts(ats);
    return this.db.run(scopeOf(principal), async (tx) => {
      const rows = await tx.atsSync.findMany({
        where: { ats },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: 100,
      });
      const invites = await tx.candidateInvite.findMany({
        where: { id: { in: rows.map((r) => r.inviteId) } },
        include: { assessment: { select: { title: true } } },
      });
      return rows.map((row) => {
        const invite = invites.find((i) => i.id === row.inviteId);
        return {
          id: row.id,
          ats: row.ats,
          invitationId: row.inviteId,
          candidateEmail: invite?.email ?? '',
          assessmentTitle: invite?.assessment.title ?? '',
          state: row.state,
          attempts: row.attempts,
          lastStatusCode: row.lastStatusCode,
          lastError: row.lastError,
          lastAttemptAt: row.lastAttemptAt,
          nextAttemptAt: row.nextAttemptAt,
          deliveredAt: row.deliveredAt,
          createdAt: row.createdAt,
        };
      });
    });
  }

  @Can('manage', 'ApiKey')
  @Mutation(() => Boolean, { description: 'Tries a failed (or waiting) write-back again now.' })
  async retryAtsSync(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
  ) {
    if (!isUuid(id)) throw new AppError('NOT_FOUND', 'No such sync in your company.');
    const sync = await this.syncs.retry(principal.tenant!.id, id);
    await this.db.run(scopeOf(principal), (tx) =>
      recordAudit(tx, principal, 'ats_sync.retried', { type: 'AtsSync', id }, { ats: sync.ats }),
    );
    return true;
  }
}
