import { defineAbilityFor } from './abilities';

const member = (role: 'owner' | 'admin' | 'recruiter' | 'hiring_manager' | 'viewer') =>
  defineAbilityFor({ userId: 'u', tenant: { id: 't', role } });

describe('abilities', () => {
  it('lets anyone read the catalog, and only a signed-in user solve', () => {
    expect(defineAbilityFor(undefined).can('read', 'Challenge')).toBe(true);
    expect(defineAbilityFor(undefined).can('solve', 'Challenge')).toBe(false);
    expect(defineAbilityFor({ userId: 'u' }).can('solve', 'Challenge')).toBe(true);
  });

  it('gives a learner without a tenant no tenant rights', () => {
    const learner = defineAbilityFor({ userId: 'u' });
    expect(learner.can('read', 'CandidateReport')).toBe(false);
    expect(learner.can('create', 'Assessment')).toBe(false);
  });

  it.each([
    ['owner', true, true, true],
    ['admin', true, true, false],
    ['recruiter', true, false, false],
    ['hiring_manager', false, false, false],
    ['viewer', false, false, false],
  ] as const)(
    '%s: create assessments %s, manage members %s, billing %s',
    (role, assess, members, billing) => {
      const ability = member(role);
      expect(ability.can('create', 'Assessment')).toBe(assess);
      expect(ability.can('create', 'Membership')).toBe(members);
      expect(ability.can('update', 'Billing')).toBe(billing);
    },
  );

  it('lets every tenant role read candidate reports except viewers', () => {
    expect(member('hiring_manager').can('read', 'CandidateReport')).toBe(true);
    expect(member('viewer').can('read', 'CandidateReport')).toBe(false);
  });
});
