import { isEmail } from '@fixpoint/contracts/email';
import Papa from 'papaparse';

export interface CandidateRow {
  email: string;
  name: string | null;
  extraTimePercent: number;
}

export interface CsvLineError {
  line: number;
  text: string;
  message: string;
}

/** One CSV field as written back (quoted when needed, RFC 4180), for the round trip. */
export const csvQuote = (value: string) => Papa.unparse([[value]], { newline: '\n' });

/** Each CSV record (RFC 4180, by Papa Parse) with the line it starts on and its text. */
function records(text: string) {
  const found: { line: number; text: string; fields: string[]; problem: string | null }[] = [];
  let start = 0;
  Papa.parse<string[]>(text, {
    delimiter: ',',
    skipEmptyLines: false,
    step: (result) => {
      const end = result.meta.cursor;
      found.push({
        line: text.slice(0, start).split(/\r?\n/).length,
        text: text.slice(start, end).replace(/\r?\n$/, ''),
        fields: result.data.map((field) => field.trim()),
        problem: result.errors[0]?.message ?? null,
      });
      start = end;
    },
  });
  return found;
}

/**
 * Pasted candidates, `email,name,extra_time_percent` per line (name and extra time optional;
 * a header line is recognised and skipped). Every bad line comes back with its number and why,
 * so the recruiter fixes them before sending; good lines are kept.
 */
export function parseCandidateCsv(text: string): { rows: CandidateRow[]; errors: CsvLineError[] } {
  const rows: CandidateRow[] = [];
  const errors: CsvLineError[] = [];
  const seen = new Set<string>();
  for (const record of records(text)) {
    const { line, fields } = record;
    if (record.text.trim() === '') continue;
    const [email = '', name = '', extra = ''] = fields;
    if (line === 1 && /^e-?mail$/i.test(email)) continue;
    const fail = (message: string) => errors.push({ line, text: record.text, message });
    if (record.problem) {
      fail(`cannot be read as CSV (${record.problem.toLowerCase()})`);
      continue;
    }
    const normalized = email.toLowerCase();
    if (!isEmail(normalized)) {
      fail(`"${email}" is not an email address`);
      continue;
    }
    if (seen.has(normalized)) {
      fail(`${normalized} appears twice`);
      continue;
    }
    let extraTimePercent = 0;
    if (extra !== '') {
      const value = Number(extra.replace(/%$/, ''));
      if (!Number.isInteger(value) || value < 0 || value > 300) {
        fail(`extra time "${extra}" must be a whole percent from 0 to 300`);
        continue;
      }
      extraTimePercent = value;
    }
    seen.add(normalized);
    rows.push({ email: normalized, name: name || null, extraTimePercent });
  }
  return { rows, errors };
}
