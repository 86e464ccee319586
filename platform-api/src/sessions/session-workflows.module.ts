import { Module } from '@nestjs/common';
import { SessionWorkflows } from './session-workflows';

/** The session workflow client, shared by the solve loop (run signals) and the sessions. */
@Module({ providers: [SessionWorkflows], exports: [SessionWorkflows] })
export class SessionWorkflowsModule {}
