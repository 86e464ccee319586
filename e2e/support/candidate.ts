import type { BrowserContext, Page } from 'playwright-core';

/** One line of a challenge file to fix in the editor: the line containing `find` becomes `line`. */
export interface LineFix {
  /** The file's name as the IDE's file list shows it, e.g. `version.js`. */
  file: string;
  find: string;
  line: string;
}

/**
 * A candidate solves a one-challenge assessment in the browser, as the hiring spec's candidate
 * does: opens the invitation `link` in a new tab, consents, begins, replaces one line in Monaco
 * (typed with the keyboard, as a person would), runs the visible tests until they all pass,
 * submits and waits for the thank-you page. The line is inserted as text so the editor's
 * auto-indent and bracket completion cannot change it.
 */
export async function solveInBrowser(
  context: BrowserContext,
  link: string,
  fix: LineFix,
): Promise<Page> {
  const candidate = await context.newPage();
  candidate.setDefaultTimeout(30_000);
  await candidate.goto(link);
  await candidate.getByTestId('candidate-landing').waitFor();
  await candidate.getByTestId('candidate-consent').check();
  await candidate.getByTestId('candidate-begin').click();
  await candidate.getByTestId('candidate-session').waitFor();
  await candidate.getByTestId('candidate-challenge-tab-1').click();
  const panel = candidate.getByRole('tabpanel');
  await panel
    .getByRole('navigation', { name: 'Files' })
    .getByRole('button', { name: fix.file })
    .click();
  await candidate.waitForFunction(
    (find) =>
      document
        .querySelector('[role=tabpanel] .monaco-editor .view-lines')
        ?.textContent?.replace(/\u00a0/g, ' ')
        .includes(find),
    fix.find,
  );
  const lines = panel.locator('.monaco-editor .view-lines');
  await lines.click();
  await candidate.keyboard.press('Control+Home');
  const index = (await lines.locator('.view-line').allTextContents()).findIndex((l) =>
    l.replace(/\u00a0/g, ' ').includes(fix.find),
  );
  if (index < 0) throw new Error(`no line with ${fix.find} in ${fix.file}`);
  for (let i = 0; i < index; i++) await candidate.keyboard.press('ArrowDown');
  await candidate.keyboard.press('End');
  await candidate.keyboard.press('Shift+Home');
  await candidate.keyboard.insertText(fix.line);
  await panel.getByRole('button', { name: 'Run tests' }).click();
  await candidate.waitForFunction(
    () =>
      /All tests passed/.test(
        document.querySelector('[data-testid=run-verdict]')?.textContent ?? '',
      ),
    undefined,
    { timeout: 60_000 },
  );
  await candidate.getByTestId('candidate-submit').click();
  await candidate.getByTestId('candidate-submit-confirm').click();
  await candidate.getByTestId('candidate-done').waitFor({ timeout: 120_000 });
  return candidate;
}
