import { atsDocument, operationsOf } from '../../../openapi/src';
import { ApiHarness } from '../support/api-harness';

/** `METHOD /path/{}`: parameters blanked, so `:id` (Express) and `{id}` (OpenAPI) compare. */
const shape = (method: string, path: string) =>
  `${method.toUpperCase()} ${path.replace(/:[A-Za-z_]+|\{[A-Za-z_]+\}/g, '{}')}`;

interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
}

/**
 * openapi/ats-v1.json is the contract of everything an ATS reaches: every route the API serves
 * under /ats (our /ats/v1, and the partner endpoints Greenhouse, Lever and Workday call) must be
 * in it, and everything in it must be served. A new route without its document fails here.
 */
describe('the ATS document and the routes the API serves', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await ApiHarness.start();
  }, 60_000);

  afterAll(() => api?.stop());

  function servedRoutes(): string[] {
    const express = api.app.getHttpAdapter().getInstance() as {
      router?: { stack: Layer[] };
      _router?: { stack: Layer[] };
    };
    const stack = (express.router ?? express._router)!.stack;
    return stack
      .filter((layer) => layer.route?.path.startsWith('/ats/'))
      .flatMap((layer) =>
        Object.keys(layer.route!.methods)
          .filter((m) => m !== '_all')
          .map((m) => shape(m, layer.route!.path)),
      );
  }

  function documentedRoutes(): string[] {
    const document = atsDocument();
    const root = (document as unknown as { servers: { url: string }[] }).servers[0].url;
    return operationsOf(document).map(({ method, path }) => {
      const item = document.paths[path] as { servers?: { url: string }[] };
      return shape(method, `${item.servers?.[0].url ?? root}${path}`);
    });
  }

  it('describes every /ats route, Lever and Workday included', () => {
    const served = servedRoutes();
    expect(served.length).toBeGreaterThan(15);
    expect(served).toEqual(
      expect.arrayContaining([
        'POST /ats/lever/v1/webhooks/{}',
        'GET /ats/lever/v1/oauth/callback',
        'POST /ats/workday/v1/orders/{}',
      ]),
    );
    const documented = new Set(documentedRoutes());
    expect(served.filter((route) => !documented.has(route))).toEqual([]);
  });

  it('documents nothing the API does not serve', () => {
    const served = new Set(servedRoutes());
    expect(documentedRoutes().filter((route) => !served.has(route))).toEqual([]);
  });
});
