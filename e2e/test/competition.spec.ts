// Two learners in a short real contest (about two minutes of wall time): each in a browser of
// their own, the other's accepted submit appears on their board without a reload (graphql-ws,
// fanned out through Redis), and the contest ends through the competition workflow (the real
// worker against the stack's Temporal), after which both see their rating change.
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { openMailLink } from '../support/dev-inbox';
import { INTERNAL_API_TOKEN, startPlatform, type Platform } from '../support/platform';
import { signUpCompany } from '../support/portal';

const SLUG = 'js-semver-compare-nan';
const BUGGY_LINE = "const parts = core.split('.').map(parseInt);";
const FIXED_LINE = readFileSync(
  resolve(__dirname, '..', '..', 'challenges', SLUG, 'solution', 'src', 'version.js'),
  'utf8',
)
  .split('\n')
  .find((line) => line.includes("core.split('.')"))!
  .trim();
const SHOTS = resolve(__dirname, '..', 'screenshots');
// Registration opens at once; the contest starts a little after both learners have fixed the
// bug in the IDE (autosaved; the contest submit grades the saved attempt) and lasts two minutes.
const START_AFTER_MS = 20_000;
const LENGTH_MS = 120_000;

interface Learner {
  name: string;
  email: string;
  browser: Awaited<ReturnType<typeof launchBrowser>>;
  page: Page;
}

let platform: Platform;
const learners: Learner[] = [];
let competitionId = '';
let company: Awaited<ReturnType<typeof launchBrowser>> | undefined;
const stamp = Date.now();

async function shot(page: Page, name: string) {
  await page.screenshot({ path: join(SHOTS, `competition-${name}.png`) });
}

async function signUp(learner: Learner) {
  const { page } = learner;
  await page.goto(`${platform.webUrl}/signup`);
  await page.getByLabel('Display name').fill(learner.name);
  await page.getByLabel('Email').fill(learner.email);
  await page.getByLabel('Password').fill('a long enough password');
  await page.getByRole('button', { name: 'Sign up' }).click();
  await page.getByRole('heading', { name: 'Check your e-mail' }).waitFor();
  await openMailLink(page, platform.webUrl, learner.email, /^Confirm your e-mail/, /verify email/);
  await page.getByRole('button', { name: 'Log out' }).waitFor();
}

/** Fixes the bug in Monaco as the learner loop does, and waits for the autosave. */
async function fixInIde(page: Page) {
  await page.goto(`${platform.webUrl}/challenges/${SLUG}`);
  await page
    .getByRole('navigation', { name: 'Files' })
    .getByRole('button', { name: 'version.js' })
    .click();
  await page.locator('.editor-tab--active', { hasText: 'version.js' }).waitFor();
  await page.waitForFunction(
    (buggy) =>
      document
        .querySelector('.monaco-editor .view-lines')
        ?.textContent?.replace(/\u00a0/g, ' ')
        .includes(buggy),
    BUGGY_LINE,
  );
  const lines = page.locator('.monaco-editor .view-lines');
  await lines.click();
  await page.keyboard.press('Control+Home');
  const lineNumber = (await lines.locator('.view-line').allTextContents()).findIndex((l) =>
    l.includes('map(parseInt)'),
  );
  for (let i = 0; i < lineNumber; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.insertText(FIXED_LINE);
  await page.locator('.save-status--saved').waitFor({ timeout: 15_000 });
}

/** The top board as the page shows it now: [rank, name, points] per row. */
const board = (page: Page) =>
  page
    .locator('table.board')
    .first()
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.children].slice(0, 3).map((cell) => cell.textContent ?? '')),
    );

/** Waits, without reloading, until the top board shows `name` with points. */
const scored = (page: Page, name: string) =>
  page.waitForFunction(
    (who) =>
      [...(document.querySelector('table.board')?.querySelectorAll('tbody tr') ?? [])].some(
        (row) => row.children[1]?.textContent === who && Number(row.children[2]?.textContent) > 0,
      ),
    name,
    { timeout: 30_000 },
  );

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  platform = await startPlatform({ hiring: true });
  for (const name of ['Ada Racer', 'Bo Racer']) {
    const browser = await launchBrowser();
    const page = await browser.context.newPage();
    page.setDefaultTimeout(30_000);
    learners.push({
      name,
      email: `${name.split(' ')[0].toLowerCase()}-${stamp}@example.com`,
      browser,
      page,
    });
  }
}, 300_000);

afterAll(async () => {
  await company?.close();
  for (const learner of learners) await learner.browser.close();
  await platform?.stop();
});

describe('a two-minute contest between two learners', () => {
  it('both sign up and fix the bug in the IDE before the contest', async () => {
    await Promise.all(learners.map(signUp));
    await Promise.all(learners.map((l) => fixInIde(l.page)));
  }, 180_000);

  it('is created by the platform with registration open now', async () => {
    const now = Date.now();
    const response = await fetch(`${platform.apiUrl}/internal/v1/competitions`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${INTERNAL_API_TOKEN}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({
        title: `Friday sprint ${stamp}`,
        description: 'One bug, two minutes.',
        registrationOpensAt: new Date(now).toISOString(),
        startsAt: new Date(now + START_AFTER_MS).toISOString(),
        endsAt: new Date(now + START_AFTER_MS + LENGTH_MS).toISOString(),
        freezeMinutes: 0,
        failedSubmitPenalty: 10,
        challengeSlugs: [SLUG],
      }),
    });
    expect(response.status).toBe(201);
    competitionId = ((await response.json()) as { id: string }).id;
  });

  it('both register in the arena and wait for the start', async () => {
    for (const { page } of learners) {
      await page.goto(`${platform.webUrl}/competitions`);
      await page.getByRole('heading', { name: 'Competitions', level: 1 }).waitFor();
      await page.goto(`${platform.webUrl}/competitions/${competitionId}`);
      // The workflow opens registration (its first timer is already due).
      const register = page.getByRole('button', { name: 'Register' });
      await register.waitFor({ timeout: 30_000 });
      await register.click();
      await register.waitFor({ state: 'detached' });
    }
    await shot(learners[0].page, 'registered');
    // "Live" comes from the workflow's phase push; the Submit button appears with it.
    for (const { page } of learners)
      await page
        .getByRole('button', { name: /^Submit .* to the contest$/ })
        .waitFor({ timeout: START_AFTER_MS + 40_000 });
    expect(await learners[0].page.locator('.arena__badge').textContent()).toBe('Live');
  }, 120_000);

  it("each sees the other's accepted submit appear on the board without reloading", async () => {
    const [ada, bo] = learners;
    let navigations = 0;
    for (const { page } of learners) page.on('framenavigated', () => navigations++);

    await ada.page.getByRole('button', { name: /^Submit .* to the contest$/ }).click();
    await ada.page
      .locator('.arena__message', { hasText: 'Accepted!' })
      .waitFor({ timeout: 90_000 });
    await scored(bo.page, 'Ada Racer');
    expect(await board(bo.page)).toEqual([
      ['1', 'Ada Racer', '100'],
      ['2', 'Bo Racer', '0'],
    ]);
    await shot(bo.page, 'board-after-ada');

    await bo.page.getByRole('button', { name: /^Submit .* to the contest$/ }).click();
    await bo.page.locator('.arena__message', { hasText: 'Accepted!' }).waitFor({ timeout: 90_000 });
    await scored(ada.page, 'Bo Racer');
    // Same points: the earlier last improving submit (Ada's) ranks first.
    expect(await board(ada.page)).toEqual([
      ['1', 'Ada Racer', '100'],
      ['2', 'Bo Racer', '100'],
    ]);
    await shot(ada.page, 'board-both');
    expect(navigations).toBe(0);
  }, 200_000);

  it('ends through the workflow and both see their final rank and rating change', async () => {
    const deadline = START_AFTER_MS + LENGTH_MS + 60_000;
    const results = await Promise.all(
      learners.map(async ({ page }) => {
        const rating = page.locator('.arena__rating');
        await rating.waitFor({ timeout: deadline });
        return rating.textContent();
      }),
    );
    await shot(learners[0].page, 'final-ada');
    await shot(learners[1].page, 'final-bo');
    // Glicko-2 from 1500 for both: the winner rises, the runner-up falls.
    const [ada, bo] = results.map((text) => {
      const m = /Final rank (\d+)\. Rating (\d+) → (\d+) \(([+-]\d+)\)/.exec(text ?? '');
      expect(m).not.toBeNull();
      return { rank: Number(m![1]), before: Number(m![2]), after: Number(m![3]) };
    });
    expect(ada.rank).toBe(1);
    expect(bo.rank).toBe(2);
    expect(ada.before).toBe(1500);
    expect(ada.after).toBeGreaterThan(1500);
    expect(bo.after).toBeLessThan(1500);
    expect(await learners[0].page.locator('.arena__badge').textContent()).toBe('Final results');
  }, 300_000);
});

describe('a company runs a hiring competition in the portal', () => {
  let page: Page;
  const ownerEmail = `owner-${stamp}@example.com`;
  let owner: { token: string; tenantId: string };

  /** The API as the portal calls it, with the owner's token and company. */
  async function gql<T>(query: string, variables: object = {}): Promise<T> {
    const response = await fetch(`${platform.apiUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${owner.token}`,
        ...(owner.tenantId ? { 'x-tenant-id': owner.tenantId } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data: T; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  }

  beforeAll(async () => {
    company = await launchBrowser();
    page = await company.context.newPage();
    page.setDefaultTimeout(30_000);
  });

  it('schedules one from catalog challenges and sees it scheduled', async () => {
    await signUpCompany(page, platform, ownerEmail);
    await page.getByRole('link', { name: 'Competitions' }).click();
    await page.getByRole('heading', { name: 'Hiring competitions', level: 1 }).waitFor();
    await page.getByLabel('Title').fill('Backend bug hunt');
    await page.getByLabel('Description').fill('Fix as many as you can in an hour.');
    await page
      .getByRole('checkbox', { name: /The update notifier only knows about major/ })
      .check();
    await page.screenshot({ path: join(SHOTS, 'competition-portal-new.png'), fullPage: true });
    await page.getByRole('button', { name: 'Schedule competition' }).click();
    await page.getByRole('heading', { name: 'Backend bug hunt', level: 1 }).waitFor();
    // The workflow holds the schedule: nothing opens for five minutes.
    expect(await page.locator('.page-head .badge').textContent()).toBe('Scheduled');
    expect(await page.getByText('Nobody on the board yet.').count()).toBe(1);
  }, 120_000);

  it("shows an ended one's board and sends the top two to an assessment's pipeline", async () => {
    const [ada, bo] = learners;
    const logIn = await fetch(`${platform.apiUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation($i: LogInInput!) { logIn(input: $i) { accessToken } }`,
        variables: { i: { email: ownerEmail, password: 'a long enough password' } },
      }),
    });
    owner = { token: (await logIn.json()).data.logIn.accessToken, tenantId: '' };
    const { myTenants } = await gql<{ myTenants: { tenant: { id: string } }[] }>(
      '{ myTenants { tenant { id } } }',
    );
    owner.tenantId = myTenants[0].tenant.id;
    const { createAssessment } = await gql<{ createAssessment: { id: string } }>(
      `mutation($input: AssessmentInput!) { createAssessment(input: $input) { id } }`,
      {
        input: {
          title: 'Final round',
          instructions: 'Fix what you can.',
          timeLimitMinutes: 45,
          hintsAllowed: false,
          hintPenalty: 0,
          challengeSlugs: [SLUG],
        },
      },
    );
    await gql(`mutation($id: ID!) { publishAssessment(id: $id) { id } }`, {
      id: createAssessment.id,
    });
    const now = Date.now();
    const { createHiringCompetition: hiring } = await gql<{
      createHiringCompetition: { id: string };
    }>(
      `mutation($input: CompetitionScheduleInput!) { createHiringCompetition(input: $input) { id } }`,
      {
        input: {
          title: 'Last week’s bug hunt',
          registrationOpensAt: new Date(now + 3_600_000).toISOString(),
          startsAt: new Date(now + 7_200_000).toISOString(),
          endsAt: new Date(now + 10_800_000).toISOString(),
          challengeSlugs: [SLUG],
        },
      },
    );
    // What an hour of contest would have left behind, written as the schema owner before anyone
    // reads the board (the first read builds it from these rows): three entrants, two scored.
    const db = new Client({ connectionString: platform.databaseOwnerUrl });
    await db.connect();
    try {
      await db.query(
        `update competitions set registration_opens_at = now() - interval '2 hours',
           starts_at = now() - interval '70 minutes', ends_at = now() - interval '10 minutes',
           phase = 'ended' where id = $1`,
        [hiring.id],
      );
      const third = `third-${stamp}@example.com`;
      await db.query(
        `insert into users (email, display_name, password_hash) values ($1, 'Cy Nopoints', 'x')`,
        [third],
      );
      await db.query(
        `insert into competition_entries (competition_id, user_id)
           select $1, id from users where email = any($2)`,
        [hiring.id, [ada.email, bo.email, third]],
      );
      await db.query(
        `insert into competition_submissions (competition_id, user_id, challenge_id,
           correctness_permille, submitted_at)
         select $1, u.id, cc.challenge_id, s.permille, now() - s.ago * interval '1 minute'
           from (values ($2, 1000, 30), ($3, 500, 20)) s(email, permille, ago)
           join users u on u.email = s.email
           join competition_challenges cc on cc.competition_id = $1`,
        [hiring.id, bo.email, ada.email],
      );
    } finally {
      await db.end();
    }

    await page.goto(`${platform.portalUrl}/competitions`);
    await page.getByRole('link', { name: 'Last week’s bug hunt' }).click();
    await page.getByRole('heading', { name: 'Last week’s bug hunt', level: 1 }).waitFor();
    const rows = page.getByTestId('board').locator('tbody tr');
    await rows.first().waitFor();
    expect(await rows.allTextContents()).toEqual(['1Bo Racer100', '2Ada Racer50', '3Cy Nopoints0']);
    await page.getByLabel('Top').fill('2');
    await page.getByLabel('Assessment').selectOption({ label: 'Final round' });
    await page.getByRole('button', { name: 'Invite finalists' }).click();
    const status = page.getByRole('status').filter({ hasText: 'Invited' });
    await status.waitFor();
    expect(await status.textContent()).toMatch(/Invited 2:\s*Bo Racer, Ada Racer/);
    await page.screenshot({
      path: join(SHOTS, 'competition-portal-finalists.png'),
      fullPage: true,
    });

    // In the pipeline as any invited candidate.
    await page.goto(`${platform.portalUrl}/assessments/${createAssessment.id}`);
    await page.getByText(bo.email).first().waitFor();
    expect(await page.getByText(ada.email).count()).toBeGreaterThan(0);
    expect(await page.getByText(`third-${stamp}@example.com`).count()).toBe(0);
  }, 120_000);
});
