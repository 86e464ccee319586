import { type AtsConnector, callAts, type Parsed } from '@fixpoint/connector-core';
import { createHash } from 'node:crypto';
import { partnerStatusOf } from './status';

/** Where a Greenhouse result goes back: the `url` its send_test gave. */
export interface GreenhouseTarget {
  callbackUrl: string;
}

/**
 * The external reference of a Greenhouse invitation: its callback URL identifies the test
 * instance on Greenhouse's side, so a send_test repeated with the same URL is the same
 * invitation. Hashed to a fixed short id (the URL may be long; it also goes in a workflow id).
 */
export const externalRefOf = (callbackUrl: string) =>
  `gh_${createHash('sha256').update(callbackUrl).digest('hex').slice(0, 40)}`;

/** `Authorization: Basic base64("<key>:")`, the header Greenhouse's own examples carry. */
export const basicAuthorization = (key: string) =>
  `Basic ${Buffer.from(`${key}:`, 'utf8').toString('base64')}`;

/**
 * Greenhouse: "PATCH – Mark Test as Completed" to the callback URL, no parameters or body,
 * with the customer's partner key in Basic auth (as in Greenhouse's example); Greenhouse then
 * calls test_status. Only the status code answers.
 */
export const greenhouseConnector: AtsConnector<GreenhouseTarget> = {
  ats: 'greenhouse',
  statusOf: partnerStatusOf,
  parseTarget(stored): Parsed<GreenhouseTarget> {
    const url = (stored as { callbackUrl?: unknown } | null)?.callbackUrl;
    return typeof url === 'string' && URL.canParse(url)
      ? { ok: true, value: { callbackUrl: url } }
      : { ok: false, errors: [{ pointer: '/callbackUrl', detail: 'must be a URL' }] };
  },
  writeBack(sync, _result, context) {
    return callAts(context, sync.target.callbackUrl, {
      method: 'PATCH',
      headers: sync.credentials ? { authorization: basicAuthorization(sync.credentials) } : {},
    });
  },
};
