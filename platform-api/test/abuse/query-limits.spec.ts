import * as learnerDocuments from '../../../learner-app/src/api/generated/graphql';
import * as portalDocuments from '../../../tenant-portal/src/app/core/generated/graphql';
import { ApiHarness, codeOf, type GqlResult } from '../support/api-harness';

/**
 * Issue 13, item 6: one anonymous request ran 300 aliased `challenge(slug)` lookups. Aliases,
 * depth and estimated cost are limited per operation, counted after expanding fragments; what
 * the real clients send still passes.
 */
const SLUG = 'py-paginate-last-page';
const aliased = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => `a${from + i}: challenge(slug: "${SLUG}") { title }`).join(
    ' ',
  );
const reasonOf = (result: GqlResult) => result.errors?.[0]?.extensions?.reason;

describe('GraphQL alias, depth and cost limits', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await ApiHarness.start();
  });

  afterAll(async () => {
    await api?.stop();
  });

  const expectTooComplex = (result: GqlResult) => {
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(reasonOf(result)).toBe('QUERY_TOO_COMPLEX');
    expect(result.data ?? null).toBeNull();
  };

  it('refuses 300 aliased lookups in one anonymous request, and answers 30', async () => {
    const refused = await api.gql(`{ ${aliased(300)} }`);
    expectTooComplex(refused);
    expect(refused.errors?.[0]?.message).toMatch(/more than 30 aliased fields/);

    expectTooComplex(await api.gql(`{ ${aliased(31)} }`));
    const allowed = await api.ok<Record<string, { title: string }>>(`{ ${aliased(30)} }`);
    expect(Object.keys(allowed)).toHaveLength(30);
  });

  it('answers with HTTP 400, not a server error', async () => {
    const res = await fetch(`${api.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ ${aliased(40)} }` }),
    });
    expect(res.status).toBe(400);
  });

  it('counts aliases after expanding named fragments, however often they are spread', async () => {
    // 20 aliases in the text of the fragment, 22 in the document; 42 once it is spread twice.
    const fields = Array.from({ length: 20 }, (_, i) => `t${i}: title`).join(' ');
    const query = `query Twice { x: challenge(slug: "${SLUG}") { ...Titles } y: challenge(slug: "${SLUG}") { ...Titles } }
      fragment Titles on ChallengeDetail { ${fields} }`;
    const once = `query Once { x: challenge(slug: "${SLUG}") { ...Titles } }
      fragment Titles on ChallengeDetail { ${fields} }`;
    const typeName = await api.ok<{ challenge: { __typename: string } }>(
      `{ challenge(slug: "${SLUG}") { __typename } }`,
    );
    expect(typeName.challenge.__typename).toBe('ChallengeDetail');

    expectTooComplex(await api.gql(query));
    await api.ok(once);
  });

  it('counts aliases inside inline fragments and nested fragments', async () => {
    const inline = `{ ... on Query { ${aliased(16)} ... on Query { ${aliased(16, 16)} } } }`;
    expectTooComplex(await api.gql(inline));

    const nested = `{ ...A }
      fragment A on Query { ${aliased(16)} ...B }
      fragment B on Query { ${aliased(16, 16)} }`;
    expectTooComplex(await api.gql(nested));
  });

  it('refuses fragments that spread themselves', async () => {
    const cycle = `{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }`;
    const result = await api.gql(cycle);
    expect(result.errors?.[0]?.message).toMatch(/Cannot spread fragment "A" within itself/);
    expect(result.data ?? null).toBeNull();
  });

  it('prices pages and nested lists: a page of 1000 challenges with their lists is refused', async () => {
    const page = (first: number) =>
      `{ challenges(first: ${first}) { nodes { slug title tags bugTypes language } } }`;
    expectTooComplex(await api.gql(page(1000)));
    // The same shape through a variable is priced the same.
    expectTooComplex(
      await api.gql(
        `query($n: Int) { challenges(first: $n) { nodes { slug title tags bugTypes language } } }`,
        { n: 1000 },
      ),
    );
    await api.ok(page(24));
  });

  it('passes every operation the learner app and the portal declare', async () => {
    // Every declared document, as codegen emits it (a *Document string per operation).
    const documents = [learnerDocuments, portalDocuments].flatMap((module) =>
      Object.entries(module)
        .filter(([name]) => name.endsWith('Document'))
        .map(([, document]) => String(document)),
    );
    expect(documents.length).toBeGreaterThan(60);
    for (const query of documents) {
      // Anonymous and without variables they fail (UNAUTHENTICATED, a missing variable), but
      // never because of their size.
      const result = await api.gql(query);
      expect({ query, reason: reasonOf(result) }).toEqual({ query, reason: undefined });
    }
  });
});
