// @vitest-environment jsdom
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type {
  AssessmentFieldsFragment,
  PipelineRowFieldsFragment,
} from '../core/generated/graphql';
import { toRoleTable } from '../core/role-table';
import { SessionService } from '../core/session.service';
import { button, enter, field, texts } from '../../testing/dom';
import { AssessmentDetailPage } from './assessment-detail.page';

// The whole page over the real SessionService and GraphQL client; only the network is replaced,
// by a stand-in API answering the declared operations in GraphQL's wire format.

const ASSESSMENT: AssessmentFieldsFragment = {
  id: 'asm-1',
  title: 'Backend debugging',
  instructions: 'Fix what you can.',
  timeLimitMinutes: 45,
  hintsAllowed: false,
  hintPenalty: 0,
  status: 'published',
  kind: 'assessment',
  candidateCount: 1,
  createdAt: '2026-12-01T09:00:00Z',
  updatedAt: '2026-12-01T09:00:00Z',
  challenges: [],
};
const candidate = (email: string, extraTimePercent = 0): PipelineRowFieldsFragment => ({
  id: `invite-${email}`,
  email,
  name: null,
  status: 'invited',
  score: null,
  underReview: false,
  timeUsedSeconds: null,
  sentAt: '2026-12-02T09:00:00Z',
  startedAt: null,
  submittedAt: null,
  extraTimePercent,
  sendCount: 1,
  competition: null,
});

type Answer = { data: unknown } | { errors: { message: string; extensions: { code: string } }[] };

/** The stand-in API: the pipeline it holds, and every operation the page sent. */
function fakeApi(overrides: Record<string, (variables: Record<string, unknown>) => Answer> = {}) {
  const pipeline = [candidate('ada@example.com')];
  const sent: { operation: string; variables: Record<string, unknown> }[] = [];
  const answers: Record<string, (variables: Record<string, unknown>) => Answer> = {
    Assessment: () => ({ data: { assessment: ASSESSMENT } }),
    Pipeline: () => ({ data: { candidates: pipeline.map((row) => ({ ...row })) } }),
    InviteCandidates: (v) => {
      const rows = v['candidates'] as { email: string }[];
      pipeline.push(...rows.map((r) => candidate(r.email)));
      return {
        data: { inviteCandidates: { invited: rows.map((r) => ({ id: r.email })), errors: [] } },
      };
    },
    SetAccommodation: (v) => {
      const row = pipeline.find((r) => r.id === v['id'])!;
      row.extraTimePercent = v['extraTimePercent'] as number;
      return { data: { setAccommodation: { id: row.id } } };
    },
    ...overrides,
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

/** A recruiter of Acme on the assessment's page. */
async function openPage() {
  TestBed.configureTestingModule({
    providers: [provideRouter([{ path: 'assessments/:id', component: AssessmentDetailPage }])],
  });
  const session = TestBed.inject(SessionService);
  session.memberships.set([
    { tenant: { id: 't1', slug: 'acme', name: 'Acme' }, role: 'recruiter' },
  ]);
  session.tenantIdSignal.set('t1');
  session.roleTable.set(
    toRoleTable({
      roleCapabilities: [
        {
          role: 'recruiter',
          capabilities: ['inviteCandidates', 'readReports', 'manageAssessments'],
        },
      ],
    }),
  );
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl('/assessments/asm-1');
  const root = harness.routeNativeElement!;
  document.body.appendChild(root);
  await vi.waitFor(() => expect(root.querySelector('[data-testid="pipeline"]')).not.toBeNull());
  return root;
}

const pipelineRow = (root: HTMLElement, email: string) =>
  [...root.querySelectorAll('tbody tr')].find((tr) => tr.textContent?.includes(email))!;

afterEach(() => vi.unstubAllGlobals());

describe('AssessmentDetailPage', () => {
  it('shows the assessment and its pipeline', async () => {
    const { sent } = fakeApi();
    const root = await openPage();
    expect(texts(root, 'h1')[0]).toBe('Backend debugging Published');
    expect(texts(root, 'tbody td:nth-child(2)')).toEqual(['ada@example.com']);
    expect(sent.map((s) => s.operation).sort()).toEqual(['Assessment', 'Pipeline']);
    expect(sent.find((s) => s.operation === 'Pipeline')?.variables).toEqual({
      assessmentId: 'asm-1',
    });
  });

  it('invites a candidate, who then shows in the pipeline', async () => {
    const { sent } = fakeApi();
    const root = await openPage();
    enter(field(root, 'Email'), 'grace@example.com');
    button(root, 'Send invite').click();
    await vi.waitFor(() => expect(texts(root, '[role="status"]')).toEqual(['1 invitation sent.']));
    expect(sent.find((s) => s.operation === 'InviteCandidates')?.variables).toEqual({
      assessmentId: 'asm-1',
      candidates: [{ email: 'grace@example.com', name: null, extraTimePercent: 0 }],
    });
    await vi.waitFor(() =>
      expect(texts(root, 'tbody td:nth-child(2)')).toEqual([
        'ada@example.com',
        'grace@example.com',
      ]),
    );
  });

  it('gives extra time through the dialog, which closes once saved', async () => {
    const { sent } = fakeApi();
    const root = await openPage();
    button(pipelineRow(root, 'ada@example.com'), 'Extra time for ada@example.com').click();
    const dialog = root.querySelector('dialog')!;
    await vi.waitFor(() => expect(dialog.open).toBe(true));
    enter(field(dialog, 'Extra time (percent'), '50');
    button(dialog, 'Save extra time').click();
    await vi.waitFor(() => expect(dialog.open).toBe(false));
    expect(sent.find((s) => s.operation === 'SetAccommodation')?.variables).toEqual({
      id: 'invite-ada@example.com',
      extraTimePercent: 50,
    });
    await vi.waitFor(() =>
      expect(texts(pipelineRow(root, 'ada@example.com'), 'td:nth-child(3)')).toEqual([
        'Invited +50%',
      ]),
    );
  });

  it('keeps the dialog open with the reason when the API refuses the extra time', async () => {
    fakeApi({
      SetAccommodation: () => ({
        errors: [{ message: 'The candidate has already begun.', extensions: { code: 'CONFLICT' } }],
      }),
    });
    const root = await openPage();
    button(pipelineRow(root, 'ada@example.com'), 'Extra time for ada@example.com').click();
    const dialog = root.querySelector('dialog')!;
    await vi.waitFor(() => expect(dialog.open).toBe(true));
    enter(field(dialog, 'Extra time (percent'), '50');
    button(dialog, 'Save extra time').click();
    await vi.waitFor(() =>
      expect(texts(dialog, '[role="alert"]')).toEqual(['The candidate has already begun.']),
    );
    expect(dialog.open).toBe(true);
  });
});
