import { Client } from 'pg';
import { ConfigError, loadConfig } from '../config/load-config';
import { reencryptAll } from './reencrypt';
import { SecretBox } from './secret-box';

/**
 * `npm run secrets:reencrypt -w platform-api`: after a new key was put first in SECRETS_KEYS
 * (the old one kept after it), seals every secret again with the new key. Then the old key
 * can be removed. Prints one line per sealed column.
 */
async function main() {
  const config = loadConfig();
  const db = new Client({ connectionString: config.DATABASE_OWNER_URL });
  await db.connect();
  try {
    for (const r of await reencryptAll(db, new SecretBox(config.SECRETS_KEYS))) {
      process.stdout.write(
        `${r.table}.${r.column}: ${r.resealed} resealed with "${config.SECRETS_KEYS.active.id}", ${r.current} already current\n`,
      );
    }
  } finally {
    await db.end();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`secrets:reencrypt: ${(error as Error).message}\n`);
  process.exit(error instanceof ConfigError ? 78 : 1);
});
