import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the document lives: served by the API, linted by Redocly, typed by openapi-typescript. */
// From src/ (tests, ts) or dist/src/ (the built package).
export const DOCUMENT_PATH = [
  join(__dirname, '..', 'ats-v1.json'),
  join(__dirname, '..', '..', 'ats-v1.json'),
].find((path) => existsSync(path))!;

export interface OpenApiOperation {
  operationId: string;
  summary?: string;
  description?: string;
  tags?: string[];
  'x-scope'?: string;
  /** Set on an ATS's partner endpoints (the ATS's own contract, e.g. Greenhouse's). */
  'x-partner'?: string;
  /** A partner endpoint the ATS reaches without an API key: how it proves who it is. */
  'x-authenticated-by'?: 'lever-signature' | 'lever-oauth-state' | 'workday-order-secret';
  parameters?: { $ref?: string; name?: string; in?: string; required?: boolean }[];
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<string, { $ref?: string; content?: Record<string, { schema: unknown }> }>;
}

export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string; description?: string };
  paths: Record<string, Record<string, OpenApiOperation>>;
  webhooks: Record<string, Record<string, OpenApiOperation>>;
  components: Record<string, Record<string, unknown>>;
}

let cached: OpenApiDocument | undefined;

/** The parsed document (read once). */
export function atsDocument(): OpenApiDocument {
  cached ??= JSON.parse(readFileSync(DOCUMENT_PATH, 'utf8')) as OpenApiDocument;
  return cached;
}

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/** Every operation of the document with its method and path template. */
export function operationsOf(document = atsDocument()) {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    HTTP_METHODS.filter((m) => item[m]).map((method) => ({ method, path, op: item[method] })),
  );
}
