import fc from 'fast-check';
import { csvQuote, parseCandidateCsv } from './candidate-csv';

describe('pasting candidates as CSV', () => {
  it('reads email, name and extra time, skipping a header and blank lines', () => {
    const { rows, errors } = parseCandidateCsv(
      'email,name,extra_time_percent\nAda@Example.com,Ada Lovelace,25\n\ngrace@example.com\n"lin@example.com","Lin, Jr.",50%\n',
    );
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      { email: 'ada@example.com', name: 'Ada Lovelace', extraTimePercent: 25 },
      { email: 'grace@example.com', name: null, extraTimePercent: 0 },
      { email: 'lin@example.com', name: 'Lin, Jr.', extraTimePercent: 50 },
    ]);
  });

  it('says which line is wrong and why, and keeps the good lines', () => {
    const { rows, errors } = parseCandidateCsv(
      'ok@example.com\nnot-an-email\nok@example.com\nx@example.com,X,400',
    );
    expect(rows.map((r) => r.email)).toEqual(['ok@example.com']);
    expect(errors).toEqual([
      { line: 2, text: 'not-an-email', message: '"not-an-email" is not an email address' },
      { line: 3, text: 'ok@example.com', message: 'ok@example.com appears twice' },
      {
        line: 4,
        text: 'x@example.com,X,400',
        message: 'extra time "400" must be a whole percent from 0 to 300',
      },
    ]);
  });

  it('reads a quoted name across lines, and names the line of a quote left open', () => {
    const { rows, errors } = parseCandidateCsv(
      'ada@example.com,"Ada\nLovelace",10\ngrace@example.com\n"lin@example.com,Lin',
    );
    expect(rows).toEqual([
      { email: 'ada@example.com', name: 'Ada\nLovelace', extraTimePercent: 10 },
      { email: 'grace@example.com', name: null, extraTimePercent: 0 },
    ]);
    expect(errors).toEqual([
      {
        line: 4,
        text: '"lin@example.com,Lin',
        message: 'cannot be read as CSV (quoted field unterminated)',
      },
    ]);
  });

  it('reads back what a spreadsheet would write (property)', () => {
    const candidate = fc.record({
      email: fc
        .tuple(fc.stringMatching(/^[a-z0-9]{1,10}$/), fc.stringMatching(/^[a-z]{1,8}$/))
        .map(([u, d]) => `${u}@${d}.com`),
      name: fc.option(
        fc
          .string({ minLength: 1, maxLength: 30 })
          .filter((s) => s.trim() === s && !/[\r\n]/.test(s)),
        { nil: null },
      ),
      extraTimePercent: fc.integer({ min: 0, max: 300 }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(candidate, { selector: (c) => c.email, maxLength: 20 }),
        (list) => {
          const text = list
            .map((c) => [c.email, csvQuote(c.name ?? ''), String(c.extraTimePercent)].join(','))
            .join('\n');
          const { rows, errors } = parseCandidateCsv(text);
          expect(errors).toEqual([]);
          expect(rows).toEqual(list);
        },
      ),
    );
  });
});
