import { html, nothing } from 'lit';
import type { RunResult, TestStatus } from '../api/widget-api.types.js';

const TEST_LABEL: Record<TestStatus, [icon: string, word: string]> = {
  pass: ['✓', 'Passed'],
  fail: ['✗', 'Failed'],
  error: ['!', 'Error'],
  skip: ['–', 'Skipped'],
};

const RUN_LABEL: Record<RunResult['status'], string> = {
  pass: 'All tests passed',
  fail: 'Some tests failed',
  error: 'The tests could not run',
  timeout: 'The tests timed out',
};

/** The one-line summary announced by the live region after a run. */
export function runSummary(run: RunResult): string {
  const counts = `${run.passed} passed, ${run.failed} failed`;
  return `${RUN_LABEL[run.status]}: ${counts} (${(run.durationMs / 1000).toFixed(1)} s).`;
}

/** The results panel: always present, so its live region announces each new run. */
export function resultsView(run: RunResult | undefined, running: boolean) {
  const status = running
    ? 'Running tests…'
    : run
      ? runSummary(run)
      : 'No tests run yet. Press “Run tests” to run the visible tests.';
  return html`
    <section part="results" class="results" aria-labelledby="results-title">
      <h3 id="results-title">Test results</h3>
      <p role="status" aria-live="polite" class=${run && !running ? run.status : 'muted'}>
        ${status}
      </p>
      ${
        run && !running
          ? html`
              <ul aria-label="Tests">
                ${run.tests.map(({ name, status, message }) => {
                  const [icon, word] = TEST_LABEL[status] ?? TEST_LABEL.error;
                  return html`<li class=${status}>
                    <span aria-hidden="true">${icon}</span>
                    <span class="status-word">${word}</span>
                    <span>${name}</span>
                    ${message ? html`<pre>${message}</pre>` : nothing}
                  </li>`;
                })}
              </ul>
              ${
                run.stdout || run.stderr
                  ? html`<details class="output">
                      <summary>Output</summary>
                      ${run.stdout ? html`<pre>${run.stdout}</pre>` : nothing}
                      ${run.stderr ? html`<pre>${run.stderr}</pre>` : nothing}
                    </details>`
                  : nothing
              }
            `
          : nothing
      }
    </section>
  `;
}
