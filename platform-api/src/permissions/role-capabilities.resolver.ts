import { Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../common/access.decorators';
import { TenantRole } from '../generated/prisma/enums';
import { CAPABILITIES, type Capability, ROLE_TABLE, ROLES } from './role-table';

@ObjectType('RoleCapabilities')
export class RoleCapabilitiesType {
  @Field(() => TenantRole) role!: TenantRole;
  @Field(() => [String], { description: 'Capability names (see `capabilities`).' })
  capabilities!: Capability[];
}

@ObjectType('CapabilityDescription')
export class CapabilityDescriptionType {
  @Field() name!: string;
  @Field() label!: string;
}

/** The role table the API enforces, for the portal to show (it keeps no copy of its own). */
@Resolver()
export class RoleCapabilitiesResolver {
  @Public()
  @Query(() => [RoleCapabilitiesType], { description: 'What each tenant role may do.' })
  roleCapabilities(): RoleCapabilitiesType[] {
    return ROLES.map((role) => ({ role, capabilities: [...ROLE_TABLE[role]] }));
  }

  @Public()
  @Query(() => [CapabilityDescriptionType], { description: 'Every capability, described.' })
  capabilities(): CapabilityDescriptionType[] {
    return Object.entries(CAPABILITIES).map(([name, { label }]) => ({ name, label }));
  }
}
