import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Lever signs a webhook delivery with the webhook's own signature token:
 * hex(HMAC-SHA256(key = signatureToken, message = token + triggeredAt)), both body fields,
 * concatenated without a separator (research §2.4).
 */
export const leverSignature = (signatureToken: string, token: string, triggeredAt: number) =>
  createHmac('sha256', signatureToken).update(`${token}${triggeredAt}`).digest('hex');

export type DeliveryCheck =
  { ok: true } | { ok: false; reason: 'forged' | 'stale'; detail: string };

/**
 * A delivery is authentic when its signature matches (compared in constant time) and fresh
 * when `triggeredAt` is at most `maxAgeMs` old (and not from the future beyond the same skew).
 * The signature does not cover the body, so a captured one could carry another body: freshness
 * bounds that window; the caller deduplicates the token and re-reads the opportunity.
 */
export function checkDelivery(
  delivery: { token: string; triggeredAt: number; signature: string },
  signatureToken: string,
  now: number,
  maxAgeMs: number,
): DeliveryCheck {
  const expected = Buffer.from(
    leverSignature(signatureToken, delivery.token, delivery.triggeredAt),
    'hex',
  );
  const given = /^[0-9a-f]+$/i.test(delivery.signature)
    ? Buffer.from(delivery.signature, 'hex')
    : Buffer.alloc(0);
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { ok: false, reason: 'forged', detail: 'The signature does not match.' };
  const age = now - delivery.triggeredAt;
  if (age > maxAgeMs || age < -maxAgeMs)
    return {
      ok: false,
      reason: 'stale',
      detail: `triggeredAt is ${Math.round(age / 1000)} s from now; at most ${maxAgeMs / 1000} s is accepted.`,
    };
  return { ok: true };
}
