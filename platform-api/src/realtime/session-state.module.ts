import { Module } from '@nestjs/common';
import { SessionsModule } from '../sessions/sessions.module';
import { RealtimeModule } from './realtime.module';
import { SessionStateResolver } from './session-state.resolver';

/** The candidate's session-state subscription (the sessions module publishes the changes). */
@Module({
  imports: [SessionsModule, RealtimeModule],
  providers: [SessionStateResolver],
})
export class SessionStateModule {}
