import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renewalSchedule } from '../src/billing.ts';
import { isoDate } from '../src/dates.ts';

test('a monthly plan renews on the same day every month', () => {
  const schedule = renewalSchedule({ planId: 'monthly', startedAt: new Date('2025-03-15T10:00:00Z') }, 3);
  assert.deepEqual(schedule.map(isoDate), ['2025-04-15', '2025-05-15', '2025-06-15']);
});

test('a subscription started on January 31 renews at the end of February', () => {
  const [first] = renewalSchedule({ planId: 'monthly', startedAt: new Date('2025-01-31T10:00:00Z') }, 1);
  assert.equal(isoDate(first), '2025-02-28');
});
