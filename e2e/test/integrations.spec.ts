// Integrations in Chromium, against the real platform: an owner creates the Greenhouse key on
// the Integrations page and reads the URLs to register; the test then plays Greenhouse through
// those URLs (list_tests, send_test, and the PATCH callback it hosts), the candidate solves
// through the API, and the page shows the finished sync. Screenshot: integrations-greenhouse.png.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { startPlatform, type Platform } from '../support/platform';
import { signUpCompany } from '../support/portal';

const SHOTS = resolve(__dirname, '..', 'screenshots');
const SLUG = 'js-semver-compare-nan';
const FILE = 'src/version.js';
const fixed = readFileSync(
  resolve(__dirname, '..', '..', 'challenges', SLUG, 'solution', FILE),
  'utf8',
);
const stamp = Date.now();
const ownerEmail = `gh-owner-${stamp}@example.com`;
const candidateEmail = `gh-cand-${stamp}@example.com`;

let platform: Platform;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;
let greenhouse: Server;
const patches: string[] = [];

let tenantId = '';

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

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  platform = await startPlatform({ hiring: true });
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
  await browser?.close();
  await platform?.stop();
});

test('an owner sets up Greenhouse on the Integrations page and sees a finished sync', async () => {
  await signUpCompany(page, platform, ownerEmail);
  const { logIn } = await gql<{ logIn: { accessToken: string } }>(
    `mutation($i: LogInInput!) { logIn(input: $i) { accessToken } }`,
    { i: { email: ownerEmail, password: 'a long enough password' } },
  );
  const staff = logIn.accessToken;
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

  // The candidate, through the API: the link from their mail, begin, fix, submit.
  let link = '';
  for (let i = 0; i < 100 && !link; i++) {
    const { mailbox } = await gql<{ mailbox: { to: string; links: string[] }[] }>(
      '{ mailbox { to links } }',
      {},
      staff,
    );
    link = mailbox.find((m) => m.to === candidateEmail)?.links[0] ?? '';
    if (!link) await new Promise((r) => setTimeout(r, 200));
  }
  const { openCandidateSession } = await gql<{ openCandidateSession: { token: string } }>(
    `mutation($t: String!) { openCandidateSession(token: $t) { token } }`,
    { t: new URL(link).pathname.split('/').pop() },
  );
  const token = openCandidateSession.token;
  const begun = await gql<{ beginAssessment: { challenges: { attemptId: string }[] } }>(
    'mutation { beginAssessment(consent: true) { challenges { attemptId } } }',
    {},
    token,
  );
  await gql(
    `mutation($id: ID!, $f: [FileInput!]!) { saveFiles(attemptId: $id, files: $f) { id } }`,
    { id: begun.beginAssessment.challenges[0].attemptId, f: [{ path: FILE, content: fixed }] },
    token,
  );
  await gql('mutation { submitAssessment { phase } }', {}, token);

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
