import type Redis from 'ioredis';
import type { AppConfig } from '../config/config.schema';
import type { Principal } from './principal';
import { RateLimiter } from './rate-limiter';

type RunLimitConfig = Pick<
  AppConfig,
  | 'RUN_RATE_LIMIT_PER_USER'
  | 'RUN_RATE_LIMIT_PER_SESSION'
  | 'RUN_RATE_LIMIT_PER_EMBED_KEY'
  | 'RUN_RATE_LIMIT_WINDOW_SECONDS'
>;

/**
 * Every operation that starts sandbox work (runTests, submit, submitAssessment, the widget's run
 * and submit) counts here first, in Redis so every replica shares the count: per learner, per
 * candidate session (a career-page applicant is one), and per embed key for the widget. Over a
 * limit: RATE_LIMITED with retryAfterSeconds, and no sandbox run.
 */
export class RunRateLimits {
  private readonly limiter: RateLimiter;

  constructor(
    redis: Redis,
    private readonly config: RunLimitConfig,
  ) {
    this.limiter = new RateLimiter(redis, config.RUN_RATE_LIMIT_WINDOW_SECONDS);
  }

  /** One sandbox-using call by this principal: its candidate session's bucket, or the user's. */
  hit(principal: Principal): Promise<void> {
    return principal.candidate
      ? this.limiter.hit(
          `run:session:${principal.candidate.sessionId}`,
          this.config.RUN_RATE_LIMIT_PER_SESSION,
        )
      : this.limiter.hit(`run:user:${principal.userId}`, this.config.RUN_RATE_LIMIT_PER_USER);
  }

  /** One sandbox-using call through a career-page key (all its applicants together). */
  hitEmbedKey(embedKeyId: string): Promise<void> {
    return this.limiter.hit(`run:embed:${embedKeyId}`, this.config.RUN_RATE_LIMIT_PER_EMBED_KEY);
  }
}
