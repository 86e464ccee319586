import { Injectable, Logger } from '@nestjs/common';
import type { Response } from 'express';
import type { AtsKey } from '../ats/ats-key.guard';
import { ScopedDb } from '../database/scoped-db.service';

/**
 * The log of calls an ATS made to our partner endpoints, written when the answer is sent (so
 * it has the status): the Integrations page shows it; a customer whose ATS reports an error
 * sees what we answered and when.
 */
@Injectable()
export class PartnerCalls {
  private readonly logger = new Logger('AtsPartner');

  constructor(private readonly db: ScopedDb) {}

  recordOnFinish(
    res: Response,
    key: AtsKey,
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
