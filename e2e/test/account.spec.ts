// Account basics in Chromium (issue 14): sign up and open the link from the development
// inbox; forget the password and reset it (another browser's sign-in ends); change the display
// name and the e-mail address (the new one re-verified). Screenshots in e2e/screenshots/.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { accessibilityViolations } from '../support/axe';
import { launchBrowser } from '../support/browser';
import { openMailLink } from '../support/dev-inbox';
import { startPlatform, type Platform } from '../support/platform';

const SHOTS = resolve(__dirname, '..', 'screenshots');
const PASSWORD = 'a long enough password';
const NEW_PASSWORD = 'a brand new password';

let platform: Platform;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let other: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;
const email = `account-${Date.now()}@example.com`;
const movedTo = `moved-${Date.now()}@example.com`;

async function shot(name: string, target: Page = page) {
  await target.screenshot({ path: join(SHOTS, `account-${name}.png`) });
  expect({ page: name, violations: await accessibilityViolations(target) }).toEqual({
    page: name,
    violations: [],
  });
}

async function logIn(target: Page, address: string, password: string) {
  await target.goto(`${platform.webUrl}/login`);
  await target.getByLabel('Email').fill(address);
  await target.getByLabel('Password').fill(password);
  await target.getByRole('button', { name: 'Log in' }).click();
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  platform = await startPlatform();
  browser = await launchBrowser();
  other = await launchBrowser();
  page = await browser.context.newPage();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await other?.close();
  await platform?.stop();
});

describe('a learner account', () => {
  it('signs up, is told to check the mail, opens the link and lands signed in', async () => {
    await page.goto(`${platform.webUrl}/signup`);
    await page.getByLabel('Display name').fill('Ada Account');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page.getByRole('heading', { name: 'Check your e-mail' }).waitFor();
    await page.getByRole('link', { name: 'Open the development inbox' }).waitFor();
    await shot('01-check-your-email');
    await page.getByRole('link', { name: 'Open the development inbox' }).click();
    await page.locator('.dev-inbox__mail').first().waitFor();
    await shot('02-dev-inbox');
    await openMailLink(page, platform.webUrl, email, /^Confirm your e-mail/, /verify email/);
    await page.getByRole('button', { name: 'Log out' }).waitFor();
    await page.getByRole('heading', { name: 'Challenges', level: 1 }).waitFor();
    expect(await page.getByRole('link', { name: 'Ada Account' }).isVisible()).toBe(true);
  });

  it('forgets the password, resets it from the mail, and the other sign-in is gone', async () => {
    const elsewhere = await other.context.newPage();
    await logIn(elsewhere, email, PASSWORD);
    await elsewhere.getByRole('button', { name: 'Log out' }).waitFor();

    await page.getByRole('button', { name: 'Log out' }).click();
    await page.goto(`${platform.webUrl}/login`);
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByLabel('Email').fill(email);
    await page.getByRole('button', { name: 'Send me a link' }).click();
    await page.getByRole('heading', { name: 'Check your e-mail' }).waitFor();
    await shot('03-reset-requested');
    await openMailLink(
      page,
      platform.webUrl,
      email,
      'Reset your Fixpoint password',
      /reset password/,
    );
    await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('Repeat the new password').fill(NEW_PASSWORD);
    await shot('04-reset-password');
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await page.getByRole('heading', { name: 'Your account' }).waitFor();
    await page.getByText('Your new password is saved').waitFor();

    // The other browser's refresh token was revoked: a reload finds it signed out.
    await elsewhere.reload();
    await elsewhere.getByRole('link', { name: 'Log in' }).waitFor();
    await logIn(elsewhere, email, PASSWORD);
    await elsewhere.getByText('That email and password do not match.').waitFor();
  });

  it('changes the display name and, once the new address opens its link, the e-mail', async () => {
    await page.goto(`${platform.webUrl}/account`);
    const name = page.getByLabel('Display name');
    await name.fill('Ada Lovelace');
    await page.getByRole('button', { name: 'Save the name' }).click();
    await page.getByText('Your display name is saved.').waitFor();
    await page.getByRole('link', { name: 'Ada Lovelace' }).waitFor();

    await page.getByLabel('New e-mail address').fill(movedTo);
    await page.getByLabel('Current password (for the address change)').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Change the address' }).click();
    await page.getByText(`Check ${movedTo}`).waitFor();
    await shot('05-account');
    // Not changed until the new address proves itself.
    expect(await page.getByText(`Now: ${email}`).isVisible()).toBe(true);

    await openMailLink(page, platform.webUrl, movedTo, /^Confirm your new e-mail/, /verify email/);
    await page.getByRole('button', { name: 'Log out' }).waitFor();
    await page.goto(`${platform.webUrl}/account`);
    await page.getByText(`Now: ${movedTo}`).waitFor();
    await shot('06-account-moved');

    await page.getByRole('button', { name: 'Log out' }).click();
    await logIn(page, movedTo, NEW_PASSWORD);
    await page.getByRole('button', { name: 'Log out' }).waitFor();
  });
});
