import {
  type ExecutionResult,
  GraphQLInt,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  parse,
} from 'graphql';
import { pushIterator } from './redis-fanout';
import { rememberDocumentText, shareEvent, subscribeSharingFrames } from './shared-frames';

interface Board {
  title: string;
  points: number;
}

/** A schema of its own: `board` streams whatever the test pushes; `points` counts executions. */
function boardSchema() {
  const pushes: ((event: Board) => void)[] = [];
  let executions = 0;
  const update = new GraphQLObjectType({
    name: 'Update',
    fields: {
      title: { type: GraphQLString },
      points: {
        type: GraphQLInt,
        resolve: (b: Board) => {
          executions += 1;
          return b.points;
        },
      },
    },
  });
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLInt } } }),
    subscription: new GraphQLObjectType({
      name: 'Subscription',
      fields: {
        board: {
          type: update,
          subscribe: () => {
            const { iterator, push } = pushIterator<Board>(() => undefined);
            pushes.push(push);
            return iterator;
          },
          resolve: (b: Board) => b,
        },
      },
    }),
  });
  return {
    schema,
    publish: (event: Board) => pushes.forEach((push) => push(event)),
    executions: () => executions,
  };
}

async function subscriber(schema: GraphQLSchema, id: string, query: string) {
  const frames: string[] = [];
  const document = parse(query);
  rememberDocumentText(document, query);
  const stream = (await subscribeSharingFrames(
    { schema, document },
    { id, send: (text) => frames.push(text) },
  )) as AsyncIterableIterator<ExecutionResult>;
  const yielded: ExecutionResult[] = [];
  void (async () => {
    for await (const result of stream) yielded.push(result);
  })();
  return { frames, yielded, stop: () => stream.return!() };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('subscribeSharingFrames', () => {
  it('executes a shared event once per document and sends every subscriber the same payload under its own id', async () => {
    const { schema, publish, executions } = boardSchema();
    const full = 'subscription { board { title points } }';
    const subscribers = await Promise.all(
      ['1', '2', '3'].map((id) => subscriber(schema, `sub-${id}`, full)),
    );
    const narrow = await subscriber(schema, 'narrow', 'subscription { board { points } }');

    publish(shareEvent({ title: 'Weekly', points: 300 }));
    await tick();

    expect(executions()).toBe(2); // one per document, not one per subscriber
    for (const [i, s] of subscribers.entries()) {
      expect(s.frames.map((f) => JSON.parse(f) as unknown)).toEqual([
        {
          id: `sub-${i + 1}`,
          type: 'next',
          payload: { data: { board: { title: 'Weekly', points: 300 } } },
        },
      ]);
      expect(s.yielded).toEqual([]); // written directly, not through graphql-ws
    }
    expect(JSON.parse(narrow.frames[0])).toEqual({
      id: 'narrow',
      type: 'next',
      payload: { data: { board: { points: 300 } } },
    });
    await Promise.all([...subscribers, narrow].map((s) => s.stop()));
  });

  it('executes an event that is not shared for each subscriber and hands it to graphql-ws', async () => {
    const { schema, publish, executions } = boardSchema();
    const query = 'subscription { board { points } }';
    const [a, b] = await Promise.all([
      subscriber(schema, 'a', query),
      subscriber(schema, 'b', query),
    ]);

    publish({ title: 'Yours', points: 7 });
    await tick();

    expect(executions()).toBe(2);
    for (const s of [a, b]) {
      expect(s.frames).toEqual([]);
      expect(s.yielded).toEqual([{ data: { board: { points: 7 } } }]);
    }
    await Promise.all([a.stop(), b.stop()]);
  });

  it('returns the error of a subscription that cannot start instead of a stream', async () => {
    const { schema } = boardSchema();
    const document = parse('subscription { nope }');
    const result = await subscribeSharingFrames({ schema, document }, undefined);
    expect(Symbol.asyncIterator in result).toBe(false);
    expect((result as ExecutionResult).errors?.length).toBe(1);
  });
});
