import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A company's careers page on an origin of its own (a port of its own on 127.0.0.1): one
 * static HTML page with the embed snippet, and a strict Content-Security-Policy that lets
 * scripts come only from the platform, as a careful company would set it.
 */
export async function startCareersSite(snippet: string, platformOrigin: string, port = 0) {
  const html = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Careers at Acme Robotics</title>
    <style>body { font-family: Georgia, serif; background: #fdf6e3; color: #333; margin: 2rem; } h1 { color: #8a3b12; }</style>
  </head>
  <body>
    <h1>Join Acme Robotics</h1>
    <p>Show us how you debug: fix the bug below and send it to us.</p>
    ${snippet}
  </body>
</html>`;
  const server: Server = createServer((req, res) => {
    if (req.url !== '/' && req.url !== '/careers') {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': `default-src 'self'; script-src ${platformOrigin}; connect-src ${platformOrigin}; style-src 'self' 'unsafe-inline'; img-src 'self' data:`,
    });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // The browser keeps connections alive; they must not hold the close.
        server.closeAllConnections();
      }),
  };
}
