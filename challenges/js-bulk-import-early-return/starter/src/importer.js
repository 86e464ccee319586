import { parseCsv } from './csv.js';

const normalizeEmail = (email) => email.trim().toLowerCase();

// Imports contacts from a CSV export into the store.
// Resolves with a report once the import has finished:
//   { inserted: number, skipped: [{ line, reason }] }
// `line` is the 1-based line number in the file (the header is line 1).
export async function importContacts(store, csvText) {
  const rows = parseCsv(csvText);
  const report = { inserted: 0, skipped: [] };

  rows.forEach(async (row, index) => {
    const line = index + 2;
    if (!row.email) {
      report.skipped.push({ line, reason: 'missing email' });
      return;
    }
    const email = normalizeEmail(row.email);
    const existing = await store.findByEmail(email);
    if (existing) {
      report.skipped.push({ line, reason: 'duplicate email' });
      return;
    }
    await store.insert({ name: row.name ?? '', email, company: row.company ?? '' });
    report.inserted += 1;
  });

  return report;
}
