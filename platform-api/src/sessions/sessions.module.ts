import { Module } from '@nestjs/common';
import { AttemptsModule } from '../attempts/attempts.module';
import { AuthModule } from '../auth/auth.module';
import { RealtimeModule } from '../realtime/realtime.module';
import { CandidateResolver } from './candidate.resolver';
import { CandidateSessionsService } from './candidate-sessions.service';
import { FinalizeSession } from './finalize-session.use-case';
import { InternalSessionsController } from './internal-sessions.controller';
import { SessionWorkflowsModule } from './session-workflows.module';

@Module({
  imports: [AuthModule, AttemptsModule, SessionWorkflowsModule, RealtimeModule],
  controllers: [InternalSessionsController],
  providers: [CandidateSessionsService, FinalizeSession, CandidateResolver],
  exports: [CandidateSessionsService],
})
export class SessionsModule {}
