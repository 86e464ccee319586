import type { Client } from 'pg';
import { SEALED_COLUMNS } from './sealed-columns';
import type { SecretBox } from './secret-box';

export interface ReencryptReport {
  table: string;
  column: string;
  resealed: number;
  current: number;
}

/**
 * Seals again, with the active key, every secret sealed with an older one (key rotation). Each
 * row is updated only if it still holds the value read (a concurrent change wins), in batches,
 * as the schema owner. Safe to run again: rows already on the active key are left alone.
 */
export async function reencryptAll(db: Client, box: SecretBox): Promise<ReencryptReport[]> {
  const reports: ReencryptReport[] = [];
  for (const { table, column, context } of SEALED_COLUMNS) {
    const { rows } = await db.query<{ id: string; sealed: string }>(
      `select id, ${column} as sealed from ${table}`,
    );
    let resealed = 0;
    for (const row of rows) {
      if (!box.needsReseal(row.sealed)) continue;
      const fresh = box.seal(box.open(row.sealed, context(row.id)), context(row.id));
      const result = await db.query(
        `update ${table} set ${column} = $1 where id = $2 and ${column} = $3`,
        [fresh, row.id, row.sealed],
      );
      resealed += result.rowCount ?? 0;
    }
    reports.push({ table, column, resealed, current: rows.length - resealed });
  }
  return reports;
}
