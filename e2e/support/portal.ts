import type { Page } from 'playwright-core';
import { openMailLink } from './dev-inbox';

/** Fills the portal's company sign-up form (the caller submits it). */
export async function fillCompanySignUp(page: Page, portalUrl: string, email: string) {
  await page.goto(`${portalUrl}/signup`);
  await page.getByLabel('Company name').fill('Acme Robotics');
  await page.getByLabel('Your name').fill('Olive Owner');
  await page.getByLabel('Work email').fill(email);
  await page.getByLabel(/^Password/).fill('a long enough password');
}

/**
 * Company sign-up to the end, as a new owner does it: the form, "check your e-mail", the
 * verification link from the development inbox (shown by the learner app), which signs the
 * owner in to the portal's assessments.
 */
export async function signUpCompany(
  page: Page,
  urls: { portalUrl: string; webUrl: string },
  email: string,
  beforeSubmit?: () => Promise<void>,
) {
  await fillCompanySignUp(page, urls.portalUrl, email);
  await beforeSubmit?.();
  await page.getByRole('button', { name: 'Create company account' }).click();
  await page.getByRole('heading', { name: 'Check your e-mail' }).waitFor();
  await openMailLink(page, urls.webUrl, email, /^Confirm your e-mail/, /verify email/);
  await page.getByRole('heading', { name: 'Assessments', level: 1 }).waitFor();
}

/** The link in the newest mail to `to`, from the portal's Mailbox page (polled until it lands). */
export async function linkFromMailbox(portal: Page, to: string): Promise<string> {
  await portal.getByRole('link', { name: 'Mailbox' }).click();
  await portal.getByRole('heading', { name: 'Mailbox', level: 1 }).waitFor();
  const mail = portal
    .getByTestId('mail')
    .filter({ has: portal.getByTestId('mail-to').getByText(to, { exact: true }) });
  for (let i = 0; i < 50 && (await mail.count()) === 0; i++) {
    await portal.waitForTimeout(200);
    await portal.getByRole('button', { name: 'Refresh' }).click();
  }
  return (await mail.first().getByTestId('mail-link').getAttribute('href'))!;
}
