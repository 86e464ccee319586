import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { loadConfig } from '../../src/config/load-config';
import { DevInboxResolver } from '../../src/mail/dev-inbox.resolver';
import { ApiHarness, codeOf } from '../support/api-harness';

const PASSWORD = 'a long enough password';
const SIGN_UP = `mutation($i: SignUpInput!) { signUp(input: $i) { email message } }`;
const VERIFY = `mutation($t: String!) { verifyEmail(token: $t) { accessToken refreshToken user { email displayName } } }`;
const LOG_IN = `mutation($i: LogInInput!) { logIn(input: $i) { accessToken refreshToken } }`;
const REFRESH = `mutation($t: String!) { refresh(refreshToken: $t) { refreshToken } }`;
const REQUEST_RESET = `mutation($e: String!) { requestPasswordReset(email: $e) { email message } }`;
const RESET = `mutation($i: ResetPasswordInput!) { resetPassword(input: $i) { accessToken refreshToken } }`;

const newEmail = () => `acct-${randomUUID().slice(0, 8)}@example.com`;
const tokenOf = (link: string) => new URL(link).searchParams.get('token')!;

/** Issue 14: sign-up that reveals nothing, verification, reset, change password, profile. */
describe('account basics', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await ApiHarness.start({
      env: { OUTBOX_POLL_MS: '50', ACCOUNT_MAIL_LIMIT_PER_ACCOUNT: '3' },
    });
  });
  afterAll(() => api.stop());

  /** The raw HTTP answer, as an attacker probing addresses would see it. */
  async function raw(query: string, variables: Record<string, unknown>) {
    const res = await fetch(`${api.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, body: await res.text() };
  }

  const signUpInput = (email: string, displayName = 'Ada Account') => ({
    i: { email, password: PASSWORD, displayName },
  });

  /** Signs up through the real flow: the link from the development inbox, opened. */
  async function verifiedAccount(email = newEmail()) {
    await api.ok(SIGN_UP, signUpInput(email));
    const [mail] = await api.devInbox(email);
    const { verifyEmail } = await api.ok<{
      verifyEmail: { accessToken: string; refreshToken: string };
    }>(VERIFY, { t: tokenOf(mail.links[0]) });
    return { email, ...verifyEmail };
  }

  it('answers a taken address exactly like a new one, and mails the owner instead', async () => {
    const email = newEmail();
    const first = await raw(SIGN_UP, signUpInput(email));
    const again = await raw(SIGN_UP, signUpInput(email, 'Someone Else'));
    expect(again).toEqual(first);
    expect(first.status).toBe(200);
    expect(JSON.parse(first.body).data.signUp.message).toMatch(/^Check your e-mail/);

    const mail = await api.devInbox(email, 2);
    expect(mail.map((m) => m.subject).sort()).toEqual([
      'Confirm your e-mail address for Fixpoint',
      'Someone tried to sign up to Fixpoint with your address',
    ]);
    const { rows } = await api.owner.query(
      `select display_name from users where email = $1 and kind = 'account'`,
      [email],
    );
    expect(rows).toEqual([{ display_name: 'Ada Account' }]);
  });

  it('signs a new learner in from the verification link, once; log-in waits for it', async () => {
    const email = newEmail();
    await api.ok(SIGN_UP, signUpInput(email));
    const early = await api.gql(LOG_IN, { i: { email, password: PASSWORD } });
    expect(early.errors?.[0].extensions?.reason).toBe('EMAIL_NOT_VERIFIED');

    const [mail] = await api.devInbox(email);
    expect(mail.links[0]).toMatch(/^http:\/\/127\.0\.0\.1:5173\/verify-email\?token=/);
    const opened = await api.ok<{ verifyEmail: { accessToken: string; user: { email: string } } }>(
      VERIFY,
      { t: tokenOf(mail.links[0]) },
    );
    expect(opened.verifyEmail.user.email).toBe(email);
    const me = await api.ok<{ me: { email: string } }>(
      '{ me { email } }',
      {},
      {
        token: opened.verifyEmail.accessToken,
      },
    );
    expect(me.me.email).toBe(email);

    const twice = await api.gql(VERIFY, { t: tokenOf(mail.links[0]) });
    expect(codeOf(twice)).toBe('NOT_FOUND');
    expect(twice.errors?.[0].extensions?.reason).toBe('LINK_INVALID');
    expect(codeOf(await api.gql(LOG_IN, { i: { email, password: PASSWORD } }))).toBeUndefined();
  });

  it('answers a reset request the same for an unknown address, and rate-limits both alike', async () => {
    const { email } = await verifiedAccount();
    const unknown = newEmail();
    const known = await raw(REQUEST_RESET, { e: email });
    const nobody = await raw(REQUEST_RESET, { e: unknown });
    expect(nobody.status).toBe(known.status);
    expect(JSON.parse(nobody.body)).toEqual(JSON.parse(known.body.split(email).join(unknown)));
    for (const address of [email, unknown]) {
      for (let i = 0; i < 2; i++) await api.ok(REQUEST_RESET, { e: address });
      expect(codeOf(await api.gql(REQUEST_RESET, { e: address }))).toBe('RATE_LIMITED');
    }
    // Only the address with an account got mail, and only the newest link works.
    const mail = await api.devInbox(email, 4);
    const resets = mail.filter((m) => m.subject === 'Reset your Fixpoint password');
    expect(resets).toHaveLength(3);
    const older = await api.gql(RESET, {
      i: { token: tokenOf(resets[1].links[0]), password: 'a new password 1' },
    });
    expect(older.errors?.[0].extensions?.reason).toBe('LINK_INVALID');
    expect(await api.devInbox(unknown, 0)).toEqual([]);
  });

  it('resets a password from the link once; every earlier sign-in ends', async () => {
    const { email, refreshToken: fromSignUp } = await verifiedAccount();
    const other = await api.ok<{ logIn: { refreshToken: string } }>(LOG_IN, {
      i: { email, password: PASSWORD },
    });
    await api.ok(REQUEST_RESET, { e: email });
    const [mail] = await api.devInbox(email, 2);
    expect(mail.subject).toBe('Reset your Fixpoint password');
    const token = tokenOf(mail.links[0]);

    const reset = await api.ok<{ resetPassword: { refreshToken: string } }>(RESET, {
      i: { token, password: 'a brand new password' },
    });
    for (const old of [fromSignUp, other.logIn.refreshToken]) {
      expect(codeOf(await api.gql(REFRESH, { t: old }))).toBe('UNAUTHENTICATED');
    }
    const { rows } = await api.owner.query(
      `select count(*)::int as live from refresh_tokens t join users u on u.id = t.user_id
        where u.email = $1 and t.revoked_at is null and t.rotated_at is null`,
      [email],
    );
    expect(rows[0].live).toBe(1);
    expect(codeOf(await api.gql(REFRESH, { t: reset.resetPassword.refreshToken }))).toBeUndefined();

    const again = await api.gql(RESET, { i: { token, password: 'yet another password' } });
    expect(again.errors?.[0].extensions?.reason).toBe('LINK_INVALID');
    expect(codeOf(await api.gql(LOG_IN, { i: { email, password: PASSWORD } }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(
      codeOf(await api.gql(LOG_IN, { i: { email, password: 'a brand new password' } })),
    ).toBeUndefined();
  });

  it('refuses a reset link once it has expired', async () => {
    const { email } = await verifiedAccount();
    await api.ok(REQUEST_RESET, { e: email });
    const [mail] = await api.devInbox(email, 2);
    await api.owner.query(
      `update account_tokens set expires_at = now() - interval '1 second'
        where purpose = 'reset_password' and used_at is null
          and user_id = (select id from users where email = $1 and kind = 'account')`,
      [email],
    );
    const late = await api.gql(RESET, {
      i: { token: tokenOf(mail.links[0]), password: 'too late password' },
    });
    expect(late.errors?.[0].extensions?.reason).toBe('LINK_INVALID');
  });

  it('changes the password with the current one and ends the other sessions', async () => {
    const { email, accessToken, refreshToken } = await verifiedAccount();
    const CHANGE = `mutation($i: ChangePasswordInput!) { changePassword(input: $i) { refreshToken } }`;
    const wrong = await api.gql(
      CHANGE,
      { i: { currentPassword: 'not it at all', newPassword: 'whatever new pw' } },
      { token: accessToken },
    );
    expect(wrong.errors?.[0].message).toBe('currentPassword: that is not your current password.');
    const changed = await api.ok<{ changePassword: { refreshToken: string } }>(
      CHANGE,
      { i: { currentPassword: PASSWORD, newPassword: 'the changed password' } },
      { token: accessToken },
    );
    expect(codeOf(await api.gql(REFRESH, { t: refreshToken }))).toBe('UNAUTHENTICATED');
    expect(
      codeOf(await api.gql(REFRESH, { t: changed.changePassword.refreshToken })),
    ).toBeUndefined();
    expect(
      codeOf(await api.gql(LOG_IN, { i: { email, password: 'the changed password' } })),
    ).toBeUndefined();
  });

  it('changes the display name, and the e-mail only once the new address opens its link', async () => {
    const { email, accessToken } = await verifiedAccount();
    const auth = { token: accessToken };
    const renamed = await api.ok<{ updateProfile: { displayName: string } }>(
      'mutation { updateProfile(displayName: "  Grace Hopper ") { displayName } }',
      {},
      auth,
    );
    expect(renamed.updateProfile.displayName).toBe('Grace Hopper');

    const moved = newEmail();
    await api.ok(
      `mutation($i: ChangeEmailInput!) { requestEmailChange(input: $i) { email } }`,
      { i: { newEmail: moved, currentPassword: PASSWORD } },
      auth,
    );
    const [notice] = await api.devInbox(email, 2);
    expect(notice.subject).toBe('Your Fixpoint e-mail address is being changed');
    expect(notice.links).toEqual([]);
    expect((await api.ok<{ me: { email: string } }>('{ me { email } }', {}, auth)).me.email).toBe(
      email,
    );

    const [confirm] = await api.devInbox(moved);
    const opened = await api.ok<{ verifyEmail: { user: { email: string; displayName: string } } }>(
      VERIFY,
      { t: tokenOf(confirm.links[0]) },
    );
    expect(opened.verifyEmail.user).toEqual({ email: moved, displayName: 'Grace Hopper' });
    expect(
      codeOf(await api.gql(LOG_IN, { i: { email: moved, password: PASSWORD } })),
    ).toBeUndefined();
    expect(codeOf(await api.gql(LOG_IN, { i: { email, password: PASSWORD } }))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('answers company sign-up like learner sign-up; the portal link signs the owner into the company', async () => {
    const email = newEmail();
    const SIGN_UP_COMPANY = `mutation($i: CompanySignUpInput!) { signUpCompany(input: $i) { email message } }`;
    const input = {
      i: { companyName: 'Quiet Co', displayName: 'Olive', email, password: PASSWORD },
    };
    const first = await raw(SIGN_UP_COMPANY, input);
    expect(await raw(SIGN_UP_COMPANY, input)).toEqual(first);
    const mail = await api.devInbox(email, 2);
    const verify = mail.find((m) => m.subject.startsWith('Confirm'))!;
    expect(verify.links[0]).toMatch(/^http:\/\/127\.0\.0\.1:4200\/verify-email\?token=/);
    const opened = await api.ok<{ verifyEmail: { accessToken: string } }>(VERIFY, {
      t: tokenOf(verify.links[0]),
    });
    const { myTenants } = await api.ok<{ myTenants: { role: string; tenant: { name: string } }[] }>(
      '{ myTenants { role tenant { name } } }',
      {},
      { token: opened.verifyEmail.accessToken },
    );
    expect(myTenants).toEqual([{ role: 'owner', tenant: { name: 'Quiet Co' } }]);
  });

  it('refuses the development inbox outside development, before reading anything', async () => {
    const pool = new Pool({ connectionString: api.db.url, max: 1 });
    try {
      for (const env of [
        { NODE_ENV: 'development', MAILER: 'smtp', SMTP_URL: 'smtp://127.0.0.1:9' },
        { NODE_ENV: 'test' },
        { NODE_ENV: 'production' },
      ]) {
        const config = { ...loadConfig({ NODE_ENV: 'development' }), ...env } as ReturnType<
          typeof loadConfig
        >;
        const inbox = new DevInboxResolver(config, pool);
        await expect(inbox.devInbox('someone@example.com')).rejects.toMatchObject({
          message: expect.stringContaining('only when the API runs with NODE_ENV=development'),
          extensions: { code: 'FORBIDDEN', reason: 'DEV_ONLY' },
        });
      }
    } finally {
      await pool.end();
    }
  });
});
