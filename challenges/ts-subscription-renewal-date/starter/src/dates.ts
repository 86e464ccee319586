// Calendar helpers. All billing dates are instants; calendar arithmetic is done in UTC.

const MS_PER_DAY = 24 * 60 * 60 * 1000;

export function daysInMonth(year: number, monthIndex: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

// Same day of the month, `months` calendar months later (or earlier when negative).
// When the target month is shorter, the result is the last day of that month
// (Jan 31 + 1 month = Feb 28, or Feb 29 in a leap year). The time of day is kept.
export function addMonths(date: Date, months: number): Date {
  const result = new Date(date.getTime());
  result.setUTCMonth(result.getUTCMonth() + months);
  return result;
}

export function daysBetween(start: Date, end: Date): number {
  return Math.round((end.getTime() - start.getTime()) / MS_PER_DAY);
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
