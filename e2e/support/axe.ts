import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * WCAG 2 A/AA problems axe-core finds on the page as it is now (names of controls, labels,
 * contrast, ARIA use). Monaco's own DOM is left out: it is a third-party widget we configure
 * (aria label, read-only) but do not render.
 */
export async function accessibilityViolations(page: Page): Promise<Violation[]> {
  // Evaluated over the DevTools protocol rather than added as a <script>: pages with a strict
  // Content-Security-Policy (the portal's script-src 'self') would refuse an inline script.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (...args: unknown[]) => Promise<{ violations: never[] }> };
      }
    ).axe;
    const result = await axe.run(
      { exclude: [['.monaco-editor'], ['.monaco-diff-editor']] },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
    );
    return result.violations.map(
      (v: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
      }),
    );
  });
}
