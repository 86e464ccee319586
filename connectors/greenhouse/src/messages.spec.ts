import fc from 'fast-check';
import { externalRefOf } from './connector';
import { parseResponseError, parseSendTest } from './messages';
import { testStatusBody } from './status';
import type { NeutralResult } from '@fixpoint/connector-core';

// The send_test example of Greenhouse's docs (source/includes/assessment/_send_test.md).
const documented = {
  partner_test_id: '12345',
  candidate: {
    first_name: 'Harry',
    last_name: 'Potter',
    preferred_name: 'The Chosen One',
    resume_url: 'https://hogwarts.com/resume',
    phone_number: '123-456-7890',
    email: 'hpotter@hogwarts.edu',
    greenhouse_profile_url: 'https://app.greenhouse.io/people/17681532?application_id=26234709',
  },
  sent_by: 'test_sender@example.org',
  url: 'https://app.greenhouse.io/integrations/testing_partners/take_home_tests/12345',
};

describe('Greenhouse send_test', () => {
  it('reads the documented example', () => {
    const parsed = parseSendTest(documented);
    expect(parsed).toEqual({
      ok: true,
      value: {
        partnerTestId: '12345',
        candidate: {
          firstName: 'Harry',
          lastName: 'Potter',
          email: 'hpotter@hogwarts.edu',
          phoneNumber: '123-456-7890',
          resumeUrl: 'https://hogwarts.com/resume',
          profileUrl: documented.candidate.greenhouse_profile_url,
        },
        sentBy: 'test_sender@example.org',
        callbackUrl: documented.url,
      },
    });
  });

  it('finds the callback URL inside candidate (older docs) and takes null for missing values', () => {
    const { url, ...rest } = documented;
    const parsed = parseSendTest({
      ...rest,
      sent_by: null,
      candidate: { ...documented.candidate, phone_number: null, resume_url: null, url },
    });
    expect(parsed.ok && parsed.value.callbackUrl).toBe(url);
    expect(parsed.ok && parsed.value.candidate.phoneNumber).toBeNull();
    expect(parsed.ok && parsed.value.sentBy).toBeNull();
  });

  it('names each missing or bad field with a JSON pointer', () => {
    const parsed = parseSendTest({ candidate: { first_name: '', email: 'nope' } });
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.errors.map((e) => e.pointer).sort()).toEqual([
      '/candidate/email',
      '/candidate/first_name',
      '/candidate/last_name',
      '/partner_test_id',
    ]);
    const noUrl = parseSendTest({ ...documented, url: null });
    expect(noUrl).toEqual({
      ok: false,
      errors: [{ pointer: '/url', detail: expect.stringMatching(/^is required/) }],
    });
  });

  it('ignores any field Greenhouse may add, anywhere', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.string({ minLength: 1 }).filter((k) => !(k in documented) && k !== '__proto__'),
          fc.jsonValue(),
        ),
        fc.dictionary(
          fc
            .string({ minLength: 1 })
            .filter((k) => !(k in documented.candidate) && k !== 'url' && k !== '__proto__'),
          fc.jsonValue(),
        ),
        (top, inCandidate) => {
          const parsed = parseSendTest({
            ...top,
            ...documented,
            candidate: { ...inCandidate, ...documented.candidate },
          });
          expect(parsed).toEqual(parseSendTest(documented));
        },
      ),
    );
  });

  it('gives one external reference per callback URL', () => {
    fc.assert(
      fc.property(fc.webUrl(), fc.webUrl(), (a, b) => {
        expect(externalRefOf(a)).toMatch(/^gh_[0-9a-f]{40}$/);
        expect(externalRefOf(a) === externalRefOf(b)).toBe(a === b);
      }),
    );
  });
});

describe('Greenhouse response_error', () => {
  it('reads the documented example and needs api_call and errors', () => {
    expect(
      parseResponseError({
        api_call: 'test_status',
        errors: ["partner_status is 'complete' but partner_profile url is missing"],
        partner_test_id: '12345',
        partner_test_name: 'Personality Test',
        partner_interview_id: '299506',
        candidate_email: 'hpotter@hogwarts.edu',
      }),
    ).toMatchObject({ ok: true, value: { apiCall: 'test_status', partnerInterviewId: '299506' } });
    const bad = parseResponseError({});
    expect(!bad.ok && bad.errors.map((e) => e.pointer).sort()).toEqual(['/api_call', '/errors']);
  });
});

describe('Greenhouse test_status', () => {
  const result = (over: Partial<NeutralResult>): NeutralResult => ({
    invitationId: 'i',
    assessmentTitle: 'Backend',
    status: 'completed',
    score: 80,
    maxScore: 100,
    challenges: [{ position: 1, title: 'Paginate', score: 80, reviewStatus: 'not_required' }],
    reportUrl: 'https://portal.example/reports/i',
    integrityStatus: 'clean',
    startedAt: '2026-12-01T10:00:00.000Z',
    completedAt: '2026-12-01T10:30:00.000Z',
    ...over,
  });

  it('is complete with score and profile URL only when the result is final', () => {
    expect(testStatusBody(result({}))).toMatchObject({
      partner_status: 'complete',
      partner_score: 80,
      partner_profile_url: 'https://portal.example/reports/i',
      metadata: { 'Challenge 1: Paginate': 80 },
    });
    const review = testStatusBody(
      result({ status: 'under_review', score: null, integrityStatus: 'under_review' }),
    );
    expect(review).toMatchObject({
      partner_status: 'under_review',
      partner_score: null,
      partner_profile_url: null,
      metadata: { 'Challenge 1: Paginate': null },
    });
  });

  it('keeps metadata flat: every value a primitive', () => {
    const statuses = [
      'pending',
      'in_progress',
      'under_review',
      'completed',
      'cancelled',
      'expired',
    ] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...statuses),
        fc.array(
          fc.record({ title: fc.string(), score: fc.option(fc.integer({ min: 0, max: 100 })) }),
        ),
        (status, challenges) => {
          const body = testStatusBody(
            result({
              status,
              challenges: challenges.map((c, i) => ({
                ...c,
                position: i + 1,
                reviewStatus: 'not_required',
              })),
            }),
          );
          expect(body.partner_status === 'complete').toBe(status === 'completed');
          for (const value of Object.values(body.metadata))
            expect(value === null || typeof value !== 'object').toBe(true);
        },
      ),
    );
  });
});
