/**
 * Tenant roles and what the portal calls them. What each role may do is not kept here: the
 * portal reads the API's one role table (`roleCapabilities`, see role-table.ts).
 */
export type Role = 'owner' | 'admin' | 'recruiter' | 'hiring_manager' | 'viewer';

/** The capabilities the portal's pages ask about (names from the API's role table). */
export type Capability =
  | 'manageTeam'
  | 'readTeam'
  | 'manageAssessments'
  | 'inviteCandidates'
  | 'uploadChallenges'
  | 'readReports'
  | 'readAudit'
  | 'readMailbox'
  | 'manageEmbeds'
  | 'readEmbeds'
  | 'manageApiKeys'
  | 'manageWebhooks';

export const ROLE_LABELS: Record<Role, string> = {
  owner: 'Owner',
  admin: 'Admin',
  recruiter: 'Recruiter',
  hiring_manager: 'Hiring manager',
  viewer: 'Viewer',
};
