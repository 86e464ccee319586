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
  /**
   * Candidate mode: the assessment's header carries the time left and its single Submit, so
   * this header has neither a clock nor a Submit; the hint button only when hints are allowed;
   * everything disabled once `locked` (time is up).
   */
  assessment?: { hintsAllowed: boolean; locked: boolean };
}

const SAVE_TEXT: Record<SaveStatus, string> = {
  saved: 'Saved',
  unsaved: 'Unsaved changes',
  saving: 'Saving…',
  error: 'Save failed, retrying',
};

function ElapsedClock({ since, until }: { since: string; until: string | null }) {
  const elapsed = useElapsedSeconds(since, until);
  return (
    <span
      className="ide-header__clock"
      role="timer"
      aria-label={`Time elapsed: ${spokenDuration(elapsed)}`}
    >
      <Icon name="clock" />
      <span aria-hidden="true">{formatClock(elapsed)}</span>
    </span>
  );
}

export function IdeHeader(props: IdeHeaderProps) {
  const { assessment } = props;
  const noHintsLeft = props.hintsUsed >= props.hintCount;
  const hintsOff = assessment ? !assessment.hintsAllowed : false;
  const locked = assessment?.locked ?? false;
  // In candidate mode the page's h1 is the assessment; each challenge is a section under it.
  const Title = assessment ? 'h2' : 'h1';
  return (
    <header className="ide-header">
      <div className="ide-header__info">
        <Title className="ide-header__title" title={props.title}>
          {props.title}
        </Title>
        <div className="ide-header__meta">
          <DifficultyStars level={props.difficulty} />
          <span>{languageName(props.language)}</span>
          {!assessment && <ElapsedClock since={props.startedAt} until={props.submittedAt} />}
          <span>{hintsOff ? 'Hints: off' : `Hints: ${props.hintsUsed}/${props.hintCount}`}</span>
          {!props.submitted && !locked && (
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
        {props.submitted && assessment ? null : props.submitted ? (
          <>
            <button type="button" className="button" onClick={props.onShowResult}>
              {props.score === null
                ? 'Submitted · Not scored'
                : `Submitted · Score ${props.score}/100`}
            </button>
            <button type="button" className="button button--primary" onClick={props.onNewAttempt}>
              Start a new attempt
            </button>
          </>
        ) : (
          <>
            <button type="button" className="button" onClick={props.onReset} disabled={locked}>
              Reset
            </button>
            {!hintsOff && (
              <button
                type="button"
                className="button"
                onClick={props.onHint}
                disabled={noHintsLeft || props.busy.hinting || locked}
                title={
                  noHintsLeft
                    ? 'No hints left'
                    : 'Reveal the next hint (lowers your score a little)'
                }
              >
                <Icon name="bulb" />
                {props.busy.hinting ? 'Revealing…' : noHintsLeft ? 'No hints left' : 'Hint'}
              </button>
            )}
            <button
              type="button"
              className="button button--primary"
              onClick={props.onRun}
              disabled={props.busy.running || locked}
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
            {!assessment && (
              <button
                type="button"
                className="button button--success"
                onClick={props.onSubmit}
                disabled={props.busy.submitting}
              >
                {props.busy.submitting ? 'Submitting…' : 'Submit'}
              </button>
            )}
          </>
        )}
      </div>
    </header>
  );
}
