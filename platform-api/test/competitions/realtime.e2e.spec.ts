import type { INestApplication } from '@nestjs/common';
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startApi } from '../../src/bootstrap';
import { loadConfig } from '../../src/config/load-config';
import { LeaderboardService } from '../../src/leaderboards/leaderboard.service';
import { ApiHarness } from '../support/api-harness';
import { REDIS_URL, TEMPORAL_ADDRESS } from '../support/env';
import { accessTokenFor, newMembership, newTenant, newUser } from '../support/builders';
import { enter, newCompetition } from './competition-rows';

interface Update {
  phase: string;
  frozen: boolean;
  changed: string[];
  top: { userId: string; points: number; rank: number }[];
}

/**
 * GraphQL subscriptions over graphql-ws on the API's own port and path, fanned out through Redis
 * pub/sub: a submit recorded on instance A reaches subscribers connected to instance B. Two API
 * instances on one database (the live bench runs them as two processes).
 */
describe('competition subscriptions (graphql-ws, two API instances)', () => {
  let a: ApiHarness;
  let b: INestApplication;
  let bUrl: string;
  const clients: Client[] = [];

  beforeAll(async () => {
    a = await ApiHarness.start();
    const apiUrl = new URL(a.db.url);
    apiUrl.username = 'fixpoint_api';
    apiUrl.password = 'fixpoint_api';
    b = await startApi(
      loadConfig({
        NODE_ENV: 'development',
        API_PORT: '0',
        LOG_LEVEL: 'silent',
        DATABASE_URL: apiUrl.toString(),
        DATABASE_OWNER_URL: a.db.url,
        REDIS_URL,
        TEMPORAL_ADDRESS,
        MIGRATE_ON_START: 'false',
        IMPORT_CATALOG_ON_START: 'false',
      }),
    );
    bUrl = `ws://127.0.0.1:${(b.getHttpServer().address() as { port: number }).port}/graphql`;
  }, 120_000);

  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await b?.close();
    await a?.stop();
  });

  function connect(url: string, connectionParams: Record<string, unknown>) {
    const client = createClient({
      url,
      webSocketImpl: WebSocket,
      connectionParams,
      retryAttempts: 0,
      lazy: false,
      onNonLazyError: () => undefined,
    });
    clients.push(client);
    return client;
  }

  /** Collects a subscription's events; `next(n)` waits for the n-th. */
  function collect<T>(client: Client, query: string, variables: Record<string, unknown>) {
    const events: T[] = [];
    const errors: unknown[] = [];
    const waiters: (() => void)[] = [];
    client.subscribe<T>(
      { query, variables },
      {
        next: (v) => {
          if (v.errors) errors.push(...v.errors);
          else events.push(v.data as T);
          waiters.splice(0).forEach((w) => w());
        },
        error: (e) => {
          errors.push(e);
          waiters.splice(0).forEach((w) => w());
        },
        complete: () => undefined,
      },
    );
    const until = async (done: () => boolean, ms = 5_000) => {
      const deadline = Date.now() + ms;
      while (!done()) {
        if (Date.now() > deadline)
          throw new Error(
            `timed out; events ${JSON.stringify(events)} errors ${JSON.stringify(errors)}`,
          );
        await new Promise<void>((r) => {
          waiters.push(r);
          setTimeout(r, 50);
        });
      }
    };
    return { events, errors, until };
  }

  const BOARD = `subscription($id: ID!) { leaderboardChanged(competitionId: $id) { phase frozen changed top { userId points rank } } }`;
  const VERDICTS = `subscription($id: ID!) { competitionVerdicts(competitionId: $id) { challengeId correctnessPermille counts points } }`;
  const settle = () => new Promise((r) => setTimeout(r, 300));

  it("sends a submit's verdict to its author and the board change to watchers on the other instance", async () => {
    const competition = await newCompetition(a.owner);
    const [author, rival] = await Promise.all([newUser(a.owner), newUser(a.owner)]);
    for (const u of [author, rival]) await enter(a.owner, competition.id, u);

    const authorOnB = connect(bUrl, { authorization: `Bearer ${accessTokenFor(author)}` });
    const rivalOnB = connect(bUrl, { authorization: `Bearer ${accessTokenFor(rival)}` });
    const verdicts = collect<{ competitionVerdicts: { points: number; counts: boolean } }>(
      authorOnB,
      VERDICTS,
      { id: competition.id },
    );
    const rivalVerdicts = collect(rivalOnB, VERDICTS, { id: competition.id });
    const board = collect<{ leaderboardChanged: Update }>(rivalOnB, BOARD, { id: competition.id });
    await settle();

    await a.app.get(LeaderboardService).recordGraded({
      competitionId: competition.id,
      userId: author,
      challengeId: competition.challengeIds[0],
      correctnessPermille: 1000,
      integrityVerdict: 'clean',
      reviewStatus: 'not_needed',
    });
    await verdicts.until(() => verdicts.events.length === 1);
    expect(verdicts.events[0].competitionVerdicts).toEqual({
      challengeId: competition.challengeIds[0],
      correctnessPermille: 1000,
      counts: true,
      points: competition.difficulties[0] * 100,
    });
    await board.until(() => board.events.length >= 1);
    const update = board.events[0].leaderboardChanged;
    expect(update.changed).toEqual([author]);
    expect(update.top[0]).toEqual({
      userId: author,
      points: competition.difficulties[0] * 100,
      rank: 1,
    });
    await settle();
    expect(rivalVerdicts.events).toEqual([]); // a verdict is for its author only
  });

  it('sends the first change of a burst at once and the rest together, ending on the final board', async () => {
    const competition = await newCompetition(a.owner);
    const users = await Promise.all(Array.from({ length: 20 }, () => newUser(a.owner)));
    for (const u of users) await enter(a.owner, competition.id, u);
    const watcher = connect(bUrl, { authorization: `Bearer ${accessTokenFor(users[0])}` });
    const board = collect<{ leaderboardChanged: Update }>(watcher, BOARD, { id: competition.id });
    await settle();
    const service = a.app.get(LeaderboardService);
    await Promise.all(
      users.map((u, i) =>
        service.recordGraded({
          competitionId: competition.id,
          userId: u,
          challengeId: competition.challengeIds[i % 3],
          correctnessPermille: 1000,
          integrityVerdict: 'clean',
          reviewStatus: 'not_needed',
        }),
      ),
    );
    await board.until(
      () => new Set(board.events.flatMap((e) => e.leaderboardChanged.changed)).size === 20,
    );
    expect(board.events.length).toBeGreaterThanOrEqual(2);
    expect(board.events.length).toBeLessThan(20);
    expect(board.events[0].leaderboardChanged.changed).toHaveLength(1);
    expect(board.events.at(-1)!.leaderboardChanged.top.every((e) => e.points > 0)).toBe(true);
  });

  it('gives each watcher its own selection of one update, and during the freeze the entrants the frozen board once while staff see it change', async () => {
    const tenantId = await newTenant(a.owner);
    const recruiter = await newUser(a.owner);
    await newMembership(a.owner, tenantId, recruiter, 'admin');
    // Frozen since 30 minutes ago: submits from now on are on the live board only.
    const competition = await newCompetition(a.owner, {
      tenantId,
      phase: 'frozen',
      startsAt: new Date(Date.now() - 60 * 60_000),
      endsAt: new Date(Date.now() + 60 * 60_000),
      freezeMinutes: 90,
    });
    const [first, second, third] = await Promise.all([0, 1, 2].map(() => newUser(a.owner)));
    for (const u of [first, second, third]) await enter(a.owner, competition.id, u);
    const staff = collect<{ leaderboardChanged: Update }>(
      connect(bUrl, { authorization: `Bearer ${accessTokenFor(recruiter)}`, tenantId }),
      BOARD,
      { id: competition.id },
    );
    const entrant = collect<{ leaderboardChanged: Update }>(
      connect(bUrl, { authorization: `Bearer ${accessTokenFor(first)}` }),
      BOARD,
      { id: competition.id },
    );
    const narrow = collect<{ leaderboardChanged: { frozen: boolean; top: { userId: string }[] } }>(
      connect(bUrl, { authorization: `Bearer ${accessTokenFor(second)}` }),
      `subscription($id: ID!) { leaderboardChanged(competitionId: $id) { frozen top { userId } } }`,
      { id: competition.id },
    );
    await settle();
    const service = a.app.get(LeaderboardService);
    for (const userId of [first, second]) {
      await service.recordGraded({
        competitionId: competition.id,
        userId,
        challengeId: competition.challengeIds[0],
        correctnessPermille: 1000,
        integrityVerdict: 'clean',
        reviewStatus: 'not_needed',
      });
      await settle(); // past the throttle: one update per submit
    }
    await staff.until(
      () => new Set(staff.events.flatMap((e) => e.leaderboardChanged.changed)).size === 2,
    );
    await settle();
    const points = competition.difficulties[0] * 100;
    expect(staff.events.map((e) => e.leaderboardChanged.frozen)).toEqual([false, false]);
    expect(
      staff.events
        .at(-1)!
        .leaderboardChanged.top.slice(0, 2)
        .map((e) => e.points),
    ).toEqual([points, points]);
    // The entrants hear once that the board is frozen, showing nobody's points since the freeze.
    expect(entrant.events).toHaveLength(1);
    const frozen = entrant.events[0].leaderboardChanged;
    expect(frozen).toMatchObject({ phase: 'FROZEN', frozen: true, changed: [] });
    expect(frozen.top.map((e) => e.points)).toEqual([0, 0, 0]);
    // Same update, another document: only the fields that document asked for.
    expect(narrow.events).toEqual([
      { leaderboardChanged: { frozen: true, top: frozen.top.map((e) => ({ userId: e.userId })) } },
    ]);
    expect([staff, entrant, narrow].flatMap((c) => c.errors)).toEqual([]);
  });

  it('tells signed-out watchers on the other instance when the workflow moves the phase', async () => {
    const competition = await newCompetition(a.owner, { phase: 'scheduled' });
    const board = collect<{ leaderboardChanged: Update }>(connect(bUrl, {}), BOARD, {
      id: competition.id,
    });
    await settle();
    const endsAt = Date.now() + 60 * 60_000;
    for (const phase of ['registration', 'live']) {
      const res = await fetch(`${a.base}/internal/v1/competitions/${competition.id}/phase`, {
        method: 'POST',
        headers: {
          authorization: 'Bearer fixpoint-local-internal-token',
          'content-type': 'application/json',
        },
        body: JSON.stringify({ phase, endsAt }),
      });
      expect(res.status).toBe(200);
      await settle(); // past the throttle: one update per phase
    }
    await board.until(() => board.events.length === 2);
    expect(
      board.events.map((e) => [e.leaderboardChanged.phase, e.leaderboardChanged.changed]),
    ).toEqual([
      ['REGISTRATION', []],
      ['LIVE', []],
    ]);
  });

  it('refuses verdicts signed out, a malformed or bad token, and an operation over the cost limits', async () => {
    const competition = await newCompetition(a.owner);
    // Signed out: a public board may be watched, a verdict stream may not.
    const anonymous = connect(bUrl, {});
    const verdictsSignedOut = collect(anonymous, VERDICTS, { id: competition.id });
    await verdictsSignedOut.until(() => verdictsSignedOut.errors.length > 0);
    expect(JSON.stringify(verdictsSignedOut.errors)).toContain('UNAUTHENTICATED');
    const malformed = await new Promise<number>((resolve) => {
      const client = createClient({
        url: bUrl,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: 42 },
        retryAttempts: 0,
        lazy: false,
        onNonLazyError: (e) => resolve((e as { code: number }).code),
      });
      clients.push(client);
    });
    expect(malformed).toBe(4403);

    const bad = collect(connect(bUrl, { authorization: 'Bearer not-a-token' }), VERDICTS, {
      id: competition.id,
    });
    await bad.until(() => bad.errors.length > 0);
    expect(JSON.stringify(bad.errors)).toContain('UNAUTHENTICATED');

    const learner = await newUser(a.owner);
    const token = accessTokenFor(learner);
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: phase`).join(' ');
    const heavy = collect(
      connect(bUrl, { authorization: `Bearer ${token}` }),
      `subscription($id: ID!) { leaderboardChanged(competitionId: $id) { ${aliases} } }`,
      { id: competition.id },
    );
    await heavy.until(() => heavy.errors.length > 0);
    expect(JSON.stringify(heavy.errors)).toContain('QUERY_TOO_COMPLEX');
  });
});
