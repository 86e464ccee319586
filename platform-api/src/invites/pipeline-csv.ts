import type { CompetitionIntegrityCounts } from '../competitions/dto/competition-result.type';
import type { CandidateInvite } from './dto/invite.types';

const COLUMNS = [
  'name',
  'email',
  'status',
  'score',
  'extra_time_percent',
  'invited_at',
  'started_at',
  'submitted_at',
  'time_used_seconds',
  // Hiring competition entrants: their final standing (blank for other candidates).
  'competition_rank',
  'competition_points',
  'competition_solved',
  'competition_integrity',
] as const;

/** RFC 4180 field: quoted when it holds a comma, quote or line break; formulas defused. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  // A cell starting with = + - @ runs as a formula in spreadsheets: prefix it to keep it text.
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** "clean 3; flagged 1; tampered 0; review pending 1": one cell, readable as is. */
const integritySummary = (i: CompetitionIntegrityCounts) =>
  `clean ${i.clean}; flagged ${i.flagged}; tampered ${i.tampered}; review pending ${i.reviewPending}`;

export function pipelineCsv(candidates: CandidateInvite[]): string {
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  const lines = candidates.map((c) =>
    [
      c.name,
      c.email,
      c.status,
      // A withheld score must not read as "no score yet" nor as 0.
      c.underReview ? 'under review' : c.score,
      c.extraTimePercent,
      iso(c.sentAt),
      iso(c.startedAt),
      iso(c.submittedAt),
      c.timeUsedSeconds,
      c.competition?.rank ?? null,
      c.competition?.points ?? null,
      c.competition ? `${c.competition.solved}/${c.competition.challenges}` : null,
      c.competition ? integritySummary(c.competition.integrity) : null,
    ]
      .map(csvField)
      .join(','),
  );
  return [COLUMNS.join(','), ...lines].join('\r\n') + '\r\n';
}
