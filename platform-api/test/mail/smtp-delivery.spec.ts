import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { ApiHarness } from '../support/api-harness';
import { HiringClient } from '../hiring/hiring-client';

interface Received {
  from: string;
  to: string[];
  data: string;
}

/**
 * Mail with MAILER=smtp, against a local SMTP server speaking the real protocol: invitations
 * leave through the outbox relay as SMTP messages (none lands in the local mailbox), and a
 * server that refuses a message leaves it pending, retried on the next polls until it goes.
 */
describe('mail over SMTP', () => {
  let smtp: SMTPServer;
  let api: ApiHarness;
  let hiring: HiringClient;
  const received: Received[] = [];
  let refuseNext = 0;

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        let data = '';
        stream.on('data', (chunk: Buffer) => (data += chunk.toString()));
        stream.on('end', () => {
          if (refuseNext > 0) {
            refuseNext -= 1;
            const error = Object.assign(new Error('Mailbox busy, try later'), {
              responseCode: 451,
            });
            callback(error);
            return;
          }
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            data,
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const { port } = smtp.server.address() as AddressInfo;
    api = await ApiHarness.start({
      env: {
        MAILER: 'smtp',
        SMTP_URL: `smtp://127.0.0.1:${port}?ignoreTLS=true`,
        MAIL_FROM: 'Fixpoint <no-reply@fixpoint.test>',
        OUTBOX_POLL_MS: '50',
      },
    });
    hiring = new HiringClient(api);
  });

  afterAll(async () => {
    await api?.stop();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  async function waitFor<T>(find: () => T | undefined, ms = 10_000): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = find();
      if (found) return found;
      if (Date.now() > deadline) throw new Error('timed out');
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  it('sends a team invitation as an SMTP message with its link, and keeps nothing in the mailbox', async () => {
    const owner = await hiring.signUpCompany('Mail Co');
    const auth = { token: owner.token, tenantId: owner.tenantId };
    await api.ok(
      `mutation { inviteTeamMember(email: "new.hire@example.com", role: viewer) { id } }`,
      {},
      auth,
    );
    const mail = await waitFor(() => received.find((m) => m.to.includes('new.hire@example.com')));
    expect(mail.from).toBe('no-reply@fixpoint.test');
    expect(mail.data).toMatch(/^Subject: Olive Owner invited you to Mail Co on Fixpoint/m);
    expect(mail.data).toMatch(/^Message-ID: <outbox-\d+@fixpoint>/im);
    expect(mail.data.replace(/=\r\n/g, '')).toContain('/join?token=');
    const { mailbox } = await api.ok<{ mailbox: unknown[] }>('{ mailbox { id } }', {}, auth);
    expect(mailbox).toEqual([]);
  });

  it('retries a message the server refused, and delivers it once', async () => {
    const owner = await hiring.signUpCompany('Retry Co');
    // The owner's sign-up mail goes out first, so the refusals below hit only the invitation.
    await waitFor(() => received.find((m) => m.to.includes(owner.email)));
    refuseNext = 2;
    await api.ok(
      `mutation { inviteTeamMember(email: "patient@example.com", role: viewer) { id } }`,
      {},
      { token: owner.token, tenantId: owner.tenantId },
    );
    await waitFor(() => received.find((m) => m.to.includes('patient@example.com')));
    expect(refuseNext).toBe(0);
    // The relay marks the row delivered after the server's "250 OK" reaches it, which is a
    // moment after the server above has the message: wait for the mark, then read the row.
    const outboxRows = async () =>
      (
        await api.owner.query<{ attempts: number; delivered: boolean }>(
          `select attempts, delivered_at is not null as delivered from outbox
            where topic = 'mail.send' and payload->>'to' = 'patient@example.com'`,
        )
      ).rows;
    let rows = await outboxRows();
    for (const deadline = Date.now() + 5_000; !rows[0]?.delivered && Date.now() < deadline;) {
      await new Promise((r) => setTimeout(r, 50));
      rows = await outboxRows();
    }
    expect(rows).toEqual([{ attempts: 2, delivered: true }]);
    await new Promise((r) => setTimeout(r, 300));
    expect(received.filter((m) => m.to.includes('patient@example.com'))).toHaveLength(1);
  });
});
