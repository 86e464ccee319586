import type { CandidateStatus, PipelineRowFieldsFragment } from './generated/graphql';

/** A candidate in an assessment's pipeline (core/documents/assessments.graphql.ts). */
export type PipelineRow = PipelineRowFieldsFragment;

export type SortKey =
  | 'name'
  | 'email'
  | 'status'
  | 'score'
  | 'timeUsedSeconds'
  | 'sentAt'
  | 'startedAt'
  | 'submittedAt';
export type SortDirection = 'asc' | 'desc';

const STATUS_ORDER: CandidateStatus[] = ['invited', 'started', 'submitted', 'expired', 'revoked'];

/**
 * The pipeline table's order: by one column, missing values (no score yet) always last in
 * either direction, ties broken by email so the order is stable.
 */
export function sortPipeline(
  rows: PipelineRow[],
  key: SortKey,
  direction: SortDirection,
): PipelineRow[] {
  const value = (row: PipelineRow): string | number | null => {
    if (key === 'status') return STATUS_ORDER.indexOf(row.status);
    if (key === 'name') return row.name?.toLowerCase() ?? null;
    const v = row[key];
    return typeof v === 'string' && key !== 'email' ? Date.parse(v) : v;
  };
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === null && y !== null) return 1;
    if (y === null && x !== null) return -1;
    if (x !== null && y !== null && x !== y) return (x < y ? -1 : 1) * sign;
    return a.email.localeCompare(b.email);
  });
}
