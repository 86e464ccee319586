import { ApolloServer } from '@apollo/server';
import type { Client } from 'pg';
import { cacheKeyOf, publicCatalogCache } from '../../src/catalog/public-catalog-cache.plugin';
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

/** Issue 13, item 6: the cache kept the whole query text as its key, up to 2 MB per entry. */
describe('the public catalog cache bounds', () => {
  it('keys by a SHA-256 of query, variables and operation, never by the text itself', () => {
    const huge = `{ challenge(slug: "x") { title } } # ${'x'.repeat(2_000_000)}`;
    expect(cacheKeyOf(huge, {}, null)).toMatch(/^[\w-]{43}$/);
    expect(cacheKeyOf('{ a }', { v: 1 }, null)).not.toBe(cacheKeyOf('{ a }', { v: 2 }, null));
    expect(cacheKeyOf('{ a }', {}, 'A')).not.toBe(cacheKeyOf('{ a }', {}, 'B'));
  });

  it('holds at most maxEntries answers and maxBytes of them, and skips oversized answers', async () => {
    const cache = publicCatalogCache({ maxEntries: 5, maxBytes: 2_000, maxEntryBytes: 1_000 });
    const server = new ApolloServer<{ req: { headers: Record<string, string> } }>({
      typeDefs: 'type Query { challenge(slug: String!): String, challenges(n: Int!): String }',
      resolvers: {
        Query: {
          challenge: (_: unknown, { slug }: { slug: string }) => `title of ${slug}`,
          challenges: (_: unknown, { n }: { n: number }) => 'x'.repeat(n),
        },
      },
      plugins: [cache],
    });
    await server.start();
    try {
      const ask = (query: string) =>
        server.executeOperation({ query }, { contextValue: { req: { headers: {} } } });
      for (let i = 0; i < 20; i++) await ask(`{ challenge(slug: "s${i}") }`);
      expect(cache.stats().entries).toBe(5);

      for (let i = 0; i < 6; i++) await ask(`{ challenges(n: ${300 + i}) }`);
      expect(cache.stats().bytes).toBeLessThanOrEqual(2_000);
      expect(cache.stats().entries).toBeLessThan(6);

      const before = cache.stats();
      await ask('{ challenges(n: 5000) }');
      expect(cache.stats()).toEqual(before);
    } finally {
      await server.stop();
    }
  });
});
