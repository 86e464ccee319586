import jwt from 'jsonwebtoken';
import { AppError } from '../common/app-error';

export interface AccessClaims {
  sub: string;
}

/** Short-lived HS256 access tokens: the user id only; the tenant is chosen per request. */
export class AccessTokens {
  constructor(
    private readonly secret: string,
    private readonly ttlSeconds: number,
  ) {}

  issue(userId: string, now = Date.now()): { token: string; expiresAt: Date } {
    const iat = Math.floor(now / 1000);
    const exp = iat + this.ttlSeconds;
    const token = jwt.sign({ sub: userId, iat, exp, typ: 'access' }, this.secret, {
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
      if (typeof claims === 'string' || claims.typ !== 'access' || typeof claims.sub !== 'string') {
        throw new Error('not an access token');
      }
      return { sub: claims.sub };
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
