// The assessment clock's pure parts: how time left is written, said and warned about.

export type TimeWarning = 'none' | 'five-minutes' | 'one-minute' | 'up';

/** mm:ss, or hh:mm:ss from an hour up. */
export function formatCountdown(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const hours = Math.floor(s / 3600);
  const pad = (n: number) => String(n).padStart(2, '0');
  const mmss = `${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`;
  return hours ? `${pad(hours)}:${mmss}` : mmss;
}

/** "1 hour 2 minutes 5 seconds", for the timer's accessible name. */
export function spokenCountdown(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const parts = [];
  if (hours) parts.push(unit(hours, 'hour'));
  if (hours || minutes) parts.push(unit(minutes, 'minute'));
  parts.push(unit(s % 60, 'second'));
  return parts.join(' ');
}

export function warningAt(secondsLeft: number): TimeWarning {
  if (secondsLeft <= 0) return 'up';
  if (secondsLeft <= 60) return 'one-minute';
  if (secondsLeft <= 300) return 'five-minutes';
  return 'none';
}

/** The words shown beside the clock and announced once when the level is reached. */
export const WARNING_TEXT: Record<TimeWarning, string> = {
  none: '',
  'five-minutes': '5 minutes left',
  'one-minute': '1 minute left',
  up: 'Time is up',
};

/** Whole seconds from `now` to `deadline`, rounded up so 00:00 shows only at the deadline. */
export function secondsUntil(deadline: string, now: number): number {
  return Math.max(0, Math.ceil((Date.parse(deadline) - now) / 1000));
}
