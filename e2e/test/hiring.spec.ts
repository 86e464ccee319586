// Hiring end to end in Chromium, against the real platform (API, database, sandbox, Temporal
// worker, tenant portal, learner app): a company signs up and invites a recruiter, the recruiter
// builds an assessment from two catalog challenges and invites a candidate, the candidate opens
// the link from the local mailbox, fixes one challenge and leaves the other, time runs out, the
// workflow auto-submits, and the recruiter reads the report with the run timeline. Steps share
// pages and run in order; screenshots go to e2e/screenshots/hiring-*.png.
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { accessibilityViolations } from '../support/axe';
import { launchBrowser } from '../support/browser';
import { startPlatform, type Platform } from '../support/platform';
import { linkFromMailbox, signUpCompany } from '../support/portal';

const JS_TITLE = 'The update notifier only knows about major releases';
const PY_TITLE = 'The last recipes never show up';
const FIXED_LINE = readFileSync(
  resolve(
    __dirname,
    '..',
    '..',
    'challenges',
    'js-semver-compare-nan',
    'solution',
    'src',
    'version.js',
  ),
  'utf8',
)
  .split('\n')
  .find((line) => line.includes("core.split('.')"))!
  .trim();
const SHOTS = resolve(__dirname, '..', 'screenshots');
const stamp = Date.now();
const ownerEmail = `owner-${stamp}@example.com`;
const recruiterEmail = `rita-${stamp}@example.com`;
const candidateEmail = `cand-${stamp}@example.com`;

let platform: Platform;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let portal: Page;
let candidate: Page;
let assessmentUrl = '';

async function shot(page: Page, name: string, checkAccessibility = true) {
  await page.screenshot({ path: join(SHOTS, `hiring-${name}.png`), fullPage: true });
  if (!checkAccessibility) return;
  expect({ page: name, violations: await accessibilityViolations(page) }).toEqual({
    page: name,
    violations: [],
  });
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  platform = await startPlatform({ hiring: true });
  browser = await launchBrowser();
  portal = await browser.context.newPage();
  portal.setDefaultTimeout(30_000);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

describe('hiring with Fixpoint', () => {
  it('a company signs up and lands on its empty assessments', async () => {
    await signUpCompany(portal, platform, ownerEmail, () => shot(portal, '01-sign-up'));
    await portal.getByText('No assessments yet.').waitFor();
    expect(await portal.getByTestId('tenant-name').textContent()).toBe('Acme Robotics');
    await shot(portal, '02-assessments-empty');
  });

  it('the owner invites a recruiter, who joins from the link in the mailbox', async () => {
    await portal.getByRole('link', { name: 'Team' }).click();
    await portal.getByTestId('team-invite-email').fill(recruiterEmail);
    await portal.getByTestId('team-invite-role').selectOption('recruiter');
    await portal.getByRole('button', { name: 'Send invitation' }).click();
    await portal.getByText(`Invitation sent to ${recruiterEmail}.`).waitFor();
    await shot(portal, '03-team');
    const link = await linkFromMailbox(portal, recruiterEmail);
    expect(link).toContain(`${platform.portalUrl}/join?token=`);
    await shot(portal, '04-mailbox');

    await portal.getByRole('button', { name: 'Sign out' }).click();
    await portal.getByRole('heading', { name: 'Sign in to Fixpoint' }).waitFor();
    await portal.goto(link);
    await portal.getByRole('heading', { name: 'Join Acme Robotics' }).waitFor();
    await portal.getByLabel('Your name').fill('Rita Recruiter');
    await portal.getByLabel(/^Choose a password/).fill('another long password');
    await shot(portal, '05-join');
    await portal.getByRole('button', { name: 'Join Acme Robotics' }).click();
    await portal.getByRole('heading', { name: 'Assessments', level: 1 }).waitFor();
    await portal.getByText('Rita Recruiter · Recruiter').waitFor();
    // A recruiter has no Team management and no audit log in the navigation.
    expect(await portal.getByRole('link', { name: 'Audit log' }).count()).toBe(0);
  });

  it('the recruiter builds an assessment from two catalog challenges and publishes it', async () => {
    await portal.getByRole('link', { name: 'New assessment' }).click();
    await portal.getByLabel('Title').fill('Backend debugging');
    await portal
      .getByLabel('Instructions for candidates')
      .fill('Fix what you can; run the tests often.');
    await portal.getByLabel('Time limit (minutes)').fill('1');
    await portal.getByLabel('Candidates may reveal hints').uncheck();
    for (const [search, title] of [
      ['notifier', JS_TITLE],
      ['recipes', PY_TITLE],
    ]) {
      await portal.getByRole('searchbox', { name: 'Search' }).fill(search);
      // The search narrows the catalog to the one challenge.
      await portal.waitForFunction(
        () => document.querySelectorAll('[data-testid=catalog] li').length === 1,
      );
      await portal.getByRole('button', { name: `Preview ${title}` }).click();
      await portal.getByTestId('challenge-preview').waitFor();
      await portal.getByRole('button', { name: `Add ${title}` }).click();
      await portal.getByRole('button', { name: `Remove ${title}` }).waitFor();
    }
    expect(await portal.getByTestId('picked-challenges').locator('li').count()).toBe(2);
    await shot(portal, '06-assessment-form');
    await portal.getByRole('button', { name: 'Create assessment' }).click();
    await portal.getByRole('heading', { name: /Backend debugging/, level: 1 }).waitFor();
    await portal.getByRole('button', { name: 'Publish' }).click();
    await portal.getByText('Published', { exact: true }).waitFor();
    assessmentUrl = portal.url();
  });

  it('the recruiter invites a candidate, and the link arrives in the mailbox', async () => {
    await portal.getByTestId('invite-email').fill(candidateEmail);
    await portal.getByTestId('invite-name').fill('Casey Candidate');
    await portal.getByRole('button', { name: 'Send invite' }).click();
    await portal.getByText('1 invitation sent.').waitFor();
    const row = portal
      .getByTestId('pipeline')
      .getByRole('row', { name: new RegExp(candidateEmail) });
    await row.getByText('Invited').waitFor();
    await shot(portal, '07-pipeline-invited');
    // Extra time is asked in a dialog: named, focus in its field, our message for a bad value,
    // Escape closes it; saving 0 leaves the candidate's time as the steps below expect.
    const extraTime = row.getByRole('button', { name: `Extra time for ${candidateEmail}` });
    await extraTime.click();
    const dialog = portal.getByRole('dialog', { name: `Extra time for ${candidateEmail}` });
    const percent = dialog.getByLabel('Extra time (percent, 0 to 300)');
    await percent.waitFor();
    expect(await percent.evaluate((el) => el === document.activeElement)).toBe(true);
    await percent.fill('400');
    await dialog.getByRole('button', { name: 'Save extra time' }).click();
    await dialog.getByText('Enter a whole percent from 0 to 300.').waitFor();
    await shot(portal, '07b-extra-time-dialog');
    await portal.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await extraTime.click();
    await percent.fill('0');
    await portal.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    const link = await linkFromMailbox(portal, candidateEmail);
    expect(link).toContain(`${platform.webUrl}/candidate/`);
    candidate = await browser.context.newPage();
    candidate.setDefaultTimeout(30_000);
    await candidate.goto(link);
  });

  it('the candidate consents, begins, fixes the first challenge and runs the tests', async () => {
    await candidate.getByTestId('candidate-landing').waitFor();
    await candidate.getByRole('heading', { name: 'Backend debugging', level: 1 }).waitFor();
    await shot(candidate, '08-candidate-landing');
    await candidate.getByTestId('candidate-consent').check();
    await candidate.getByTestId('candidate-begin').click();
    await candidate.getByTestId('candidate-session').waitFor();
    await candidate.getByRole('timer').waitFor();

    await candidate.getByTestId('candidate-challenge-tab-1').click();
    const panel = candidate.getByRole('tabpanel');
    await panel
      .getByRole('navigation', { name: 'Files' })
      .getByRole('button', { name: 'version.js' })
      .click();
    const lines = panel.locator('.monaco-editor .view-lines');
    await candidate.waitForFunction(() =>
      document
        .querySelector('[role=tabpanel] .monaco-editor .view-lines')
        ?.textContent?.replace(/\u00a0/g, ' ')
        .includes('map(parseInt)'),
    );
    await lines.click();
    await candidate.keyboard.press('Control+Home');
    const lineNumber = (await lines.locator('.view-line').allTextContents()).findIndex((l) =>
      l.includes('map(parseInt)'),
    );
    for (let i = 0; i < lineNumber; i++) await candidate.keyboard.press('ArrowDown');
    await candidate.keyboard.press('End');
    await candidate.keyboard.press('Shift+Home');
    await candidate.keyboard.insertText(FIXED_LINE);
    await panel.getByRole('button', { name: 'Run tests' }).click();
    const verdict = panel.getByTestId('run-verdict');
    await candidate.waitForFunction(
      () =>
        /All tests passed/.test(
          document.querySelector('[data-testid=run-verdict]')?.textContent ?? '',
        ),
      undefined,
      { timeout: 60_000 },
    );
    expect(await verdict.textContent()).toMatch(/All tests passed/);
    await shot(candidate, '09-candidate-session', false);
  });

  it('leaves the second challenge; time runs out and the work is auto-submitted', async () => {
    await candidate.getByTestId('candidate-time-up').waitFor({ timeout: 90_000 });
    await shot(candidate, '10-candidate-time-up', false);
    await candidate.getByTestId('candidate-done').waitFor({ timeout: 90_000 });
    await candidate.getByRole('heading', { name: 'Submitted — thank you' }).waitFor();
    await shot(candidate, '11-candidate-done');
  }, 200_000);

  it('the recruiter sees the candidate expired with a score, and reads the report', async () => {
    await portal.goto(assessmentUrl);
    const row = portal
      .getByTestId('pipeline')
      .getByRole('row', { name: new RegExp(candidateEmail) });
    await row.getByText('Expired').waitFor();
    const score = Number(await row.locator('td').nth(3).textContent());
    expect(score).toBeGreaterThan(0);
    expect(score).toBeLessThanOrEqual(50); // one of two challenges fixed
    await shot(portal, '12-pipeline-expired');

    await row.getByRole('link', { name: 'Report of Casey Candidate' }).click();
    await portal.getByTestId('report-summary').waitFor();
    expect(await portal.getByTestId('total-score').textContent()).toBe(String(score));
    expect(await portal.getByTestId('ended-by').textContent()).toBe(
      'Time ran out (auto-submitted)',
    );
    const [fixed, untouched] = await portal.getByTestId('report-challenge').all();
    const timeline = fixed.getByTestId('run-timeline').locator('tbody tr');
    // The visible run the candidate made, then the hidden run of the auto-submit.
    expect(await timeline.count()).toBe(2);
    expect(await timeline.nth(0).textContent()).toContain('✔ pass');
    expect(await timeline.nth(1).textContent()).toContain('hidden (final)');
    await timeline
      .nth(0)
      .getByText(/\+1\s+−1 lines/)
      .click();
    await fixed.locator('.diff-line[data-kind=add]').first().waitFor();
    // Left untouched: auto-submitted as the starter, which fixes nothing and scores 0.
    expect(await untouched.locator('.score-line').textContent()).toMatch(/^\s*0 \/ 100/);
    await portal.getByTestId('integrity').waitFor();
    await shot(portal, '13-report');
  });
});
