import { Module } from '@nestjs/common';
import { ProgressModule } from '../progress/progress.module';
import { SandboxClient } from '../sandbox/sandbox.client';
import { AttemptsResolver } from './attempts.resolver';
import { AttemptsService } from './attempts.service';
import { SubmitAttempt } from './submit-attempt.use-case';

@Module({
  imports: [ProgressModule],
  providers: [AttemptsService, SubmitAttempt, SandboxClient, AttemptsResolver],
})
export class AttemptsModule {}
