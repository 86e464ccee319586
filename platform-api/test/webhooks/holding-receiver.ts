import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Delivery } from './doc-snippets';

export interface Arrival extends Delivery {
  id: string;
  type: string;
  at: number;
}

/**
 * A webhook receiver that keeps every request it accepted, raw, with its headers (the
 * verification is left to the docs' own snippets). `mode`: `up` answers 204; `down` answers
 * 503 and keeps nothing, as a receiver in an outage; `hold` keeps the request open (the
 * delivery is in flight) until `release()` answers every held one 204.
 */
export class HoldingReceiver {
  mode: 'up' | 'down' | 'hold' = 'up';
  secret = '';
  readonly arrivals: Arrival[] = [];
  private readonly held: (() => void)[] = [];
  private server!: Server;

  static async start(): Promise<HoldingReceiver> {
    const receiver = new HoldingReceiver();
    receiver.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        if (receiver.mode === 'down') {
          res.writeHead(503).end('down for maintenance');
          return;
        }
        const body = Buffer.concat(chunks).toString('utf8');
        const event = JSON.parse(body) as { id: string; type: string };
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(req.headers))
          if (typeof value === 'string') headers[name] = value;
        receiver.arrivals.push({
          id: event.id,
          type: event.type,
          at: Date.now(),
          secret: receiver.secret,
          headers,
          body,
        });
        if (receiver.mode === 'hold') receiver.held.push(() => res.writeHead(204).end());
        else res.writeHead(204).end();
      });
    });
    await new Promise<void>((r) => receiver.server.listen(0, '127.0.0.1', r));
    return receiver;
  }

  get url() {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks`;
  }

  get holding() {
    return this.held.length;
  }

  /** Answers 204 to every held request, and takes the next ones at once. */
  release() {
    this.mode = 'up';
    for (const answer of this.held.splice(0)) answer();
  }

  stop() {
    this.release();
    return new Promise<void>((r) => this.server.close(() => r()));
  }
}
