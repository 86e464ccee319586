import type { Client } from 'pg';
import { ApiHarness, codeOf } from '../support/api-harness';
import { accessTokenFor, newMembership, newTenant, newUser } from '../support/builders';

const SLUG = 'py-paginate-last-page';
const QUERY = `{ challenge(slug: "${SLUG}") { title } }`;

describe('the public catalog response cache', () => {
  let api: ApiHarness;

  let owner: Client;

  beforeAll(async () => {
    api = await ApiHarness.start();
    owner = api.owner;
  });

  afterAll(async () => {
    await api?.stop();
  });

  const retitle = (title: string) =>
    owner.query(
      `update challenge_versions v set title = $1 from challenges c
        where c.current_version_id = v.id and c.slug = $2`,
      [title, SLUG],
    );

  it('answers repeated public reads from the cache, but never a request acting in a tenant', async () => {
    const first = await api.ok<{ challenge: { title: string } }>(QUERY);
    await retitle('Changed behind the cache');

    const cached = await api.ok<{ challenge: { title: string } }>(QUERY);
    expect(cached.challenge.title).toBe(first.challenge.title);

    const tenantId = await newTenant(owner);
    const userId = await newUser(owner);
    await newMembership(owner, tenantId, userId, 'viewer');
    const scoped = await api.ok<{ challenge: { title: string } }>(
      QUERY,
      {},
      {
        token: accessTokenFor(userId),
        tenantId,
      },
    );
    expect(scoped.challenge.title).toBe('Changed behind the cache');
  });

  it('does not cache errors, nor queries that read more than the catalog', async () => {
    expect(codeOf(await api.gql('{ challenge(slug: "not-there-yet") { title } }'))).toBe(
      'NOT_FOUND',
    );
    expect(codeOf(await api.gql('{ challenge(slug: "not-there-yet") { title } }'))).toBe(
      'NOT_FOUND',
    );

    const withMe = `{ me { id } challenge(slug: "${SLUG}") { title } }`;
    await api.ok(withMe);
    await retitle('Changed again');
    const fresh = await api.ok<{ challenge: { title: string } }>(withMe);
    expect(fresh.challenge.title).toBe('Changed again');
  });
});
