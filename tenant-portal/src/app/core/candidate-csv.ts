import { isEmail } from '@fixpoint/contracts/email';

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

/** Splits one CSV line (RFC 4180 quoting) into fields. */
export function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else field += c;
  }
  fields.push(field);
  return fields.map((f) => f.trim());
}

/** One CSV field as written back (quoted when needed), for the round trip. */
export const csvQuote = (value: string) =>
  /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

/**
 * Pasted candidates, `email,name,extra_time_percent` per line (name and extra time optional;
 * a header line is recognised and skipped). Every bad line comes back with its number and why,
 * so the recruiter fixes them before sending; good lines are kept.
 */
export function parseCandidateCsv(text: string): { rows: CandidateRow[]; errors: CsvLineError[] } {
  const rows: CandidateRow[] = [];
  const errors: CsvLineError[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    const [email = '', name = '', extra = ''] = splitCsvLine(raw);
    if (index === 0 && /^e-?mail$/i.test(email)) return;
    const fail = (message: string) => errors.push({ line, text: raw, message });
    const normalized = email.toLowerCase();
    if (!isEmail(normalized)) return fail(`"${email}" is not an email address`);
    if (seen.has(normalized)) return fail(`${normalized} appears twice`);
    let extraTimePercent = 0;
    if (extra !== '') {
      const value = Number(extra.replace(/%$/, ''));
      if (!Number.isInteger(value) || value < 0 || value > 300) {
        return fail(`extra time "${extra}" must be a whole percent from 0 to 300`);
      }
      extraTimePercent = value;
    }
    seen.add(normalized);
    rows.push({ email: normalized, name: name || null, extraTimePercent });
  });
  return { rows, errors };
}
