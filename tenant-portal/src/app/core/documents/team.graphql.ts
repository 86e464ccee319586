// The team page's and the team-invitation link's documents, typed by the code generator from the
// committed schema (`npm run codegen` writes ../generated).
import { graphql } from '../generated';

export const TEAM = graphql(`
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
`);

export const INVITE_TEAM_MEMBER = graphql(`
  mutation InviteTeamMember($email: String!, $role: TenantRole!) {
    inviteTeamMember(email: $email, role: $role) {
      id
    }
  }
`);

export const CHANGE_MEMBER_ROLE = graphql(`
  mutation ChangeMemberRole($membershipId: ID!, $role: TenantRole!) {
    changeMemberRole(membershipId: $membershipId, role: $role) {
      id
    }
  }
`);

export const REMOVE_MEMBER = graphql(`
  mutation RemoveMember($membershipId: ID!) {
    removeMember(membershipId: $membershipId)
  }
`);

export const REVOKE_TEAM_INVITE = graphql(`
  mutation RevokeTeamInvite($id: ID!) {
    revokeTeamInvite(id: $id) {
      id
    }
  }
`);

export const TEAM_INVITE_PREVIEW = graphql(`
  query TeamInvitePreview($token: String!) {
    teamInvite(token: $token) {
      tenantName
      email
      role
      accountExists
    }
  }
`);
