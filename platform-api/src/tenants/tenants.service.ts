import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { AuthService } from '../auth/auth.service';
import type { Principal } from '../auth/principal';
import { ScopedDb, scopeOf } from '../database/scoped-db.service';
import type {
  CompanySignUpInput,
  CompanySignUpPayload,
  TenantMembership,
  TenantType,
} from './dto/tenant.types';
import { TenantErrors } from './tenants.errors';

const companyName = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(200, 'must be at most 200 characters');

/** A URL-safe slug from the company name, with a random suffix so two "Acme"s never collide. */
export function tenantSlug(name: string): string {
  const base = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return `${base || 'company'}-${randomBytes(3).toString('hex')}`;
}

/** Companies: sign-up (the tenant and its owner, in one transaction) and which ones you are in. */
@Injectable()
export class TenantsService {
  constructor(
    private readonly db: ScopedDb,
    private readonly auth: AuthService,
  ) {}

  async signUpCompany(input: CompanySignUpInput, ip: string): Promise<CompanySignUpPayload> {
    const name = companyName.safeParse(input.companyName);
    if (!name.success) throw TenantErrors.invalid('companyName', name.error.issues[0].message);
    const account = await this.auth.checkNewAccount(input, ip);
    // The tenant's row is written under its own id, as row-level security requires.
    const tenantId = randomUUID();
    return this.db.run({ tenantId }, async (tx) => {
      const auth = await this.auth.createAccount(tx, account);
      const tenant = await tx.tenant.create({
        data: { id: tenantId, name: name.data, slug: tenantSlug(name.data) },
        select: { id: true, slug: true, name: true },
      });
      await tx.membership.create({ data: { tenantId, userId: auth.user.id, role: 'owner' } });
      await tx.auditLog.create({
        data: {
          tenantId,
          actorUserId: auth.user.id,
          action: 'tenant.created',
          targetType: 'Tenant',
          targetId: tenantId,
          data: { name: tenant.name },
        },
      });
      return { auth, tenant };
    });
  }

  myTenants(principal: Principal): Promise<TenantMembership[]> {
    return this.db.run({ userId: principal.userId }, async (tx) => {
      const rows = await tx.membership.findMany({
        where: { userId: principal.userId },
        select: { role: true, tenant: { select: { id: true, slug: true, name: true } } },
        orderBy: { createdAt: 'asc' },
      });
      return rows.map((row) => ({ tenant: row.tenant, role: row.role }));
    });
  }

  tenant(principal: Principal): Promise<TenantType> {
    return this.db.run(scopeOf(principal), (tx) =>
      tx.tenant.findUniqueOrThrow({
        where: { id: principal.tenant!.id },
        select: { id: true, slug: true, name: true },
      }),
    );
  }
}
