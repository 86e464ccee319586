import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { type Principal, requestOf } from '../auth/principal';
import { AppError } from './app-error';

/** A principal acting inside a tenant (X-Tenant-Id chosen, a membership found): what staff calls have. */
export interface TenantPrincipal extends Principal {
  tenant: NonNullable<Principal['tenant']>;
}

/**
 * The principal as a tenant principal, or FORBIDDEN when no company is chosen. Guards
 * (`@Can` on tenant subjects) already refuse such calls; this makes the type say so instead
 * of `principal.tenant!` at every use.
 */
export function tenantOf(principal: Principal): TenantPrincipal {
  const { tenant } = principal;
  if (!tenant) throw new AppError('FORBIDDEN', 'Choose a company first: this acts inside one.');
  return { ...principal, tenant };
}

/** The signed-in staff member inside their chosen company (see tenantOf). */
export const CurrentTenantPrincipal = createParamDecorator(
  (_data: unknown, context: ExecutionContext) => {
    const principal = requestOf(context).principal;
    if (!principal) throw new AppError('UNAUTHENTICATED', 'Sign in to do this.');
    return tenantOf(principal);
  },
);
