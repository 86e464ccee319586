/** What each role may do in the portal: docs/hiring-api.md's table, which the API enforces. */
export type Role = 'owner' | 'admin' | 'recruiter' | 'hiring_manager' | 'viewer';

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

const RIGHTS: Record<Role, Capability[]> = {
  owner: [
    'manageTeam',
    'readTeam',
    'manageAssessments',
    'inviteCandidates',
    'uploadChallenges',
    'readReports',
    'readAudit',
    'readMailbox',
    'manageEmbeds',
    'readEmbeds',
    'manageApiKeys',
    'manageWebhooks',
  ],
  admin: [
    'manageTeam',
    'readTeam',
    'manageAssessments',
    'inviteCandidates',
    'uploadChallenges',
    'readReports',
    'readAudit',
    'readMailbox',
    'manageEmbeds',
    'readEmbeds',
    'manageApiKeys',
    'manageWebhooks',
  ],
  recruiter: [
    'readTeam',
    'manageAssessments',
    'inviteCandidates',
    'uploadChallenges',
    'readReports',
    'readMailbox',
    'readEmbeds',
  ],
  hiring_manager: ['readTeam', 'readReports', 'readEmbeds'],
  viewer: [],
};

export const can = (role: Role | null | undefined, capability: Capability) =>
  !!role && RIGHTS[role].includes(capability);

export const ROLE_LABELS: Record<Role, string> = {
  owner: 'Owner',
  admin: 'Admin',
  recruiter: 'Recruiter',
  hiring_manager: 'Hiring manager',
  viewer: 'Viewer',
};
