import jwt from 'jsonwebtoken';
import { AppError } from '../common/app-error';

export interface AccessClaims {
  sub: string;
  /** Set on candidate tokens: the assessment session they may act in, and nothing else. */
  sessionId?: string;
  /** When the token was issued (seconds since the epoch). */
  issuedAt: number;
}

/**
 * Short-lived HS256 access tokens: the user id only; the tenant is chosen per request.
 * Candidate tokens (typ 'candidate') carry the candidate user and their one session.
 */
export class AccessTokens {
  constructor(
    private readonly secret: string,
    private readonly ttlSeconds: number,
  ) {}

  issue(userId: string, now = Date.now()): { token: string; expiresAt: Date } {
    return this.sign({ sub: userId, typ: 'access' }, this.ttlSeconds, now);
  }

  issueCandidate(userId: string, sessionId: string, ttlSeconds: number, now = Date.now()) {
    return this.sign({ sub: userId, sid: sessionId, typ: 'candidate' }, ttlSeconds, now);
  }

  private sign(claims: Record<string, string>, ttlSeconds: number, now: number) {
    const iat = Math.floor(now / 1000);
    const exp = iat + ttlSeconds;
    const token = jwt.sign({ ...claims, iat, exp }, this.secret, {
      algorithm: 'HS256',
      issuer: 'fixpoint',
      audience: 'fixpoint-api',
    });
    return { token, expiresAt: new Date(exp * 1000) };
  }

  verify(token: string): AccessClaims {
    try {
      const claims = jwt.verify(token, this.secret, {
        algorithms: ['HS256'],
        issuer: 'fixpoint',
        audience: 'fixpoint-api',
      });
      if (typeof claims === 'string' || typeof claims.sub !== 'string') {
        throw new Error('not an access token');
      }
      const issuedAt = typeof claims.iat === 'number' ? claims.iat : 0;
      if (claims.typ === 'access') return { sub: claims.sub, issuedAt };
      if (claims.typ === 'candidate' && typeof claims.sid === 'string') {
        return { sub: claims.sub, sessionId: claims.sid, issuedAt };
      }
      throw new Error('not an access token');
    } catch (error) {
      if (error instanceof jwt.TokenExpiredError) {
        throw new AppError(
          'UNAUTHENTICATED',
          'Your session expired. Refresh it or sign in again.',
          {
            reason: 'TOKEN_EXPIRED',
          },
        );
      }
      throw new AppError('UNAUTHENTICATED', 'That access token is not valid. Sign in again.');
    }
  }
}
