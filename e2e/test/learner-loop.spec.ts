// The whole learner loop in Chromium, as a new user, against the real platform (API, database,
// sandbox). Steps share one browser page and run in order; each saves a screenshot of what the
// learner sees to e2e/screenshots/.
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { accessibilityViolations } from '../support/axe';
import { launchBrowser } from '../support/browser';
import { openMailLink } from '../support/dev-inbox';
import { startPlatform, type Platform } from '../support/platform';

const SLUG = 'js-semver-compare-nan';
const TITLE = 'The update notifier only knows about major releases';
// The one line the reference solution changes (challenges/<slug>/solution/src/version.js).
const BUGGY_LINE = "const parts = core.split('.').map(parseInt);";
const FIXED_LINE = readFileSync(
  resolve(__dirname, '..', '..', 'challenges', SLUG, 'solution', 'src', 'version.js'),
  'utf8',
)
  .split('\n')
  .find((line) => line.includes("core.split('.')"))!
  .trim();
const SHOTS = resolve(__dirname, '..', 'screenshots');

let platform: Platform;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;
const email = `learner-${Date.now()}@example.com`;
// Every request the pages make: the app (Monaco included) must work with no internet.
const foreignRequests: string[] = [];
const scripts: string[] = [];

/** Saves a screenshot and checks the page as it is for WCAG A/AA problems. */
async function shot(name: string, target: Page = page) {
  await target.screenshot({ path: join(SHOTS, `${name}.png`) });
  expect({ page: name, violations: await accessibilityViolations(target) }).toEqual({
    page: name,
    violations: [],
  });
}

/** The text of the first element matching a CSS selector, once visible. */
async function textOf(selector: string): Promise<string> {
  const element = page.locator(selector).first();
  await element.waitFor();
  return (await element.textContent()) ?? '';
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  platform = await startPlatform();
  browser = await launchBrowser();
  page = await browser.context.newPage();
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(platform.webUrl) && !/^(data|blob):/.test(url)) foreignRequests.push(url);
    if (request.resourceType() === 'script') scripts.push(url);
  });
  page.setDefaultTimeout(30_000);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

describe('a new learner', () => {
  it('signs up, opens the link from the development inbox and lands on the catalog, signed in', async () => {
    await page.goto(`${platform.webUrl}/signup`);
    await page.getByLabel('Display name').fill('Grace Learner');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('a long enough password');
    await shot('01-sign-up');
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page.getByRole('heading', { name: 'Check your e-mail' }).waitFor();
    await page.getByRole('link', { name: 'Open the development inbox' }).click();
    await openMailLink(page, platform.webUrl, email, /^Confirm your e-mail/, /verify email/);
    await page.getByRole('button', { name: 'Log out' }).waitFor();
    expect(await page.getByText('Grace Learner').textContent()).toBe('Grace Learner');
    await page.getByRole('heading', { name: 'Challenges', level: 1 }).waitFor();
    await page.locator('.challenge-card').first().waitFor();
    await shot('02-catalog');
    // At desktop width the filters sit beside the cards: no fold toggle, cards on the first screen.
    expect(await page.getByRole('button', { name: 'Show filters' }).isVisible()).toBe(false);
    const card = await page.locator('.challenge-card').first().boundingBox();
    expect(card && card.y + card.height).toBeLessThan(800);
  });

  it('sees an empty progress page before solving anything', async () => {
    await page.getByRole('link', { name: 'Progress' }).click();
    await page.getByRole('heading', { name: 'Your progress' }).waitFor();
    await page.getByText('Challenges solved').waitFor();
    expect(
      await page.locator('.stat', { hasText: 'Challenges solved' }).locator('dd').textContent(),
    ).toBe('0');
    await shot('03-progress-before');
  });

  it('keeps the session across a reload', async () => {
    await page.reload();
    await page.getByRole('heading', { name: 'Your progress' }).waitFor();
    await page.getByRole('button', { name: 'Log out' }).waitFor();
  });

  it('filters the catalog down to the challenge', async () => {
    await page.getByRole('link', { name: 'Challenges' }).click();
    await page.getByRole('checkbox', { name: 'JavaScript' }).check();
    await page.getByRole('checkbox', { name: '1 of 5: Beginner' }).check();
    await page.getByRole('searchbox', { name: 'Search' }).fill('notifier');
    await page.waitForFunction(() => window.location.search.includes('q=notifier'));
    const status = page.locator('.catalog__count');
    await page.waitForFunction(
      () =>
        !document.querySelector('.catalog__grid--stale') &&
        /challenges?$/.test(document.querySelector('.catalog__count')?.textContent ?? ''),
    );
    expect(await status.textContent()).toBe('1 challenge');
    expect(await page.locator('.challenge-card').count()).toBe(1);
    await shot('04-catalog-filtered');
  });

  it('has not loaded Monaco (or any IDE code) while browsing the catalog', () => {
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((url) => /monaco|editor\.worker|CodeEditor|IdePage/.test(url))).toEqual(
      [],
    );
  });

  it('shows the catalog at tablet width', async () => {
    await page.setViewportSize({ width: 820, height: 1180 });
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await page.waitForFunction(() => document.querySelectorAll('.challenge-card').length > 1);
    await shot('05-catalog-tablet');
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('opens the challenge from the keyboard, in the IDE with Monaco', async () => {
    await page.goto(`${platform.webUrl}/?language=javascript&difficulty=1`);
    await page.getByRole('link', { name: TITLE }).waitFor();
    // With the keyboard alone: Tab from the top of the page to the card, Enter to open it.
    for (let presses = 0; presses < 60; presses++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
      if (focused === TITLE) break;
    }
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    await page.locator('.monaco-editor .view-lines').waitFor();
    expect(await textOf('.ide-header__meta')).toContain('Hints: 0/4');
    const files = page.getByRole('navigation', { name: 'Files' });
    expect(
      await files.getByRole('button', { name: /^notifier\.test\.js\s*, read-only$/ }).count(),
    ).toBe(1);
    await shot('06-ide');
  });

  it('runs the tests and sees them fail', async () => {
    await page.getByRole('button', { name: 'Run tests' }).click();
    const verdict = page.locator('.verdict');
    await verdict.waitFor({ timeout: 60_000 });
    expect(await verdict.textContent()).toMatch(/Tests failed/);
    expect(await page.locator('.test-result--fail').count()).toBeGreaterThan(0);
    expect(
      await page.locator('.test-result__status', { hasText: 'Failed' }).count(),
    ).toBeGreaterThan(0);
    await shot('07-tests-failing');
  });

  it('edits the fix in Monaco and it autosaves', async () => {
    await page
      .getByRole('navigation', { name: 'Files' })
      .getByRole('button', { name: 'version.js' })
      .click();
    await page.locator('.editor-tab--active', { hasText: 'version.js' }).waitFor();
    const lines = page.locator('.monaco-editor .view-lines');
    // Monaco renders spaces as no-break spaces.
    await page.waitForFunction(
      (buggy) =>
        document
          .querySelector('.monaco-editor .view-lines')
          ?.textContent?.replace(/\u00a0/g, ' ')
          .includes(buggy),
      BUGGY_LINE,
    );
    // As a person would: go to the line, select it (Shift+Home stops at the indentation), retype it.
    await lines.click();
    await page.keyboard.press('Control+Home');
    const lineNumber = (await lines.locator('.view-line').allTextContents()).findIndex((l) =>
      l.includes('map(parseInt)'),
    );
    for (let i = 0; i < lineNumber; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    await page.keyboard.press('Shift+Home');
    await page.keyboard.insertText(FIXED_LINE);
    await page.locator('.save-status--unsaved').waitFor();
    await page.locator('.save-status--saved').waitFor({ timeout: 15_000 });
    // Saved: no unsaved dot on the tab; modified against the starter: "M" in the file tree.
    expect(await page.locator('.editor-tab--active .editor-tab__unsaved').count()).toBe(0);
    expect(await page.locator('.file-tree__file--active .file-tree__modified').count()).toBe(1);
    await shot('08-edited-saved');
  });

  it('sees the change against the starter in the diff view', async () => {
    await page.getByRole('button', { name: 'Diff vs starter' }).click();
    await page.locator('.monaco-diff-editor').waitFor();
    await page.waitForTimeout(500); // the diff is computed in the editor worker
    await shot('09-diff');
    await page.getByRole('button', { name: 'Back to editor' }).click();
    await page.locator('.monaco-editor .view-lines').waitFor();
  });

  it('runs the tests with Ctrl+Enter and sees them pass', async () => {
    await page.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('Control+Enter');
    await page.locator('.verdict--success').waitFor({ timeout: 60_000 });
    expect(await page.locator('.verdict').textContent()).toMatch(/All tests passed/);
    expect(await page.locator('.test-result--fail').count()).toBe(0);
    await shot('10-tests-passing');
    await page.getByRole('tab', { name: /Console/ }).click();
    await page.locator('.console__stream').first().waitFor();
    await shot('11-console');
  });

  it('takes a hint', async () => {
    await page.getByRole('button', { name: 'Hint', exact: true }).click();
    await page.locator('.guide__hint').first().waitFor();
    expect(await textOf('.ide-header__meta')).toContain('Hints: 1/4');
    await shot('12-hint');
  });

  it('shows the IDE at tablet width', async () => {
    await page.setViewportSize({ width: 820, height: 1180 });
    await page.waitForTimeout(300);
    await shot('13-ide-tablet');
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('submits after confirming and sees the score and what it taught', async () => {
    await page.getByRole('button', { name: 'Submit', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: 'Submit your fix?' });
    await confirm.waitFor();
    await shot('14-submit-confirm');
    await confirm.getByRole('button', { name: 'Submit' }).click();
    const result = page.getByRole('dialog', { name: 'Your result' });
    await result.waitFor({ timeout: 90_000 });
    const score = Number(await result.locator('.result__number').textContent());
    expect(score).toBeGreaterThan(0);
    expect(await result.textContent()).toContain('hidden tests passed');
    expect(await result.textContent()).toContain('Array.prototype.map');
    await shot('15-result');
  });

  it('sees the progress change', async () => {
    await page
      .getByRole('dialog', { name: 'Your result' })
      .getByRole('link', { name: 'See your progress' })
      .click();
    await page.getByRole('heading', { name: 'Your progress' }).waitFor();
    await page.locator('.history').waitFor();
    expect(
      await page.locator('.stat', { hasText: 'Challenges solved' }).locator('dd').textContent(),
    ).toBe('1');
    expect(await page.getByRole('meter', { name: 'JavaScript mastery' }).count()).toBe(1);
    expect(await page.locator('.history tbody tr').first().textContent()).toContain(TITLE);
    expect(await page.locator('.history__score').nth(1).textContent()).toMatch(/\d+\/100/);
    await shot('16-progress-after');
  });

  it('never fetched anything from another origin (no CDN, no fonts)', () => {
    expect(foreignRequests).toEqual([]);
  });

  it('logs out', async () => {
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByRole('link', { name: 'Log in' }).waitFor();
    const stored = await page.evaluate(() => localStorage.getItem('fixpoint.refresh'));
    expect(stored).toBeNull();
  });
});
