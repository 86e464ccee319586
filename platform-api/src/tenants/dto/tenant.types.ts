import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AuthPayload } from '../../auth/dto/auth.types';
import { TenantRole } from '../../generated/prisma/enums';

registerEnumType(TenantRole, { name: 'TenantRole' });

export enum TeamInviteStatus {
  pending = 'pending',
  accepted = 'accepted',
  revoked = 'revoked',
  expired = 'expired',
}
registerEnumType(TeamInviteStatus, { name: 'TeamInviteStatus' });

@ObjectType('Tenant')
export class TenantType {
  @Field(() => ID) id!: string;
  @Field() slug!: string;
  @Field() name!: string;
}

@ObjectType()
export class TenantMembership {
  @Field(() => TenantType) tenant!: TenantType;
  @Field(() => TenantRole) role!: TenantRole;
}

@InputType()
export class CompanySignUpInput {
  @Field() companyName!: string;
  @Field({ description: "The owner's name." }) displayName!: string;
  @Field() email!: string;
  @Field({ description: 'At least 10 characters.' }) password!: string;
}

@ObjectType()
export class TeamMember {
  @Field(() => ID) id!: string;
  @Field(() => ID) userId!: string;
  @Field() displayName!: string;
  @Field() email!: string;
  @Field(() => TenantRole) role!: TenantRole;
  @Field() createdAt!: Date;
}

@ObjectType()
export class TeamInvite {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field(() => TenantRole) role!: TenantRole;
  @Field(() => TeamInviteStatus) status!: TeamInviteStatus;
  @Field() expiresAt!: Date;
  @Field() createdAt!: Date;
}

@ObjectType()
export class TeamInvitePreview {
  @Field() tenantName!: string;
  @Field() email!: string;
  @Field(() => TenantRole) role!: TenantRole;
  @Field({ description: 'Accept with that account’s password; otherwise a new account is made.' })
  accountExists!: boolean;
}

@InputType()
export class AcceptTeamInviteInput {
  @Field() token!: string;
  @Field(() => String, { nullable: true, description: 'Needed when no account exists yet.' })
  displayName?: string | null;
  @Field() password!: string;
}

@ObjectType()
export class AcceptTeamInvitePayload {
  @Field(() => AuthPayload) auth!: AuthPayload;
  @Field(() => TenantType) tenant!: TenantType;
  @Field(() => TenantRole) role!: TenantRole;
}
