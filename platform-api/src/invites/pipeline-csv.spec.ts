import fc from 'fast-check';
import { CandidateStatus, type CandidateInvite } from './dto/invite.types';
import { csvField, pipelineCsv } from './pipeline-csv';

/** A small RFC 4180 reader, to check what we write reads back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

const invite = (name: string | null, email: string): CandidateInvite => ({
  id: 'i',
  assessmentId: 'a',
  email,
  name,
  status: CandidateStatus.submitted,
  extraTimePercent: 25,
  expiresAt: new Date('2026-12-01T00:00:00Z'),
  sentAt: new Date('2026-11-24T10:00:00Z'),
  sendCount: 1,
  startedAt: new Date('2026-11-24T11:00:00Z'),
  submittedAt: new Date('2026-11-24T11:40:00Z'),
  score: 87,
  underReview: false,
  timeUsedSeconds: 2400,
  competitionId: null,
  competition: null,
});

describe('the pipeline CSV export', () => {
  it('has the documented header and one row per candidate', () => {
    const rows = parseCsv(pipelineCsv([invite('Ada Lovelace', 'ada@example.com')]));
    expect(rows[0]).toEqual([
      'name',
      'email',
      'status',
      'score',
      'extra_time_percent',
      'invited_at',
      'started_at',
      'submitted_at',
      'time_used_seconds',
      'competition_rank',
      'competition_points',
      'competition_solved',
      'competition_integrity',
    ]);
    expect(rows[1]).toEqual([
      'Ada Lovelace',
      'ada@example.com',
      'submitted',
      '87',
      '25',
      '2026-11-24T10:00:00.000Z',
      '2026-11-24T11:00:00.000Z',
      '2026-11-24T11:40:00.000Z',
      '2400',
      '',
      '',
      '',
      '',
    ]);
  });

  it("writes a hiring competition entrant's final standing in its own columns", () => {
    const [, row] = parseCsv(
      pipelineCsv([
        {
          ...invite('Grace', 'grace@example.com'),
          score: null,
          competitionId: 'c',
          competition: {
            competitionId: 'c',
            rank: 2,
            points: 450,
            solved: 1,
            challenges: 3,
            submits: 4,
            integrity: { clean: 3, flagged: 1, tampered: 0, reviewPending: 1 },
            endedAt: new Date('2026-11-24T12:00:00Z'),
          },
        },
      ]),
    );
    expect(row.slice(9)).toEqual([
      '2',
      '450',
      '1/3',
      'clean 3; flagged 1; tampered 0; review pending 1',
    ]);
  });

  it('reads back any name exactly (quotes, commas, line breaks), except formulas are defused', () => {
    fc.assert(
      fc.property(fc.string(), (name) => {
        const [, row] = parseCsv(pipelineCsv([invite(name, 'x@example.com')]));
        const expected = /^[=+\-@\t\r]/.test(name) ? `'${name}` : name;
        expect(row[0]).toBe(expected);
        expect(row).toHaveLength(13);
      }),
    );
  });

  it('shows a withheld score as "under review", never as a number or blank', () => {
    const [, row] = parseCsv(
      pipelineCsv([{ ...invite('Eve', 'eve@example.com'), score: null, underReview: true }]),
    );
    expect(row[3]).toBe('under review');
  });

  it('never lets a cell start a spreadsheet formula', () => {
    expect(csvField('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(csvField(-5)).toBe('-5');
  });
});
