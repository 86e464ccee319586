import { randomUUID } from 'node:crypto';
import { AtsValidators, operationsOf } from '../../../openapi/src';
import type { ApiHarness } from '../support/api-harness';

export interface AtsResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: T;
}

const validators = new AtsValidators();

/**
 * The ATS API as an ATS calls it. Every answer is validated against the OpenAPI document
 * (status, content type and body, by operation id): a response the document does not describe
 * fails the test that got it. Operations called are recorded, so a suite can prove it covered
 * every operation in the document.
 */
export class AtsClient {
  readonly covered = new Set<string>();

  constructor(
    private readonly api: ApiHarness,
    readonly key: string,
  ) {}

  async call<T = Record<string, unknown>>(
    operationId: string,
    path: string,
    init: {
      method?: string;
      body?: unknown;
      rawBody?: string;
      key?: string | null;
      authorization?: string;
      idempotencyKey?: string | null;
    } = {},
  ): Promise<AtsResponse<T>> {
    const method = init.method ?? (init.body !== undefined || init.rawBody ? 'POST' : 'GET');
    const headers: Record<string, string> = {};
    const key = init.key === undefined ? this.key : init.key;
    if (init.authorization) headers.authorization = init.authorization;
    else if (key) headers.authorization = `Bearer ${key}`;
    if (init.body !== undefined || init.rawBody) headers['content-type'] = 'application/json';
    if (method === 'POST' && init.idempotencyKey !== null)
      headers['idempotency-key'] = init.idempotencyKey ?? randomUUID();
    const res = await fetch(`${this.api.base}/ats/v1${path}`, {
      method,
      headers,
      body: init.rawBody ?? (init.body !== undefined ? JSON.stringify(init.body) : undefined),
    });
    const text = await res.text();
    const body = (text ? JSON.parse(text) : undefined) as T;
    const errors = validators.checkResponse(
      operationId,
      res.status,
      res.headers.get('content-type') ?? '',
      body,
    );
    if (errors.length) {
      throw new Error(
        `${method} ${path} → ${res.status}: the answer breaks the document: ${JSON.stringify(errors)}\n${text}`,
      );
    }
    this.covered.add(operationId);
    return { status: res.status, headers: res.headers, body };
  }
}

/** The /ats/v1 operations (partner endpoints are covered by test/integrations). */
export const documentedOperations = () =>
  operationsOf()
    .filter((o) => !o.op['x-partner'])
    .map((o) => o.op.operationId);
