import { addMonths, daysBetween } from './dates.ts';
import { planById } from './plans.ts';

export interface Subscription {
  planId: string;
  startedAt: Date; // the anchor: every renewal is counted from this date
}

// The k-th renewal is always computed from the anchor date (not from the previous
// renewal), so a subscription started on the 31st renews on the last day of short
// months and goes back to the 31st in long ones.
export function renewalDate(subscription: Subscription, period: number): Date {
  const plan = planById(subscription.planId);
  return addMonths(subscription.startedAt, period * plan.intervalMonths);
}

export function renewalSchedule(subscription: Subscription, count: number): Date[] {
  return Array.from({ length: count }, (_, i) => renewalDate(subscription, i + 1));
}

// Index of the billing period that contains `now` (period k ends at renewal k).
function currentPeriod(subscription: Subscription, now: Date): number {
  let period = 1;
  while (renewalDate(subscription, period).getTime() <= now.getTime()) period++;
  return period;
}

// The first renewal strictly after `now`.
export function nextRenewal(subscription: Subscription, now: Date): Date {
  return renewalDate(subscription, currentPeriod(subscription, now));
}

// Refund for the unused part of the current period when cancelling at `now`.
export function prorateRefundCents(subscription: Subscription, now: Date): number {
  const plan = planById(subscription.planId);
  const period = currentPeriod(subscription, now);
  const periodStart = renewalDate(subscription, period - 1);
  const periodEnd = renewalDate(subscription, period);
  const unusedDays = daysBetween(now, periodEnd);
  const periodDays = daysBetween(periodStart, periodEnd);
  return Math.floor((plan.priceCents * unusedDays) / periodDays);
}
