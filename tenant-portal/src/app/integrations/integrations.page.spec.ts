// @vitest-environment jsdom
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { AtsPartnerCallsQuery } from '../core/generated/graphql';
import { SessionService } from '../core/session.service';
import { button, texts } from '../../testing/dom';
import { IntegrationsPage } from './integrations.page';

// The whole Integrations page over the real SessionService and GraphQL client; only the network
// is replaced, by a stand-in API answering the declared operations in GraphQL's wire format.

type Call = AtsPartnerCallsQuery['atsPartnerCalls'][number];
type Answer = { data: unknown };

const call = (ats: string, operation: string, status: number, n: number): Call => ({
  id: `${ats}-${n}`,
  operation,
  status,
  createdAt: `2026-12-0${n}T09:00:00Z`,
});

/** The stand-in API: each ATS's call log (mutable) and every operation the page sent. */
function fakeApi(calls: Record<string, Call[]>) {
  const sent: { operation: string; variables: Record<string, unknown> }[] = [];
  const answers: Record<string, (variables: Record<string, unknown>) => Answer> = {
    Greenhouse: () => ({
      data: {
        greenhouseSetup: {
          listTestsUrl: 'https://api.example/ats/greenhouse/v1/list_tests',
          sendTestUrl: 'https://api.example/ats/greenhouse/v1/send_test',
          testStatusUrl: 'https://api.example/ats/greenhouse/v1/test_status',
          responseErrorUrl: 'https://api.example/ats/greenhouse/v1/response_error',
          scope: 'ats:greenhouse',
          activeKeys: 1,
        },
        atsSyncs: [],
      },
    }),
    LeverSetup: () => ({
      data: {
        leverSetup: {
          connected: true,
          authKind: 'api_key',
          webhookUrl: 'https://api.example/ats/lever/v1/webhooks/t1',
          redirectUri: 'https://api.example/ats/lever/v1/oauth/callback',
          webhookSecretSet: true,
          oauthAvailable: false,
          performAs: null,
          mappings: [],
        },
      },
    }),
    WorkdaySetup: () => ({
      data: {
        workdaySetup: {
          connected: true,
          orderUrl: 'https://api.example/ats/workday/v1/orders/t1',
          endpoint: 'https://wd.example/ccx/service/acme/Recruiting/v44.0',
          statuses: [],
        },
      },
    }),
    AtsSyncs: () => ({ data: { atsSyncs: [] } }),
    AtsPartnerCalls: (v) => ({
      data: { atsPartnerCalls: (calls[v['ats'] as string] ?? []).map((c) => ({ ...c })) },
    }),
  };
  vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
    const { query, variables } = JSON.parse(String(init.body));
    const operation = /(?:query|mutation)\s+(\w+)/.exec(query)![1];
    sent.push({ operation, variables });
    const answer = answers[operation]?.(variables) ?? {
      errors: [{ message: `unexpected ${operation}`, extensions: { code: 'INTERNAL' } }],
    };
    return new Response(JSON.stringify(answer), {
      headers: { 'content-type': 'application/json' },
    });
  });
  return { sent };
}

/** An owner of Acme on the Integrations page, once every card has loaded. */
async function openPage() {
  TestBed.configureTestingModule({ providers: [provideRouter([])] });
  const session = TestBed.inject(SessionService);
  session.memberships.set([{ tenant: { id: 't1', slug: 'acme', name: 'Acme' }, role: 'owner' }]);
  session.tenantIdSignal.set('t1');
  const fixture = TestBed.createComponent(IntegrationsPage);
  const root = fixture.nativeElement as HTMLElement;
  document.body.appendChild(root);
  await fixture.whenStable();
  await vi.waitFor(() =>
    expect(root.querySelectorAll('[data-testid="lever"], [data-testid="workday"]')).toHaveLength(2),
  );
  return { fixture, root };
}

const card = (root: HTMLElement, ats: string) =>
  root.querySelector<HTMLElement>(`[data-testid="${ats}"]`)!;

/** The rows of a card's call log: when is left out (it is in the viewer's time zone). */
const callRows = (section: HTMLElement) =>
  [...section.querySelectorAll('table[aria-label^="Calls from"] tbody tr')].map((tr) =>
    texts(tr, 'td').slice(1),
  );

afterEach(() => vi.unstubAllGlobals());

describe('IntegrationsPage: the partner call log', () => {
  it('shows each ATS its own calls and our answers, on all three cards', async () => {
    const { sent } = fakeApi({
      greenhouse: [
        call('greenhouse', 'send_test', 200, 2),
        call('greenhouse', 'list_tests', 200, 1),
      ],
      lever: [call('lever', 'stage_change', 202, 3), call('lever', 'stage_change', 401, 2)],
      workday: [call('workday', 'order', 201, 4)],
    });
    const { root } = await openPage();
    await vi.waitFor(() => expect(callRows(card(root, 'workday'))).toHaveLength(1));

    expect(callRows(card(root, 'greenhouse'))).toEqual([
      ['send_test', '200'],
      ['list_tests', '200'],
    ]);
    expect(callRows(card(root, 'lever'))).toEqual([
      ['stage_change', '202'],
      ['stage_change', '401'],
    ]);
    expect(callRows(card(root, 'workday'))).toEqual([['order', '201']]);
    for (const [ats, name] of [
      ['greenhouse', 'Greenhouse'],
      ['lever', 'Lever'],
      ['workday', 'Workday'],
    ]) {
      const section = card(root, ats);
      expect(texts(section, 'h3')).toContain(`Recent calls from ${name}`);
      expect(
        section.querySelector('table[aria-label^="Calls from"]')?.getAttribute('aria-label'),
      ).toBe(`Calls from ${name}`);
      expect(section.querySelectorAll(`[data-testid="${ats}-call"]`).length).toBeGreaterThan(0);
    }
    // A refused call is marked as such (styled apart from the accepted ones).
    const leverAnswers = [...card(root, 'lever').querySelectorAll('tbody td[data-ok]')];
    expect(leverAnswers.map((td) => td.getAttribute('data-ok'))).toEqual(['true', 'false']);
    expect(
      sent
        .filter((s) => s.operation === 'AtsPartnerCalls')
        .map((s) => s.variables['ats'])
        .sort(),
    ).toEqual(['greenhouse', 'lever', 'workday']);
  });

  it('says when an ATS has not called yet, and Reload shows a call that came since', async () => {
    const calls: Record<string, Call[]> = { greenhouse: [], lever: [], workday: [] };
    fakeApi(calls);
    const { root } = await openPage();
    const workday = card(root, 'workday');
    await vi.waitFor(() => expect(workday.textContent).toContain('Workday has not called yet.'));
    expect(card(root, 'lever').textContent).toContain('Lever has not called yet.');
    expect(workday.querySelector('table[aria-label^="Calls from"]')).toBeNull();

    calls['workday'].push(call('workday', 'order', 201, 5));
    button(workday, 'Reload Workday calls').click();
    await vi.waitFor(() => expect(callRows(workday)).toEqual([['order', '201']]));
    expect(card(root, 'lever').textContent).toContain('Lever has not called yet.');
  });

  it("Greenhouse's Refresh reloads its call log too", async () => {
    const calls: Record<string, Call[]> = { greenhouse: [] };
    fakeApi(calls);
    const { root } = await openPage();
    const greenhouse = card(root, 'greenhouse');
    await vi.waitFor(() =>
      expect(greenhouse.textContent).toContain('Greenhouse has not called yet.'),
    );
    calls['greenhouse'].push(call('greenhouse', 'send_test', 200, 6));
    button(greenhouse, 'Refresh').click();
    await vi.waitFor(() => expect(callRows(greenhouse)).toEqual([['send_test', '200']]));
  });
});
