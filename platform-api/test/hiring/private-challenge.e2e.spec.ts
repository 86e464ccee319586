import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { ApiHarness, codeOf } from '../support/api-harness';
import { HiringClient } from './hiring-client';

const SOURCE = join(__dirname, '..', '..', '..', 'challenges', 'py-paginate-last-page');

/** The catalog folder as a map, with edits, zipped under a top-level folder as archivers do. */
function zipFolder(edit: (files: Record<string, string>) => void = () => undefined): string {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(SOURCE, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(SOURCE);
  edit(files);
  const entries = Object.fromEntries(
    Object.entries(files).map(([p, text]) => [`my-challenge/${p}`, strToU8(text)]),
  );
  return Buffer.from(zipSync(entries)).toString('base64');
}

const renamed = (slug: string) => (files: Record<string, string>) => {
  files['challenge.yaml'] = files['challenge.yaml'].replace(/^slug: .*$/m, `slug: ${slug}`);
};

const UPLOAD = `mutation($a: String!) { uploadPrivateChallenge(archiveBase64: $a) {
  valid slug version errors { file field message } checks { name passed } } }`;

describe('private challenges: upload, sandbox validation, tenant-only', () => {
  let api: ApiHarness;
  let hiring: HiringClient;

  beforeAll(async () => {
    api = await ApiHarness.start({ sandbox: true });
    hiring = new HiringClient(api);
  }, 60_000);

  afterAll(async () => {
    await api?.stop();
  });

  it('accepts a valid folder, makes it the tenant’s own, and shows it to nobody else', async () => {
    const owner = await hiring.signUpCompany('Private Co');
    const auth = { token: owner.token, tenantId: owner.tenantId };
    const { uploadPrivateChallenge: ok } = await api.ok<{
      uploadPrivateChallenge: {
        valid: boolean;
        slug: string;
        version: number;
        checks: { passed: boolean }[];
      };
    }>(UPLOAD, { a: zipFolder(renamed('acme-pagination')) }, auth);
    expect(ok).toMatchObject({ valid: true, slug: 'acme-pagination', version: 1 });
    expect(ok.checks.length).toBeGreaterThanOrEqual(3);
    expect(ok.checks.every((c) => c.passed)).toBe(true);

    // The same folder again changes nothing; an edited one becomes version 2.
    const again = await api.ok<{ uploadPrivateChallenge: { version: number } }>(
      UPLOAD,
      { a: zipFolder(renamed('acme-pagination')) },
      auth,
    );
    expect(again.uploadPrivateChallenge.version).toBe(1);
    const edited = await api.ok<{ uploadPrivateChallenge: { version: number } }>(
      UPLOAD,
      {
        a: zipFolder((files) => {
          renamed('acme-pagination')(files);
          files['challenge.yaml'] = files['challenge.yaml'].replace(
            /^title: .*$/m,
            'title: Acme pagination, revised',
          );
        }),
      },
      auth,
    );
    expect(edited.uploadPrivateChallenge.version).toBe(2);

    const slugs = async (tenantId?: string, token?: string) =>
      (
        await api.ok<{ challenges: { nodes: { slug: string }[] } }>(
          '{ challenges(first: 100) { nodes { slug } } }',
          {},
          { token, tenantId },
        )
      ).challenges.nodes.map((n) => n.slug);
    expect(await slugs(owner.tenantId, owner.token)).toContain('acme-pagination');
    expect(await slugs()).not.toContain('acme-pagination');
    const other = await hiring.signUpCompany('Other Co');
    expect(await slugs(other.tenantId, other.token)).not.toContain('acme-pagination');

    // It can go into an assessment like a catalog challenge.
    const assessmentId = await hiring.createPublishedAssessment(auth, ['acme-pagination']);
    const { assessment } = await api.ok<{
      assessment: { challenges: { slug: string; private: boolean; title: string }[] };
    }>(
      `query($id: ID!) { assessment(id: $id) { challenges { slug private title } } }`,
      { id: assessmentId },
      auth,
    );
    expect(assessment.challenges).toEqual([
      { slug: 'acme-pagination', private: true, title: 'Acme pagination, revised' },
    ]);

    // A candidate runs the stored folder (the sandbox gets the uploaded tree, not a slug).
    const { token: link } = await hiring.inviteCandidate(auth, assessmentId, 'priv@example.com');
    const { token } = await hiring.openSession(link);
    const begun = await api.ok<{ beginAssessment: { challenges: { attemptId: string }[] } }>(
      'mutation { beginAssessment(consent: true) { challenges { attemptId } } }',
      {},
      { token },
    );
    const attemptId = begun.beginAssessment.challenges[0].attemptId;
    const run = async (files: { path: string; content: string }[]) =>
      (
        await api.ok<{ runTests: { status: string } }>(
          `mutation($id: ID!, $f: [FileInput!]) { runTests(attemptId: $id, files: $f) { status } }`,
          { id: attemptId, f: files },
          { token },
        )
      ).runTests.status;
    expect(await run([])).toBe('FAIL');
    const fixed = readFileSync(join(SOURCE, 'solution', 'pagination.py'), 'utf8');
    expect(await run([{ path: 'pagination.py', content: fixed }])).toBe('PASS');
  }, 120_000);

  it('refuses a folder whose starter already passes, and says which check failed', async () => {
    const owner = await hiring.signUpCompany('Careless Co');
    const auth = { token: owner.token, tenantId: owner.tenantId };
    const { uploadPrivateChallenge: report } = await api.ok<{
      uploadPrivateChallenge: {
        valid: boolean;
        slug: string | null;
        checks: { name: string; passed: boolean }[];
      };
    }>(
      UPLOAD,
      {
        a: zipFolder((files) => {
          renamed('already-fixed')(files);
          files['starter/pagination.py'] = files['solution/pagination.py'];
        }),
      },
      auth,
    );
    expect(report.valid).toBe(false);
    expect(report.slug).toBeNull();
    expect(report.checks.find((c) => c.name.includes('FAIL_TO_PASS'))?.passed).toBe(false);
    const { rows } = await api.owner.query(`select 1 from challenges where slug = 'already-fixed'`);
    expect(rows).toHaveLength(0);
  }, 120_000);

  it('names the file and field of a malformed folder, and refuses what is not a zip', async () => {
    const owner = await hiring.signUpCompany('Sloppy Co');
    const auth = { token: owner.token, tenantId: owner.tenantId };
    const { uploadPrivateChallenge: report } = await api.ok<{
      uploadPrivateChallenge: { valid: boolean; errors: { file: string; field: string | null }[] };
    }>(
      UPLOAD,
      {
        a: zipFolder(
          (files) =>
            (files['challenge.yaml'] = files['challenge.yaml'].replace(
              /^runtime: .*$/m,
              'runtime: cobol',
            )),
        ),
      },
      auth,
    );
    expect(report.valid).toBe(false);
    expect(report.errors[0]).toMatchObject({ file: 'challenge.yaml', field: 'runtime' });

    const notZip = await api.gql(UPLOAD, { a: Buffer.from('hello').toString('base64') }, auth);
    expect(codeOf(notZip)).toBe('BAD_USER_INPUT');
    expect(notZip.errors?.[0].message).toMatch(/not a readable zip/);

    // Outside a company (as a learner) nobody may upload.
    const learner = await api.gql(UPLOAD, { a: zipFolder() }, { token: owner.token });
    expect(codeOf(learner)).toBe('FORBIDDEN');
  }, 60_000);
});
