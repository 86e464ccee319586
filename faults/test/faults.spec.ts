import { Api, type Auth, codeOf } from '../support/api';
import { FAULT_CHALLENGE, FaultStack, type Service, sleep } from '../support/fault-stack';

// Each case is a fault a user would live through; `figures` are printed at the end.
const SLUG = FAULT_CHALLENGE;
const PASSWORD = 'a long enough password';
const stack = new FaultStack();
const api = new Api(stack.apiUrl);
const figures: Record<string, string> = {};

let owner: Auth;
let learner: { email: string; token: string };
let candidate: { token: string; deadline: number };

async function waitForMail(auth: Auth, to: string, ms = 30_000) {
  let links: string[] = [];
  await stack.waitUntil(`mail to ${to}`, ms, async () => {
    const mail = await api.mailTo(auth, to);
    links = mail[0]?.links ?? [];
    return mail.length > 0;
  });
  return links;
}

/** kill -9 a supervised service; returns how long until a new process of it is running. */
async function killAndWaitForRestart(service: Service): Promise<number> {
  const before = await stack.pid(service);
  expect(before).toBeGreaterThan(0);
  process.kill(before, 'SIGKILL');
  const ms = await stack.waitUntil(`${service} restarted`, 60_000, async () => {
    const now = await stack.pid(service);
    return now > 0 && now !== before;
  });
  return ms;
}

const runTests = (attemptId: string, auth: Auth) =>
  api.gql<{ runTests: { status: string } }>(
    `mutation($id: ID!) { runTests(attemptId: $id) { status } }`,
    { id: attemptId },
    auth,
  );

beforeAll(async () => {
  const started = Date.now();
  await stack.start();
  figures['private stack and services up'] = `${Date.now() - started} ms`;
  owner = await api.signUpCompany();
  learner = await api.signUpLearner(PASSWORD);
}, 300_000);

afterAll(async () => {
  await stack.stop();
  process.stdout.write(
    `\nFault suite figures:\n${Object.entries(figures)
      .map(([k, v]) => `  ${k}: ${v}`)
      .join('\n')}\n`,
  );
}, 120_000);

describe('the platform survives the restart of each of its parts', () => {
  it('keeps a candidate session across a Temporal restart (its deadline is checked last)', async () => {
    const assessmentId = await api.createPublishedAssessment(owner, SLUG, 1);
    const email = `cand-${Date.now()}@example.com`;
    await api.inviteCandidate(owner, assessmentId, email);
    const [link] = await waitForMail(owner, email);
    const { openCandidateSession } = await api.ok<{ openCandidateSession: { token: string } }>(
      `mutation($t: String!) { openCandidateSession(token: $t) { token } }`,
      { t: new URL(link).pathname.split('/').pop() },
    );
    const token = openCandidateSession.token;
    const { beginAssessment } = await api.ok<{
      beginAssessment: { phase: string; deadline: string };
    }>('mutation { beginAssessment(consent: true) { phase deadline } }', {}, { token });
    expect(beginAssessment.phase).toBe('in_progress');
    candidate = { token, deadline: Date.parse(beginAssessment.deadline) };

    // The candidate closes the tab; Temporal restarts while the session's timer is pending.
    const restarted = Date.now();
    await stack.ctl('restart', 'temporal');
    figures['Temporal restart (stop + start, durable dev server)'] = `${Date.now() - restarted} ms`;
    const ready = await stack.waitUntil('API ready after Temporal restart', 30_000, () =>
      stack.ready(),
    );
    figures['API ready again after Temporal came back'] = `${ready} ms`;
    const view = await api.ok<{ candidateSession: { phase: string } }>(
      '{ candidateSession { phase } }',
      {},
      { token },
    );
    expect(view.candidateSession.phase).toBe('in_progress');
  });

  it('refuses log-in with a clear "temporarily unavailable" while Redis is away, then recovers', async () => {
    await stack.ctl('stop', 'redis');
    const refused = await api.logIn(learner.email, PASSWORD);
    expect(codeOf(refused)).toBe('SERVICE_UNAVAILABLE');
    expect(refused.errors?.[0].message).toBe(
      'Log-in is temporarily unavailable; try again in a minute.',
    );
    const readyz = await fetch(`${stack.apiUrl}/readyz`);
    expect(readyz.status).toBe(503);
    expect(
      ((await readyz.json()) as { checks: Record<string, { status: string }> }).checks.redis,
    ).toMatchObject({ status: 'fail' });

    await stack.ctl('start', 'redis');
    const ms = await stack.waitUntil('log-in after Redis is back', 20_000, async () => {
      const result = await api.logIn(learner.email, PASSWORD);
      return Boolean(result.data?.logIn.accessToken);
    });
    figures['log-in works again after Redis restart'] = `${ms} ms`;
  });

  it.each<Service>(['sandbox-controller', 'workflows', 'platform-api'])(
    'restarts the %s by itself after kill -9, and the next request works',
    async (service) => {
      const { startAttempt } = await api.ok<{ startAttempt: { id: string } }>(
        `mutation { startAttempt(slug: "${SLUG}") { id } }`,
        {},
        learner,
      );
      const ms = await killAndWaitForRestart(service);
      const works = await stack.waitUntil(
        `a run through the API after ${service}`,
        60_000,
        async () => {
          const result = await runTests(startAttempt.id, learner);
          // A real run of the starter: its bug makes a visible test fail.
          return result.data?.runTests.status === 'FAIL';
        },
      );
      figures[`${service} kill -9: new process / next run works`] = `${ms} ms / ${ms + works} ms`;
      expect(stack.supervisorLog()).toMatch(
        new RegExp(`exited: ${service} \\(terminated by SIGKILL; not expected\\)`),
      );
    },
  );

  it('keeps restarting a crashed API with backoff while PostgreSQL is down, until it is back', async () => {
    await stack.ctl('stop', 'postgres');
    try {
      const before = await stack.pid('platform-api');
      // Only what supervisord logs from here on counts (the API may still be within its
      // startsecs from the case before, when a kill is itself a failed start).
      const logFrom = stack.supervisorLog().length;
      const since = () => stack.supervisorLog().slice(logFrom);
      process.kill(before, 'SIGKILL');
      // It cannot start without its database (migrations first): each try exits 1, and
      // supervisord backs off between tries.
      await stack.waitUntil(
        'a restart of the API that failed for want of PostgreSQL',
        30_000,
        async () => /exited: platform-api \(exit status 1; not expected\)/.test(since()),
      );
      expect((since().match(/spawned: 'platform-api'/g) ?? []).length).toBeGreaterThanOrEqual(1);
      expect(['BACKOFF', 'STARTING']).toContain(await stack.state('platform-api'));
    } finally {
      // Whatever happened above, the cases after this one need their database.
      await stack.ctl('start', 'postgres');
    }
    const ms = await stack.waitUntil('the API ready once PostgreSQL is back', 60_000, () =>
      stack.ready(),
    );
    figures['API crashed while PostgreSQL was down: ready after it is back'] = `${ms} ms`;
    await stack.waitUntil('the API RUNNING', 10_000, async () => {
      return (await stack.state('platform-api')) === 'RUNNING';
    });
  });

  it('answers saves with SERVICE_UNAVAILABLE while PostgreSQL restarts, keeps every process and loses no save', async () => {
    const { startAttempt } = await api.ok<{ startAttempt: { id: string } }>(
      `mutation { startAttempt(slug: "${SLUG}") { id } }`,
      {},
      learner,
    );
    const pids = await Promise.all(
      (['platform-api', 'workflows', 'sandbox-controller'] as const).map((s) => stack.pid(s)),
    );
    let stop = false;
    let lastSaved = '';
    const failures: string[] = [];
    let successesAfterRestart = 0;
    let restartedAt = 0;
    let firstSuccessAfterRestart = 0;
    const traffic = (async () => {
      for (let i = 0; !stop; i++) {
        const content = `# save ${i}\n`;
        const result = await api.gql(
          `mutation($id: ID!, $f: [FileInput!]!) { saveFiles(attemptId: $id, files: $f) { id } }`,
          { id: startAttempt.id, f: [{ path: 'pagination.py', content }] },
          learner,
        );
        if (result.data && !result.errors) {
          lastSaved = content;
          if (restartedAt) {
            successesAfterRestart += 1;
            firstSuccessAfterRestart ||= Date.now() - restartedAt;
          }
        } else failures.push(String(codeOf(result)));
        await sleep(50);
      }
    })();
    await sleep(500);
    const savedBefore = lastSaved;
    expect(savedBefore).not.toBe('');
    await stack.ctl('restart', 'postgres');
    restartedAt = Date.now();
    await stack.waitUntil('saves succeed again', 30_000, async () => successesAfterRestart >= 5);
    stop = true;
    await traffic;
    figures['PostgreSQL restart: saves refused / first save after it is back'] =
      `${failures.length} refused / ${firstSuccessAfterRestart} ms`;

    // Saves failed clearly for a moment: never an internal error, never a dropped connection.
    expect(failures.length).toBeGreaterThan(0);
    expect(new Set(failures)).toEqual(new Set(['SERVICE_UNAVAILABLE']));
    // No process exited: the same pids as before the restart.
    expect(
      await Promise.all(
        (['platform-api', 'workflows', 'sandbox-controller'] as const).map((s) => stack.pid(s)),
      ),
    ).toEqual(pids);
    // Nothing acknowledged is lost: the attempt holds the last save the API confirmed.
    const { attempt } = await api.ok<{ attempt: { files: { path: string; content: string }[] } }>(
      `query($id: ID!) { attempt(id: $id) { files { path content } } }`,
      { id: startAttempt.id },
      learner,
    );
    expect(attempt.files.find((f) => f.path === 'pagination.py')?.content).toBe(lastSaved);
    expect(stack.serviceLog('platform-api')).toMatch(/PostgreSQL connection lost/);
  });

  it('delivers mail queued just before PostgreSQL went down once it is back, once (REST answers 503 meanwhile)', async () => {
    const assessmentId = await api.createPublishedAssessment(owner, SLUG, 30);
    const email = `queued-${Date.now()}@example.com`;
    await api.inviteCandidate(owner, assessmentId, email);
    await stack.ctl('stop', 'postgres');
    // Meanwhile REST callers (the career-page widget here) get a 503 problem to retry on.
    const rest = await fetch(`${stack.apiUrl}/widget/v1/challenges/${SLUG}`, {
      headers: { 'x-fixpoint-key': `pk_${'a'.repeat(32)}`, origin: 'https://careers.example' },
    });
    expect(rest.status).toBe(503);
    expect(rest.headers.get('content-type')).toContain('application/problem+json');
    expect(rest.headers.get('retry-after')).toBe('5');
    expect(await rest.json()).toMatchObject({ code: 'SERVICE_UNAVAILABLE', status: 503 });
    await sleep(3_000); // the relay's passes fail meanwhile; it backs off and keeps going
    await stack.ctl('start', 'postgres');
    const started = Date.now();
    await waitForMail(owner, email);
    figures['queued mail delivered after PostgreSQL is back'] = `${Date.now() - started} ms`;
    await sleep(2_000); // a second delivery would show up by now
    expect(await api.mailTo(owner, email)).toHaveLength(1);
  });

  it('lets in-flight requests finish when the API gets SIGTERM, then comes back', async () => {
    const { startAttempt } = await api.ok<{ startAttempt: { id: string } }>(
      `mutation { startAttempt(slug: "${SLUG}") { id } }`,
      {},
      learner,
    );
    const pid = await stack.pid('platform-api');
    const inFlight = Array.from({ length: 6 }, () => runTests(startAttempt.id, learner));
    await sleep(300);
    process.kill(pid, 'SIGTERM');
    const results = await Promise.all(inFlight);
    expect(results.map((r) => r.data?.runTests.status ?? codeOf(r))).toEqual(Array(6).fill('FAIL'));
    const ms = await stack.waitUntil('API back after SIGTERM', 90_000, async () => {
      return (await stack.pid('platform-api')) !== pid && (await stack.ready());
    });
    figures['API SIGTERM: back and ready'] = `${ms} ms`;
    const log = stack.serviceLog('platform-api');
    expect(log).toMatch(/SIGTERM: shutting down/);
    expect(log).toMatch(/stopped after \d+ ms/);
  });

  it('lets a running run finish when the sandbox gets SIGTERM and refuses new ones cleanly', async () => {
    const pid = await stack.pid('sandbox-controller');
    const post = (): Promise<{ status: number; body: Record<string, unknown> }> =>
      fetch(`${stack.sandboxUrl}/v1/runs`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${stack.sandboxToken}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({
          runtime: 'python',
          command: ['python3', '-c', 'import time; time.sleep(3); print("done")'],
        }),
      }).then(
        async (res) => ({
          status: res.status,
          body: (await res.json()) as Record<string, unknown>,
        }),
        (error: { cause?: { code?: string } }) => ({
          status: 0,
          body: { error: error.cause?.code },
        }),
      );
    const running = post();
    await sleep(1_000);
    process.kill(pid, 'SIGTERM');
    await sleep(200);
    const refused = await post();
    // Either the listener is already closed, or the controller answers 503 shutting-down.
    if (refused.status !== 0) {
      expect(refused).toMatchObject({ status: 503, body: { code: 'shutting-down' } });
    } else expect(refused.body.error).toBe('ECONNREFUSED');
    const finished = await running;
    expect(finished.status).toBe(200);
    expect(finished.body.stdout).toContain('done');
    await stack.waitUntil('sandbox back after SIGTERM', 60_000, async () => {
      const now = await stack.pid('sandbox-controller');
      return now > 0 && now !== pid;
    });
    const log = stack.serviceLog('sandbox-controller');
    expect(log).toMatch(/shutting down: refusing new runs/);
    expect(log).toMatch(/"msg":"stopped"/);
  });

  it('still auto-submits the candidate at the deadline although Temporal restarted and the worker was killed', async () => {
    const waitMs = Math.max(0, candidate.deadline - Date.now()) + 60_000;
    let phase = '';
    await stack.waitUntil('the session ends at its deadline', waitMs, async () => {
      const { candidateSession } = await api.ok<{ candidateSession: { phase: string } }>(
        '{ candidateSession { phase } }',
        {},
        { token: candidate.token },
      );
      phase = candidateSession.phase;
      return phase === 'expired' || phase === 'submitted';
    });
    figures['session auto-submitted after its deadline'] =
      `${Math.max(0, Date.now() - candidate.deadline)} ms late`;
    expect(['expired', 'submitted']).toContain(phase);
  }, 180_000);
});
