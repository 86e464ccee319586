export type Auth = { token: string; tenantId?: string };

export interface GqlResult<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
  /** Set when no HTTP answer came at all (connection refused or reset). */
  networkError?: string;
  status?: number;
}

/** The GraphQL calls the fault cases make, as the web apps make them. */
export class Api {
  constructor(readonly base: string) {}

  async gql<T>(query: string, variables: object = {}, auth?: Auth): Promise<GqlResult<T>> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (auth) headers.authorization = `Bearer ${auth.token}`;
    if (auth?.tenantId) headers['x-tenant-id'] = auth.tenantId;
    try {
      const res = await fetch(`${this.base}/graphql`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(60_000),
      });
      const body = (await res.json()) as GqlResult<T>;
      return { ...body, status: res.status };
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause;
      return { networkError: cause?.code ?? (error as Error).message };
    }
  }

  async ok<T>(query: string, variables: object = {}, auth?: Auth): Promise<T> {
    const result = await this.gql<T>(query, variables, auth);
    if (result.networkError || result.errors?.length || !result.data) {
      throw new Error(
        `GraphQL call failed: ${result.networkError ?? JSON.stringify(result.errors)}`,
      );
    }
    return result.data;
  }

  /**
   * Sign-up as a newcomer does it: "check your e-mail", then the link from the development
   * inbox (the fault suite's API runs with NODE_ENV=development), which signs in.
   */
  async signUpLearner(password: string) {
    const email = `learner-${Math.random().toString(36).slice(2)}@example.com`;
    await this.ok(`mutation($i: SignUpInput!) { signUp(input: $i) { email } }`, {
      i: { email, password, displayName: 'Lee Learner' },
    });
    return { email, token: await this.verifyFromInbox(email) };
  }

  /** Opens the newest verification link mailed to this address; the access token it gives. */
  async verifyFromInbox(email: string): Promise<string> {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const { devInbox } = await this.ok<{ devInbox: { links: string[] }[] }>(
        'query($e: String!) { devInbox(email: $e) { links } }',
        { e: email },
      );
      const link = devInbox.find((m) => m.links[0]?.includes('/verify-email?token='))?.links[0];
      if (link) {
        const token = new URL(link).searchParams.get('token');
        const data = await this.ok<{ verifyEmail: { accessToken: string } }>(
          'mutation($t: String!) { verifyEmail(token: $t) { accessToken } }',
          { t: token },
        );
        return data.verifyEmail.accessToken;
      }
      if (Date.now() > deadline) throw new Error(`no verification mail reached ${email}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  logIn(email: string, password: string) {
    return this.gql<{ logIn: { accessToken: string } }>(
      `mutation($i: LogInInput!) { logIn(input: $i) { accessToken } }`,
      { i: { email, password } },
    );
  }

  async signUpCompany() {
    const email = `owner-${Math.random().toString(36).slice(2)}@example.com`;
    await this.ok(
      `mutation($input: CompanySignUpInput!) { signUpCompany(input: $input) { email } }`,
      {
        input: {
          companyName: 'Faulty Co',
          displayName: 'Olive Owner',
          email,
          password: 'a long enough password',
        },
      },
    );
    const token = await this.verifyFromInbox(email);
    const { myTenants } = await this.ok<{ myTenants: { tenant: { id: string } }[] }>(
      '{ myTenants { tenant { id } } }',
      {},
      { token },
    );
    return { token, tenantId: myTenants[0].tenant.id };
  }

  async createPublishedAssessment(auth: Auth, slug: string, timeLimitMinutes: number) {
    const { createAssessment } = await this.ok<{ createAssessment: { id: string } }>(
      `mutation($input: AssessmentInput!) { createAssessment(input: $input) { id } }`,
      {
        input: {
          title: 'Outage drill',
          instructions: 'Fix what you can.',
          timeLimitMinutes,
          hintsAllowed: false,
          hintPenalty: 10,
          challengeSlugs: [slug],
        },
      },
      auth,
    );
    await this.ok(
      `mutation($id: ID!) { publishAssessment(id: $id) { id } }`,
      { id: createAssessment.id },
      auth,
    );
    return createAssessment.id;
  }

  inviteCandidate(auth: Auth, assessmentId: string, email: string) {
    return this.ok(
      `mutation($id: ID!, $c: [CandidateInput!]!) {
        inviteCandidates(assessmentId: $id, candidates: $c) { invited { id } } }`,
      { id: assessmentId, c: [{ email, name: 'Cand Idate' }] },
      auth,
    );
  }

  async mailTo(auth: Auth, to: string) {
    const { mailbox } = await this.ok<{ mailbox: { to: string; links: string[] }[] }>(
      '{ mailbox { to links } }',
      {},
      auth,
    );
    return mailbox.filter((m) => m.to === to);
  }
}

export const codeOf = (result: GqlResult<unknown>) =>
  result.networkError ? `network:${result.networkError}` : result.errors?.[0]?.extensions?.code;
