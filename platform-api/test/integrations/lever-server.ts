import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LeverRequest {
  method: string;
  path: string;
  authorization: string;
  body: unknown;
  answered: number;
}

interface OpportunityState {
  id: string;
  name: string;
  emails: string[];
  stage: string;
}

/**
 * Lever's side, in its wire format: the OAuth token endpoint (authorization code and refresh
 * grants; every refresh rotates the refresh token and the old one stops working), the API under
 * /v1 with Bearer tokens (`{ data }` bodies, `{ code, message }` errors, 429 with Retry-After
 * when `rateLimitNext` is set), and candidate-stage-change deliveries signed as Lever signs
 * them: hex(HMAC-SHA256(signatureToken, token + triggeredAt)).
 */
export class LeverServer {
  readonly requests: LeverRequest[] = [];
  readonly opportunities = new Map<string, OpportunityState>();
  readonly refreshes: string[] = [];
  rateLimitNext = 0;
  private accessToken = '';
  private refreshToken = '';
  private issued = 0;
  private server!: Server;
  readonly code = 'lever-auth-code';
  readonly signatureToken = 'lever-webhook-signature-token';
  /** A customer's API key (Basic, blank password) Lever also accepts. */
  readonly apiKey = 'lever-customer-api-key';

  get base() {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  get apiBase() {
    return `${this.base}/v1`;
  }

  /** The access token Lever considers current. */
  get currentAccessToken() {
    return this.accessToken;
  }

  static async start(): Promise<LeverServer> {
    const lever = new LeverServer();
    lever.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const raw = Buffer.concat(chunks).toString();
        const url = new URL(req.url!, 'http://lever');
        const [status, body, headers] = lever.answer(
          req.method!,
          url,
          req.headers.authorization ?? '',
          raw,
        );
        lever.requests.push({
          method: req.method!,
          path: url.pathname + url.search,
          authorization: req.headers.authorization ?? '',
          body: req.headers['content-type']?.includes('json') && raw ? JSON.parse(raw) : raw,
          answered: status,
        });
        res
          .writeHead(status, { 'content-type': 'application/json', ...headers })
          .end(JSON.stringify(body));
      });
    });
    await new Promise<void>((r) => lever.server.listen(0, '127.0.0.1', r));
    return lever;
  }

  private issue() {
    this.issued += 1;
    this.accessToken = `access-${this.issued}`;
    this.refreshToken = `refresh-${this.issued}`;
    // 60 s: under our 5-minute margin, so every use refreshes (and rotates) first.
    return {
      access_token: this.accessToken,
      refresh_token: this.refreshToken,
      token_type: 'Bearer',
      expires_in: 60,
    };
  }

  private answer(
    method: string,
    url: URL,
    authorization: string,
    raw: string,
  ): [number, unknown, Record<string, string>?] {
    if (method === 'POST' && url.pathname === '/oauth/token') {
      const form = new URLSearchParams(raw);
      if (form.get('client_id') !== 'fixpoint-app' || form.get('client_secret') !== 'app-secret')
        return [401, { error: 'invalid_client' }];
      if (form.get('grant_type') === 'authorization_code' && form.get('code') === this.code)
        return [200, this.issue()];
      if (
        form.get('grant_type') === 'refresh_token' &&
        form.get('refresh_token') === this.refreshToken
      ) {
        this.refreshes.push(this.refreshToken);
        return [200, this.issue()];
      }
      return [400, { error: 'invalid_grant' }];
    }
    const basic = `Basic ${Buffer.from(`${this.apiKey}:`).toString('base64')}`;
    if (
      authorization !== basic &&
      (!this.accessToken || authorization !== `Bearer ${this.accessToken}`)
    )
      return [401, { code: 'Unauthorized', message: 'Invalid token' }];
    if (this.rateLimitNext > 0) {
      this.rateLimitNext -= 1;
      return [
        429,
        { code: 'TooManyRequests', message: 'Rate limit exceeded' },
        { 'retry-after': '1' },
      ];
    }
    if (method === 'GET' && url.pathname === '/v1/stages')
      return [200, { data: [{ id: 'stage-assess', text: 'Assessment' }], hasNext: false }];
    const match = /^\/v1\/opportunities\/([^/]+)(\/[a-zA-Z]+)?$/.exec(url.pathname);
    const opportunity = match ? this.opportunities.get(match[1]) : undefined;
    if (!match || !opportunity)
      return [404, { code: 'ResourceNotFound', message: 'No such opportunity' }];
    const action = match[2] ?? '';
    if (method === 'GET' && action === '')
      return [
        200,
        {
          data: {
            ...opportunity,
            archived: null,
            tags: [],
            urls: { show: `https://hire.lever.co/candidates/${opportunity.id}` },
          },
        },
      ];
    if (method === 'POST' && action === '/addTags') return [200, { data: { id: opportunity.id } }];
    if (method === 'POST' && action === '/notes')
      return [201, { data: { noteId: `note-${this.requests.length}` } }];
    if (method === 'PUT' && action === '/stage') {
      opportunity.stage = (JSON.parse(raw) as { stage: string }).stage;
      return [200, { data: { id: opportunity.id } }];
    }
    return [404, { code: 'ResourceNotFound', message: `${method} ${url.pathname}` }];
  }

  /** A candidate-stage-change delivery as Lever sends it, signed with `signatureToken`. */
  delivery(
    opportunityId: string,
    toStageId: string,
    options: { token?: string; triggeredAt?: number; key?: string } = {},
  ) {
    const token = options.token ?? `tok-${Math.random().toString(36).slice(2)}`;
    const triggeredAt = options.triggeredAt ?? Date.now();
    return {
      id: `evt-${token}`,
      event: 'candidateStageChange',
      triggeredAt,
      token,
      signature: createHmac('sha256', options.key ?? this.signatureToken)
        .update(`${token}${triggeredAt}`)
        .digest('hex'),
      data: {
        opportunityId,
        contactId: `contact-${opportunityId}`,
        fromStageId: 'lead-new',
        toStageId,
      },
    };
  }

  stop() {
    return new Promise((r) => this.server.close(r));
  }
}
