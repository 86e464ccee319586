import { type ConnectorContext, isRetryableStatus, refusalOf } from '@fixpoint/connector-core';
import { XMLBuilder, XMLParser } from 'fast-xml-parser';

export const SOAP_NS = 'http://schemas.xmlsoap.org/soap/envelope/';
export const WD_NS = 'urn:com.workday/bsvc';
export const WSSE_NS =
  'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd';
export const PASSWORD_TEXT =
  'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText';

/** The integration system user: `{username}@{tenant}` and its password (PasswordText). */
export interface WorkdayUser {
  username: string;
  password: string;
}

// Text and attribute values are escaped by the builder (processEntities): a candidate named
// `<&>` stays text, never markup.
const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  processEntities: true,
  suppressEmptyNode: true,
});

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  isArray: (name) => name === 'Validation_Error',
});

/** A SOAP 1.1 envelope with the WS-Security UsernameToken header and one operation's body. */
export function envelope(user: WorkdayUser, body: Record<string, unknown>): string {
  return builder.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    'soapenv:Envelope': {
      '@_xmlns:soapenv': SOAP_NS,
      '@_xmlns:wd': WD_NS,
      'soapenv:Header': {
        'wsse:Security': {
          '@_xmlns:wsse': WSSE_NS,
          '@_soapenv:mustUnderstand': '1',
          'wsse:UsernameToken': {
            'wsse:Username': user.username,
            'wsse:Password': { '@_Type': PASSWORD_TEXT, '#text': user.password },
          },
        },
      },
      'soapenv:Body': body,
    },
  }) as string;
}

export const parseXml = (xml: string): Record<string, unknown> =>
  parser.parse(xml) as Record<string, unknown>;

/** A SOAP fault as a person can act on it, and whether trying again can help. */
export interface SoapFault {
  code: string;
  message: string;
  /** Workday's Validation_Error messages (with their XPath), when it gave any. */
  errors: string[];
  retryable: boolean;
}

const text = (value: unknown): string =>
  typeof value === 'string'
    ? value
    : value && typeof value === 'object' && '#text' in value
      ? String((value as { '#text': unknown })['#text'])
      : '';

/**
 * The fault in a response body, if any. SOAP 1.1 says who is at fault: `Client` (the message is
 * wrong: a bad reference, a business process not in the Assess Candidate step; the same message
 * fails again) or `Server` (Workday could not process it now: a retry may succeed).
 */
export function faultOf(body: Record<string, unknown>): SoapFault | null {
  const fault = (body.Envelope as { Body?: { Fault?: Record<string, unknown> } } | undefined)?.Body
    ?.Fault;
  if (!fault) return null;
  const code = text(fault.faultcode);
  const detail = fault.detail as
    { Validation_Fault?: { Validation_Error?: Record<string, unknown>[] } } | undefined;
  const errors = (detail?.Validation_Fault?.Validation_Error ?? []).map((e) =>
    [text(e.Message), text(e.Detail_Message), e.Xpath ? `at ${text(e.Xpath)}` : '']
      .filter(Boolean)
      .join(' '),
  );
  return {
    code,
    message: text(fault.faultstring),
    errors,
    retryable: !/(^|:)Client/i.test(code),
  };
}

export type SoapAnswer =
  | { ok: true; statusCode: number; body: Record<string, unknown> }
  | {
      ok: false;
      statusCode: number | null;
      retryable: boolean;
      detail: string;
      fault: SoapFault | null;
    };

/** One SOAP call: a fault or a non-2xx answer says what went wrong and whether to retry. */
export async function soapCall(
  context: ConnectorContext,
  endpoint: string,
  user: WorkdayUser,
  operation: string,
  body: Record<string, unknown>,
): Promise<SoapAnswer> {
  let response: Response;
  try {
    response = await context.fetch(endpoint, {
      method: 'POST',
      redirect: 'manual',
      signal: AbortSignal.timeout(context.timeoutMs),
      headers: { 'content-type': 'text/xml; charset=utf-8', soapaction: `"${operation}"` },
      body: envelope(user, body),
    });
  } catch (error) {
    const refused = refusalOf(error);
    if (refused)
      return {
        ok: false,
        statusCode: null,
        retryable: false,
        detail: `refused: ${refused.detail}`,
        fault: null,
      };
    const reason = (error as Error).name === 'TimeoutError' ? 'timed out' : String(error);
    return {
      ok: false,
      statusCode: null,
      retryable: true,
      detail: `not reached: ${reason}`,
      fault: null,
    };
  }
  const xml = await response.text().catch(() => '');
  let parsed: Record<string, unknown> = {};
  try {
    parsed = parseXml(xml);
  } catch {
    parsed = {};
  }
  const fault = faultOf(parsed);
  if (fault)
    return {
      ok: false,
      statusCode: response.status,
      retryable: fault.retryable,
      fault,
      detail: `${operation}: Workday ${fault.retryable ? 'could not process it now' : 'refused it'} (${fault.code}): ${fault.message}${fault.errors.length ? ` - ${fault.errors.join('; ')}` : ''}`,
    };
  if (!response.ok)
    return {
      ok: false,
      statusCode: response.status,
      retryable: isRetryableStatus(response.status),
      fault: null,
      detail: `${operation}: Workday answered ${response.status}`,
    };
  return { ok: true, statusCode: response.status, body: parsed };
}
