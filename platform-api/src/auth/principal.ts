import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { TenantRole } from '../generated/prisma/enums';
import { AppError } from '../common/app-error';

/**
 * Who is calling: a user, and when they picked a tenant (X-Tenant-Id), their role in it; or a
 * candidate, who acts as their candidate user inside one assessment session and nothing else.
 */
export interface Principal {
  userId: string;
  tenant?: { id: string; role: TenantRole };
  candidate?: { sessionId: string; tenantId: string };
}

export interface RequestWithPrincipal {
  headers: Record<string, string | string[] | undefined>;
  ip?: string;
  principal?: Principal;
}

export function requestOf(context: ExecutionContext): RequestWithPrincipal {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: RequestWithPrincipal }>().req;
  }
  return context.switchToHttp().getRequest<RequestWithPrincipal>();
}

/** The signed-in principal; resolvers that use it are guarded, so it is always there. */
export const CurrentPrincipal = createParamDecorator(
  (_data: unknown, context: ExecutionContext) => {
    const principal = requestOf(context).principal;
    if (!principal) throw new AppError('UNAUTHENTICATED', 'Sign in to do this.');
    return principal;
  },
);

/** The principal when there is one (public resolvers that personalise their answer). */
export const OptionalPrincipal = createParamDecorator(
  (_data: unknown, context: ExecutionContext) => requestOf(context).principal,
);

/** The caller's address, for rate limits. */
export const clientIp = (req: RequestWithPrincipal) => req.ip ?? 'unknown';
