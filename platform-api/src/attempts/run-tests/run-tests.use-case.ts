import { Injectable } from '@nestjs/common';
import type { Principal } from '../../auth/principal';
import { SessionWorkflows } from '../../sessions/session-workflows';
import { AttemptsService } from '../attempts.service';
import type { FileInput, Run } from '../dto/attempt.types';

/**
 * Run the visible tests of an attempt, and when the attempt belongs to an assessment session
 * tell that session's workflow (it keeps the count of runs). Every door that runs tests comes
 * through here — the GraphQL `runTests` mutation and the career-page widget's REST route — so
 * no door can run tests without its session hearing of it.
 */
@Injectable()
export class RunTests {
  constructor(
    private readonly attempts: AttemptsService,
    private readonly sessions: SessionWorkflows,
  ) {}

  async execute(principal: Principal, attemptId: string, files?: FileInput[]): Promise<Run> {
    const run = await this.attempts.runTests(principal, attemptId, files);
    if (principal.candidate) await this.sessions.recordRun(principal.candidate, attemptId);
    return run;
  }
}
