import { Injectable } from '@nestjs/common';
import { parseChallengeFiles } from '@fixpoint/sandbox-controller';
import { recordAudit } from '../audit/audit';
import type { Principal } from '../auth/principal';
import { upsertChallenge } from '../catalog/catalog-importer';
import { versionDataOf } from '../catalog/challenge-content';
import { ScopedDb, scopeOf } from '../database/scoped-db.service';
import { SandboxClient } from '../sandbox/sandbox.client';
import { unzipChallenge } from './challenge-archive';
import type { PrivateChallengeUpload } from './dto/private-challenge.types';

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
    const tenantId = principal.tenant!.id;
    return this.db.run(scopeOf(principal), async (tx) => {
      await upsertChallenge(tx, data, { tenantId, sourceFiles: files });
      const stored = await tx.challenge.findFirstOrThrow({
        where: { slug: data.slug, tenantId },
        select: { id: true, currentVersion: { select: { version: true } } },
      });
      const version = stored.currentVersion!.version;
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
