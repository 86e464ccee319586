import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApiHarness, codeOf } from '../support/api-harness';

const SLUG = 'py-paginate-last-page';
const challengeDir = join(__dirname, '..', '..', '..', 'challenges', SLUG);
const fixedFile = 'pagination.py';
const fixedContent = readFileSync(join(challengeDir, 'solution', fixedFile), 'utf8');

const RUN_FIELDS = 'id status passed failed tests { name status message } limitHit { kind }';

describe('the solve loop over GraphQL, against the running API and sandbox', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await ApiHarness.start({ sandbox: true });
  }, 60_000);

  afterAll(async () => {
    await api?.stop();
  });

  it('takes a new learner from sign-up to a scored submission and a progress change', async () => {
    const { accessToken: token } = await api.signUp();
    const auth = { token };

    const listing = await api.ok<{ challenges: { totalCount: number; nodes: { slug: string }[] } }>(
      `{ challenges(filter: { languages: ["python"], bugTypes: ["off-by-one"] }) { totalCount nodes { slug } } }`,
    );
    expect(listing.challenges.nodes.map((n) => n.slug)).toContain(SLUG);

    const before = await api.ok<{ myProgress: { attemptCount: number; mastery: unknown[] } }>(
      '{ myProgress { attemptCount mastery { key } } }',
      {},
      auth,
    );
    expect(before.myProgress).toEqual({ attemptCount: 0, mastery: [] });

    const started = await api.ok<{
      startAttempt: { id: string; files: { path: string; editable: boolean }[] };
    }>(`mutation { startAttempt(slug: "${SLUG}") { id files { path editable } } }`, {}, auth);
    const attemptId = started.startAttempt.id;
    expect(started.startAttempt.files).toContainEqual({ path: fixedFile, editable: true });

    const failing = await api.ok<{ runTests: { status: string; failed: number } }>(
      `mutation($id: ID!) { runTests(attemptId: $id) { ${RUN_FIELDS} } }`,
      { id: attemptId },
      auth,
    );
    expect(failing.runTests.status).toBe('FAIL');
    expect(failing.runTests.failed).toBeGreaterThan(0);

    await api.ok(
      `mutation($id: ID!, $files: [FileInput!]!) { saveFiles(attemptId: $id, files: $files) { id } }`,
      { id: attemptId, files: [{ path: fixedFile, content: fixedContent }] },
      auth,
    );
    const passing = await api.ok<{ runTests: { status: string; failed: number; passed: number } }>(
      `mutation($id: ID!) { runTests(attemptId: $id) { ${RUN_FIELDS} } }`,
      { id: attemptId },
      auth,
    );
    expect(passing.runTests).toMatchObject({ status: 'PASS', failed: 0 });

    const hint = await api.ok<{ revealHint: { level: number; text: string } }>(
      `mutation($id: ID!) { revealHint(attemptId: $id) { level text } }`,
      { id: attemptId },
      auth,
    );
    expect(hint.revealHint.level).toBe(1);

    const submitted = await api.ok<{
      submit: {
        score: number;
        hiddenPassed: number;
        hiddenTotal: number;
        breakdown: { hintPenalty: number };
      };
    }>(
      `mutation($id: ID!) { submit(attemptId: $id) { score hiddenPassed hiddenTotal breakdown { hintPenalty } } }`,
      { id: attemptId },
      auth,
    );
    expect(submitted.submit.hiddenPassed).toBe(submitted.submit.hiddenTotal);
    expect(submitted.submit.breakdown.hintPenalty).toBe(0.1);
    expect(submitted.submit.score).toBe(90);

    const again = await api.gql(
      `mutation($id: ID!) { submit(attemptId: $id) { score } }`,
      { id: attemptId },
      auth,
    );
    expect(codeOf(again)).toBe('CONFLICT');

    const after = await api.ok<{
      myProgress: {
        attemptCount: number;
        solvedCount: number;
        mastery: { key: string; level: number }[];
        achievements: { code: string }[];
      };
      attempt: { status: string; runs: { id: string }[]; submission: { score: number } };
    }>(
      `query($id: ID!) {
        myProgress { attemptCount solvedCount mastery { key level } achievements { code } }
        attempt(id: $id) { status runs { id } submission { score } }
      }`,
      { id: attemptId },
      auth,
    );
    expect(after.myProgress.attemptCount).toBe(1);
    expect(after.myProgress.solvedCount).toBe(1);
    expect(after.myProgress.mastery.map((m) => m.key).sort()).toEqual(['off-by-one', 'python']);
    expect(after.myProgress.mastery.every((m) => m.level > 0)).toBe(true);
    expect(after.myProgress.achievements.map((a) => a.code)).toContain('first-fix');
    expect(after.attempt).toMatchObject({ status: 'SUBMITTED', submission: { score: 90 } });
    expect(after.attempt.runs).toHaveLength(3);
  });

  it('refuses a file outside the editable set, and keeps the snapshot as it was', async () => {
    const { accessToken: token } = await api.signUp();
    const { startAttempt } = await api.ok<{ startAttempt: { id: string } }>(
      `mutation { startAttempt(slug: "${SLUG}") { id } }`,
      {},
      { token },
    );
    const result = await api.gql(
      `mutation($id: ID!, $files: [FileInput!]!) { saveFiles(attemptId: $id, files: $files) { id } }`,
      {
        id: startAttempt.id,
        files: [
          { path: fixedFile, content: 'changed' },
          { path: 'tests/test_pagination.py', content: 'def test_nothing(): pass' },
        ],
      },
      { token },
    );
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toContain(
      'tests/test_pagination.py is not one of the files you can change',
    );
    const { attempt } = await api.ok<{ attempt: { files: { path: string; content: string }[] } }>(
      `query($id: ID!) { attempt(id: $id) { files { path content } } }`,
      { id: startAttempt.id },
      { token },
    );
    expect(attempt.files.find((f) => f.path === fixedFile)?.content).not.toBe('changed');
  });

  it('saves a large file within the limits, and refuses oversize payloads with a code', async () => {
    const { accessToken: token } = await api.signUp();
    const { startAttempt } = await api.ok<{ startAttempt: { id: string } }>(
      `mutation { startAttempt(slug: "${SLUG}") { id } }`,
      {},
      { token },
    );
    const save = (content: string) =>
      api.gql(
        `mutation($id: ID!, $files: [FileInput!]!) { saveFiles(attemptId: $id, files: $files) { id } }`,
        { id: startAttempt.id, files: [{ path: fixedFile, content }] },
        { token },
      );
    expect((await save('#'.repeat(200_000))).errors).toBeUndefined();
    const overFile = await save('#'.repeat(300_000));
    expect(codeOf(overFile)).toBe('BAD_USER_INPUT');
    expect(overFile.errors?.[0].message).toContain('pagination.py is over 256 KB');
    const overBody = await save('#'.repeat(3_000_000));
    expect(codeOf(overBody)).toBe('BAD_USER_INPUT');
    expect(overBody.errors?.[0].message).toContain('larger than 2mb');
  });

  it('never sends hidden tests or the solution to a solver', async () => {
    const { challenge } = await api.ok<{
      challenge: { files: { path: string; content: string }[] };
    }>(`{ challenge(slug: "${SLUG}") { files { path content } } }`);
    const paths = challenge.files.map((f) => f.path);
    expect(paths.some((p) => p.includes('hidden'))).toBe(false);
    expect(challenge.files.find((f) => f.path === fixedFile)?.content).not.toBe(fixedContent);
  });

  it('answers unknown ids and slugs with NOT_FOUND, and a missing token with UNAUTHENTICATED', async () => {
    const { accessToken: token } = await api.signUp();
    expect(codeOf(await api.gql('{ challenge(slug: "no-such-challenge") { slug } }'))).toBe(
      'NOT_FOUND',
    );
    expect(
      codeOf(
        await api.gql(
          '{ attempt(id: "00000000-0000-4000-8000-000000000000") { id } }',
          {},
          { token },
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(codeOf(await api.gql('{ attempt(id: "not-a-uuid") { id } }', {}, { token }))).toBe(
      'NOT_FOUND',
    );
    expect(codeOf(await api.gql('{ myProgress { streakDays } }'))).toBe('UNAUTHENTICATED');
  });
});
