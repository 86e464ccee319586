import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A reverse proxy in front of a fake ATS server, so a test can take the ATS "down" without
 * touching the fake: while `down`, every request is answered 503 (the JSON error an API
 * gateway in an outage gives) and never reaches the target; otherwise it is passed through
 * unchanged, status, headers and body. `refused` counts the requests answered 503.
 */
export class OutageProxy {
  down = false;
  refused = 0;
  private server!: Server;

  private constructor(private readonly target: string) {}

  static async start(target: string): Promise<OutageProxy> {
    const proxy = new OutageProxy(target);
    proxy.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        if (proxy.down) {
          proxy.refused += 1;
          res
            .writeHead(503, { 'content-type': 'application/json' })
            .end(JSON.stringify({ code: 'ServiceUnavailable', message: 'down for maintenance' }));
          return;
        }
        const headers = new Headers();
        for (const [name, value] of Object.entries(req.headers))
          if (typeof value === 'string' && name !== 'host' && name !== 'content-length')
            headers.set(name, value);
        const body = chunks.length ? Buffer.concat(chunks) : undefined;
        fetch(`${proxy.target}${req.url ?? '/'}`, { method: req.method, headers, body })
          .then(async (answer) => {
            const text = Buffer.from(await answer.arrayBuffer());
            const out: Record<string, string> = {};
            answer.headers.forEach((value, name) => {
              if (name !== 'content-length' && name !== 'transfer-encoding') out[name] = value;
            });
            res.writeHead(answer.status, out).end(text);
          })
          .catch((error: unknown) => res.writeHead(502).end(String(error)));
      });
    });
    await new Promise<void>((r) => proxy.server.listen(0, '127.0.0.1', r));
    return proxy;
  }

  get base() {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop() {
    return new Promise<void>((r) => this.server.close(() => r()));
  }
}
