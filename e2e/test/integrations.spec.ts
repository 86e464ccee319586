// Integrations in Chromium, against the real platform: an owner creates the Greenhouse key on
// the Integrations page and reads the URLs to register; the test then plays Greenhouse through
// those URLs (list_tests, send_test, and the PATCH callback it hosts), the candidate opens the
// link from the portal's mailbox and solves in the browser IDE, and the page shows the finished
// sync. Screenshot: integrations-greenhouse.png.
// Then Lever (API key, a stage mapped to the assessment) and Workday (integration system user,
// statuses, a test mapping) are connected on the same page; a local Lever and a local Workday
// (the API tests' servers) send a stage change and an order through the URLs the page shows,
// the candidates open their links from the portal's mailbox and solve in the browser IDE, and
// the page shows a delivered sync for each. Screenshot: integrations-lever-workday.png.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { startPlatform, type Platform } from '../support/platform';
import { solveInBrowser } from '../support/candidate';
import { linkFromMailbox, signUpCompany } from '../support/portal';
import { LeverServer } from '../../platform-api/test/integrations/lever-server';
import { WorkdayServer } from '../../platform-api/test/integrations/workday-server';

const SHOTS = resolve(__dirname, '..', 'screenshots');
const SLUG = 'js-semver-compare-nan';
const FILE = 'src/version.js';
const fixed = readFileSync(
  resolve(__dirname, '..', '..', 'challenges', SLUG, 'solution', FILE),
  'utf8',
);
// The one-line fix, for the candidates who solve in the browser.
const FIX = {
  file: 'version.js',
  find: 'map(parseInt)',
  line: fixed
    .split('\n')
    .find((line) => line.includes("core.split('.')"))!
    .trim(),
};
const stamp = Date.now();
const ownerEmail = `gh-owner-${stamp}@example.com`;
const candidateEmail = `gh-cand-${stamp}@example.com`;

let platform: Platform;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;
let greenhouse: Server;
const patches: string[] = [];

let tenantId = '';
let staff = '';
let assessmentId = '';
let lever: LeverServer;
let workday: WorkdayServer;

async function gql<T>(query: string, variables: object, token?: string): Promise<T> {
  const res = await fetch(`${platform.apiUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(tenantId ? { 'x-tenant-id': tenantId } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** Reloads an ATS card's syncs until the candidate's row is delivered. */
async function waitForDelivered(ats: string, name: string, email: string) {
  const row = page.getByTestId(`${ats}-sync`).filter({ hasText: email });
  for (
    let i = 0;
    i < 120 && (await row.getAttribute('data-state').catch(() => null)) !== 'delivered';
    i++
  ) {
    await page.waitForTimeout(500);
    await page.getByRole('button', { name: `Reload ${name} syncs` }).click();
  }
  expect(await row.getAttribute('data-state')).toBe('delivered');
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  lever = await LeverServer.start();
  workday = await WorkdayServer.start('isu_fixpoint@acme', 'isu password');
  platform = await startPlatform({
    hiring: true,
    apiEnv: { LEVER_API_BASE: lever.apiBase, WEBHOOK_ALLOW_PRIVATE_HOSTS: 'loopback' },
  });
  browser = await launchBrowser();
  page = await browser.context.newPage();
  page.setDefaultTimeout(30_000);
  // Greenhouse's side of the callback: it records each PATCH and answers 200.
  greenhouse = createServer((req, res) => {
    if (req.method === 'PATCH') patches.push(req.url ?? '');
    res.writeHead(req.method === 'PATCH' ? 200 : 404).end();
  });
  await new Promise<void>((r) => greenhouse.listen(0, '127.0.0.1', r));
}, 300_000);

afterAll(async () => {
  await new Promise((r) => greenhouse?.close(r));
  await lever?.stop();
  await workday?.stop();
  await browser?.close();
  await platform?.stop();
});

test('an owner sets up Greenhouse on the Integrations page and sees a finished sync', async () => {
  await signUpCompany(page, platform, ownerEmail);
  const { logIn } = await gql<{ logIn: { accessToken: string } }>(
    `mutation($i: LogInInput!) { logIn(input: $i) { accessToken } }`,
    { i: { email: ownerEmail, password: 'a long enough password' } },
  );
  staff = logIn.accessToken;
  const { myTenants } = await gql<{ myTenants: { tenant: { id: string } }[] }>(
    '{ myTenants { tenant { id } } }',
    {},
    staff,
  );
  tenantId = myTenants[0].tenant.id;
  const { createAssessment } = await gql<{ createAssessment: { id: string } }>(
    `mutation($input: AssessmentInput!) { createAssessment(input: $input) { id } }`,
    {
      input: {
        title: 'Greenhouse backend',
        instructions: 'Fix the bug.',
        timeLimitMinutes: 30,
        hintsAllowed: false,
        hintPenalty: 10,
        challengeSlugs: [SLUG],
      },
    },
    staff,
  );
  assessmentId = createAssessment.id;
  await gql(
    `mutation($id: ID!) { publishAssessment(id: $id) { id } }`,
    { id: createAssessment.id },
    staff,
  );

  await page.getByRole('link', { name: 'Integrations' }).click();
  await page.getByRole('heading', { name: 'Greenhouse', exact: true }).waitFor();
  await page.getByRole('button', { name: 'Create a Greenhouse key' }).click();
  const key = (await page.getByTestId('greenhouse-key').locator('code').textContent())!.trim();
  const urls = page.getByTestId('greenhouse-urls');
  const sendTestUrl = (await urls.locator('dd').nth(1).textContent())!.trim();
  expect(sendTestUrl).toBe(`${platform.portalUrl}/ats/greenhouse/v1/send_test`);

  // Greenhouse, through the URLs the page showed (the portal's server routes /ats/ to the API).
  const basic = `Basic ${Buffer.from(`${key}:`).toString('base64')}`;
  const listed = await fetch(sendTestUrl.replace('send_test', 'list_tests'), {
    headers: { authorization: basic },
  });
  expect(await listed.json()).toEqual([
    { partner_test_id: createAssessment.id, partner_test_name: 'Greenhouse backend' },
  ]);
  const { port } = greenhouse.address() as AddressInfo;
  const sent = await fetch(sendTestUrl, {
    method: 'POST',
    headers: { authorization: basic, 'content-type': 'application/json' },
    body: JSON.stringify({
      partner_test_id: createAssessment.id,
      candidate: {
        first_name: 'Ginny',
        last_name: 'Weasley',
        email: candidateEmail,
        greenhouse_profile_url: null,
      },
      url: `http://127.0.0.1:${port}/integrations/testing_partners/take_home_tests/7`,
    }),
  });
  expect(sent.status).toBe(200);

  const link = await linkFromMailbox(page, candidateEmail);
  await (await solveInBrowser(browser.context, link, FIX)).close();
  await page.getByRole('link', { name: 'Integrations' }).click();

  const row = page.getByTestId('greenhouse-sync').filter({ hasText: candidateEmail });
  for (
    let i = 0;
    i < 120 && (await row.getAttribute('data-state').catch(() => null)) !== 'delivered';
    i++
  ) {
    await page.waitForTimeout(500);
    await page.getByRole('button', { name: 'Refresh' }).click();
  }
  expect(await row.getAttribute('data-state')).toBe('delivered');
  expect(patches).toEqual(['/integrations/testing_partners/take_home_tests/7']);
  expect(await page.getByTestId('greenhouse-call').count()).toBeGreaterThanOrEqual(2);
  await page.screenshot({ path: join(SHOTS, 'integrations-greenhouse.png'), fullPage: true });
}, 300_000);

test('the owner connects Lever and Workday on the page and sees a sync for each', async () => {
  expect(staff).not.toBe('');
  // Lever, self-serve with the customer's API key and the webhook's signature token.
  const leverCard = page.getByTestId('lever');
  await leverCard.getByLabel('Lever API key').fill(lever.apiKey);
  await leverCard.getByLabel('Webhook signature token').fill(lever.signatureToken);
  await leverCard.getByRole('button', { name: 'Connect with an API key' }).click();
  await page.getByTestId('lever-connected').waitFor();
  await leverCard.getByRole('button', { name: 'Test the connection' }).click();
  expect(await page.getByTestId('lever-test').textContent()).toContain('Lever answered.');
  await leverCard.getByLabel('Lever stage id').fill('stage-assess');
  await leverCard.getByLabel('Assessment id').fill(assessmentId);
  await leverCard.getByLabel('Tag label').fill('backend');
  await leverCard.getByLabel('Pass threshold (0-100)').fill('50');
  await leverCard.getByRole('button', { name: 'Map the stage' }).click();
  await page.getByTestId('lever-mapping').waitFor();
  const webhookUrl = (await page.getByTestId('lever-webhook-url').textContent())!.trim();
  expect(webhookUrl).toBe(`${platform.portalUrl}/ats/lever/v1/webhooks/${tenantId}`);

  // Workday: the integration system user; the order secret is shown once.
  const workdayCard = page.getByTestId('workday');
  await workdayCard.getByLabel('Recruiting endpoint').fill(workday.endpoint);
  await workdayCard.getByLabel('Integration system user (user@tenant)').fill(workday.username);
  await workdayCard.getByLabel('Password').fill(workday.password);
  await workdayCard.getByRole('button', { name: 'Connect Workday' }).click();
  const secret = (await page.getByTestId('workday-secret').locator('code').textContent())!.trim();
  await page.getByTestId('workday-connected').waitFor();
  await workdayCard.getByLabel('Invited').fill('ACME_INVITED');
  await workdayCard.getByLabel('In progress').fill('ACME_IN_PROGRESS');
  await workdayCard.getByLabel('Completed').fill('ACME_COMPLETED');
  await workdayCard.getByRole('button', { name: 'Save the statuses' }).click();
  await workdayCard.getByLabel('Workday test id').fill('RECRUITING_ASSESSMENT_TEST-6-111');
  await workdayCard.getByLabel('Assessment id').fill(assessmentId);
  await workdayCard.getByRole('button', { name: 'Map the test' }).click();
  await workdayCard.getByRole('button', { name: 'Test the connection' }).click();
  expect(await page.getByTestId('workday-test').textContent()).toContain('Workday answered.');
  const orderUrl = (await page.getByTestId('workday-order-url').textContent())!.trim();

  // Lever moves a candidate into the mapped stage; Workday orders an assessment.
  const leverEmail = `lv-cand-${stamp}@example.com`;
  lever.opportunities.set('opp-e2e', {
    id: 'opp-e2e',
    name: 'Luna Lovegood',
    emails: [leverEmail],
    stage: 'stage-assess',
  });
  const delivered = await fetch(webhookUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(lever.delivery('opp-e2e', 'stage-assess')),
  });
  expect(delivered.status).toBe(200);
  const workdayEmail = `wd-cand-${stamp}@example.com`;
  workday.orders.set('RECRUITING_ASSESSMENT-e2e', {
    jobApplicationId: 'JA-e2e',
    testId: 'RECRUITING_ASSESSMENT_TEST-6-111',
  });
  const ordered = await fetch(orderUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
    body: JSON.stringify({
      Candidate_First_Name: 'Neville',
      Candidate_Last_Name: 'Longbottom',
      Candidate_Email: workdayEmail,
      Candidate_ID: 'C00042',
      Assessment_Status: 'Initiated',
      Assessment_ID: 'RECRUITING_ASSESSMENT-e2e',
    }),
  });
  expect(ordered.status).toBe(201);

  // Each candidate opens the link from the mail and solves in Chromium.
  for (const email of [leverEmail, workdayEmail]) {
    const link = await linkFromMailbox(page, email);
    expect(link).toContain(`${platform.webUrl}/candidate/`);
    await (await solveInBrowser(browser.context, link, FIX)).close();
  }
  await page.getByRole('link', { name: 'Integrations' }).click();
  await waitForDelivered('lever', 'Lever', leverEmail);
  await waitForDelivered('workday', 'Workday', workdayEmail);
  const leverWrites = lever.requests.filter(
    (r) => r.method === 'POST' && r.path.startsWith('/v1/opportunities/opp-e2e/'),
  );
  expect(leverWrites).toHaveLength(2); // the tag, then the note
  // The browser-solved fix passes: the tag says so, and the note carries the score.
  expect(leverWrites[0].body).toEqual({ tags: ['fixpoint: backend - pass'] });
  expect((leverWrites[1].body as { value: string }).value).toMatch(/Score: \d+ \/ 100/);
  // Invited first, completed last; between them at most the "in progress" a begun candidate
  // is reported with.
  const statuses = workday.assessCalls().map((c) => c.status);
  expect(statuses[0]).toBe('ACME_INVITED');
  expect(statuses.at(-1)).toBe('ACME_COMPLETED');
  expect(statuses.slice(1, -1).every((s) => s === 'ACME_IN_PROGRESS')).toBe(true);
  expect(statuses.length).toBeLessThanOrEqual(3);
  await page.screenshot({ path: join(SHOTS, 'integrations-lever-workday.png'), fullPage: true });
}, 300_000);
