import { Client } from 'pg';

/**
 * Sign-up answers only "check your e-mail" and the benches run the API as production (no
 * development inbox): they mark the address verified in their own database, as opening the
 * link would, then log in.
 */
export async function verifyByDatabase(ownerUrl: string, email: string): Promise<void> {
  const owner = new Client({ connectionString: ownerUrl });
  await owner.connect();
  try {
    const { rowCount } = await owner.query(
      `update users set email_verified_at = now() where email = $1 and kind = 'account'`,
      [email],
    );
    if (rowCount !== 1) throw new Error(`bench: no account for ${email} to verify`);
  } finally {
    await owner.end();
  }
}
