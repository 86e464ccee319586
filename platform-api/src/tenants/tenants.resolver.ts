import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  clientIp,
  CurrentPrincipal,
  type Principal,
  type RequestWithPrincipal,
} from '../auth/principal';
import { AccountMailSent } from '../auth/dto/account.types';
import { Can, Public } from '../common/access.decorators';
import { TenantRole } from '../generated/prisma/enums';
import {
  AcceptTeamInviteInput,
  AcceptTeamInvitePayload,
  CompanySignUpInput,
  TeamInvite,
  TeamInvitePreview,
  TeamMember,
  TenantMembership,
  TenantType,
} from './dto/tenant.types';
import { AcceptTeamInvite } from './accept-team-invite/accept-team-invite.use-case';
import { SendTeamInvite } from './send-team-invite/send-team-invite.use-case';
import { TeamService } from './team.service';
import { TenantsService } from './tenants.service';

@Resolver()
export class TenantsResolver {
  constructor(
    private readonly tenants: TenantsService,
    private readonly team: TeamService,
    private readonly sendInvite: SendTeamInvite,
    private readonly acceptInvite: AcceptTeamInvite,
  ) {}

  @Public()
  @Mutation(() => AccountMailSent, {
    description:
      'Creates a company and its owner account, answered like signUp: the same whether or not the address has an account; the verification link signs the owner in.',
  })
  signUpCompany(
    @Args('input') input: CompanySignUpInput,
    @Context('req') req: RequestWithPrincipal,
  ) {
    return this.tenants.signUpCompany(input, clientIp(req));
  }

  @Can('read', 'Account')
  @Query(() => [TenantMembership], { description: 'The companies you belong to, with your role.' })
  myTenants(@CurrentPrincipal() principal: Principal) {
    return this.tenants.myTenants(principal);
  }

  @Can('read', 'Tenant')
  @Query(() => TenantType, { description: 'The company named by X-Tenant-Id.' })
  tenant(@CurrentPrincipal() principal: Principal) {
    return this.tenants.tenant(principal);
  }

  @Can('read', 'Membership')
  @Query(() => [TeamMember])
  teamMembers(@CurrentPrincipal() principal: Principal) {
    return this.team.members(principal);
  }

  @Can('read', 'Membership')
  @Query(() => [TeamInvite])
  teamInvites(@CurrentPrincipal() principal: Principal) {
    return this.team.invites(principal);
  }

  @Can('manage', 'Membership')
  @Mutation(() => TeamInvite, { description: 'Emails a single-use link to join with this role.' })
  inviteTeamMember(
    @CurrentPrincipal() principal: Principal,
    @Args('email') email: string,
    @Args('role', { type: () => TenantRole }) role: TenantRole,
  ) {
    return this.sendInvite.execute(principal, email, role);
  }

  @Can('manage', 'Membership')
  @Mutation(() => TeamInvite)
  revokeTeamInvite(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
  ) {
    return this.team.revokeInvite(principal, id);
  }

  @Can('manage', 'Membership')
  @Mutation(() => TeamMember, { description: 'The last owner cannot stop being owner.' })
  changeMemberRole(
    @CurrentPrincipal() principal: Principal,
    @Args('membershipId', { type: () => ID }) membershipId: string,
    @Args('role', { type: () => TenantRole }) role: TenantRole,
  ) {
    return this.team.changeRole(principal, membershipId, role);
  }

  @Can('manage', 'Membership')
  @Mutation(() => Boolean, { description: 'The last owner cannot be removed.' })
  removeMember(
    @CurrentPrincipal() principal: Principal,
    @Args('membershipId', { type: () => ID }) membershipId: string,
  ) {
    return this.team.removeMember(principal, membershipId);
  }

  @Public()
  @Query(() => TeamInvitePreview, { description: 'The invitation behind a join link.' })
  teamInvite(@Args('token') token: string) {
    return this.team.preview(token);
  }

  @Public()
  @Mutation(() => AcceptTeamInvitePayload)
  acceptTeamInvite(
    @Args('input') input: AcceptTeamInviteInput,
    @Context('req') req: RequestWithPrincipal,
  ) {
    return this.acceptInvite.execute(input, clientIp(req));
  }
}
