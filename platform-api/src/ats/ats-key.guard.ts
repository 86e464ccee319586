import {
  applyDecorators,
  type CanActivate,
  type ExecutionContext,
  Inject,
  Injectable,
  Logger,
  SetMetadata,
  UseFilters,
  UseGuards,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import type Redis from 'ioredis';
import { keyFromAuthorization, keyMatches, KEY_PATTERN } from '../api-keys/api-key-format';
import type { ApiKeyScope } from '../api-keys/scopes';
import { IS_INTERNAL } from '../common/access.decorators';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { ScopedDb } from '../database/scoped-db.service';
import { REDIS } from '../redis/redis.module';
import { AtsProblems } from './ats-problem';
import { AtsProblemFilter } from './ats-problem.filter';
import { countRequest } from './rate-limit';

const REQUIRED_SCOPE = 'fixpoint:atsScope';

/** The API key a request authenticated with. The tenant comes from it and nothing else. */
export interface AtsKey {
  id: string;
  tenantId: string;
  name: string;
  scopes: string[];
  /** The member who made the key: the inviter of the candidates it invites. */
  createdBy: string | null;
}

export type AtsRequest = Request & { atsKey?: AtsKey };

/**
 * An /ats/v1 route: authenticated by a tenant API key with `scope` (not by a user token: the
 * global guard leaves these routes to this one, as it does the internal routes), rate limited
 * per key, errors as RFC 9457 problems.
 */
export const AtsRoute = (scope: ApiKeyScope) =>
  applyDecorators(
    SetMetadata(IS_INTERNAL, true),
    SetMetadata(REQUIRED_SCOPE, scope),
    UseGuards(AtsKeyGuard),
    UseFilters(AtsProblemFilter),
  );

// last_used_at is written at most once a minute per key (a write per request would cost more
// than the request).
const LAST_USED_EVERY_SECONDS = 60;

@Injectable()
export class AtsKeyGuard implements CanActivate {
  private readonly logger = new Logger('AtsApi');

  constructor(
    private readonly reflector: Reflector,
    private readonly db: ScopedDb,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<AtsRequest>();
    const res = context.switchToHttp().getResponse<Response>();
    const key = await this.authenticate(req.headers.authorization);
    req.atsKey = key;
    const rate = await countRequest(this.redis, key.id, this.config.ATS_RATE_LIMIT_PER_MINUTE);
    res.setHeader('ratelimit-limit', String(rate.limit));
    res.setHeader('ratelimit-remaining', String(rate.remaining));
    res.setHeader('ratelimit-reset', String(rate.reset));
    this.auditOnFinish(req, res, key);
    if (rate.exceeded) throw AtsProblems.rateLimited(rate.reset);
    const scope =
      this.reflector.get<string>(REQUIRED_SCOPE, context.getHandler()) ??
      this.reflector.get<string>(REQUIRED_SCOPE, context.getClass());
    if (!key.scopes.includes(scope)) throw AtsProblems.scopeMissing(scope);
    await this.touch(key);
    return true;
  }

  private async authenticate(header: string | undefined): Promise<AtsKey> {
    const presented = keyFromAuthorization(header);
    const match = presented ? KEY_PATTERN.exec(presented) : null;
    if (!presented || !match) throw AtsProblems.keyInvalid();
    const rows = await this.db.run(
      {},
      (tx) =>
        tx.$queryRaw<
          {
            id: string;
            tenant_id: string;
            key_hash: string;
            scopes: string[];
            revoked_at: Date | null;
            created_by: string | null;
            name: string;
          }[]
        >`select * from api_key_by_prefix(${match[1]})`,
    );
    const row = rows[0];
    // Unknown, revoked and wrong secret look the same to the caller.
    if (!row || row.revoked_at || !keyMatches(presented, row.key_hash))
      throw AtsProblems.keyInvalid();
    return {
      id: row.id,
      tenantId: row.tenant_id,
      name: row.name,
      scopes: row.scopes,
      createdBy: row.created_by,
    };
  }

  private async touch(key: AtsKey) {
    const fresh = await this.redis
      .set(`ats:used:${key.id}`, '1', 'EX', LAST_USED_EVERY_SECONDS, 'NX')
      .catch(() => null);
    if (fresh !== 'OK') return;
    await this.db.run({ tenantId: key.tenantId }, (tx) =>
      tx.apiKey.update({ where: { id: key.id }, data: { lastUsedAt: new Date() } }),
    );
  }

  /** Every use of a key is audited: the operation, the answer's status, the key. */
  private auditOnFinish(req: AtsRequest, res: Response, key: AtsKey) {
    res.once('finish', () => {
      this.db
        .run({ tenantId: key.tenantId }, (tx) =>
          tx.auditLog.create({
            data: {
              tenantId: key.tenantId,
              actorUserId: null,
              action: 'api_key.used',
              targetType: 'ApiKey',
              targetId: key.id,
              data: {
                key: key.name,
                method: req.method,
                path: req.originalUrl.split('?')[0],
                status: res.statusCode,
              },
            },
          }),
        )
        .catch((error: unknown) => this.logger.warn(`api key use not audited: ${String(error)}`));
    });
  }
}
