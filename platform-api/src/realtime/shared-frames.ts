import {
  createSourceEventStream,
  type DocumentNode,
  execute,
  type ExecutionArgs,
  type ExecutionResult,
} from 'graphql';
import { MessageType } from 'graphql-ws';

/**
 * Where a subscription's frames go: its graphql-ws id and its socket. Given to `subscribe`
 * through the context so that a shared event can be written without graphql-ws executing and
 * serialising it again for this subscriber.
 */
export interface FrameSink {
  id: string;
  send(text: string): void;
}

/** Events that render the same for every subscriber who receives them (a board update per audience). */
const sharedEvents = new WeakSet<object>();
/** Per shared event, its `next` payload as JSON per operation (document text and variables). */
const rendered = new WeakMap<object, Map<string, string | Promise<string>>>();
/** Per parsed document, the text it was parsed from (set where the document is parsed). */
const documentText = new WeakMap<DocumentNode, string>();

/**
 * Marks an event as the same for every subscriber it is pushed to: it is then executed once per
 * operation (the same document and variables) and the same JSON goes to every socket, instead of
 * one GraphQL execution and one serialisation per subscriber. Only for events whose fields do not
 * depend on who is watching (the caller has already chosen the audience).
 */
export function shareEvent<T extends object>(event: T): T {
  sharedEvents.add(event);
  return event;
}

export function rememberDocumentText(document: DocumentNode, text: string): void {
  documentText.set(document, text);
}

/** The payload of a `next` message as graphql-ws writes it (errors as their JSON). */
function payloadJson(result: ExecutionResult): string {
  const { errors, ...rest } = result;
  return JSON.stringify(errors ? { ...rest, errors: errors.map((e) => e.toJSON()) } : rest);
}

function renderOnce(event: object, args: ExecutionArgs, key: string): string | Promise<string> {
  let byOperation = rendered.get(event);
  if (!byOperation) {
    byOperation = new Map();
    rendered.set(event, byOperation);
  }
  let payload = byOperation.get(key);
  if (payload === undefined) {
    const result = execute({ ...args, rootValue: event });
    payload = 'then' in result ? result.then(payloadJson) : payloadJson(result);
    byOperation.set(key, payload);
  }
  return payload;
}

/**
 * graphql-js `subscribe`, except for shared events: the subscription's source stream is created
 * the same way (resolver, guards, errors as an ExecutionResult), and each event is executed
 * against the operation as usual, unless it is shared; a shared event is rendered once per
 * operation and written to `sink` as a complete `next` frame (graphql-ws's wire format), and
 * nothing is yielded for it. Unsubscribing still goes through graphql-ws (`return()`).
 */
export async function subscribeSharingFrames(
  args: ExecutionArgs,
  sink: FrameSink | undefined,
): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const stream = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in stream)) return stream;
  const source = stream[Symbol.asyncIterator]();
  const text = documentText.get(args.document);
  const key =
    text === undefined
      ? undefined
      : `${args.operationName ?? ''}\n${JSON.stringify(args.variableValues ?? {})}\n${text}`;
  const prefix = sink
    ? `{"id":${JSON.stringify(sink.id)},"type":"${MessageType.Next}","payload":`
    : '';
  let closed = false; // once graphql-ws has completed the subscription, no frame may follow
  const iterator: AsyncIterableIterator<ExecutionResult> = {
    async next() {
      for (;;) {
        const step = await source.next();
        if (step.done || closed) return { done: true, value: undefined };
        const event: unknown = step.value;
        const shareable = sink && key !== undefined && typeof event === 'object' && event !== null;
        if (!shareable || !sharedEvents.has(event)) {
          return { done: false, value: await execute({ ...args, rootValue: event }) };
        }
        const rendered = renderOnce(event, args, key);
        const payload = typeof rendered === 'string' ? rendered : await rendered;
        if (!closed) sink.send(prefix + payload + '}');
      }
    },
    async return() {
      closed = true;
      await source.return?.();
      return { done: true, value: undefined };
    },
    async throw(error: unknown) {
      closed = true;
      await source.return?.();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
  return iterator;
}
