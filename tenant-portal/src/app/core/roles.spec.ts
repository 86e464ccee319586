import { can, type Capability, type Role } from './roles';

describe('what each role sees in the portal', () => {
  const capabilities: Capability[] = [
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
  ];
  const table = (role: Role) => capabilities.filter((c) => can(role, c));

  it('matches the API role table (docs/hiring-api.md)', () => {
    expect(table('owner')).toEqual(capabilities);
    expect(table('admin')).toEqual(capabilities);
    expect(table('recruiter')).toEqual([
      'readTeam',
      'manageAssessments',
      'inviteCandidates',
      'uploadChallenges',
      'readReports',
      'readMailbox',
      'readEmbeds',
    ]);
    expect(table('hiring_manager')).toEqual(['readTeam', 'readReports', 'readEmbeds']);
    expect(table('viewer')).toEqual([]);
  });

  it('gives no create buttons to a viewer or to nobody', () => {
    expect(can('viewer', 'manageAssessments')).toBe(false);
    expect(can(null, 'readReports')).toBe(false);
  });
});
