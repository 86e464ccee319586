import type { Submission } from '../../api/types';

const percent = (factor: number) => `${Math.round(factor * 100)}%`;

/** The score, what made it, and what the challenge was meant to teach. */
export function SubmissionResult({
  submission,
  objectives,
}: {
  submission: Submission;
  objectives: string[];
}) {
  const { breakdown } = submission;
  if (submission.score === null || !breakdown) return <NotScored />;
  const allPassed = submission.hiddenPassed === submission.hiddenTotal;
  return (
    <div className="result">
      <p className="result__score">
        <span className="result__number">{submission.score}</span>
        <span className="result__out-of">/ 100</span>
      </p>
      <p className={`result__tests result__tests--${allPassed ? 'pass' : 'fail'}`}>
        {allPassed ? '✓ Fixed: ' : '✗ Not fixed yet: '}
        {submission.hiddenPassed} of {submission.hiddenTotal} hidden tests passed
      </p>
      <table className="result__breakdown">
        <caption className="visually-hidden">Score breakdown</caption>
        <tbody>
          <tr>
            <th scope="row">Correctness</th>
            <td>{percent(breakdown.correctness)}</td>
          </tr>
          <tr>
            <th scope="row">Time</th>
            <td>{percent(breakdown.timeFactor)}</td>
          </tr>
          <tr>
            <th scope="row">Hint penalty</th>
            <td>{breakdown.hintPenalty > 0 ? `−${percent(breakdown.hintPenalty)}` : 'none'}</td>
          </tr>
          <tr>
            <th scope="row">Efficiency</th>
            <td>{percent(breakdown.efficiency)}</td>
          </tr>
          <tr className="result__total">
            <th scope="row">Total</th>
            <td>{breakdown.total}/100</td>
          </tr>
        </tbody>
      </table>
      {objectives.length > 0 && (
        <section aria-labelledby="objectives-heading">
          <h3 id="objectives-heading">What this challenge taught</h3>
          <ul className="result__objectives">
            {objectives.map((objective) => (
              <li key={objective}>{objective}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

/**
 * A submission whose graded run did not come back clean: no score, no test details, one plain
 * message (what was found is for the people who review it, not a hint on how to hide it).
 */
function NotScored() {
  return (
    <div className="result" role="status">
      <p className="result__tests result__tests--fail">
        ⚠ Your submission could not be scored automatically; it does not count towards your
        progress. Fix the bug in the code itself, without changing how the tests run, and try the
        challenge again.
      </p>
    </div>
  );
}
