import { randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { migrate } from '../../src/database/migrator';
import { secretsKeysField } from '../../src/secrets/keyring';
import { reencryptAll } from '../../src/secrets/reencrypt';
import { webhookSecretContext } from '../../src/secrets/sealed-columns';
import { SecretBox } from '../../src/secrets/secret-box';
import { newTenant } from '../support/builders';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

const key = () => randomBytes(32).toString('base64');

/** Key rotation on a real database: re-encrypt moves every sealed secret to the new key. */
describe('secrets:reencrypt', () => {
  let db: TestDatabase;
  let client: Client;

  beforeAll(async () => {
    db = await createTestDatabase();
    await migrate(db.url);
    client = new Client({ connectionString: db.url });
    await client.connect();
  });

  afterAll(async () => {
    await client?.end();
    await db?.drop();
  });

  it('reseals old-key secrets with the new key; they still open; a second run changes nothing', async () => {
    const oldKey = key();
    const before = new SecretBox(secretsKeysField.parse(`k1:${oldKey}`));
    const tenantId = await newTenant(client);
    const secrets = new Map<string, string>();
    for (let i = 0; i < 3; i++) {
      const id = randomUUID();
      const secret = `whsec_${randomBytes(8).toString('hex')}`;
      secrets.set(id, secret);
      await client.query(
        `insert into webhook_endpoints (id, tenant_id, url, events, secret_sealed)
         values ($1, $2, 'https://x.test/h', '{invitation.created}', $3)`,
        [id, tenantId, before.seal(secret, webhookSecretContext(id))],
      );
    }
    const newKey = key();
    const after = new SecretBox(secretsKeysField.parse(`k2:${newKey},k1:${oldKey}`));
    const [report] = await reencryptAll(client, after);
    expect(report).toMatchObject({ table: 'webhook_endpoints', resealed: 3, current: 0 });
    const { rows } = await client.query<{ id: string; secret_sealed: string }>(
      'select id, secret_sealed from webhook_endpoints',
    );
    const onlyNew = new SecretBox(secretsKeysField.parse(`k2:${newKey}`));
    for (const row of rows) {
      expect(SecretBox.keyIdOf(row.secret_sealed)).toBe('k2');
      expect(onlyNew.open(row.secret_sealed, webhookSecretContext(row.id))).toBe(
        secrets.get(row.id),
      );
    }
    const [again] = await reencryptAll(client, after);
    expect(again).toMatchObject({ resealed: 0, current: 3 });
  });
});
