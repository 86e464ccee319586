import { Inject } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { recordAudit } from '../../audit/audit';
import { CurrentPrincipal, type Principal } from '../../auth/principal';
import { Can } from '../../common/access.decorators';
import { AppError } from '../../common/app-error';
import { isUuid } from '../../common/ids';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config.schema';
import { ScopedDb, scopeOf } from '../../database/scoped-db.service';
import { LeverConnectionService } from './lever-connection.service';
import { AtsConnectionTest, AtsMappingView, LeverSetup } from './lever.types';
import { textInput as text } from '../text-input';

const ATS = 'lever';

/** The portal's Lever card: connect (OAuth or API key), map stages, test, disconnect. */
@Resolver()
export class LeverResolver {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: ScopedDb,
    private readonly lever: LeverConnectionService,
  ) {}

  @Can('manage', 'ApiKey')
  @Query(() => LeverSetup)
  async leverSetup(@CurrentPrincipal() principal: Principal): Promise<LeverSetup> {
    const tenantId = principal.tenant!.id;
    const connection = await this.lever.find(tenantId);
    const mappings = await this.db.run(scopeOf(principal), (tx) =>
      tx.atsMapping.findMany({ where: { ats: ATS }, orderBy: { createdAt: 'asc' } }),
    );
    return {
      connected: Boolean(connection),
      authKind: connection?.authKind ?? null,
      webhookUrl: this.lever.webhookUrl(tenantId),
      redirectUri: this.lever.redirectUri(),
      webhookSecretSet: Boolean(connection?.webhookSecretSealed),
      oauthAvailable: Boolean(this.config.LEVER_CLIENT_ID),
      performAs: connection?.performAs ?? null,
      mappings,
    };
  }

  @Can('manage', 'ApiKey')
  @Mutation(() => Boolean, {
    description: 'Connects Lever with a customer’s API key (self-serve).',
  })
  async connectLeverApiKey(
    @CurrentPrincipal() principal: Principal,
    @Args('apiKey') apiKey: string,
    @Args('signatureToken') signatureToken: string,
    @Args('performAs', { type: () => String, nullable: true }) performAs: string | null,
  ) {
    await this.lever.connectWithApiKey(principal.tenant!.id, principal.userId, {
      apiKey: text('apiKey', apiKey, 500),
      signatureToken: text('signatureToken', signatureToken, 500),
      performAs: performAs ? text('performAs', performAs, 100) : null,
    });
    await this.audit(principal, 'ats_connection.connected', { authKind: 'api_key' });
    return true;
  }

  @Can('manage', 'ApiKey')
  @Mutation(() => String, { description: 'Where to authorize Fixpoint’s Lever app (OAuth).' })
  leverAuthorizeUrl(@CurrentPrincipal() principal: Principal) {
    return this.lever.authorizeUrl(principal.tenant!.id, principal.userId);
  }

  @Can('manage', 'ApiKey')
  @Mutation(() => Boolean, { description: 'The stage webhook’s signature token (OAuth).' })
  async setLeverWebhookSecret(
    @CurrentPrincipal() principal: Principal,
    @Args('signatureToken') signatureToken: string,
    @Args('performAs', { type: () => String, nullable: true }) performAs: string | null,
  ) {
    await this.lever.setWebhookSecret(
      principal.tenant!.id,
      text('signatureToken', signatureToken, 500),
      performAs ? text('performAs', performAs, 100) : null,
    );
    return true;
  }

  @Can('manage', 'ApiKey')
  @Mutation(() => AtsConnectionTest)
  testLeverConnection(@CurrentPrincipal() principal: Principal) {
    return this.lever.test(principal.tenant!.id);
  }

  @Can('manage', 'ApiKey')
  @Mutation(() => Boolean, { description: 'Disconnects Lever: its tokens are deleted.' })
  async disconnectLever(@CurrentPrincipal() principal: Principal) {
    await this.lever.disconnect(principal.tenant!.id);
    await this.audit(principal, 'ats_connection.disconnected', {});
    return true;
  }

  @Can('manage', 'ApiKey')
  @Mutation(() => AtsMappingView, { description: 'Maps a Lever stage to an assessment.' })
  async setLeverStageMapping(
    @CurrentPrincipal() principal: Principal,
    @Args('stageId') stageId: string,
    @Args('assessmentId', { type: () => ID }) assessmentId: string,
    @Args('label') label: string,
    @Args('passThreshold', { type: () => Int }) passThreshold: number,
    @Args('stageOnPass', { type: () => String, nullable: true }) stageOnPass: string | null,
  ) {
    if (!isUuid(assessmentId)) throw new AppError('NOT_FOUND', 'No such assessment.');
    if (passThreshold < 0 || passThreshold > 100)
      throw new AppError('BAD_USER_INPUT', 'passThreshold must be 0-100.', {
        field: 'passThreshold',
      });
    const data = {
      assessmentId,
      label: text('label', label, 100),
      passThreshold,
      stageOnPass: stageOnPass ? text('stageOnPass', stageOnPass, 100) : null,
    };
    const externalId = text('stageId', stageId, 100);
    const tenantId = principal.tenant!.id;
    return this.db.run(scopeOf(principal), async (tx) => {
      const assessment = await tx.assessment.findFirst({ where: { id: assessmentId } });
      if (!assessment) throw new AppError('NOT_FOUND', 'No such assessment.');
      return tx.atsMapping.upsert({
        where: { tenantId_ats_externalId: { tenantId, ats: ATS, externalId } },
        create: { tenantId, ats: ATS, externalId, ...data },
        update: data,
      });
    });
  }

  private audit(principal: Principal, action: string, detail: Record<string, unknown>) {
    return this.db.run(scopeOf(principal), (tx) =>
      recordAudit(
        tx,
        principal,
        action,
        { type: 'AtsConnection', id: ATS },
        { ats: ATS, ...detail },
      ),
    );
  }
}
