import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { ApiHarness } from '../support/api-harness';
import { HiringClient } from '../hiring/hiring-client';

const SOURCE = join(__dirname, '..', '..', '..', 'challenges', 'py-paginate-last-page');

/** The catalog folder without its tests.json, renamed, zipped as an upload. */
function uploadWithoutTestIds(slug: string): string {
  const entries: Record<string, Uint8Array> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const rel = relative(SOURCE, path);
      if (statSync(path).isDirectory()) walk(path);
      else if (rel !== 'tests.json') {
        let text = readFileSync(path, 'utf8');
        if (rel === 'challenge.yaml') text = text.replace(/^slug: .*$/m, `slug: ${slug}`);
        entries[`up/${rel}`] = strToU8(text);
      }
    }
  };
  walk(SOURCE);
  return Buffer.from(zipSync(entries)).toString('base64');
}

describe('uploads keep the test set they were validated with', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await ApiHarness.start({ sandbox: true });
  }, 60_000);

  afterAll(async () => {
    await api?.stop();
  });

  it('stores the validated test names as tests.json in the folder and on the version', async () => {
    const hiring = new HiringClient(api);
    const owner = await hiring.signUpCompany('Test Set Co');
    const { uploadPrivateChallenge } = await api.ok<{
      uploadPrivateChallenge: { valid: boolean; version: number };
    }>(
      `mutation($a: String!) { uploadPrivateChallenge(archiveBase64: $a) { valid version } }`,
      { a: uploadWithoutTestIds('acme-test-set') },
      { token: owner.token, tenantId: owner.tenantId },
    );
    expect(uploadPrivateChallenge.valid).toBe(true);
    const { rows } = await api.owner.query<{
      source_files: Record<string, string>;
      test_ids: { visible: string[]; hidden: string[] };
    }>(
      `select v.source_files, v.test_ids from challenge_versions v
         join challenges c on c.current_version_id = v.id
        where c.slug = 'acme-test-set' and c.tenant_id = $1`,
      [owner.tenantId],
    );
    const catalogIds = JSON.parse(readFileSync(join(SOURCE, 'tests.json'), 'utf8')) as {
      visible: string[];
      hidden: string[];
    };
    expect(rows[0].test_ids).toEqual(catalogIds);
    expect(JSON.parse(rows[0].source_files['tests.json'])).toEqual(catalogIds);
  }, 180_000);
});
