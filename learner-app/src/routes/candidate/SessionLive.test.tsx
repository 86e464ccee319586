import { act, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CANDIDATE_TOKEN, renderCandidate } from '../../test/candidate-api';
import type { SentRequest } from '../../test/fake-api';
import { candidateSession } from '../../test/fixtures';
import { CATCH_UP_MS, END_POLL_MS, RUNNING_POLL_MS } from './useSessionEnd';

vi.mock('../ide/monaco-setup', () => ({}));
vi.mock('../ide/CodeEditor', () => ({
  default: (props: { path: string; value: string }) => (
    <textarea aria-label={`Editor: ${props.path}`} value={props.value} readOnly />
  ),
}));

/**
 * The browser's WebSocket, standing in for the API's graphql-ws endpoint (the protocol is
 * exercised against the real server in platform-api's session-state test): it records what
 * the page sends and lets the test acknowledge, push and drop.
 */
class ServerSocket {
  static all: ServerSocket[] = [];
  sent: { type: string; payload?: unknown }[] = [];
  onopen?: () => void;
  onmessage?: (event: { data: string }) => void;
  onclose?: () => void;
  constructor(
    readonly url: string,
    readonly protocol: string,
  ) {
    ServerSocket.all.push(this);
    setTimeout(() => this.onopen?.(), 0);
  }
  send(data: string) {
    const message = JSON.parse(data) as { type: string; payload?: unknown };
    this.sent.push(message);
    if (message.type === 'connection_init') this.receive({ type: 'connection_ack' });
  }
  receive(message: object) {
    this.onmessage?.({ data: JSON.stringify(message) });
  }
  close() {}
  drop() {
    this.onclose?.();
  }
}

const pass = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));
const polls = (sent: SentRequest[]) => sent.filter((r) => r.operation === 'CandidateSession');

beforeEach(() => {
  ServerSocket.all = [];
  vi.stubGlobal('WebSocket', ServerSocket);
  vi.useFakeTimers({ shouldAdvanceTime: true });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});
beforeAll(() => import('./CandidatePage'));

describe('candidate mode: the session state comes over the socket', () => {
  it('subscribes with the candidate token and shows the end the server pushes, without polling', async () => {
    const session = candidateSession();
    const { sent } = renderCandidate({}, { session });
    await screen.findByRole('textbox', { name: 'Editor: src/version.js' });
    await pass(CATCH_UP_MS + 100);
    const socket = ServerSocket.all[0];
    expect(socket.protocol).toBe('graphql-transport-ws');
    expect(socket.sent[0]).toEqual({
      type: 'connection_init',
      payload: { authorization: `Bearer ${CANDIDATE_TOKEN}` },
    });
    expect(JSON.stringify(socket.sent[1])).toContain('sessionStateChanged');
    const before = polls(sent).length; // the open, plus the one catch-up read after connecting
    await pass(RUNNING_POLL_MS * 2);
    expect(polls(sent).length).toBe(before);

    socket.receive({
      id: '1',
      type: 'next',
      payload: { data: { sessionStateChanged: { ...session, phase: 'submitted', score: 80 } } },
    });
    expect(await screen.findByRole('heading', { name: 'Submitted — thank you' })).toBeTruthy();
  });

  it('falls back to polling while the socket is down', async () => {
    let phase: 'in_progress' | 'expired' = 'in_progress';
    const session = candidateSession();
    const { sent } = renderCandidate(
      {
        CandidateSession: () => ({ data: { candidateSession: { ...session, phase } } }),
      },
      { session },
    );
    await screen.findByRole('textbox', { name: 'Editor: src/version.js' });
    await pass(CATCH_UP_MS + 100);
    ServerSocket.all.forEach((s) => (s.onopen = undefined)); // reconnects never answer
    vi.stubGlobal(
      'WebSocket',
      class extends ServerSocket {
        override send() {}
      },
    );
    act(() => ServerSocket.all[0].drop());
    const before = polls(sent).length;
    phase = 'expired';
    await pass(RUNNING_POLL_MS + END_POLL_MS);
    expect(polls(sent).length).toBeGreaterThan(before);
    expect(await screen.findByRole('heading', { name: 'Submitted — thank you' })).toBeTruthy();
  });
});
