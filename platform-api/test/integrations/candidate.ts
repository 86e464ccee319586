import type { ApiHarness } from '../support/api-harness';
import type { HiringClient } from '../hiring/hiring-client';
import { JS_FILE, waitForEnd } from '../integrity/forgery';

/** Polls `probe` until it answers something truthy, or fails after `ms`. */
export async function until<T>(
  what: string,
  probe: () => Promise<T | undefined | false>,
  ms = 90_000,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** The candidate an ATS invited opens the link in their mail and begins. */
export async function beginFromMail(
  api: ApiHarness,
  hiring: HiringClient,
  staff: { token: string; tenantId: string },
  email: string,
) {
  const mail = await hiring.waitForMail(staff, email);
  const link = new URL(mail.links[0]).pathname.split('/').pop()!;
  const { token } = await hiring.openSession(link);
  const begun = await api.ok<{ beginAssessment: { challenges: { attemptId: string }[] } }>(
    'mutation { beginAssessment(consent: true) { challenges { attemptId } } }',
    {},
    { token },
  );
  return { token, attemptId: begun.beginAssessment.challenges[0].attemptId };
}

/** A begun candidate saves `content` as the challenge's file, submits, and waits for the end. */
export async function finishSolve(
  api: ApiHarness,
  begun: { token: string; attemptId: string },
  content: string,
) {
  const { token, attemptId } = begun;
  await api.ok(
    `mutation($id: ID!, $f: [FileInput!]!) { saveFiles(attemptId: $id, files: $f) { id } }`,
    { id: attemptId, f: [{ path: JS_FILE, content }] },
    { token },
  );
  await api.ok('mutation { submitAssessment { phase } }', {}, { token });
  await waitForEnd(api, token);
}

/**
 * The candidate an ATS invited: opens the link in their mail, begins, saves `content` as the
 * challenge's file, submits, and waits for the session to end.
 */
export async function solveFromMail(
  api: ApiHarness,
  hiring: HiringClient,
  staff: { token: string; tenantId: string },
  email: string,
  content: string,
) {
  await finishSolve(api, await beginFromMail(api, hiring, staff, email), content);
}
