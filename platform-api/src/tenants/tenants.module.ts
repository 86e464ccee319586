import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { AuditResolver } from '../audit/audit.resolver';
import { AcceptTeamInvite } from './accept-team-invite/accept-team-invite.use-case';
import { SendTeamInvite } from './send-team-invite/send-team-invite.use-case';
import { TeamService } from './team.service';
import { TenantsResolver } from './tenants.resolver';
import { TenantsService } from './tenants.service';

@Module({
  imports: [AuthModule],
  providers: [
    TenantsService,
    TeamService,
    SendTeamInvite,
    AcceptTeamInvite,
    TenantsResolver,
    AuditResolver,
  ],
})
export class TenantsModule {}
