import { type DeliveryAttempt, groupByEvent, outcome } from './delivery-log';

const attempt = (over: Partial<DeliveryAttempt>): DeliveryAttempt => ({
  id: Math.random().toString(36),
  eventId: 'e1',
  eventType: 'invitation.created',
  attempt: 1,
  statusCode: 503,
  durationMs: 12,
  error: 'answered 503',
  succeeded: false,
  resent: false,
  createdAt: '2026-12-01T10:00:00.000Z',
  ...over,
});

describe('the webhook delivery log', () => {
  it('groups attempts by event, newest event first, delivered once any attempt succeeded', () => {
    const groups = groupByEvent([
      attempt({ eventId: 'e2', createdAt: '2026-12-01T10:05:00.000Z' }),
      attempt({
        eventId: 'e1',
        attempt: 2,
        statusCode: 204,
        error: null,
        succeeded: true,
        createdAt: '2026-12-01T10:01:00.000Z',
      }),
      attempt({ eventId: 'e1', attempt: 1, createdAt: '2026-12-01T10:00:00.000Z' }),
    ]);
    expect(groups.map((g) => [g.eventId, g.state, g.attempts.map((a) => a.attempt)])).toEqual([
      ['e2', 'failing', [1]],
      ['e1', 'delivered', [2, 1]],
    ]);
  });

  it('says what each answer was', () => {
    expect(outcome(attempt({ succeeded: true, statusCode: 204, error: null }))).toBe('204 OK');
    expect(outcome(attempt({ statusCode: 500 }))).toBe('500');
    expect(outcome(attempt({ statusCode: null, error: 'ECONNREFUSED' }))).toBe('ECONNREFUSED');
  });
});
