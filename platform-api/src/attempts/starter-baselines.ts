import { Injectable } from '@nestjs/common';
import type { RunResult } from '@fixpoint/sandbox-controller';
import type { Files } from '../catalog/challenge-content';
import { type DbScope, ScopedDb } from '../database/scoped-db.service';
import { SandboxClient } from '../sandbox/sandbox.client';
import type { VersionWithSlug } from './challenge-versions';
import { editableFiles } from './file-input';

export interface Baseline {
  failing: Set<string>;
  passing: Set<string>;
}

/** What a submission changed against the starter, on the hidden tests. */
export function compareToBaseline(result: RunResult, baseline: Baseline) {
  const passedNow = new Set(result.tests.filter((t) => t.status === 'pass').map((t) => t.name));
  return {
    toFix: baseline.failing.size,
    fixed: [...baseline.failing].filter((name) => passedNow.has(name)).length,
    toKeep: baseline.passing.size,
    regressed: [...baseline.passing].filter((name) => !passedNow.has(name)).length,
  };
}

/**
 * The starter's hidden-test results per challenge version: run once in the sandbox the first
 * time a version is submitted, then kept (versions never change). Two first submits at once
 * both run it; the first stored wins, and both see the same tests.
 */
@Injectable()
export class StarterBaselines {
  constructor(
    private readonly db: ScopedDb,
    private readonly sandbox: SandboxClient,
  ) {}

  async get(scope: DbScope, version: VersionWithSlug): Promise<Baseline> {
    const stored = await this.db.run(scope, (tx) =>
      tx.starterBaseline.findUnique({ where: { challengeVersionId: version.id } }),
    );
    if (stored)
      return { failing: new Set(stored.failingTests), passing: new Set(stored.passingTests) };
    const result = await this.sandbox.runChallenge(
      { slug: version.challenge.slug, sourceFiles: version.sourceFiles },
      editableFiles(version.starterFiles as Files, version.editable),
      'hidden',
    );
    const failing = result.tests.filter((t) => t.status !== 'pass').map((t) => t.name);
    const passing = result.tests.filter((t) => t.status === 'pass').map((t) => t.name);
    await this.db.run(
      scope,
      (
        tx,
      ) => tx.$executeRaw`insert into starter_baselines (challenge_version_id, failing_tests, passing_tests)
        values (${version.id}::uuid, ${failing}, ${passing}) on conflict do nothing`,
    );
    return { failing: new Set(failing), passing: new Set(passing) };
  }
}
