import { ApiHarness } from '../support/api-harness';

type Auth = { token: string; tenantId?: string };

/** The hiring calls the tests make, as the portal and the candidate app make them. */
export class HiringClient {
  constructor(readonly api: ApiHarness) {}

  /** A company and its verified owner, signed in (verification straight in the database). */
  async signUpCompany(companyName = 'Acme Hiring') {
    const email = `owner-${Math.random().toString(36).slice(2)}@example.com`;
    await this.api.ok(
      `mutation($input: CompanySignUpInput!) { signUpCompany(input: $input) { email } }`,
      {
        input: {
          companyName,
          displayName: 'Olive Owner',
          email,
          password: 'a long enough password',
        },
      },
    );
    await this.api.verifyByDatabase(email);
    const { accessToken, userId } = await this.api.logIn(email);
    const { myTenants } = await this.api.ok<{ myTenants: { tenant: { id: string } }[] }>(
      '{ myTenants { tenant { id } } }',
      {},
      { token: accessToken },
    );
    return { token: accessToken, tenantId: myTenants[0].tenant.id, userId, email };
  }

  /** Mail the relay delivered to the tenant's local mailbox, waiting for it to arrive. */
  async waitForMail(auth: Auth, to: string) {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const { mailbox } = await this.api.ok<{
        mailbox: { to: string; subject: string; text: string; links: string[] }[];
      }>('{ mailbox { to subject text links } }', {}, auth);
      const found = mailbox.find((m) => m.to === to);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no mail to ${to} within 10 s`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async createPublishedAssessment(
    auth: Auth,
    slugs: string[],
    options: Record<string, unknown> = {},
  ) {
    const { createAssessment } = await this.api.ok<{ createAssessment: { id: string } }>(
      `mutation($input: AssessmentInput!) { createAssessment(input: $input) { id } }`,
      {
        input: {
          title: 'Backend debugging',
          instructions: 'Fix what you can. Run the tests often.',
          timeLimitMinutes: 30,
          hintsAllowed: false,
          hintPenalty: 10,
          challengeSlugs: slugs,
          ...options,
        },
      },
      auth,
    );
    await this.api.ok(
      `mutation($id: ID!) { publishAssessment(id: $id) { id } }`,
      { id: createAssessment.id },
      auth,
    );
    return createAssessment.id;
  }

  /** Invites one candidate and returns the token from the link in their email. */
  async inviteCandidate(auth: Auth, assessmentId: string, email: string, extraTimePercent = 0) {
    const { inviteCandidates } = await this.api.ok<{
      inviteCandidates: { invited: { id: string }[]; errors: unknown[] };
    }>(
      `mutation($id: ID!, $c: [CandidateInput!]!) {
        inviteCandidates(assessmentId: $id, candidates: $c) { invited { id } errors { index message } } }`,
      { id: assessmentId, c: [{ email, name: 'Cand Idate', extraTimePercent }] },
      auth,
    );
    const mail = await this.waitForMail(auth, email);
    const token = new URL(mail.links[0]).pathname.split('/').pop()!;
    return { inviteId: inviteCandidates.invited[0].id, token, mail };
  }

  async openSession(token: string) {
    const { openCandidateSession } = await this.api.ok<{
      openCandidateSession: { token: string; session: { id: string; phase: string } };
    }>(`mutation($t: String!) { openCandidateSession(token: $t) { token session { id phase } } }`, {
      t: token,
    });
    return openCandidateSession;
  }
}
