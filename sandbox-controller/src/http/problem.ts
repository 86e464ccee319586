import type { ServerResponse } from 'node:http';
import { SandboxError, type ProblemCode } from '../errors';

const TITLES: Partial<Record<ProblemCode, string>> = {
  'invalid-request': 'The request is malformed',
  unauthorized: 'A valid bearer token is required',
  'not-found': 'No such resource',
  'method-not-allowed': 'Method not allowed',
  'unsupported-media-type': 'Send application/json',
  'body-too-large': 'The request body is too large',
  'unknown-challenge': 'Unknown challenge',
  'invalid-challenge': 'The challenge is broken',
  'invalid-challenge-files': 'The challenge folder is invalid',
  'unknown-runtime': 'Unknown runtime',
  'runtime-unavailable': 'The runtime is not available on this host',
  'invalid-path': 'A file path is not allowed',
  'path-not-editable': 'A file is not editable',
  'too-many-files': 'Too many files',
  'file-too-large': 'A file is too large',
  'files-too-large': 'The files are too large',
  'not-utf8': 'Content is not UTF-8',
  overloaded: 'The sandbox is busy',
  'sandbox-failure': 'The sandbox failed',
};

/** An RFC 9457 problem document for an error, with our stable `code` as an extension member. */
export function problemFor(err: SandboxError, instance?: string): Record<string, unknown> {
  return {
    ...err.extensions,
    type: `https://fixpoint.dev/problems/${err.code}`,
    title: TITLES[err.code] ?? err.code,
    status: err.status,
    detail: err.message,
    code: err.code,
    ...(instance ? { instance } : {}),
  };
}

export function sendProblem(
  res: ServerResponse,
  err: SandboxError,
  instance?: string,
  headers: Record<string, string> = {},
): void {
  const body = JSON.stringify(problemFor(err, instance));
  res.writeHead(err.status, {
    'content-type': 'application/problem+json',
    'content-length': Buffer.byteLength(body),
    ...headers,
  });
  res.end(body);
}

export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}
