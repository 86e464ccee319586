import { Inject, Injectable } from '@nestjs/common';
import type { ChallengeValidationReport, RunResult } from '@fixpoint/sandbox-controller';
import { AppError } from '../common/app-error';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';

export type RunSuite = 'visible' | 'hidden';

/** The sandbox-controller's HTTP API (internal; bearer token). */
@Injectable()
export class SandboxClient {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /**
   * Runs a suite of a challenge version: catalog challenges by slug (the controller has the
   * catalog), private ones by their stored folder, so the exact uploaded tree is what runs.
   * Hidden (submit) runs are graded: the controller plants canaries, checks the reported test
   * set against the validated one, scans the change, and returns `integrity`. Said explicitly
   * rather than left to the controller's default, so a grade never depends on a default.
   */
  async runChallenge(
    challenge: { slug: string; sourceFiles: unknown },
    files: Record<string, string>,
    suite: RunSuite,
  ): Promise<RunResult> {
    const target = challenge.sourceFiles
      ? { challengeFiles: challenge.sourceFiles }
      : { challenge: challenge.slug };
    return this.post<RunResult>('/v1/runs', {
      ...target,
      files,
      suite,
      graded: suite === 'hidden',
    });
  }

  /** Validates an uploaded challenge folder: its format, then FAIL_TO_PASS / PASS_TO_PASS runs. */
  validate(challengeFiles: Record<string, string>): Promise<ChallengeValidationReport> {
    return this.post<ChallengeValidationReport>('/v1/validations', { challengeFiles });
  }

  private async post<T>(path: string, body: unknown): Promise<T> {
    let response: Response;
    try {
      response = await fetch(new URL(path, this.config.SANDBOX_URL), {
        method: 'POST',
        headers: {
          authorization: `Bearer ${this.config.SANDBOX_TOKEN}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify(body),
        // Longer than any challenge's wall limit plus queueing; the controller enforces limits.
        signal: AbortSignal.timeout(180_000),
      });
    } catch {
      throw unavailable();
    }
    if (response.ok) return (await response.json()) as T;
    const problem = (await response.json().catch(() => ({}))) as { code?: string; detail?: string };
    if (response.status === 413 || response.status === 422 || response.status === 400) {
      // The controller's own checks (paths, sizes, encoding): the solver can act on the detail.
      throw new AppError('BAD_USER_INPUT', problem.detail ?? 'The sandbox refused these files.', {
        sandboxCode: problem.code,
      });
    }
    throw unavailable();
  }
}

const unavailable = () =>
  new AppError(
    'SERVICE_UNAVAILABLE',
    'The sandbox is unavailable right now. Try again in a moment.',
  );
