import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renewalSchedule, nextRenewal, prorateRefundCents } from '../src/billing.ts';
import { addMonths, daysInMonth, isoDate } from '../src/dates.ts';

const at = (iso: string) => new Date(iso);
const schedule = (planId: string, start: string, count: number) =>
  renewalSchedule({ planId, startedAt: at(start) }, count).map(isoDate);

test('end-of-month subscriptions renew on the last day of short months', () => {
  assert.deepEqual(schedule('monthly', '2025-01-31T08:00:00Z', 5), [
    '2025-02-28',
    '2025-03-31',
    '2025-04-30',
    '2025-05-31',
    '2025-06-30',
  ]);
});

test('February 29 is used in leap years', () => {
  assert.deepEqual(schedule('monthly', '2024-01-31T08:00:00Z', 2), ['2024-02-29', '2024-03-31']);
  assert.deepEqual(schedule('monthly', '2024-01-30T08:00:00Z', 1), ['2024-02-29']);
});

test('a yearly plan started on February 29 renews on February 28, then 29 again', () => {
  assert.deepEqual(schedule('yearly', '2024-02-29T12:00:00Z', 4), [
    '2025-02-28',
    '2026-02-28',
    '2027-02-28',
    '2028-02-29',
  ]);
});

test('a quarterly plan keeps its anchor day across short months', () => {
  assert.deepEqual(schedule('quarterly', '2024-11-30T12:00:00Z', 3), ['2025-02-28', '2025-05-30', '2025-08-30']);
});

test('month arithmetic rolls over the year', () => {
  assert.equal(isoDate(addMonths(at('2024-12-15T00:00:00Z'), 1)), '2025-01-15');
  assert.equal(isoDate(addMonths(at('2024-12-31T00:00:00Z'), 2)), '2025-02-28');
  assert.equal(isoDate(addMonths(at('2024-10-31T00:00:00Z'), 13)), '2025-11-30');
});

test('negative months go back to the end of shorter months', () => {
  assert.equal(isoDate(addMonths(at('2025-03-31T00:00:00Z'), -1)), '2025-02-28');
  assert.equal(isoDate(addMonths(at('2025-01-15T00:00:00Z'), -1)), '2024-12-15');
});

test('the time of day is preserved', () => {
  assert.equal(addMonths(at('2025-03-15T23:30:05.250Z'), 1).toISOString(), '2025-04-15T23:30:05.250Z');
  assert.equal(addMonths(at('2025-01-31T23:30:00Z'), 1).toISOString(), '2025-02-28T23:30:00.000Z');
});

test('addMonths does not modify its argument', () => {
  const start = at('2025-01-31T08:00:00Z');
  addMonths(start, 1);
  assert.equal(start.toISOString(), '2025-01-31T08:00:00.000Z');
});

test('next renewal after a given moment', () => {
  const sub = { planId: 'monthly', startedAt: at('2025-01-31T08:00:00Z') };
  assert.equal(isoDate(nextRenewal(sub, at('2025-03-01T00:00:00Z'))), '2025-03-31');
  assert.equal(isoDate(nextRenewal(sub, at('2025-02-10T00:00:00Z'))), '2025-02-28');
});

test('refund for the unused part of the period', () => {
  const mid = { planId: 'monthly', startedAt: at('2025-01-15T00:00:00Z') };
  assert.equal(prorateRefundCents(mid, at('2025-03-05T00:00:00Z')), Math.floor((1200 * 10) / 28));
  const endOfMonth = { planId: 'monthly', startedAt: at('2025-01-31T00:00:00Z') };
  assert.equal(prorateRefundCents(endOfMonth, at('2025-02-14T00:00:00Z')), 600);
});

test('days in month', () => {
  assert.equal(daysInMonth(2025, 1), 28);
  assert.equal(daysInMonth(2024, 1), 29);
  assert.equal(daysInMonth(2025, 11), 31);
});

test('start days that exist in every month keep their day', () => {
  assert.deepEqual(schedule('monthly', '2025-01-28T06:00:00Z', 3), ['2025-02-28', '2025-03-28', '2025-04-28']);
  assert.deepEqual(schedule('quarterly', '2025-02-01T06:00:00Z', 2), ['2025-05-01', '2025-08-01']);
  assert.equal(addMonths(at('2025-06-10T06:45:00Z'), 0).toISOString(), '2025-06-10T06:45:00.000Z');
});
