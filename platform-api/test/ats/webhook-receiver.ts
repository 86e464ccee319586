import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifySignature } from '../../src/webhooks/signature';

export interface Received {
  id: string;
  type: string;
  header: string;
  body: string;
  signatureValid: boolean;
}

/**
 * A tenant's webhook receiver as the docs tell them to write it: it checks the signature over
 * the raw body, answers 2xx, and deduplicates by event id. `down` makes it answer 503, as a
 * receiver in an outage would.
 */
export class WebhookReceiver {
  down = false;
  readonly deliveries: Received[] = [];
  secret = '';
  private server!: Server;

  static async start(): Promise<WebhookReceiver> {
    const receiver = new WebhookReceiver();
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        if (receiver.down) {
          res.writeHead(503).end('down for maintenance');
          return;
        }
        const body = Buffer.concat(chunks).toString('utf8');
        const header = String(req.headers['fixpoint-signature'] ?? '');
        const event = JSON.parse(body) as { id: string; type: string };
        receiver.deliveries.push({
          id: event.id,
          type: event.type,
          header,
          body,
          signatureValid: verifySignature(receiver.secret, header, body),
        });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    receiver.server = server;
    return receiver;
  }

  get url() {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks`;
  }

  /** Events as a deduplicating receiver keeps them: one per id. */
  unique() {
    return new Map(this.deliveries.map((d) => [d.id, d]));
  }

  stop() {
    return new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
