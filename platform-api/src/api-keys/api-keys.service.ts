import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { recordAudit } from '../audit/audit';
import type { Principal } from '../auth/principal';
import { isUuid } from '../common/ids';
import { parseInput } from '../common/parse-input';
import { ScopedDb, scopeOf } from '../database/scoped-db.service';
import type { ApiKey as ApiKeyRow } from '../generated/prisma/client';
import { newApiKey } from './api-key-format';
import { ApiKeyErrors } from './api-keys.errors';
import type { ApiKey, ApiKeyInput, CreatedApiKey } from './dto/api-key.types';
import { API_KEY_SCOPES } from './scopes';
import { tenantOf } from '../common/tenant-principal';

const inputSchema = z.object({
  name: z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters'),
  scopes: z
    .array(z.enum(API_KEY_SCOPES, { error: `must be among ${API_KEY_SCOPES.join(', ')}` }))
    .min(1, 'pick at least one scope')
    .refine((s) => new Set(s).size === s.length, 'a scope can appear only once'),
});

const view = (row: ApiKeyRow): ApiKey => ({
  id: row.id,
  name: row.name,
  prefix: row.prefix,
  scopes: row.scopes,
  lastUsedAt: row.lastUsedAt,
  revokedAt: row.revokedAt,
  createdAt: row.createdAt,
});

/** Tenant API keys for ATSs, managed in the portal by owners and admins (manageApiKeys). */
@Injectable()
export class ApiKeysService {
  constructor(private readonly db: ScopedDb) {}

  list(principal: Principal): Promise<ApiKey[]> {
    return this.db.run(scopeOf(principal), async (tx) =>
      (await tx.apiKey.findMany({ orderBy: { createdAt: 'desc' } })).map(view),
    );
  }

  create(principal: Principal, input: ApiKeyInput): Promise<CreatedApiKey> {
    const valid = parseInput(inputSchema, input);
    const { key, prefix, hash } = newApiKey();
    return this.db.run(scopeOf(principal), async (tx) => {
      const row = await tx.apiKey.create({
        data: {
          tenantId: tenantOf(principal).tenant.id,
          name: valid.name,
          prefix,
          keyHash: hash,
          scopes: valid.scopes,
          createdBy: principal.userId,
        },
      });
      await recordAudit(
        tx,
        principal,
        'api_key.created',
        { type: 'ApiKey', id: row.id },
        { name: row.name, prefix, scopes: row.scopes },
      );
      return { apiKey: view(row), secret: key };
    });
  }

  revoke(principal: Principal, id: string): Promise<ApiKey> {
    return this.db.run(scopeOf(principal), async (tx) => {
      if (!isUuid(id)) throw ApiKeyErrors.notFound();
      const row = await tx.apiKey.findUnique({ where: { id } });
      if (!row) throw ApiKeyErrors.notFound();
      if (row.revokedAt) return view(row);
      const revoked = await tx.apiKey.update({ where: { id }, data: { revokedAt: new Date() } });
      await recordAudit(
        tx,
        principal,
        'api_key.revoked',
        { type: 'ApiKey', id },
        { name: row.name, prefix: row.prefix },
      );
      return view(revoked);
    });
  }
}
