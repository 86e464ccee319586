import { Module } from '@nestjs/common';
import { ProgressModule } from '../progress/progress.module';
import { SessionWorkflowsModule } from '../sessions/session-workflows.module';
import { SandboxClient } from '../sandbox/sandbox.client';
import { AttemptFieldsResolver } from './attempt-fields.resolver';
import { AttemptsResolver } from './attempts.resolver';
import { ChallengeVersions } from './challenge-versions';
import { AttemptsService } from './attempts.service';
import { RunTests } from './run-tests/run-tests.use-case';
import { StarterBaselines } from './starter-baselines';
import { SubmitAttempt } from './submit-attempt.use-case';

@Module({
  imports: [ProgressModule, SessionWorkflowsModule],
  providers: [
    AttemptsService,
    SubmitAttempt,
    RunTests,
    StarterBaselines,
    SandboxClient,
    ChallengeVersions,
    AttemptsResolver,
    AttemptFieldsResolver,
  ],
  exports: [AttemptsService, SubmitAttempt, RunTests, ChallengeVersions, SandboxClient],
})
export class AttemptsModule {}
