import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { startBody } from '@fixpoint/contracts/widget-v1';
import type Redis from 'ioredis';
import { AttemptsService } from '../../attempts/attempts.service';
import type { Files } from '../../catalog/challenge-content';
import { parseInput } from '../../common/parse-input';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config.schema';
import { ScopedDb } from '../../database/scoped-db.service';
import { REDIS } from '../../redis/redis.module';
import { CandidateSessionsService } from '../../sessions/candidate-sessions.service';
import { placeholderEmail } from '../applicant-placeholder';
import { countApplicant } from '../daily-applicant-cap';
import { type WidgetKey, WidgetService } from '../widget.service';

/**
 * A career-page applicant starts a challenge (POST /widget/v1/attempts): counted against the
 * key's daily cap, a career-page invite is made, its session opened and begun (the timer
 * starts), and the applicant gets their token and the files of their attempt.
 */
@Injectable()
export class StartApplicant {
  constructor(
    private readonly db: ScopedDb,
    private readonly widget: WidgetService,
    private readonly sessions: CandidateSessionsService,
    private readonly attempts: AttemptsService,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute(key: WidgetKey, body: unknown) {
    const { challenge: slug } = parseInput(startBody, body, 'body');
    const link = await this.widget.linkOf(key, slug);
    await countApplicant(this.redis, key.id, this.config.EMBED_DAILY_APPLICANT_CAP);
    const invite = await this.db.run({ tenantId: key.tenantId }, (tx) =>
      tx.candidateInvite.create({
        data: {
          tenantId: key.tenantId,
          assessmentId: link.assessmentId,
          embedKeyId: key.id,
          // Who they are comes with the submit (see applicant-placeholder.ts).
          email: placeholderEmail(),
          tokenHash: `career-page:${randomUUID()}`,
          expiresAt: new Date(Date.now() + 86_400_000),
        },
      }),
    );
    const { token, principal } = await this.sessions.openInvite(invite.id, key.tenantId);
    const session = await this.sessions.begin(principal, true);
    const attemptId = session.challenges[0].attemptId;
    const attempt = await this.attempts.get(principal, attemptId);
    const challenge = await this.widget.challenge(key, slug);
    const saved = attempt.files as Files;
    return {
      attemptId,
      applicantToken: token,
      files: challenge.files.map((f) =>
        f.editable && f.path in saved ? { ...f, content: saved[f.path] } : f,
      ),
    };
  }
}
