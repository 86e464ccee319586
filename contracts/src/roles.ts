/**
 * Tenant roles and what each may do: the one role table of Fixpoint (see the comment on
 * CAPABILITIES). Pure data and two small functions, so any project can import it.
 */

/** A member's role in a company (the database enum tenant_role). */
export type TenantRole = 'owner' | 'admin' | 'recruiter' | 'hiring_manager' | 'viewer';

/** The CASL actions and subjects the API's abilities are written in. */
export type Action = 'manage' | 'create' | 'read' | 'update' | 'delete' | 'solve';
export type Subject =
  | 'all'
  | 'Challenge'
  | 'PrivateChallenge'
  | 'Attempt'
  | 'Progress'
  | 'Tenant'
  | 'Membership'
  | 'Assessment'
  | 'Invite'
  | 'Pipeline'
  | 'Mailbox'
  | 'CandidateReport'
  | 'ApiKey'
  | 'Webhook'
  | 'EmbedKey'
  | 'AuditLog'
  | 'Billing'
  | 'CandidateSession'
  | 'Account';

/**
 * The one role table: what each tenant role may do, as named capabilities. The API builds its
 * CASL abilities from it (platform-api/src/permissions/abilities.ts), the portal reads it
 * through the `roleCapabilities` query, and docs/hiring-api.md's table is printed from it (a
 * test fails when the doc differs). Change a right here and nowhere else.
 */
export const CAPABILITIES = {
  readTeam: { label: 'see the team and its invitations', rules: [['read', 'Membership']] },
  manageTeam: {
    label: 'invite, re-role and remove members (owner is granted by owners only)',
    rules: [['manage', 'Membership']],
  },
  grantOwner: { label: 'make someone owner, or remove an owner', rules: [] },
  readAssessments: { label: 'see assessments', rules: [['read', 'Assessment']] },
  manageAssessments: {
    label: 'create, edit, publish and archive assessments',
    rules: [['manage', 'Assessment']],
  },
  inviteCandidates: {
    label: 'invite candidates, resend, revoke, set accommodations',
    rules: [['manage', 'Invite']],
  },
  readPipeline: {
    label: "see an assessment's pipeline (emails, statuses, scores) and its CSV",
    rules: [['read', 'Pipeline']],
  },
  readReports: { label: 'read candidate reports', rules: [['read', 'CandidateReport']] },
  decideReviews: {
    label: 'accept or reject a score withheld by its integrity review (audited)',
    rules: [['update', 'CandidateReport']],
  },
  readChallenges: {
    label: 'see private challenges',
    rules: [['read', 'PrivateChallenge']],
  },
  uploadChallenges: {
    label: 'upload private challenges',
    rules: [['create', 'PrivateChallenge']],
  },
  readEmbeds: { label: 'see career-page embed keys', rules: [['read', 'EmbedKey']] },
  manageEmbeds: {
    label: 'create and revoke embed keys',
    rules: [['manage', 'EmbedKey']],
  },
  manageApiKeys: { label: 'create and revoke ATS API keys', rules: [['manage', 'ApiKey']] },
  manageWebhooks: {
    label: 'add and remove webhook endpoints, read deliveries, send again',
    rules: [['manage', 'Webhook']],
  },
  readAudit: { label: 'read the audit log', rules: [['read', 'AuditLog']] },
  readMailbox: { label: "read the tenant's local mailbox", rules: [['read', 'Mailbox']] },
  readBilling: { label: 'see billing', rules: [['read', 'Billing']] },
  manageBilling: { label: 'change billing', rules: [['manage', 'Billing']] },
  manageCompany: { label: "change the company's settings", rules: [['manage', 'Tenant']] },
} as const satisfies Record<
  string,
  { label: string; rules: readonly (readonly [Action, Exclude<Subject, 'all'>])[] }
>;

export type Capability = keyof typeof CAPABILITIES;
export const CAPABILITY_NAMES = Object.keys(CAPABILITIES) as Capability[];

const STAFF: Capability[] = ['readTeam', 'readAssessments', 'readChallenges', 'readEmbeds'];

/** Every role sees its own company (read Tenant) on top of these. */
export const ROLE_TABLE: Record<TenantRole, readonly Capability[]> = {
  owner: CAPABILITY_NAMES,
  admin: CAPABILITY_NAMES.filter(
    (c) => c !== 'grantOwner' && c !== 'manageBilling' && c !== 'manageCompany',
  ),
  recruiter: [
    ...STAFF,
    'manageAssessments',
    'inviteCandidates',
    'readPipeline',
    'readReports',
    'decideReviews',
    'uploadChallenges',
    'readMailbox',
  ],
  hiring_manager: [...STAFF, 'readPipeline', 'readReports'],
  viewer: ['readAssessments', 'readChallenges'],
};

export const ROLES = Object.keys(ROLE_TABLE) as TenantRole[];

export const roleCan = (role: TenantRole | undefined | null, capability: Capability) =>
  !!role && ROLE_TABLE[role].includes(capability);

/** May `actor` give (or take away) `role`? Owner is granted and removed by owners only. */
export const mayGrant = (actor: TenantRole | undefined, role: TenantRole) =>
  roleCan(actor, 'manageTeam') && (role !== 'owner' || roleCan(actor, 'grantOwner'));
