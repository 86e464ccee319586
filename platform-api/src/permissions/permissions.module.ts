import { Module } from '@nestjs/common';
import { RoleCapabilitiesResolver } from './role-capabilities.resolver';

@Module({ providers: [RoleCapabilitiesResolver] })
export class PermissionsModule {}
