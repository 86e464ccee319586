import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { AuditResolver } from '../audit/audit.resolver';
import { TeamService } from './team.service';
import { TenantsResolver } from './tenants.resolver';
import { TenantsService } from './tenants.service';

@Module({
  imports: [AuthModule],
  providers: [TenantsService, TeamService, TenantsResolver, AuditResolver],
})
export class TenantsModule {}
