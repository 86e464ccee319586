// The team page's and the team-invitation link's documents, typed by the code generator from the
// committed schema (`npm run codegen` writes ../generated).
// Each text is a /* GraphQL */ template the generator reads; the exports are its XxxDocument
// constants, not graphql(): gql.ts's map (every text once more) stays out of the bundle.
import {
  ChangeMemberRoleDocument,
  InviteTeamMemberDocument,
  RemoveMemberDocument,
  RevokeTeamInviteDocument,
  TeamDocument,
  TeamInvitePreviewDocument,
} from '../generated/graphql';

/* GraphQL */ `
  query Team {
    teamMembers {
      id
      userId
      displayName
      email
      role
      createdAt
    }
    teamInvites {
      id
      email
      role
      status
      expiresAt
    }
  }
`;
export const TEAM = TeamDocument;

/* GraphQL */ `
  mutation InviteTeamMember($email: String!, $role: TenantRole!) {
    inviteTeamMember(email: $email, role: $role) {
      id
    }
  }
`;
export const INVITE_TEAM_MEMBER = InviteTeamMemberDocument;

/* GraphQL */ `
  mutation ChangeMemberRole($membershipId: ID!, $role: TenantRole!) {
    changeMemberRole(membershipId: $membershipId, role: $role) {
      id
    }
  }
`;
export const CHANGE_MEMBER_ROLE = ChangeMemberRoleDocument;

/* GraphQL */ `
  mutation RemoveMember($membershipId: ID!) {
    removeMember(membershipId: $membershipId)
  }
`;
export const REMOVE_MEMBER = RemoveMemberDocument;

/* GraphQL */ `
  mutation RevokeTeamInvite($id: ID!) {
    revokeTeamInvite(id: $id) {
      id
    }
  }
`;
export const REVOKE_TEAM_INVITE = RevokeTeamInviteDocument;

/* GraphQL */ `
  query TeamInvitePreview($token: String!) {
    teamInvite(token: $token) {
      tenantName
      email
      role
      accountExists
    }
  }
`;
export const TEAM_INVITE_PREVIEW = TeamInvitePreviewDocument;
