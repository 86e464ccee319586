import type { Response } from 'express';
import type { Answer } from './idempotency';

/** Writes an (idempotent) answer: its status, Location, and whether it is a replay. */
export function send(res: Response, answer: Answer & { replayed: boolean }) {
  res.status(answer.status);
  if (answer.location) res.setHeader('location', answer.location);
  if (answer.replayed) res.setHeader('idempotent-replayed', 'true');
  if (answer.status >= 400) res.type('application/problem+json');
  return answer.body;
}
