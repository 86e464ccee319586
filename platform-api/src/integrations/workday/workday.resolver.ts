import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { recordAudit } from '../../audit/audit';
import { CurrentPrincipal, type Principal } from '../../auth/principal';
import { Can } from '../../common/access.decorators';
import { AppError } from '../../common/app-error';
import { isUuid } from '../../common/ids';
import { ScopedDb, scopeOf } from '../../database/scoped-db.service';
import { AtsConnectionTest, AtsMappingView } from '../lever/lever.types';
import { WorkdaySetup } from './workday.types';
import { WorkdayService } from './workday.service';
import { textInput as text } from '../text-input';

const ATS = 'workday';

/** The portal's Workday card: connect, order secret, tests and statuses, test, disconnect. */
@Resolver()
export class WorkdayResolver {
  constructor(
    private readonly db: ScopedDb,
    private readonly workday: WorkdayService,
  ) {}

  @Can('manage', 'ApiKey')
  @Query(() => WorkdaySetup)
  async workdaySetup(@CurrentPrincipal() principal: Principal): Promise<WorkdaySetup> {
    const tenantId = principal.tenant!.id;
    const connection = await this.workday.find(tenantId);
    const statuses = await this.db.run(scopeOf(principal), (tx) =>
      tx.atsStatusMapping.findMany({ where: { ats: ATS }, orderBy: { status: 'asc' } }),
    );
    return {
      connected: Boolean(connection),
      orderUrl: this.workday.orderUrl(tenantId),
      endpoint: connection?.apiBase ?? null,
      statuses,
    };
  }

  @Can('manage', 'ApiKey')
  @Mutation(() => String, {
    description: 'Connects Workday (integration system user); answers the order secret, once.',
  })
  async connectWorkday(
    @CurrentPrincipal() principal: Principal,
    @Args('endpoint') endpoint: string,
    @Args('username') username: string,
    @Args('password') password: string,
  ) {
    const secret = await this.workday.connect(principal.tenant!.id, principal.userId, {
      endpoint: text('endpoint', endpoint, 500),
      username: text('username', username, 200),
      password: text('password', password, 500),
    });
    await this.db.run(scopeOf(principal), (tx) =>
      recordAudit(
        tx,
        principal,
        'ats_connection.connected',
        { type: 'AtsConnection', id: ATS },
        { ats: ATS },
      ),
    );
    return secret;
  }

  @Can('manage', 'ApiKey')
  @Mutation(() => Boolean, { description: 'Maps our status to a Workday status reference id.' })
  async setWorkdayStatus(
    @CurrentPrincipal() principal: Principal,
    @Args('status') status: string,
    @Args('referenceId') referenceId: string,
  ) {
    await this.workday.setStatus(
      principal.tenant!.id,
      status,
      text('referenceId', referenceId, 150),
    );
    return true;
  }

  @Can('manage', 'ApiKey')
  @Mutation(() => AtsMappingView, {
    description: 'Maps a Workday assessment test to an assessment.',
  })
  async setWorkdayTestMapping(
    @CurrentPrincipal() principal: Principal,
    @Args('testId') testId: string,
    @Args('assessmentId', { type: () => ID }) assessmentId: string,
  ) {
    if (!isUuid(assessmentId)) throw new AppError('NOT_FOUND', 'No such assessment.');
    const externalId = text('testId', testId, 100);
    const tenantId = principal.tenant!.id;
    return this.db.run(scopeOf(principal), async (tx) => {
      const assessment = await tx.assessment.findFirst({ where: { id: assessmentId } });
      if (!assessment) throw new AppError('NOT_FOUND', 'No such assessment.');
      return tx.atsMapping.upsert({
        where: { tenantId_ats_externalId: { tenantId, ats: ATS, externalId } },
        create: {
          tenantId,
          ats: ATS,
          externalId,
          assessmentId,
          label: assessment.title.slice(0, 100),
        },
        update: { assessmentId },
      });
    });
  }

  @Can('manage', 'ApiKey')
  @Mutation(() => AtsConnectionTest)
  testWorkdayConnection(@CurrentPrincipal() principal: Principal) {
    return this.workday.test(principal.tenant!.id);
  }

  @Can('manage', 'ApiKey')
  @Mutation(() => Boolean, {
    description: 'Disconnects Workday: its password and secret are deleted.',
  })
  async disconnectWorkday(@CurrentPrincipal() principal: Principal) {
    await this.workday.disconnect(principal.tenant!.id);
    return true;
  }
}
