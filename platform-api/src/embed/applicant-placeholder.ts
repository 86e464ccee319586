import { randomUUID } from 'node:crypto';

/**
 * A career-page invite has no address until its applicant submits; until then the row needs
 * a unique one that can never receive mail.
 */
export const placeholderEmail = () => `applicant-${randomUUID()}@career-page.invalid`;

const PLACEHOLDER = /^applicant-[0-9a-f-]{36}@career-page\.invalid$/;
/** The address a career-page invite has until its applicant submits. */
export const isPlaceholder = (email: string) => PLACEHOLDER.test(email);
