import { Resolver, Subscription } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '../auth/principal';
import { Can } from '../common/access.decorators';
import { CandidateSessionsService } from '../sessions/candidate-sessions.service';
import { CandidateSession } from '../sessions/dto/session.types';
import { CHANNELS } from './channels';
import { pushIterator, RedisFanout } from './redis-fanout';

/**
 * Candidate mode's live session state: the candidate token's own session (the channel comes
 * from the token, there is no argument to point elsewhere), pushed as the whole
 * `CandidateSession` each time its state changes, read afresh under the candidate's scope.
 */
@Resolver()
export class SessionStateResolver {
  constructor(
    private readonly fanout: RedisFanout,
    private readonly sessions: CandidateSessionsService,
  ) {}

  @Can('read', 'CandidateSession')
  @Subscription(() => CandidateSession, {
    description:
      "Your candidate session's state whenever it changes (begun, submit requested, submitted or expired). Candidate tokens only.",
    resolve: (value: CandidateSession) => value,
  })
  async sessionStateChanged(@CurrentPrincipal() principal: Principal) {
    // Refuses a non-candidate token the same way candidateSession does.
    await this.sessions.view(principal);
    const sessionId = principal.candidate!.sessionId;
    let release: () => Promise<void> = async () => undefined;
    const { iterator, push } = pushIterator<CandidateSession>(() => release());
    // Reads are chained so pushes leave in the order the changes happened.
    let chain = Promise.resolve();
    release = await this.fanout.listen(CHANNELS.session(sessionId), () => {
      chain = chain.then(() => this.sessions.view(principal).then(push, () => undefined));
    });
    return iterator;
  }
}
