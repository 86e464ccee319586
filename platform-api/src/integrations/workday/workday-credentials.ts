import { Injectable } from '@nestjs/common';
import { ScopedDb } from '../../database/scoped-db.service';
import { atsConnectionCredentialsContext } from '../../secrets/sealed-columns';
import { SecretBox } from '../../secrets/secret-box';

/**
 * The Workday integration system user of a tenant, opened for one call (the sync's write-back
 * reads it here, so a reconnect with a new password applies to syncs already running).
 */
@Injectable()
export class WorkdayCredentials {
  constructor(
    private readonly db: ScopedDb,
    private readonly box: SecretBox,
  ) {}

  async of(tenantId: string): Promise<string | null> {
    const connection = await this.db.run({ tenantId }, (tx) =>
      tx.atsConnection.findUnique({ where: { tenantId_ats: { tenantId, ats: 'workday' } } }),
    );
    return connection
      ? this.box.open(connection.credentialsSealed, atsConnectionCredentialsContext(connection.id))
      : null;
  }
}
