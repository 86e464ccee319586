import { ChallengeCatalog } from '@fixpoint/sandbox-controller';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client';
import { type ChallengeVersionData, versionDataOf } from './challenge-content';

export interface ImportReport {
  created: string[];
  newVersions: string[];
  unchanged: number;
}

/**
 * Imports the challenges/ folder into the public catalog, idempotently by content hash: a new
 * slug becomes a challenge at version 1, changed content becomes the next version (attempts
 * keep the version they started on), identical content changes nothing. Runs as the schema
 * owner: public rows belong to no tenant, so the API's own role may not write them.
 */
export async function importCatalog(ownerUrl: string, dir: string): Promise<ImportReport> {
  const catalog = new ChallengeCatalog(dir);
  // Read and validate everything first: one bad challenge.yaml stops the import before any write.
  const versions = catalog.slugs().map((slug) => versionDataOf(catalog.get(slug)));
  const prisma = new PrismaClient({
    adapter: new PrismaPg({ connectionString: ownerUrl, max: 2 }),
  });
  const report: ImportReport = { created: [], newVersions: [], unchanged: 0 };
  try {
    for (const data of versions) {
      const outcome = await prisma.$transaction((tx) => upsertChallenge(tx, data));
      if (outcome === 'created') report.created.push(data.slug);
      else if (outcome === 'new-version') report.newVersions.push(data.slug);
      else report.unchanged++;
    }
    return report;
  } finally {
    await prisma.$disconnect();
  }
}

type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

/**
 * Stores a challenge's content as its next version, unless identical content is already one.
 * Public catalog challenges have no tenant; a tenant's private ones also keep their uploaded
 * folder (sourceFiles), which is what the sandbox runs for them.
 */
export async function upsertChallenge(
  tx: Tx,
  data: ChallengeVersionData,
  owner: { tenantId: string | null; sourceFiles?: Record<string, string> } = { tenantId: null },
): Promise<'created' | 'new-version' | 'unchanged'> {
  const { tenantId } = owner;
  // Serialise concurrent imports of the same slug (two API replicas starting together).
  const lockKey = `catalog:${tenantId ?? 'public'}:${data.slug}`;
  await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${lockKey}))`;
  let challenge = await tx.challenge.findFirst({ where: { slug: data.slug, tenantId } });
  const created = !challenge;
  challenge ??= await tx.challenge.create({ data: { slug: data.slug, tenantId } });

  const same = await tx.challengeVersion.findFirst({
    where: { challengeId: challenge.id, contentHash: data.contentHash },
  });
  if (same) {
    if (challenge.currentVersionId !== same.id) {
      await tx.challenge.update({
        where: { id: challenge.id },
        data: { currentVersionId: same.id },
      });
      return 'new-version';
    }
    return 'unchanged';
  }
  const last = await tx.challengeVersion.findFirst({
    where: { challengeId: challenge.id },
    orderBy: { version: 'desc' },
    select: { version: true },
  });
  const { content } = data;
  const version = await tx.challengeVersion.create({
    data: {
      challengeId: challenge.id,
      tenantId,
      sourceFiles: owner.sourceFiles,
      version: (last?.version ?? 0) + 1,
      contentHash: data.contentHash,
      title: content.title,
      summary: content.summary,
      language: content.language,
      runtime: content.runtime,
      framework: content.framework,
      difficulty: content.difficulty,
      bugTypes: content.bugTypes,
      tags: content.tags,
      estimatedMinutes: content.estimatedMinutes,
      learningObjectives: content.learningObjectives,
      sourceKind: content.source.kind,
      sourceUrl: content.source.url ?? null,
      sourceLicense: content.source.license ?? null,
      hints: [...content.hints].sort((a, b) => a.level - b.level),
      editable: content.editable,
      limits: content.limits,
      starterFiles: data.starterFiles,
      visibleTests: data.visibleTests,
      hiddenTests: data.hiddenTests,
      solutionFiles: data.solutionFiles,
      ...(data.testIds ? { testIds: data.testIds } : {}),
      referenceChangeLines: data.referenceChangeLines,
    },
  });
  await tx.challenge.update({
    where: { id: challenge.id },
    data: { currentVersionId: version.id, updatedAt: new Date() },
  });
  return created ? 'created' : 'new-version';
}
