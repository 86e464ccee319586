import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { importCatalog } from '../../src/catalog/catalog-importer';
import { migrate } from '../../src/database/migrator';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

const CATALOG = join(__dirname, '..', '..', '..', 'challenges');
const SLUGS = ['py-paginate-last-page', 'js-semver-compare-nan'];

describe('catalog import', () => {
  let db: TestDatabase;
  let client: Client;
  let dir: string;

  beforeEach(async () => {
    db = await createTestDatabase();
    await migrate(db.url);
    client = new Client({ connectionString: db.url });
    await client.connect();
    dir = await mkdtemp(join(tmpdir(), 'fixpoint-catalog-'));
    for (const slug of SLUGS) await cp(join(CATALOG, slug), join(dir, slug), { recursive: true });
  });

  afterEach(async () => {
    await client.end();
    await db.drop();
    await rm(dir, { recursive: true, force: true });
  });

  const versions = async (slug: string) =>
    (
      await client.query<{ version: number; current: boolean }>(
        `select v.version, c.current_version_id = v.id as current
           from challenge_versions v join challenges c on c.id = v.challenge_id
          where c.slug = $1 order by v.version`,
        [slug],
      )
    ).rows;

  it('imports every challenge once, and nothing the second time', async () => {
    expect(await importCatalog(db.url, dir)).toEqual({
      created: SLUGS.slice().sort(),
      newVersions: [],
      unchanged: 0,
    });
    expect(await importCatalog(db.url, dir)).toEqual({
      created: [],
      newVersions: [],
      unchanged: 2,
    });
    expect(await versions(SLUGS[0])).toEqual([{ version: 1, current: true }]);
  });

  it('makes a changed challenge a new version, and an attempt keeps the version it started on', async () => {
    await importCatalog(db.url, dir);
    const { rows } = await client.query<{ id: string; version_id: string }>(
      `with u as (insert into users (email, display_name, password_hash) values ('v@example.com', 'V', 'x') returning id)
       insert into attempts (user_id, challenge_version_id, files)
       select u.id, c.current_version_id, '{}' from u, challenges c where c.slug = $1
       returning id, challenge_version_id as version_id`,
      [SLUGS[0]],
    );
    const yamlPath = join(dir, SLUGS[0], 'challenge.yaml');
    await writeFile(
      yamlPath,
      (await readFile(yamlPath, 'utf8')).replace(/^title: .*$/m, 'title: A clearer title'),
    );

    expect(await importCatalog(db.url, dir)).toEqual({
      created: [],
      newVersions: [SLUGS[0]],
      unchanged: 1,
    });
    expect(await versions(SLUGS[0])).toEqual([
      { version: 1, current: false },
      { version: 2, current: true },
    ]);
    const attempt = await client.query('select challenge_version_id from attempts where id = $1', [
      rows[0].id,
    ]);
    expect(attempt.rows[0].challenge_version_id).toBe(rows[0].version_id);
  });

  it('stops before writing anything when a challenge.yaml is invalid, naming the file and field', async () => {
    const yamlPath = join(dir, SLUGS[1], 'challenge.yaml');
    await writeFile(
      yamlPath,
      (await readFile(yamlPath, 'utf8')).replace(/^difficulty: .*$/m, 'difficulty: 9'),
    );
    await expect(importCatalog(db.url, dir)).rejects.toThrow(
      `challenges/${SLUGS[1]}/challenge.yaml: difficulty:`,
    );
    const { rows } = await client.query('select count(*)::int as n from challenges');
    expect(rows[0].n).toBe(0);
  });

  it('validates the whole real catalog', async () => {
    const report = await importCatalog(db.url, CATALOG);
    expect(report.created.length).toBeGreaterThanOrEqual(36);
  });
});
