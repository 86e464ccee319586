import fc from 'fast-check';
import { buildSchema, type OperationDefinitionNode, parse } from 'graphql';
import { LIST_FACTOR, measureOperation, tooComplex } from './query-limits';

// A recursive schema, so nesting has no natural end (as `friends { friends { … } }` would).
const schema = buildSchema(`
  type Query { node(id: ID): Node, nodes(first: Int): NodePage, all: [Node] }
  type NodePage { nodes: [Node], total: Int }
  type Node { id: ID, name: String, child: Node, children: [Node] }
`);

const measure = (
  query: string,
  variables = {},
  limits?: Parameters<typeof measureOperation>[4],
) => {
  const document = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === 'OperationDefinition',
  )!;
  return measureOperation(schema, document, operation, variables, limits);
};

describe('measureOperation', () => {
  it('measures nesting depth through fields, fragments and inline fragments alike', () => {
    const nested = (n: number) => `{ node { ${'child { '.repeat(n)}id${' }'.repeat(n)} } }`;
    expect(measure(nested(3)).depth).toBe(5);
    expect(measure(nested(12)).depth).toBe(14);
    const viaFragments = `{ node { ...A } } fragment A on Node { child { ... on Node { child { ...B } } } }
      fragment B on Node { child { id } }`;
    expect(measure(viaFragments).depth).toBe(5);
  });

  it('multiplies a list by LIST_FACTOR and a page by its first, once for the page and its nodes', () => {
    expect(measure('{ all { id } }').cost).toBe(1 + LIST_FACTOR);
    expect(measure('{ all { children { id } } }').cost).toBe(
      1 + LIST_FACTOR + LIST_FACTOR * LIST_FACTOR,
    );
    expect(measure('{ nodes(first: 50) { nodes { id name } } }').cost).toBe(1 + 50 + 100);
    expect(measure('query($n: Int) { nodes(first: $n) { nodes { id } } }', { n: 7 }).cost).toBe(
      1 + 7 + 7,
    );
  });

  it('counts a fragment each time it is spread, and aliases inside it each time', () => {
    const q = `{ a: node { ...F } b: node { ...F } c: node { ...F } } fragment F on Node { x: id y: name }`;
    expect(measure(q)).toMatchObject({ aliases: 3 + 3 * 2, cost: 3 + 3 * 2 });
  });

  it('stops at a fragment cycle (validation refuses it; the walk must still end)', () => {
    const q = `{ node { ...A } } fragment A on Node { child { ...B } } fragment B on Node { id ...A }`;
    expect(measure(q).depth).toBeGreaterThan(0);
  });

  it('stops measuring once a limit is passed, so exponential fragment expansion stays cheap', () => {
    // Each fragment spreads the next one twice: 2^30 fields once expanded.
    const levels = 30;
    const fragments = Array.from(
      { length: levels },
      (_, i) =>
        `fragment F${i} on Node { ${i + 1 < levels ? `a${i}: child { ...F${i + 1} } b${i}: child { ...F${i + 1} }` : 'id'} }`,
    ).join('\n');
    const started = Date.now();
    const result = measure(
      `{ node { ...F0 } } ${fragments}`,
      {},
      {
        maxAliases: 30,
        maxDepth: 100,
        maxCost: 5000,
      },
    );
    expect(Date.now() - started).toBeLessThan(1000);
    expect(tooComplex(result, { maxAliases: 30, maxDepth: 100, maxCost: 5000 })).toBeDefined();
  });

  it('inlining a fragment never changes the measure (property)', () => {
    const field = fc.constantFrom('id', 'name', 'x: id', 'child { id }', 'children { name }');
    fc.assert(
      fc.property(fc.array(field, { minLength: 1, maxLength: 8 }), fc.nat(3), (fields, copies) => {
        const body = fields.join(' ');
        const spread = Array.from({ length: copies + 1 }, (_, i) => `n${i}: node { ...F }`).join(
          ' ',
        );
        const inlined = Array.from(
          { length: copies + 1 },
          (_, i) => `n${i}: node { ${body} }`,
        ).join(' ');
        expect(measure(`{ ${spread} } fragment F on Node { ${body} }`)).toEqual(
          measure(`{ ${inlined} }`),
        );
      }),
    );
  });

  it('names the limit that was passed, as BAD_USER_INPUT with reason QUERY_TOO_COMPLEX', () => {
    const limits = { maxAliases: 30, maxDepth: 10, maxCost: 5000 };
    expect(tooComplex({ aliases: 30, depth: 10, cost: 5000 }, limits)).toBeUndefined();
    const error = tooComplex({ aliases: 0, depth: 11, cost: 1 }, limits)!;
    expect(error.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'QUERY_TOO_COMPLEX',
      limit: 'depth',
      max: 10,
    });
    expect(error.message).toMatch(/more than 10 levels of nesting/);
  });
});
