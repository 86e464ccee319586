import { Injectable } from '@nestjs/common';
import {
  type ChallengeValidationReport,
  parseChallengeFiles,
  TEST_IDS_FILE,
  type TestIds,
} from '@fixpoint/sandbox-controller';
import { recordAudit } from '../audit/audit';
import type { Principal } from '../auth/principal';
import { upsertChallenge } from '../catalog/catalog-importer';
import { versionDataOf } from '../catalog/challenge-content';
import { ScopedDb, scopeOf } from '../database/scoped-db.service';
import { SandboxClient } from '../sandbox/sandbox.client';
import { unzipChallenge } from './challenge-archive';
import type { PrivateChallengeUpload } from './dto/private-challenge.types';
import { tenantOf } from '../common/tenant-principal';

/**
 * A company's own challenges: a zip of a folder in the catalog format, validated in the
 * sandbox (format, then the starter fails a hidden test and passes the others, the solution
 * passes all) before it is stored. Valid uploads become the next version of the tenant's
 * challenge with that slug; attempts keep the version they started on.
 */
@Injectable()
export class PrivateChallengesService {
  constructor(
    private readonly db: ScopedDb,
    private readonly sandbox: SandboxClient,
  ) {}

  async upload(principal: Principal, archiveBase64: string): Promise<PrivateChallengeUpload> {
    const files = unzipChallenge(archiveBase64);
    const report = await this.sandbox.validate(files);
    const answer = {
      errors: report.errors.map((e) => ({
        file: e.file,
        field: e.field ?? null,
        message: e.message,
      })),
      checks: report.checks.map(({ name, passed, detail }) => ({ name, passed, detail })),
    };
    const parsed = parseChallengeFiles(files);
    if (!report.valid || !parsed.ok) return { valid: false, slug: null, version: null, ...answer };
    let data;
    try {
      data = versionDataOf(parsed.challenge);
    } catch (error) {
      // The controller's format is a subset of the catalog's (title, hints, bug kinds...).
      const message =
        error instanceof Error ? error.message.replace(/^challenges\/[^:]+: /, '') : String(error);
      return {
        valid: false,
        slug: null,
        version: null,
        errors: [{ file: 'challenge.yaml', field: null, message }],
        checks: answer.checks,
      };
    }
    const tenantId = tenantOf(principal).tenant.id;
    const testIds = validatedTestIds(report);
    // The stored folder carries its test set, so every graded run of it (the sandbox reads
    // `tests.json` from the folder) checks the tests it reports against the validated ones.
    const sourceFiles = testIds ? { ...files, [TEST_IDS_FILE]: testIdsText(testIds) } : files;
    return this.db.run(scopeOf(principal), async (tx) => {
      await upsertChallenge(tx, data, { tenantId, sourceFiles });
      const stored = await tx.challenge.findFirstOrThrow({
        where: { slug: data.slug, tenantId },
        select: { id: true, currentVersion: { select: { id: true, version: true } } },
      });
      const version = stored.currentVersion!.version;
      if (testIds) {
        await tx.challengeVersion.update({
          where: { id: stored.currentVersion!.id },
          data: { testIds: { visible: testIds.visible, hidden: testIds.hidden } },
        });
      }
      await recordAudit(
        tx,
        principal,
        'challenge.uploaded',
        { type: 'Challenge', id: stored.id },
        {
          slug: data.slug,
          version,
        },
      );
      return { valid: true, slug: data.slug, version, ...answer };
    });
  }
}

/** The test names validation saw (the folder's tests.json, or what its runs reported). */
function validatedTestIds(report: ChallengeValidationReport): TestIds | null {
  const ids = (report as { testIds?: TestIds }).testIds;
  return ids?.hidden?.length ? ids : null;
}

/** As `validate --write-tests` writes it: sorted, one name a line. */
const testIdsText = (ids: TestIds) =>
  `${JSON.stringify({ visible: [...ids.visible].sort(), hidden: [...ids.hidden].sort() }, null, 2)}\n`;
