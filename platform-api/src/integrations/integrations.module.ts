import { Module } from '@nestjs/common';
import { AtsModule } from '../ats/ats.module';
import { InvitesModule } from '../invites/invites.module';
import { MailModule } from '../mail/mail.module';
import { AtsSyncService } from './ats-sync.service';
import { GreenhouseController } from './greenhouse/greenhouse.controller';
import { GreenhouseService } from './greenhouse/greenhouse.service';
import { IntegrationsResolver } from './integrations.resolver';
import { LeverConnectionService } from './lever/lever-connection.service';
import { LeverWebhookService } from './lever/lever-webhook.service';
import { LeverController } from './lever/lever.controller';
import { LeverResolver } from './lever/lever.resolver';
import { WorkdayController } from './workday/workday.controller';
import { WorkdayCredentials } from './workday/workday-credentials';
import { WorkdayResolver } from './workday/workday.resolver';
import { WorkdayService } from './workday/workday.service';
import { InternalAtsSyncController } from './internal-ats-sync.controller';
import { PartnerCalls } from './partner-calls';
import { ResultSignals } from './result-signals';

/**
 * ATS connectors (docs/integrations.md): Greenhouse's partner endpoints, Lever's webhooks and
 * OAuth connection, Workday's inbound orders, the sync of each
 * external invitation's result back to its ATS (the atsSync workflow's steps), and the
 * portal's Integrations page.
 */
@Module({
  imports: [AtsModule, InvitesModule, MailModule],
  controllers: [
    GreenhouseController,
    InternalAtsSyncController,
    LeverController,
    WorkdayController,
  ],
  providers: [
    AtsSyncService,
    GreenhouseService,
    LeverConnectionService,
    LeverWebhookService,
    PartnerCalls,
    ResultSignals,
    IntegrationsResolver,
    LeverResolver,
    WorkdayCredentials,
    WorkdayService,
    WorkdayResolver,
  ],
})
export class IntegrationsModule {}
