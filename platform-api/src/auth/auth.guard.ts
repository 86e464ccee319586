import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppError } from '../common/app-error';
import { isUuid } from '../common/ids';
import { IS_INTERNAL, IS_PUBLIC, REQUIRED_ABILITY } from '../common/access.decorators';
import { ScopedDb } from '../database/scoped-db.service';
import { type Action, defineAbilityFor, type Subject } from '../permissions/abilities';
import { AuthService } from './auth.service';
import { type Principal, requestOf } from './principal';

/**
 * The global guard: every resolver and handler needs a signed-in principal unless marked
 * @Public(), and the ability its @Can() names. The tenant comes only from the X-Tenant-Id
 * header of an authenticated request, checked against the caller's membership.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly db: ScopedDb,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_INTERNAL, targets) === true) return true;
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets) === true;
    const req = requestOf(context);
    req.principal ??= await this.authenticate(req.headers);

    if (isPublic) return true;
    if (!req.principal) throw new AppError('UNAUTHENTICATED', 'Sign in to do this.');
    const required = this.reflector.getAllAndOverride<{ action: Action; subject: Subject }>(
      REQUIRED_ABILITY,
      targets,
    );
    if (required && !defineAbilityFor(req.principal).can(required.action, required.subject)) {
      throw new AppError('FORBIDDEN', `Your role cannot ${required.action} ${required.subject}.`);
    }
    return true;
  }

  private async authenticate(
    headers: Record<string, string | string[] | undefined>,
  ): Promise<Principal | undefined> {
    const header = headers.authorization;
    if (typeof header !== 'string' || !header.startsWith('Bearer ')) return undefined;
    const claims = this.auth.accessTokens.verify(header.slice('Bearer '.length).trim());
    const userId = claims.sub;
    if (claims.sessionId) return this.candidate(userId, claims.sessionId, claims.issuedAt);
    const tenantId = headers['x-tenant-id'];
    if (tenantId === undefined) return { userId };
    // Not a member and no such tenant look the same: NOT_FOUND, never a hint of existence.
    const notFound = new AppError('NOT_FOUND', 'No such tenant among your memberships.');
    if (typeof tenantId !== 'string' || !isUuid(tenantId)) throw notFound;
    const membership = await this.db.run({ userId }, (tx) =>
      tx.membership.findFirst({ where: { userId, tenantId }, select: { role: true } }),
    );
    if (!membership) throw notFound;
    return { userId, tenant: { id: tenantId, role: membership.role } };
  }

  /**
   * A candidate token: the session's tenant is looked up; no tenant header is honoured. A
   * token issued before the invite's last resend is void (the new link replaces it).
   */
  private async candidate(userId: string, sessionId: string, issuedAt: number): Promise<Principal> {
    const rows = await this.db.run(
      {},
      (tx) =>
        tx.$queryRaw<{ tenant_id: string; tokens_valid_after: Date }[]>`
        select tenant_id, tokens_valid_after from candidate_session(${sessionId}::uuid)`,
    );
    const tenantId = rows[0]?.tenant_id;
    const validAfter = Math.floor((rows[0]?.tokens_valid_after.getTime() ?? 0) / 1000);
    if (!tenantId || issuedAt < validAfter)
      throw new AppError('UNAUTHENTICATED', 'This assessment link is no longer valid.');
    return { userId, candidate: { sessionId, tenantId } };
  }
}
