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

  async signUpLearner(password: string) {
    const email = `learner-${Math.random().toString(36).slice(2)}@example.com`;
    const data = await this.ok<{ signUp: { accessToken: string } }>(
      `mutation($i: SignUpInput!) { signUp(input: $i) { accessToken } }`,
      { i: { email, password, displayName: 'Lee Learner' } },
    );
    return { email, token: data.signUp.accessToken };
  }

  logIn(email: string, password: string) {
    return this.gql<{ logIn: { accessToken: string } }>(
      `mutation($i: LogInInput!) { logIn(input: $i) { accessToken } }`,
      { i: { email, password } },
    );
  }

  async signUpCompany() {
    const email = `owner-${Math.random().toString(36).slice(2)}@example.com`;
    const data = await this.ok<{
      signUpCompany: { auth: { accessToken: string }; tenant: { id: string } };
    }>(
      `mutation($input: CompanySignUpInput!) {
        signUpCompany(input: $input) { auth { accessToken } tenant { id } } }`,
      {
        input: {
          companyName: 'Faulty Co',
          displayName: 'Olive Owner',
          email,
          password: 'a long enough password',
        },
      },
    );
    return { token: data.signUpCompany.auth.accessToken, tenantId: data.signUpCompany.tenant.id };
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
