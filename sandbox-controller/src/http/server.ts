import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import * as http from 'node:http';
import type { Logger } from 'pino';
import type { z } from 'zod';
import type { SandboxConfig } from '../config/config';
import type { Driver } from '../drivers/driver';
import { testIdsOf } from '../integrity/test-ids';
import { SandboxError } from '../errors';
import { fileTreeFromRequest } from '../files/file-tree';
import type { RunService } from '../runs/run-service';
import type { ToolchainStatus } from '../toolchains/toolchains';
import { sendJson, sendProblem } from './problem';
import {
  CHALLENGE_FILE_LIMITS,
  loadChallengeFiles,
  type ChallengeFiles,
} from '../challenges/challenge-files';
import { validateChallengeFiles } from '../validate/validate-challenge-files';
import { adHocRunSchema, challengeRunSchema, validationRequestSchema } from './run-request.schema';

export interface ServerDeps {
  config: SandboxConfig;
  service: RunService;
  driver: Driver;
  toolchains: ToolchainStatus;
  logger: Logger;
  /** True once SIGTERM arrived: new runs are refused (503 shutting-down), running ones finish. */
  draining?: () => boolean;
}

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Constant-time bearer check (hashing first makes the lengths equal). */
function authorized(req: http.IncomingMessage, token: string): boolean {
  const header = req.headers.authorization ?? '';
  const m = /^Bearer (.+)$/.exec(header);
  return m !== null && timingSafeEqual(digest(m[1]), digest(token));
}

/** Reads a JSON body: at most `max` bytes, strict UTF-8, application/json. */
async function readJson(
  req: http.IncomingMessage,
  max: number,
): Promise<{ body: unknown; size: number }> {
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/json')
    throw new SandboxError('unsupported-media-type', 'Send the body as application/json.');
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (declared > max)
    throw new SandboxError(
      'body-too-large',
      `The body is ${declared} bytes; at most ${max} are accepted.`,
      { max },
    );
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > max)
      throw new SandboxError('body-too-large', `The body is larger than ${max} bytes.`, { max });
    chunks.push(chunk as Buffer);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new SandboxError(
      'not-utf8',
      'The request body is not valid UTF-8; file contents must be UTF-8 text.',
    );
  }
  try {
    return { body: JSON.parse(text), size };
  } catch (err) {
    throw new SandboxError(
      'invalid-request',
      `The body is not valid JSON: ${(err as Error).message}`,
    );
  }
}

function parseWith<T>(schema: z.ZodType<T>, body: unknown): T {
  const r = schema.safeParse(body);
  if (r.success) return r.data;
  const issues = r.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`);
  throw new SandboxError(
    'invalid-request',
    `The body does not match the run request: ${issues.join('; ')}`,
    { issues },
  );
}

export function createServer(deps: ServerDeps): http.Server {
  const { config, service, logger } = deps;
  const limits = config.requestLimits;
  // JSON escaping can double a file's size (and \u escapes make it 6x for control characters).
  const maxBody = limits.maxTotalBytes * 2 + 64 * 1024;
  // A body carrying a whole challenge folder (challengeFiles) may be larger by the folder's cap.
  const maxFolderBody = maxBody + CHALLENGE_FILE_LIMITS.maxTotalBytes * 2;
  const tooLarge = (max: number) =>
    new SandboxError('body-too-large', `The body is larger than ${max} bytes.`, { max });

  const routes: Record<
    string,
    Record<string, (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>>
  > = {
    '/healthz': {
      GET: async (_req, res) =>
        sendJson(res, 200, {
          status: 'ok',
          driver: deps.driver.info(),
          runtimes: service.runtimes(),
          unavailable: Object.fromEntries(deps.toolchains.missing),
        }),
    },
    '/v1/runtimes': {
      GET: async (_req, res) => sendJson(res, 200, { runtimes: service.runtimes() }),
    },
    '/v1/runs': {
      POST: async (req, res) => {
        const { body, size } = await readJson(req, maxFolderBody);
        const carriesFolder = body !== null && typeof body === 'object' && 'challengeFiles' in body;
        if (!carriesFolder && size > maxBody) throw tooLarge(maxBody);
        if (body !== null && typeof body === 'object' && 'runtime' in body) {
          const r = parseWith(adHocRunSchema, body);
          const files = fileTreeFromRequest(r.files, limits);
          sendJson(res, 200, await service.runAdHoc(r.runtime, files, r.command, r.limits));
          return;
        }
        const r = parseWith(challengeRunSchema, body);
        const challenge =
          r.challengeFiles !== undefined
            ? loadChallengeFiles(r.challengeFiles as ChallengeFiles)
            : service.challenge(r.challenge as string);
        const files = fileTreeFromRequest(r.files, limits);
        // Graded by default when hidden tests run: every integrity layer on (the API cannot turn
        // layers off); integrity goes back whole, platform-api decides what a solver may see.
        const graded = r.graded ?? r.suite !== 'visible';
        sendJson(
          res,
          200,
          await service.runChallenge(challenge, files, r.suite, {
            checkEditable: true,
            graded,
            ...(r.seed !== undefined ? { seed: r.seed } : {}),
            ...(r.challengeFiles !== undefined
              ? { testIds: testIdsOf(challenge, r.challengeFiles) }
              : {}),
          }),
        );
      },
    },
    '/v1/validations': {
      POST: async (req, res) => {
        const { body } = await readJson(req, maxFolderBody);
        const r = parseWith(validationRequestSchema, body);
        sendJson(
          res,
          200,
          await validateChallengeFiles(service, r.challengeFiles as ChallengeFiles),
        );
      },
    },
  };

  return http.createServer((req, res) => {
    const requestId =
      (req.headers['x-request-id'] as string | undefined)?.slice(0, 100) ?? randomUUID();
    const url = new URL(req.url ?? '/', 'http://sandbox.local');
    const log = logger.child({ requestId, method: req.method, path: url.pathname });
    res.setHeader('x-request-id', requestId);
    const handle = async () => {
      if (deps.draining?.()) {
        res.setHeader('connection', 'close');
        if (req.method !== 'GET')
          throw new SandboxError(
            'shutting-down',
            'The sandbox-controller is shutting down; retry on another instance or in a moment.',
          );
      }
      const route = routes[url.pathname];
      if (!route) throw new SandboxError('not-found', `There is no ${url.pathname}.`);
      const handler = route[req.method ?? ''];
      if (!handler) {
        sendProblem(
          res,
          new SandboxError(
            'method-not-allowed',
            `${req.method} is not allowed on ${url.pathname}.`,
          ),
          url.pathname,
          {
            allow: Object.keys(route).join(', '),
          },
        );
        return;
      }
      if (url.pathname !== '/healthz' && !authorized(req, config.token)) {
        sendProblem(
          res,
          new SandboxError('unauthorized', 'Send Authorization: Bearer <SANDBOX_TOKEN>.'),
          url.pathname,
          {
            'www-authenticate': 'Bearer',
          },
        );
        return;
      }
      await handler(req, res);
    };
    handle().catch((err: unknown) => {
      const problem =
        err instanceof SandboxError
          ? err
          : new SandboxError(
              'sandbox-failure',
              'The run failed inside the controller; it was logged.',
            );
      if (problem.status >= 500) log.error({ err }, 'request failed');
      else log.info({ code: problem.code }, problem.message);
      if (res.headersSent) {
        res.destroy();
        return;
      }
      // Stop reading a body we refuse (too large): answer and close.
      if (problem.status === 413) res.setHeader('connection', 'close');
      sendProblem(res, problem, url.pathname);
    });
  });
}
