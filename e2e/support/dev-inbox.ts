import type { Page } from 'playwright-core';

/**
 * Opens the newest link of a mail in the learner app's development inbox (the API keeps
 * account mail there under NODE_ENV=development), as a newcomer on `npm start` does. The
 * inbox page is read again until the mail has arrived (the outbox relay sends it).
 */
export async function openMailLink(
  page: Page,
  webUrl: string,
  email: string,
  subject: string | RegExp,
  linkName: string | RegExp,
) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    await page.goto(`${webUrl}/dev/inbox?email=${encodeURIComponent(email)}`);
    await page.getByRole('heading', { name: 'Development inbox' }).waitFor();
    const mail = page.locator('.dev-inbox__mail', {
      has: page.getByRole('heading', { name: subject }),
    });
    // The list or the "no mail yet" line: either means the inbox has answered.
    await page.locator('.dev-inbox__list, .dev-inbox p:has-text("No mail for")').first().waitFor();
    if ((await mail.count()) > 0) {
      await mail.first().getByRole('link', { name: linkName }).click();
      return;
    }
    if (Date.now() > deadline) throw new Error(`no mail "${String(subject)}" reached ${email}`);
    await page.waitForTimeout(300);
  }
}
