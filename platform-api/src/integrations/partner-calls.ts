import { Injectable, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { ScopedDb } from '../database/scoped-db.service';

/** Who called: the tenant, and the API key when the ATS authenticates with one (Greenhouse). */
export interface PartnerCaller {
  tenantId: string;
  id: string | null;
}

/**
 * The log of calls an ATS made to our endpoints (Greenhouse's partner API, Lever's webhooks,
 * Workday's orders), written when the answer is sent (so it has the status): the Integrations
 * page shows it; a customer whose ATS reports an error sees what we answered and when. Only
 * authenticated calls are logged (a key, a signature, an order secret), so nobody can fill a
 * tenant's log from outside.
 */
@Injectable()
export class PartnerCalls {
  private readonly logger = new Logger('AtsPartner');

  constructor(private readonly db: ScopedDb) {}

  recordOnFinish(
    res: Response,
    key: PartnerCaller,
    ats: string,
    operation: string,
    detail: () => Record<string, unknown>,
  ) {
    res.once('finish', () => {
      this.db
        .run({ tenantId: key.tenantId }, (tx) =>
          tx.atsPartnerCall.create({
            data: {
              tenantId: key.tenantId,
              ats,
              apiKeyId: key.id,
              operation,
              status: res.statusCode,
              detail: JSON.parse(JSON.stringify(detail())) as object,
            },
          }),
        )
        .catch((error: unknown) => this.logger.warn(`partner call not logged: ${String(error)}`));
    });
  }
}
