import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { z } from 'zod';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { PrismaService } from '../database/prisma.service';
import { REDIS } from '../redis/redis.module';
import { AccessTokens } from './access-token';
import { AuthErrors } from './auth.errors';
import type { AuthPayload, LogInInput, SignUpInput } from './dto/auth.types';
import { hashPassword, verifyPassword } from './password';
import { RateLimiter } from './rate-limiter';
import { RefreshTokens } from './refresh-tokens';

const signUpSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, 'must be at most 254 characters')
    .regex(/^[^@\s]+@[^@\s]+\.[^@\s]+$/, 'must be an email address'),
  password: z
    .string()
    .min(10, 'must be at least 10 characters')
    .max(200, 'must be at most 200 characters'),
  displayName: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(100, 'must be at most 100 characters'),
});

// A real hash to compare against when the email is unknown, so both paths take the same time.
const DUMMY_HASH = hashPassword('fixpoint-timing-equaliser');

/** Sign up, log in, refresh, log out: the identity use cases. */
@Injectable()
export class AuthService {
  readonly accessTokens: AccessTokens;
  private readonly refreshTokens: RefreshTokens;
  private readonly limiter: RateLimiter;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly prisma: PrismaService,
    @Inject(REDIS) redis: Redis,
  ) {
    this.accessTokens = new AccessTokens(config.JWT_SECRET, config.ACCESS_TOKEN_TTL_SECONDS);
    this.refreshTokens = new RefreshTokens(config.REFRESH_TOKEN_TTL_DAYS);
    this.limiter = new RateLimiter(redis, config.AUTH_RATE_LIMIT_WINDOW_SECONDS);
  }

  async signUp(input: SignUpInput, ip: string): Promise<AuthPayload> {
    await this.limiter.hit(`auth:ip:${ip}`, this.config.AUTH_RATE_LIMIT_PER_IP);
    const parsed = signUpSchema.safeParse(input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw AuthErrors.invalid(String(issue.path[0]), issue.message);
    }
    const { email, password, displayName } = parsed.data;
    await this.limiter.hit(`auth:account:${email}`, this.config.AUTH_RATE_LIMIT_PER_ACCOUNT);
    const passwordHash = await hashPassword(password);
    return this.prisma.$transaction(async (tx) => {
      const exists = await tx.user.findUnique({ where: { email }, select: { id: true } });
      if (exists) throw AuthErrors.emailTaken();
      const user = await tx.user.create({ data: { email, displayName, passwordHash } });
      return this.payload(user, await this.refreshTokens.issue(tx, user.id));
    });
  }

  async logIn(input: LogInInput, ip: string): Promise<AuthPayload> {
    const email = input.email.trim().toLowerCase();
    await this.limiter.hit(`auth:ip:${ip}`, this.config.AUTH_RATE_LIMIT_PER_IP);
    await this.limiter.hit(`auth:account:${email}`, this.config.AUTH_RATE_LIMIT_PER_ACCOUNT);
    const user = await this.prisma.user.findUnique({ where: { email } });
    const ok = await verifyPassword(input.password, user?.passwordHash ?? (await DUMMY_HASH));
    if (!user || !ok) throw AuthErrors.badCredentials();
    return this.prisma.$transaction(async (tx) =>
      this.payload(user, await this.refreshTokens.issue(tx, user.id)),
    );
  }

  async refresh(refreshToken: string): Promise<AuthPayload> {
    const rotation = await this.prisma.$transaction((tx) =>
      this.refreshTokens.rotate(tx, refreshToken),
    );
    // Reuse: the family's revocation is committed above; now refuse.
    if (rotation.reused) throw AuthErrors.refreshReused();
    const user = await this.prisma.user.findUniqueOrThrow({ where: { id: rotation.userId } });
    return this.payload(user, rotation.token);
  }

  async logOut(refreshToken: string): Promise<boolean> {
    await this.prisma.$transaction((tx) => this.refreshTokens.revoke(tx, refreshToken));
    return true;
  }

  private payload(
    user: { id: string; email: string; displayName: string },
    refreshToken: string,
  ): AuthPayload {
    const access = this.accessTokens.issue(user.id);
    return {
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt,
      refreshToken,
      user: { id: user.id, email: user.email, displayName: user.displayName },
    };
  }
}
