// The career-page widget end to end in Chromium: a company creates an embed key for its
// careers origin in the portal, its careers page (another origin, a strict CSP) embeds the
// script tag, an applicant runs the tests and submits with their email, and the recruiter sees
// the applicant and the report in the portal. The same page on an origin the key does not list
// is refused by the API and says so in the widget. Screenshots: e2e/screenshots/embed-*.png.
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { accessibilityViolations } from '../support/axe';
import { launchBrowser } from '../support/browser';
import { startCareersSite } from '../support/careers-site';
import { startPlatform, type Platform } from '../support/platform';
import { signUpCompany } from '../support/portal';

const SLUG = 'py-paginate-last-page';
const TITLE = 'The last recipes never show up';
const FIX = readFileSync(
  resolve(__dirname, '..', '..', 'challenges', SLUG, 'solution', 'pagination.py'),
  'utf8',
);
const SHOTS = resolve(__dirname, '..', 'screenshots');

let platform: Platform;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let portal: Page;
let careers: Page;
let allowed: Awaited<ReturnType<typeof startCareersSite>>;
let refused: Awaited<ReturnType<typeof startCareersSite>>;
let snippet = '';

async function shot(page: Page, name: string) {
  await page.screenshot({ path: join(SHOTS, `embed-${name}.png`), fullPage: true });
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
  await allowed?.close();
  await refused?.close();
  await browser?.close();
  await platform?.stop();
});

describe('a challenge on a company careers page', () => {
  it('the company creates an embed key for its careers origin and copies the snippet', async () => {
    await signUpCompany(portal, platform, `owner-embed-${Date.now()}@example.com`);
    await portal.getByRole('heading', { name: 'Assessments', level: 1 }).waitFor();

    await portal.getByRole('link', { name: 'Embed' }).click();
    await portal.getByRole('heading', { name: 'Embed', level: 1 }).waitFor();
    await portal.getByTestId('embed-challenge').selectOption(SLUG);
    // Origins are checked: a path is not an origin.
    await portal.getByTestId('embed-origins').fill('https://acme.test/jobs');
    await portal.getByRole('button', { name: 'Create key' }).click();
    await portal.getByText(/is not an origin/).waitFor();
  });

  it('the careers page (another origin, strict CSP) shows the challenge; the applicant runs the tests and submits', async () => {
    // The careers origin: a free port on 127.0.0.1, known before the page exists.
    const site = await startCareersSite('', platform.portalUrl);
    const origin = site.url;
    await site.close();
    await portal.getByTestId('embed-origins').fill(origin);
    await portal.getByRole('button', { name: 'Create key' }).click();
    const key = portal.getByTestId('embed-key').first();
    await key.waitFor();
    snippet = (await key.getByTestId('embed-snippet').inputValue()).trim();
    expect(snippet).toContain(`${platform.portalUrl}/embed/fixpoint-embed.js`);
    await shot(portal, '01-portal-embed');

    allowed = await startCareersSiteOn(origin, snippet);
    careers = await browser.context.newPage();
    careers.setDefaultTimeout(30_000);
    await careers.goto(`${allowed.url}/careers`);
    const widget = careers.locator('fixpoint-challenge');
    await widget.getByRole('heading', { name: TITLE }).waitFor();
    await shot(careers, '02-careers-page');

    const start = widget.getByRole('button', { name: 'Start challenge' });
    if (await start.isVisible()) await start.click();
    await widget.getByRole('tab', { name: 'pagination.py', exact: true }).click();
    await widget.getByRole('textbox', { name: 'pagination.py, code editor' }).fill(FIX);
    await widget.getByRole('button', { name: 'Run tests' }).click();
    await widget.getByText('All tests passed').waitFor({ timeout: 60_000 });
    await shot(careers, '03-tests-passed');

    await widget.getByRole('button', { name: 'Submit', exact: true }).click();
    await widget.getByLabel('Name', { exact: true }).fill('Ann Applicant');
    await widget.getByLabel('Email', { exact: true }).fill('ann.applicant@example.com');
    await widget.getByRole('checkbox').check();
    await widget.getByRole('button', { name: 'Send solution' }).click();
    await widget.getByText('Thanks — Acme Robotics received your solution.').waitFor();
    await shot(careers, '04-submitted');
  }, 120_000);

  it('the recruiter sees the applicant under the career page, with a report', async () => {
    await portal.reload();
    const key = portal.getByTestId('embed-key').first();
    await key.getByRole('link', { name: "applicants' pipeline" }).click();
    const row = portal
      .getByTestId('pipeline')
      .getByRole('row', { name: /ann\.applicant@example\.com/ });
    // The workflow scores the submission in the background: reload until it shows.
    for (let i = 0; i < 30; i++) {
      await portal.getByTestId('pipeline').waitFor();
      if (await row.getByText('Submitted').isVisible()) break;
      await portal.waitForTimeout(1_000);
      await portal.reload();
    }
    await row.getByText('Submitted').waitFor();
    await row.getByRole('link', { name: 'Report of Ann Applicant' }).click();
    await portal.getByTestId('report-summary').waitFor();
    expect(Number(await portal.getByTestId('total-score').textContent())).toBeGreaterThan(0);
    await shot(portal, '05-applicant-report');
  }, 90_000);

  it('the same page on an origin the key does not list is refused, and the widget says so', async () => {
    refused = await startCareersSiteOn(undefined, snippet);
    const page = await browser.context.newPage();
    const answers: number[] = [];
    page.on('response', (r) => {
      if (r.url().includes('/widget/v1/')) answers.push(r.status());
    });
    await page.goto(`${refused.url}/careers`);
    await page
      .locator('fixpoint-challenge')
      .getByText('This site is not allowed to show this Fixpoint challenge.')
      .waitFor();
    expect(answers).toContain(403);
    await shot(page, '06-refused-origin');
  });
});

/** The careers site, on the given origin's port when there is one. */
async function startCareersSiteOn(origin: string | undefined, html: string) {
  const port = origin ? Number(new URL(origin).port) : undefined;
  return startCareersSite(html, platform.portalUrl, port);
}
