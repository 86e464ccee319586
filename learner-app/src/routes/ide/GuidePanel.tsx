import { describeError } from '../../api/errors';
import type { Hint } from '../../api/types';
import { Icon } from '../../components/icons';

interface GuidePanelProps {
  hints: Hint[];
  hintCount: number;
  revealing: boolean;
  error: unknown;
  disabled: boolean;
  onReveal: () => void;
  /** False in an assessment that turned hints off: the panel says so and offers none. */
  allowed?: boolean;
}

export function GuidePanel({
  hints,
  hintCount,
  revealing,
  error,
  disabled,
  onReveal,
  allowed = true,
}: GuidePanelProps) {
  const left = hintCount - hints.length;
  if (!allowed) {
    return (
      <div className="guide">
        <p className="panel-note">Hints are turned off for this assessment.</p>
      </div>
    );
  }
  return (
    <div className="guide">
      <p className="panel-note">
        Hints go from the idea behind the bug to where it is; none gives the fix away. Each one you
        reveal lowers your score a little. Hints used: {hints.length}/{hintCount}.
      </p>
      {hints.length > 0 && (
        <ol className="guide__hints" aria-label="Revealed hints">
          {[...hints]
            .sort((a, b) => a.level - b.level)
            .map((hint) => (
              <li key={hint.level} className="guide__hint">
                <Icon name="bulb" />
                <div>
                  <strong>Hint {hint.level}</strong>
                  <p>{hint.text}</p>
                </div>
              </li>
            ))}
        </ol>
      )}
      {error ? (
        <p className="alert" role="alert">
          {describeError(error)}
        </p>
      ) : null}
      {left > 0 && (
        <button
          type="button"
          className="button"
          onClick={onReveal}
          disabled={revealing || disabled}
        >
          <Icon name="bulb" />
          {revealing ? 'Revealing…' : `Reveal hint ${hints.length + 1} of ${hintCount}`}
        </button>
      )}
    </div>
  );
}
