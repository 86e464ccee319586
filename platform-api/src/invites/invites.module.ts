import { Module } from '@nestjs/common';
import { AssessmentsModule } from '../assessments/assessments.module';
import { InvitationExpirySweeper } from './invitation-expiry.sweeper';
import { InvitesResolver } from './invites.resolver';
import { InvitesService } from './invites.service';

@Module({
  imports: [AssessmentsModule],
  providers: [InvitesService, InvitesResolver, InvitationExpirySweeper],
  // The ATS API (ats/) invites through the same mail.
  exports: [InvitesService],
})
export class InvitesModule {}
