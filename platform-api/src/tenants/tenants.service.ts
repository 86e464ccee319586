import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { AuthService } from '../auth/auth.service';
import type { Principal } from '../auth/principal';
import { ScopedDb, scopeOf } from '../database/scoped-db.service';
import { AccountApp, type AccountMailSent } from '../auth/dto/account.types';
import { checkYourEmail, SignUpService } from '../auth/sign-up.service';
import type { CompanySignUpInput, TenantMembership, TenantType } from './dto/tenant.types';
import { TenantErrors } from './tenants.errors';
import { tenantOf } from '../common/tenant-principal';

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
    private readonly signUps: SignUpService,
  ) {}

  /**
   * A company and its owner account, answered like learner sign-up: "check your e-mail" whether
   * or not the address has an account. A new address gets the company (created now, reached
   * once the owner opens the verification link, which signs them in); a taken one, a mail to
   * its owner and no company.
   */
  async signUpCompany(input: CompanySignUpInput, ip: string): Promise<AccountMailSent> {
    const name = companyName.safeParse(input.companyName);
    if (!name.success) throw TenantErrors.invalid('companyName', name.error.issues[0].message);
    const account = await this.auth.checkNewAccount(input, ip);
    await this.signUps.start(account, AccountApp.PORTAL, async (tx, userId) => {
      // The tenant's row is written under its own id, as row-level security requires.
      const tenantId = randomUUID();
      await tx.$executeRaw`select set_config('app.tenant_id', ${tenantId}, true)`;
      await tx.tenant.create({
        data: { id: tenantId, name: name.data, slug: tenantSlug(name.data) },
      });
      await tx.membership.create({ data: { tenantId, userId, role: 'owner' } });
      await tx.auditLog.create({
        data: {
          tenantId,
          actorUserId: userId,
          action: 'tenant.created',
          targetType: 'Tenant',
          targetId: tenantId,
          data: { name: name.data },
        },
      });
    });
    return checkYourEmail(account.email);
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
        where: { id: tenantOf(principal).tenant.id },
        select: { id: true, slug: true, name: true },
      }),
    );
  }
}
