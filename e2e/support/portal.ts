import type { Page } from 'playwright-core';

/** Fills the portal's company sign-up form (the caller submits it). */
export async function fillCompanySignUp(page: Page, portalUrl: string, email: string) {
  await page.goto(`${portalUrl}/signup`);
  await page.getByLabel('Company name').fill('Acme Robotics');
  await page.getByLabel('Your name').fill('Olive Owner');
  await page.getByLabel('Work email').fill(email);
  await page.getByLabel(/^Password/).fill('a long enough password');
}
