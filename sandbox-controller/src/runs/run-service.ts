import type { Logger } from 'pino';
import type { Challenge, ChallengeCatalog, Suite } from '../challenges/challenge-catalog';
import type { RuntimeId } from '../challenges/challenge.schema';
import type { SandboxConfig } from '../config/config';
import type { Driver } from '../drivers/driver';
import { SandboxError } from '../errors';
import type { FileTree } from '../files/file-tree';
import { effectiveLimits, type RequestedLimits } from '../limits/limits';
import type { RunResult } from '../result';
import { RUNNERS } from '../runners/runners';
import type { Runner } from '../runners/runner';
import { parseJunitXml, junitCaseToTest } from '../reports/junit-xml';
import type { Toolchain, ToolchainStatus } from '../toolchains/toolchains';
import { buildAdHocResult, buildResult } from './run-result';
import { assembleWorkTree, assertEditable } from './work-tree';
import { Semaphore } from './semaphore';
import { gradedRun, type GradedRun } from './graded-run';
import { ALL_LAYERS, type IntegrityLayers } from '../integrity/layers';
import type { TestIds } from '../integrity/test-set';

export interface ChallengeRunOptions {
  /** Solver files are checked against `editable`; the reference solution is not. */
  checkEditable: boolean;
  /** FIXPOINT_SEED for randomised hidden tests (challenges/README.md); unset: their fixed seed,
   * except in a graded run, which draws a fresh random seed (recorded in `integrity.seed`). */
  seed?: string;
  /** A graded run (integrity/): canaries, test-set check, scan, freeze. Default false. */
  graded?: boolean;
  /** The validated test names, when the caller has them from elsewhere (an inline folder). */
  testIds?: TestIds;
}

export interface RunServiceOptions {
  /** Which integrity layers graded runs use; all by default. Tests switch layers off. */
  integrity?: Partial<IntegrityLayers>;
}

export interface RuntimeInfo {
  id: RuntimeId;
  languages: string[];
  version: string;
}

const LANGUAGES: Record<RuntimeId, string[]> = {
  node: ['javascript', 'typescript'],
  python: ['python'],
  go: ['go'],
  java: ['java'],
  rust: ['rust'],
  cpp: ['cpp'],
};

/** Runs challenges and ad-hoc trees through the driver, at most `concurrency` at once. */
export class RunService {
  private readonly slots: Semaphore;
  readonly layers: IntegrityLayers;

  constructor(
    private readonly config: SandboxConfig,
    private readonly catalog: ChallengeCatalog,
    private readonly driver: Driver,
    private readonly toolchains: ToolchainStatus,
    private readonly logger?: Logger,
    options: RunServiceOptions = {},
  ) {
    this.slots = new Semaphore(config.concurrency, config.maxQueue);
    this.layers = { ...ALL_LAYERS, ...options.integrity };
  }

  runtimes(): RuntimeInfo[] {
    return [...this.toolchains.available.values()].map((t) => ({
      id: t.runtime,
      languages: LANGUAGES[t.runtime],
      version: t.version,
    }));
  }

  challenge(slug: string): Challenge {
    return this.catalog.get(slug);
  }

  async runChallenge(
    challenge: Challenge,
    top: FileTree,
    suite: Suite,
    opts: ChallengeRunOptions,
  ): Promise<RunResult> {
    if (opts.checkEditable) assertEditable(challenge, top);
    const runtime = challenge.manifest.runtime;
    const { runner, toolchain } = this.runtimeFor(runtime);
    const graded: GradedRun | null = opts.graded
      ? gradedRun(challenge, top, suite, this.layers, opts)
      : null;
    const tree = assembleWorkTree(graded?.challenge ?? challenge, top, suite);
    const limits = effectiveLimits(challenge.manifest.limits, this.config.hostLimits);
    const freeze = graded !== null && this.layers.freeze;
    const plan = runner.testPlan(tree.testFiles, limits, { freeze });
    const env = runner.environment(toolchain, limits);
    const seed = graded?.seed ?? opts.seed;
    const outcome = await this.slots.use(() =>
      this.driver.run({
        files: tree.files,
        argv: plan.argv,
        ...env,
        mounts: graded && freeze ? [...env.mounts, graded.harnessMount] : env.mounts,
        env: {
          ...env.env,
          ...(freeze && runner.freezeEnv ? runner.freezeEnv(env.env) : {}),
          ...(seed !== undefined ? { FIXPOINT_SEED: seed } : {}),
        },
        reportPath: plan.reportPath,
        limits,
        ...(graded?.secret !== undefined ? { secret: graded.secret } : {}),
      }),
    );
    const parsed = runner.parse({
      exitCode: outcome.exitCode,
      stdout: outcome.stdout,
      stderr: outcome.stderr,
      report: outcome.report,
    });
    const result = graded ? graded.judge(outcome, parsed) : buildResult(outcome, parsed);
    this.logger?.info(
      {
        challenge: challenge.slug,
        suite,
        status: result.status,
        tests: result.tests.length,
        integrity: result.integrity && {
          verdict: result.integrity.verdict,
          findings: result.integrity.findings.map((f) => f.code),
        },
        durationMs: result.durationMs,
        limitHit: result.limitHit,
        usage: outcome.usage,
      },
      'challenge run',
    );
    return result;
  }

  async runAdHoc(
    runtime: RuntimeId,
    files: FileTree,
    command: string[],
    requested: RequestedLimits = {},
  ): Promise<RunResult> {
    const { runner, toolchain } = this.runtimeFor(runtime);
    const limits = effectiveLimits(requested, this.config.hostLimits);
    const env = runner.environment(toolchain, limits);
    const reportPath = '/tmp/.fixpoint/report.xml';
    const outcome = await this.slots.use(() =>
      this.driver.run({ files, argv: command, ...env, reportPath, limits }),
    );
    // An ad-hoc command may leave a JUnit XML report at $FIXPOINT_REPORT; if so, its tests count.
    const tests = outcome.report
      ? parseJunitXml(outcome.report).map((c) =>
          junitCaseToTest(c, c.classname ? `${c.classname} > ${c.name}` : c.name),
        )
      : [];
    const result = buildAdHocResult(outcome, tests.length ? { tests } : null);
    this.logger?.info(
      {
        runtime,
        status: result.status,
        durationMs: result.durationMs,
        limitHit: result.limitHit,
        usage: outcome.usage,
      },
      'ad-hoc run',
    );
    return result;
  }

  private runtimeFor(runtime: RuntimeId): { runner: Runner; toolchain: Toolchain } {
    const runner = RUNNERS[runtime];
    if (!runner)
      throw new SandboxError('unknown-runtime', `There is no runtime ${JSON.stringify(runtime)}.`, {
        runtime,
      });
    const toolchain = this.toolchains.available.get(runtime);
    if (!toolchain) {
      throw new SandboxError(
        'runtime-unavailable',
        `Runtime ${runtime} is not available on this host: ${this.toolchains.missing.get(runtime)}`,
        {
          runtime,
        },
      );
    }
    return { runner, toolchain };
  }
}
