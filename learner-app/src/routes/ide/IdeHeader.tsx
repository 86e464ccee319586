import { DifficultyStars } from '../../components/DifficultyStars';
import { Icon } from '../../components/icons';
import { languageName } from '../../components/labels';
import { RUN_SHORTCUT } from './shortcut';
import type { SaveStatus } from './useAutosave';
import { formatClock, spokenDuration, useElapsedSeconds } from './useElapsed';

interface IdeHeaderProps {
  title: string;
  language: string;
  difficulty: number;
  startedAt: string;
  submittedAt: string | null;
  hintsUsed: number;
  hintCount: number;
  saveStatus: SaveStatus;
  submitted: boolean;
  score: number | null;
  busy: { running: boolean; hinting: boolean; submitting: boolean };
  onRun: () => void;
  onHint: () => void;
  onSubmit: () => void;
  onReset: () => void;
  onShowResult: () => void;
  onNewAttempt: () => void;
}

const SAVE_TEXT: Record<SaveStatus, string> = {
  saved: 'Saved',
  unsaved: 'Unsaved changes',
  saving: 'Saving…',
  error: 'Save failed, retrying',
};

export function IdeHeader(props: IdeHeaderProps) {
  const elapsed = useElapsedSeconds(props.startedAt, props.submittedAt);
  const noHintsLeft = props.hintsUsed >= props.hintCount;
  return (
    <header className="ide-header">
      <div className="ide-header__info">
        <h1 className="ide-header__title" title={props.title}>
          {props.title}
        </h1>
        <div className="ide-header__meta">
          <DifficultyStars level={props.difficulty} />
          <span>{languageName(props.language)}</span>
          <span
            className="ide-header__clock"
            role="timer"
            aria-label={`Time elapsed: ${spokenDuration(elapsed)}`}
          >
            <Icon name="clock" />
            <span aria-hidden="true">{formatClock(elapsed)}</span>
          </span>
          <span>
            Hints: {props.hintsUsed}/{props.hintCount}
          </span>
          {!props.submitted && (
            <span
              className={`save-status save-status--${props.saveStatus}`}
              role={props.saveStatus === 'error' ? 'alert' : undefined}
            >
              {props.saveStatus === 'saving' ? (
                <span className="spinner spinner--small" aria-hidden="true" />
              ) : (
                <Icon
                  name={
                    props.saveStatus === 'error'
                      ? 'warning'
                      : props.saveStatus === 'saved'
                        ? 'check'
                        : 'dot'
                  }
                />
              )}
              {SAVE_TEXT[props.saveStatus]}
            </span>
          )}
        </div>
      </div>
      <div className="ide-header__actions">
        {props.submitted ? (
          <>
            <button type="button" className="button" onClick={props.onShowResult}>
              Submitted · Score {props.score ?? '—'}/100
            </button>
            <button type="button" className="button button--primary" onClick={props.onNewAttempt}>
              Start a new attempt
            </button>
          </>
        ) : (
          <>
            <button type="button" className="button" onClick={props.onReset}>
              Reset
            </button>
            <button
              type="button"
              className="button"
              onClick={props.onHint}
              disabled={noHintsLeft || props.busy.hinting}
              title={
                noHintsLeft ? 'No hints left' : 'Reveal the next hint (lowers your score a little)'
              }
            >
              <Icon name="bulb" />
              {props.busy.hinting ? 'Revealing…' : noHintsLeft ? 'No hints left' : 'Hint'}
            </button>
            <button
              type="button"
              className="button button--primary"
              onClick={props.onRun}
              disabled={props.busy.running}
              aria-keyshortcuts="Control+Enter Meta+Enter"
              title={`Run the visible tests (${RUN_SHORTCUT})`}
            >
              {props.busy.running ? (
                <span className="spinner spinner--small" aria-hidden="true" />
              ) : (
                <Icon name="play" />
              )}
              {props.busy.running ? 'Running…' : 'Run tests'}
            </button>
            <button
              type="button"
              className="button button--success"
              onClick={props.onSubmit}
              disabled={props.busy.submitting}
            >
              {props.busy.submitting ? 'Submitting…' : 'Submit'}
            </button>
          </>
        )}
      </div>
    </header>
  );
}
