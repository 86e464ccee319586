import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { atsDocument, operationsOf, type OpenApiDocument } from './document';

export interface FieldError {
  /** A JSON pointer (RFC 6901) into the validated value. */
  pointer: string;
  detail: string;
}

const SCHEMA_ID = 'https://fixpoint.dev/openapi/ats-v1.json';

/**
 * JSON Schema 2020-12 validators (Ajv) over the document's own schemas: the API validates
 * request bodies with them (so the document is the contract, not a copy of it), and the tests
 * validate every response. Ajv's `instancePath` is already a JSON pointer; for a missing or an
 * unknown property the pointer names that property.
 */
export class AtsValidators {
  private readonly ajv: Ajv2020;
  private readonly cache = new Map<string, ValidateFunction>();

  constructor(private readonly document: OpenApiDocument = atsDocument()) {
    this.ajv = new Ajv2020({ allErrors: true, strict: false, discriminator: true });
    addFormats(this.ajv);
    // OpenAPI keywords Ajv does not know, and the document under an id so $refs resolve.
    this.ajv.addVocabulary(['example']);
    this.ajv.addSchema({ $id: SCHEMA_ID, ...document } as object, SCHEMA_ID);
  }

  /** Errors of a value against a `#/components/schemas/...` (or any in-document) pointer. */
  check(ref: string, value: unknown): FieldError[] {
    let validate = this.cache.get(ref);
    if (!validate) {
      validate = this.ajv.compile({ $ref: `${SCHEMA_ID}${ref}` });
      this.cache.set(ref, validate);
    }
    return validate(value) ? [] : fieldErrors(validate.errors ?? []);
  }

  /** Errors of a request body against the operation's requestBody schema. */
  checkRequest(operationId: string, body: unknown): FieldError[] {
    const found = this.find(operationId);
    const schema = found.op.requestBody?.content['application/json']?.schema as
      { $ref?: string } | undefined;
    if (!schema?.$ref) throw new Error(`${operationId} has no JSON request body`);
    return this.check(schema.$ref, body);
  }

  /**
   * Errors of a response (status, content type, body) against the operation's responses;
   * a status the operation does not document is an error too.
   */
  checkResponse(
    operationId: string,
    status: number,
    contentType: string,
    body: unknown,
  ): FieldError[] {
    const found = this.find(operationId);
    const { op } = found;
    let response = op.responses[String(status)] ?? op.responses[`${String(status)[0]}XX`];
    let refName = '';
    if (!response) return [{ pointer: '', detail: `status ${status} is not documented` }];
    if (response.$ref) {
      refName = response.$ref.split('/').pop()!;
      response = (this.document.components.responses as Record<string, typeof response>)[refName];
    }
    if (!response.content) {
      return body === undefined || body === ''
        ? []
        : [{ pointer: '', detail: 'no body is documented' }];
    }
    const media = contentType.split(';')[0].trim();
    const entry = Object.entries(response.content).find(([type]) => type === media);
    if (!entry) return [{ pointer: '', detail: `content type ${media} is not documented` }];
    const schema = entry[1].schema as { $ref?: string };
    if (schema.$ref) return this.check(schema.$ref, body);
    // An inline schema: reached by its pointer inside the document, so its $refs resolve.
    const pointer = [
      '#',
      'paths',
      found.path,
      found.method,
      'responses',
      String(status),
      'content',
      media,
      'schema',
    ]
      .map((s, i) => (i === 0 ? s : escape(s)))
      .join('/');
    return this.check(
      response === found.op.responses[String(status)]
        ? pointer
        : `#/components/responses/${refName}/content/${escape(media)}/schema`,
      body,
    );
  }

  private find(operationId: string) {
    const found = operationsOf(this.document).find((o) => o.op.operationId === operationId);
    if (!found) throw new Error(`no operation ${operationId} in the document`);
    return found;
  }
}

const escape = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');

function fieldErrors(errors: ErrorObject[]): FieldError[] {
  const out = new Map<string, string>();
  for (const error of errors) {
    // oneOf/anyOf wrap the real reasons, which Ajv lists too.
    if (error.keyword === 'oneOf' || error.keyword === 'anyOf' || error.keyword === 'if') continue;
    let pointer = error.instancePath;
    let detail = error.message ?? 'is invalid';
    if (error.keyword === 'required') {
      pointer += `/${escape(String(error.params.missingProperty))}`;
      detail = 'is required';
    } else if (error.keyword === 'additionalProperties') {
      pointer += `/${escape(String(error.params.additionalProperty))}`;
      detail = 'is not a known field';
    } else if (error.keyword === 'enum') {
      detail = `must be one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    }
    if (!out.has(pointer)) out.set(pointer, detail);
  }
  return [...out].map(([pointer, detail]) => ({ pointer, detail }));
}
