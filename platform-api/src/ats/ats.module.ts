import { Module } from '@nestjs/common';
import { InvitesModule } from '../invites/invites.module';
import { AtsAssessmentsController } from './ats-assessments.controller';
import { AtsAssessmentsService } from './ats-assessments.service';
import { AtsInvitationsController } from './ats-invitations.controller';
import { AtsInvitationsService } from './ats-invitations.service';
import { AtsKeyGuard } from './ats-key.guard';
import { Idempotency } from './idempotency';
import { IdempotencyCleaner } from './idempotency-cleaner';
import { OpenApiController } from './openapi.controller';
import { OutboundHttp } from './outbound-http';

/** The public REST API for ATSs, `/ats/v1` (contract: openapi/ats-v1.json). */
@Module({
  imports: [InvitesModule],
  controllers: [AtsAssessmentsController, AtsInvitationsController, OpenApiController],
  providers: [
    AtsAssessmentsService,
    AtsInvitationsService,
    AtsKeyGuard,
    Idempotency,
    IdempotencyCleaner,
    OutboundHttp,
  ],
  exports: [AtsKeyGuard, Idempotency, AtsInvitationsService, OutboundHttp],
})
export class AtsModule {}
