import { AccessTokens } from '../../src/auth/access-token';
import { loadConfig } from '../../src/config/load-config';
import { ApiHarness, codeOf } from '../support/api-harness';

const REFRESH = `mutation($t: String!) { refresh(refreshToken: $t) { accessToken refreshToken } }`;
const LOG_IN = `mutation($input: LogInInput!) { logIn(input: $input) { accessToken refreshToken } }`;

describe('identity', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await ApiHarness.start({
      env: { AUTH_RATE_LIMIT_PER_ACCOUNT: '3', ACCESS_TOKEN_TTL_SECONDS: '30' },
    });
  });

  afterAll(async () => {
    await api?.stop();
  });

  it('rotates refresh tokens: each works once and returns a new one', async () => {
    const { refreshToken } = await api.signUp();
    const first = await api.ok<{ refresh: { accessToken: string; refreshToken: string } }>(
      REFRESH,
      {
        t: refreshToken,
      },
    );
    expect(first.refresh.refreshToken).not.toBe(refreshToken);
    const me = await api.ok<{ me: { id: string } }>(
      '{ me { id } }',
      {},
      { token: first.refresh.accessToken },
    );
    expect(me.me.id).toEqual(expect.any(String));
  });

  it('rejects a refresh token that was already used, and ends that whole sign-in', async () => {
    const { refreshToken: original } = await api.signUp();
    const rotated = await api.ok<{ refresh: { refreshToken: string } }>(REFRESH, { t: original });

    const replay = await api.gql(REFRESH, { t: original });
    expect(codeOf(replay)).toBe('UNAUTHENTICATED');
    expect(replay.errors?.[0].extensions?.reason).toBe('TOKEN_REUSED');

    // The thief's replay also kills the legitimate holder's newer token.
    expect(codeOf(await api.gql(REFRESH, { t: rotated.refresh.refreshToken }))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('logs out: the refresh token stops working', async () => {
    const { refreshToken } = await api.signUp();
    await api.ok(`mutation($t: String!) { logOut(refreshToken: $t) }`, { t: refreshToken });
    expect(codeOf(await api.gql(REFRESH, { t: refreshToken }))).toBe('UNAUTHENTICATED');
  });

  it('does not tell a wrong password from an unknown email', async () => {
    const { email } = await api.signUp();
    const wrong = await api.gql(LOG_IN, { input: { email, password: 'not the password' } });
    const unknown = await api.gql(LOG_IN, {
      input: { email: `nobody-${Date.now()}@example.com`, password: 'whatever password' },
    });
    expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0].message).toBe(unknown.errors?.[0].message);
  });

  it('rate-limits sign-up and log-in attempts per account in Redis', async () => {
    // The limit is 3 per account here: the sign-up and the helper's log-in count as two.
    const { email } = await api.signUp();
    const attempt = () => api.gql(LOG_IN, { input: { email, password: 'wrong password!' } });
    expect(codeOf(await attempt())).toBe('UNAUTHENTICATED');
    const limited = await attempt();
    expect(codeOf(limited)).toBe('RATE_LIMITED');
    expect(limited.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('refuses a short password with BAD_USER_INPUT, naming the field', async () => {
    const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { email } }`;
    const short = await api.gql(SIGN_UP, {
      input: { email: 'new@example.com', password: 'short', displayName: 'X' },
    });
    expect(codeOf(short)).toBe('BAD_USER_INPUT');
    expect(short.errors?.[0].message).toBe('password: must be at least 10 characters');
  });

  it('says an expired access token has expired', async () => {
    const { userId } = await api.signUp();
    // Signed with the API's (test) key, issued an hour ago with a 30 s lifetime.
    const tokens = new AccessTokens(loadConfig({ NODE_ENV: 'development' }).JWT_SECRET, 30);
    const expired = tokens.issue(userId, Date.now() - 3_600_000).token;
    const result = await api.gql('{ myProgress { streakDays } }', {}, { token: expired });
    expect(codeOf(result)).toBe('UNAUTHENTICATED');
    expect(result.errors?.[0].extensions?.reason).toBe('TOKEN_EXPIRED');
  });
});
