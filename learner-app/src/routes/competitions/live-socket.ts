/**
 * A minimal graphql-ws client (protocol `graphql-transport-ws`) for one subscription: the
 * learner app needs only this much, so no client library joins its bundle. It connects to
 * /graphql on the page's own origin (the app's server proxies it to the API) and reconnects
 * with a short backoff while the subscription is wanted.
 */
import type { TypedDocumentString } from '../../api/generated/graphql';

export interface LiveSubscription {
  close(): void;
}

export function subscribe<T, TVariables>(
  document: TypedDocumentString<T, TVariables>,
  variables: TVariables,
  onData: (data: T) => void,
  onError: (message: string) => void,
  /** The Bearer token, or a function read at each (re)connect (a token may be replaced). */
  token?: string | null | (() => string | null),
  /** Told true once the server acknowledges a connection, false each time it drops. */
  onConnection?: (up: boolean) => void,
): LiveSubscription {
  let socket: WebSocket | undefined;
  let closed = false;
  let attempt = 0;
  const query = document.toString();
  const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;

  const open = () => {
    socket = new WebSocket(url, 'graphql-transport-ws');
    socket.onopen = () => {
      const bearer = typeof token === 'function' ? token() : token;
      socket!.send(
        JSON.stringify({
          type: 'connection_init',
          payload: bearer ? { authorization: `Bearer ${bearer}` } : {},
        }),
      );
    };
    socket.onmessage = (event) => {
      const message = JSON.parse(String(event.data)) as {
        type: string;
        payload?: { data?: T; errors?: { message: string }[] } | { message: string }[];
      };
      if (message.type === 'connection_ack') {
        attempt = 0;
        onConnection?.(true);
        socket!.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query, variables } }));
      } else if (message.type === 'next') {
        const payload = message.payload as { data?: T; errors?: { message: string }[] };
        if (payload.errors?.length) onError(payload.errors[0].message);
        else if (payload.data) onData(payload.data);
      } else if (message.type === 'error') {
        const errors = message.payload as { message: string }[];
        onError(errors[0]?.message ?? 'The live updates were refused.');
      } else if (message.type === 'ping') {
        socket!.send(JSON.stringify({ type: 'pong' }));
      }
    };
    socket.onclose = () => {
      if (closed) return;
      onConnection?.(false);
      attempt += 1;
      setTimeout(open, Math.min(attempt * 1_000, 5_000));
    };
  };
  open();
  return {
    close() {
      closed = true;
      socket?.close(1000);
    },
  };
}
