import { isUuid } from '../common/ids';
import { AtsProblems } from './ats-problem';

export interface PageRequest {
  limit: number;
  /** Rows strictly after this (created_at desc, id desc). */
  after?: { createdAt: Date; id: string };
}

/**
 * Cursor pagination, newest first. A cursor is opaque to clients (base64url of the last row's
 * creation time and id), so rows added meanwhile never shift a page the way offsets would.
 */
export function pageRequest(query: Record<string, unknown>): PageRequest {
  const errors: { pointer: string; detail: string }[] = [];
  let limit = 25;
  if (query.limit !== undefined) {
    const n = Number(query.limit);
    if (!Number.isInteger(n) || n < 1 || n > 100)
      errors.push({ pointer: '#/query/limit', detail: 'must be an integer from 1 to 100' });
    else limit = n;
  }
  let after: PageRequest['after'];
  if (query.cursor !== undefined) {
    after = decodeCursor(String(query.cursor));
    if (!after) errors.push({ pointer: '#/query/cursor', detail: 'is not a cursor this API gave' });
  }
  if (errors.length) throw AtsProblems.validation(errors, 'The query');
  return { limit, after };
}

export function encodeCursor(row: { createdAt: Date; id: string }): string {
  return Buffer.from(JSON.stringify([row.createdAt.toISOString(), row.id])).toString('base64url');
}

function decodeCursor(cursor: string): PageRequest['after'] {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    const createdAt = new Date(String(at));
    if (typeof id !== 'string' || !isUuid(id) || Number.isNaN(createdAt.getTime()))
      return undefined;
    return { createdAt, id };
  } catch {
    return undefined;
  }
}

/** Prisma's where clause for "after the cursor" in (createdAt desc, id desc) order. */
export const afterCursor = (after: PageRequest['after']) =>
  after
    ? {
        OR: [
          { createdAt: { lt: after.createdAt } },
          { createdAt: after.createdAt, id: { lt: after.id } },
        ],
      }
    : {};

/** One page out of limit + 1 rows fetched. */
export function pageOf<R extends { createdAt: Date; id: string }, T>(
  rows: R[],
  limit: number,
  view: (row: R) => T,
) {
  const items = rows.slice(0, limit);
  return {
    data: items.map(view),
    nextCursor: rows.length > limit ? encodeCursor(items[items.length - 1]) : null,
  };
}
