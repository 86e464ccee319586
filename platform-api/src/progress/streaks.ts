/** Day streaks over UTC calendar days that had activity. */
export function streaks(activeDays: string[], today: string): { current: number; longest: number } {
  const days = [...new Set(activeDays)].sort();
  let longest = 0;
  let run = 0;
  let previous: number | undefined;
  for (const day of days) {
    const n = dayNumber(day);
    run = previous !== undefined && n === previous + 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
    previous = n;
  }
  // The current streak is alive if its last day is today or yesterday.
  const last = previous;
  const alive = last !== undefined && dayNumber(today) - last <= 1;
  return { current: alive ? run : 0, longest };
}

const dayNumber = (day: string) => Math.round(Date.parse(`${day}T00:00:00Z`) / 86_400_000);

export const utcDay = (date: Date) => date.toISOString().slice(0, 10);
