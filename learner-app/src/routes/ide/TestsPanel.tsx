import { describeError } from '../../api/errors';
import type { Run, TestResult } from '../../api/types';
import { Icon, type IconName } from '../../components/icons';
import { formatDuration, runVerdict, TEST_STATUS_WORD } from './run-verdict';
import { RUN_SHORTCUT } from './shortcut';

const STATUS_ICON: Record<TestResult['status'], IconName> = {
  PASS: 'check',
  FAIL: 'cross',
  ERROR: 'warning',
  SKIPPED: 'skip',
};

interface TestsPanelProps {
  run: Run | undefined;
  running: boolean;
  error: unknown;
}

export function TestsPanel({ run, running, error }: TestsPanelProps) {
  if (running) {
    return (
      <p className="panel-note panel-note--busy" role="status">
        <span className="spinner spinner--small" aria-hidden="true" /> Running the visible tests in
        the sandbox…
      </p>
    );
  }
  if (error) {
    return (
      <p className="alert" role="alert">
        The tests did not run. {describeError(error)}
      </p>
    );
  }
  if (!run) {
    return (
      <p className="panel-note">
        No run yet. Press <strong>Run tests</strong> (or <kbd>{RUN_SHORTCUT}</kbd>) to run the
        visible tests.
      </p>
    );
  }
  const verdict = runVerdict(run);
  return (
    <div className="tests">
      <p className={`verdict verdict--${verdict.tone}`} role="status" data-testid="run-verdict">
        <Icon
          name={
            verdict.tone === 'success' ? 'check' : verdict.tone === 'error' ? 'cross' : 'warning'
          }
        />
        <strong>{verdict.text}</strong>
        <span className="verdict__time">{formatDuration(run.durationMs)}</span>
      </p>
      {run.limitHit && <p className="verdict__detail">{run.limitHit.message}</p>}
      {run.tests.length === 0 ? (
        <p className="panel-note">No test results were reported: the Console tab has the output.</p>
      ) : (
        <ul className="test-list" aria-label="Test results">
          {run.tests.map((test, i) => (
            <li
              key={`${test.name}-${i}`}
              className={`test-result test-result--${test.status.toLowerCase()}`}
            >
              <div className="test-result__head">
                <Icon name={STATUS_ICON[test.status]} />
                <span className="test-result__status">{TEST_STATUS_WORD[test.status]}</span>
                <span className="test-result__name">{test.name}</span>
                <span className="test-result__time">{formatDuration(test.durationMs)}</span>
              </div>
              {test.message && <pre className="test-result__message">{test.message}</pre>}
              {test.output && (
                <details className="test-result__output">
                  <summary>Test output</summary>
                  <pre>{test.output}</pre>
                </details>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
