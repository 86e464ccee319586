/**
 * What counts as an e-mail address, everywhere (API inputs, the learner app's and the portal's
 * forms, the career-page widget's applicant form): something, an @, and a domain with a dot,
 * no spaces, at most 254 characters once trimmed. Deliberately loose: the verification mail
 * is what proves an address; this only catches typing slips before a round trip.
 */
export const EMAIL_MAX_LENGTH = 254;
export const EMAIL_PATTERN = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

export function isEmail(value: string): boolean {
  const trimmed = value.trim();
  return trimmed.length <= EMAIL_MAX_LENGTH && EMAIL_PATTERN.test(trimmed);
}

/** As the API stores an address: trimmed and lower-cased. */
export const normalizeEmail = (value: string) => value.trim().toLowerCase();
