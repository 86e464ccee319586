import { Injectable, Logger } from '@nestjs/common';
import { CHANNELS } from './channels';
import { RedisFanout } from './redis-fanout';

/** What goes on a session's channel: only that it changed; subscribers read the state afresh. */
export interface SessionStateMessage {
  sessionId: string;
  reason: 'begun' | 'submit-requested' | 'ended';
  at: number;
}

/**
 * Announces a candidate session's state change (begun, submit requested, ended by submit or
 * expiry) to whichever API instance holds the candidate's socket. Called after the change has
 * committed; a lost publish costs nothing lasting (the candidate app keeps a slow poll as a
 * fallback), so a Redis failure is logged, never thrown into the session's own path.
 */
@Injectable()
export class SessionStateNotifier {
  private readonly logger = new Logger(SessionStateNotifier.name);

  constructor(private readonly fanout: RedisFanout) {}

  async changed(sessionId: string, reason: SessionStateMessage['reason']): Promise<void> {
    const message: SessionStateMessage = { sessionId, reason, at: Date.now() };
    await this.fanout
      .publish(CHANNELS.session(sessionId), message)
      .catch((error: unknown) =>
        this.logger.warn({ sessionId, error: String(error) }, 'session state publish failed'),
      );
  }
}
