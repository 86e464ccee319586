import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AtsValidators } from '../../../openapi/src';

const validators = new AtsValidators();

export interface Patch {
  path: string;
  authorization: string;
  body: string;
  answered: number;
}

/**
 * Greenhouse, as its Assessment Partner documentation describes it: it calls the partner's
 * list_tests, send_test and test_status with HTTP Basic (the customer's key, an empty
 * password), and hosts the "mark test as completed" URL. A PATCH there makes it call
 * test_status, as Greenhouse does. `failures` makes the next PATCHes answer 503; `down` all.
 * Every answer of ours is checked against the OpenAPI document.
 */
export class GreenhouseServer {
  failures = 0;
  down = false;
  readonly patches: Patch[] = [];
  /** test_status answers Greenhouse got after a successful PATCH, by partner_interview_id. */
  readonly statuses = new Map<string, Record<string, unknown>>();
  /** The partner_interview_id of each callback path (what Greenhouse keeps per test). */
  readonly interviews = new Map<string, string>();
  private server!: Server;

  private constructor(
    private readonly partnerBase: string,
    private readonly key: string,
  ) {}

  static async start(partnerBase: string, key: string): Promise<GreenhouseServer> {
    const gh = new GreenhouseServer(partnerBase, key);
    gh.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const path = req.url ?? '';
        if (req.method !== 'PATCH' || !path.startsWith('/integrations/testing_partners/')) {
          res.writeHead(404).end();
          return;
        }
        const failing = gh.down || gh.failures > 0;
        if (gh.failures > 0) gh.failures -= 1;
        const answered = failing ? 503 : 200;
        gh.patches.push({
          path,
          authorization: String(req.headers.authorization ?? ''),
          body: Buffer.concat(chunks).toString('utf8'),
          answered,
        });
        res.writeHead(answered).end();
        if (failing) return;
        const id = gh.interviews.get(path);
        if (id) void gh.testStatus(id).then((answer) => gh.statuses.set(id, answer.body as never));
      });
    });
    await new Promise<void>((resolve) => gh.server.listen(0, '127.0.0.1', resolve));
    return gh;
  }

  callbackUrl(id: number) {
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}/integrations/testing_partners/take_home_tests/${id}`;
  }

  basic(key = this.key) {
    return `Basic ${Buffer.from(`${key}:`).toString('base64')}`;
  }

  async call(
    operationId: string,
    method: string,
    operation: string,
    body?: unknown,
    key = this.key,
  ): Promise<{ status: number; body: unknown }> {
    const res = await fetch(`${this.partnerBase}/ats/greenhouse/v1/${operation}`, {
      method,
      headers: {
        authorization: this.basic(key),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    const parsed: unknown = text ? JSON.parse(text) : undefined;
    const errors = validators.checkResponse(
      operationId,
      res.status,
      res.headers.get('content-type') ?? '',
      parsed,
    );
    if (errors.length)
      throw new Error(
        `${operation} → ${res.status} breaks the document: ${JSON.stringify(errors)} ${text}`,
      );
    return { status: res.status, body: parsed };
  }

  listTests(key?: string) {
    return this.call('greenhouseListTests', 'GET', 'list_tests', undefined, key);
  }

  async sendTest(body: Record<string, unknown>) {
    const answer = await this.call('greenhouseSendTest', 'POST', 'send_test', body);
    const url = (body.url ?? (body.candidate as { url?: string }).url) as string;
    const id = (answer.body as { partner_interview_id?: string }).partner_interview_id;
    if (id) this.interviews.set(new URL(url).pathname, id);
    return answer;
  }

  testStatus(id: string) {
    return this.call(
      'greenhouseTestStatus',
      'GET',
      `test_status?partner_interview_id=${encodeURIComponent(id)}`,
    );
  }

  stop() {
    return new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
