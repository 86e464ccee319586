/**
 * One of bench:live's socket threads: it holds a share of the subscribers (graphql-ws clients,
 * each watching the board and its own verdicts) and timestamps what they receive. The sockets
 * are spread over several threads so that the measuring client's own event loop is not what the
 * latencies measure; the main thread only injects and collects.
 *
 * Messages in: `inject` (a measured injection's user and send time, to every thread), `measure`
 * (start counting), `finish` (send the samples and close). Out: `ready`, `samples`.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { createClient, type Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';

export interface ClientThreadData {
  /** Subscribers of this thread: user id, token and the API port its socket goes to. */
  subscribers: { userId: string; token: string; port: number }[];
  competitionId: string;
}

export type ToClientThread =
  { type: 'inject'; userId: string; at: number } | { type: 'measure' } | { type: 'finish' };

export interface ClientThreadSamples {
  type: 'samples';
  verdictMs: number[];
  boardPushMs: number[];
  boardChangeMs: number[];
  /** Users of this thread with injections whose verdict never arrived, and how many. */
  missing: [string, number][];
  errors: string[];
  loopDelayMs: { p50: number; p99: number; max: number };
}

const VERDICTS = `subscription($id: ID!) { competitionVerdicts(competitionId: $id) { submissionId at } }`;
const BOARD = `subscription($id: ID!) { leaderboardChanged(competitionId: $id) { changed sentAt top { userId points } } }`;

const { subscribers, competitionId } = workerData as ClientThreadData;
const port = parentPort!;
const now = () => performance.timeOrigin + performance.now();
const errors: string[] = [];
const verdictMs: number[] = [];
const boardPushMs: number[] = [];
const boardChangeMs: number[] = [];
const mine = new Set(subscribers.map((s) => s.userId));
const lastInjectOf = new Map<string, number>(); // any user: their latest measured injection
const pendingVerdicts = new Map<string, number>(); // this thread's users: verdicts awaited
let measuring = false;
const loopDelay = monitorEventLoopDelay({ resolution: 10 });

const sockets: WsClient[] = subscribers.map(({ userId, token, port: apiPort }) => {
  const socket = createClient({
    url: `ws://127.0.0.1:${apiPort}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: (e) => errors.push(`socket: ${String((e as Error).message ?? e)}`),
  });
  socket.subscribe<{ competitionVerdicts: { at: number } }>(
    { query: VERDICTS, variables: { id: competitionId } },
    {
      next: (value) => {
        if (value.errors) return void errors.push(`verdicts: ${JSON.stringify(value.errors)}`);
        if (!measuring) return; // calibration's verdicts
        const sent = lastInjectOf.get(userId);
        if (sent !== undefined) verdictMs.push(now() - sent);
        pendingVerdicts.set(userId, (pendingVerdicts.get(userId) ?? 0) - 1);
      },
      error: (e) => errors.push(`verdict subscription: ${JSON.stringify(e)}`),
      complete: () => undefined,
    },
  );
  socket.subscribe<{ leaderboardChanged: { changed: string[]; sentAt: number } }>(
    { query: BOARD, variables: { id: competitionId } },
    {
      next: (value) => {
        const t = now();
        const update = value.data?.leaderboardChanged;
        if (!update) return void errors.push(`board: ${JSON.stringify(value.errors)}`);
        if (update.changed.length === 0 || !measuring) return; // hello, calibration
        boardPushMs.push(t - update.sentAt);
        const oldest = Math.min(...update.changed.map((u) => lastInjectOf.get(u) ?? t));
        boardChangeMs.push(t - oldest);
      },
      error: (e) => errors.push(`board subscription: ${JSON.stringify(e)}`),
      complete: () => undefined,
    },
  );
  return socket;
});

port.on('message', (message: ToClientThread) => {
  if (message.type === 'inject') {
    lastInjectOf.set(message.userId, message.at);
    if (mine.has(message.userId))
      pendingVerdicts.set(message.userId, (pendingVerdicts.get(message.userId) ?? 0) + 1);
  } else if (message.type === 'measure') {
    measuring = true;
    loopDelay.enable();
  } else void finish();
});
port.postMessage({ type: 'ready', subscribers: sockets.length });

async function finish() {
  loopDelay.disable();
  const samples: ClientThreadSamples = {
    type: 'samples',
    verdictMs,
    boardPushMs,
    boardChangeMs,
    missing: [...pendingVerdicts].filter(([, n]) => n > 0),
    errors,
    loopDelayMs: {
      p50: loopDelay.percentile(50) / 1e6,
      p99: loopDelay.percentile(99) / 1e6,
      max: loopDelay.max / 1e6,
    },
  };
  port.postMessage(samples);
  await Promise.all(sockets.map((s) => s.dispose()));
  port.close();
}
