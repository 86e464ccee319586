// Grade integrity end to end in Chromium, against the real platform (API, database, sandbox,
// Temporal worker, tenant portal, learner app): a company signs up, builds an assessment from
// one JS catalog challenge and invites a candidate; the candidate opens the link from the
// mailbox, consents, appends a forgery to the starter module (it tries to replace
// node:assert/strict's functions with no-ops, so that every test would "pass" with the bug still
// there) and submits. The sandbox's graded run catches it (flagged by the scan, or tampered when
// the planted checks come back wrong); the recruiter's report shows the finding with its
// evidence and no score; the recruiter rejects it with a reason, and the audit log shows it.
// Screenshots go to e2e/screenshots/integrity-*.png.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { accessibilityViolations } from '../support/axe';
import { launchBrowser } from '../support/browser';
import { startPlatform, type Platform } from '../support/platform';
import { linkFromMailbox, signUpCompany } from '../support/portal';

const JS_TITLE = 'The update notifier only knows about major releases';
// One line, so the editor's auto-indent and bracket completion cannot change it.
const FORGERY =
  "import assert from 'node:assert/strict'; for (const name of Object.keys(assert)) { try { assert[name] = () => {}; } catch { /* read-only */ } }";
const REASON = 'The module replaces node:assert with no-ops; the bug is not fixed.';
const SHOTS = resolve(__dirname, '..', 'screenshots');
const stamp = Date.now();
const ownerEmail = `owner-${stamp}@example.com`;
const candidateEmail = `forger-${stamp}@example.com`;

let platform: Platform;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let portal: Page;
let candidate: Page;
let assessmentUrl = '';

async function shot(page: Page, name: string, checkAccessibility = true) {
  await page.screenshot({ path: join(SHOTS, `integrity-${name}.png`), fullPage: true });
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

describe('a forged solution is never silently scored', () => {
  it('a company signs up, builds a one-challenge assessment and invites a candidate', async () => {
    await signUpCompany(portal, platform, ownerEmail);
    await portal.getByRole('heading', { name: 'Assessments', level: 1 }).waitFor();

    await portal.getByRole('link', { name: 'New assessment' }).click();
    await portal.getByLabel('Title').fill('Integrity check');
    await portal.getByLabel('Instructions for candidates').fill('Fix the bug.');
    await portal.getByLabel('Time limit (minutes)').fill('20');
    await portal.getByRole('searchbox', { name: 'Search' }).fill('notifier');
    await portal.waitForFunction(
      () => document.querySelectorAll('[data-testid=catalog] li').length === 1,
    );
    await portal.getByRole('button', { name: `Preview ${JS_TITLE}` }).click();
    await portal.getByRole('button', { name: `Add ${JS_TITLE}` }).click();
    await portal.getByRole('button', { name: `Remove ${JS_TITLE}` }).waitFor();
    await portal.getByRole('button', { name: 'Create assessment' }).click();
    await portal.getByRole('heading', { name: /Integrity check/, level: 1 }).waitFor();
    await portal.getByRole('button', { name: 'Publish' }).click();
    await portal.getByText('Published', { exact: true }).waitFor();
    assessmentUrl = portal.url();

    await portal.getByTestId('invite-email').fill(candidateEmail);
    await portal.getByTestId('invite-name').fill('Fay Forger');
    await portal.getByRole('button', { name: 'Send invite' }).click();
    await portal.getByText('1 invitation sent.').waitFor();
    const link = await linkFromMailbox(portal, candidateEmail);
    candidate = await browser.context.newPage();
    candidate.setDefaultTimeout(30_000);
    await candidate.goto(link);
  }, 120_000);

  it('the candidate consents, appends the forgery to the starter module and submits', async () => {
    await candidate.getByTestId('candidate-landing').waitFor();
    await candidate.getByTestId('candidate-consent').check();
    await candidate.getByTestId('candidate-begin').click();
    await candidate.getByTestId('candidate-session').waitFor();
    await candidate.getByTestId('candidate-challenge-tab-1').click();
    const panel = candidate.getByRole('tabpanel');
    await panel
      .getByRole('navigation', { name: 'Files' })
      .getByRole('button', { name: 'version.js' })
      .click();
    await candidate.waitForFunction(() =>
      document
        .querySelector('[role=tabpanel] .monaco-editor .view-lines')
        ?.textContent?.replace(/\u00a0/g, ' ')
        .includes('map(parseInt)'),
    );
    await panel.locator('.monaco-editor .view-lines').click();
    await candidate.keyboard.press('Control+End');
    await candidate.keyboard.press('Enter');
    await candidate.keyboard.insertText(FORGERY);
    // Running the tests saves the files; with assert gone, even the visible tests "pass".
    await panel.getByRole('button', { name: 'Run tests' }).click();
    await candidate.waitForFunction(
      () => !!document.querySelector('[data-testid=run-verdict]')?.textContent?.trim(),
      undefined,
      { timeout: 60_000 },
    );
    await shot(candidate, '01-candidate-forgery', false);
    await candidate.getByTestId('candidate-submit').click();
    await candidate.getByTestId('candidate-submit-confirm').click();
    await candidate.getByTestId('candidate-done').waitFor({ timeout: 120_000 });
  }, 200_000);

  it("the recruiter's pipeline and report show the finding and no score", async () => {
    await portal.goto(assessmentUrl);
    const row = portal
      .getByTestId('pipeline')
      .getByRole('row', { name: new RegExp(candidateEmail) });
    await row.getByText('Submitted').waitFor({ timeout: 60_000 });
    expect((await row.getByTestId('pipeline-score').textContent())?.trim()).toBe('⚠ Review');
    await shot(portal, '02-pipeline-review');

    await row.getByRole('link', { name: 'Report of Fay Forger' }).click();
    await portal.getByTestId('report-summary').waitFor();
    expect(await portal.getByTestId('total-score').textContent()).toContain(
      'Withheld — review required',
    );
    const review = portal.getByTestId('integrity-review');
    await review.getByRole('heading', { name: '⚠ Integrity review required' }).waitFor();
    const findings = review.getByTestId('integrity-finding');
    expect(await findings.count()).toBeGreaterThan(0);
    // The evidence: a canary's expected vs actual, or the scanned line with its file:line.
    const evidence = await review.textContent();
    expect(evidence).toMatch(/Expected[\s\S]*Actual|src\/version\.js:\d+/);
    expect(await portal.getByTestId('challenge-score').textContent()).toContain(
      'Withheld — review required',
    );
    await shot(portal, '03-report-review-required');
  }, 120_000);

  it('the recruiter rejects it with a reason, and the audit log shows the decision', async () => {
    const review = portal.getByTestId('integrity-review');
    await review.getByRole('button', { name: /Reject/ }).click();
    const dialog = portal.getByRole('dialog', { name: 'Reject the submission' });
    await dialog.waitFor();
    const confirm = dialog.getByRole('button', { name: 'Reject submission' });
    expect(await confirm.isDisabled()).toBe(true); // a reason is required
    await dialog.getByLabel('Reason (required)').fill(REASON);
    await shot(portal, '04-reject-dialog');
    await confirm.click();
    await review
      .getByRole('heading', { name: '✖ Integrity review: rejected (counts as 0)' })
      .waitFor();
    const decision = await review.getByTestId('review-decision').textContent();
    expect(decision).toContain('Olive Owner');
    expect(decision).toContain(REASON);
    expect((await portal.getByTestId('total-score').textContent())?.trim()).toBe('0');
    await shot(portal, '05-report-rejected');

    await portal.getByRole('link', { name: 'Audit log' }).click();
    await portal.getByRole('heading', { name: 'Audit log', level: 1 }).waitFor();
    const entry = portal.getByRole('row', { name: /integrity_review\.rejected/ });
    await entry.waitFor();
    expect(await entry.textContent()).toContain(REASON);
    await shot(portal, '06-audit-log');
  }, 120_000);
});
