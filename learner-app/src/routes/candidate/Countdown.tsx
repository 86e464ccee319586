import { Icon } from '../../components/icons';
import {
  formatCountdown,
  secondsUntil,
  spokenCountdown,
  warningAt,
  WARNING_TEXT,
} from './countdown';
import { useNow } from './useClock';

/**
 * Time left to the deadline. The warnings at 5 and 1 minute are words beside the clock (not
 * colour alone) and are announced once each through a polite live region; the timer's own name
 * is not live, so screen readers are not told every second.
 */
export function Countdown({ deadline }: { deadline: string }) {
  const left = secondsUntil(deadline, useNow(500));
  const warning = warningAt(left);
  const warned = warning === 'five-minutes' || warning === 'one-minute';
  return (
    <div className={`countdown countdown--${warning}`}>
      <span
        className="countdown__clock"
        role="timer"
        aria-label={`Time left: ${spokenCountdown(left)}`}
        data-testid="candidate-timer"
      >
        <Icon name="clock" />
        <span aria-hidden="true">{formatCountdown(left)}</span>
      </span>
      {warned && (
        <span className="countdown__warning" data-testid="candidate-time-warning">
          <Icon name="warning" />
          {WARNING_TEXT[warning]}
        </span>
      )}
      <span className="visually-hidden" aria-live="polite" data-testid="candidate-time-announcer">
        {warned ? WARNING_TEXT[warning] : ''}
      </span>
    </div>
  );
}
