// @vitest-environment jsdom
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { PipelineRow } from '../core/pipeline-sort';
import { button, enter, field, texts } from '../../testing/dom';
import { PipelineTableComponent } from './pipeline-table.component';

const row = (over: Partial<PipelineRow> & Pick<PipelineRow, 'id' | 'email'>): PipelineRow => ({
  name: null,
  status: 'invited',
  score: null,
  underReview: false,
  timeUsedSeconds: null,
  sentAt: '2026-12-01T09:00:00Z',
  startedAt: null,
  submittedAt: null,
  extraTimePercent: 0,
  sendCount: 1,
  competition: null,
  ...over,
});

const ROWS: PipelineRow[] = [
  row({
    id: 'a',
    email: 'ada@example.com',
    name: 'Ada',
    status: 'submitted',
    score: 92,
    timeUsedSeconds: 1500,
    sentAt: '2026-12-01T09:00:00Z',
    startedAt: '2026-12-01T10:00:00Z',
    submittedAt: '2026-12-01T10:25:00Z',
  }),
  row({
    id: 'b',
    email: 'bob@example.com',
    name: 'Bob',
    sentAt: '2026-12-02T09:00:00Z',
    extraTimePercent: 25,
  }),
  row({
    id: 'c',
    email: 'cy@example.com',
    status: 'submitted',
    score: null,
    underReview: true,
    sentAt: '2026-12-03T09:00:00Z',
    submittedAt: '2026-12-03T11:00:00Z',
  }),
  row({
    id: 'd',
    email: 'dee@example.com',
    name: 'Dee',
    status: 'expired',
    score: 10,
    sentAt: '2026-12-04T09:00:00Z',
  }),
];

async function renderTable(
  rows: PipelineRow[] | null,
  rights = { canReport: true, canInvite: true },
  competition = false,
) {
  TestBed.configureTestingModule({ providers: [provideRouter([])] });
  const fixture = TestBed.createComponent(PipelineTableComponent);
  fixture.componentRef.setInput('rows', rows);
  fixture.componentRef.setInput('canReport', rights.canReport);
  fixture.componentRef.setInput('canInvite', rights.canInvite);
  fixture.componentRef.setInput('competition', competition);
  const events: string[] = [];
  const table = fixture.componentInstance;
  table.resend.subscribe((r) => events.push(`resend ${r.email}`));
  table.revoke.subscribe((r) => events.push(`revoke ${r.email}`));
  table.extraTime.subscribe((r) => events.push(`extra time ${r.email}`));
  await fixture.whenStable();
  const root = fixture.nativeElement as HTMLElement;
  return { root, events, settle: () => fixture.whenStable() };
}

const emails = (root: HTMLElement) => texts(root, 'tbody tr td:nth-child(2)');
const columnSort = (root: HTMLElement, label: string) =>
  [...root.querySelectorAll('th')]
    .find((th) => th.textContent?.trim().startsWith(label))
    ?.getAttribute('aria-sort');

describe('PipelineTableComponent', () => {
  it('lists candidates by invitation date, each status in words', async () => {
    const { root } = await renderTable(ROWS);
    expect(emails(root)).toEqual([
      'ada@example.com',
      'bob@example.com',
      'cy@example.com',
      'dee@example.com',
    ]);
    expect(texts(root, 'tbody td:nth-child(3)')).toEqual([
      'Submitted',
      'Invited +25%',
      'Submitted',
      'Expired',
    ]);
    expect(columnSort(root, 'Invited')).toBe('ascending');
  });

  it('withholds a score under integrity review, showing "Review" instead', async () => {
    const { root } = await renderTable(ROWS);
    expect(texts(root, '[data-testid="pipeline-score"]')).toEqual(['92', '—', '⚠ Review', '10']);
  });

  it('sorts by a column on click, and reverses on a second click', async () => {
    const { root, settle } = await renderTable(ROWS);
    button(root, 'Score').click();
    await settle();
    expect(columnSort(root, 'Score')).toBe('ascending');
    expect(columnSort(root, 'Invited')).toBe('none');
    // No score yet (or withheld) comes last either way.
    expect(emails(root)).toEqual([
      'dee@example.com',
      'ada@example.com',
      'bob@example.com',
      'cy@example.com',
    ]);
    button(root, 'Score ▲').click();
    await settle();
    expect(columnSort(root, 'Score')).toBe('descending');
    expect(emails(root)).toEqual([
      'ada@example.com',
      'dee@example.com',
      'bob@example.com',
      'cy@example.com',
    ]);
  });

  it('filters by status', async () => {
    const { root, settle } = await renderTable(ROWS);
    enter(field<HTMLSelectElement>(root, 'Status'), 'submitted');
    await settle();
    expect(emails(root)).toEqual(['ada@example.com', 'cy@example.com']);
    enter(field<HTMLSelectElement>(root, 'Status'), 'revoked');
    await settle();
    expect(texts(root, 'tbody td')).toEqual(['No revoked candidates.']);
  });

  it('offers a report once a candidate began, and resend, revoke, extra time while invited', async () => {
    const { root, events } = await renderTable(ROWS);
    expect(texts(root, 'a[aria-label^="Report of"]')).toHaveLength(3);
    expect(root.querySelector('a[aria-label="Report of Bob"]')).toBeNull();
    const bob = [...root.querySelectorAll('tbody tr')][1];
    expect(texts(bob, 'button')).toEqual(['Resend', 'Revoke', 'Extra time']);
    button(bob, 'Resend').click();
    button(bob, 'Revoke').click();
    button(bob, 'Extra time for bob@example.com').click();
    expect(events).toEqual([
      'resend bob@example.com',
      'revoke bob@example.com',
      'extra time bob@example.com',
    ]);
  });

  it('shows no actions to a role that cannot invite or read reports', async () => {
    const { root } = await renderTable(ROWS, { canReport: false, canInvite: false });
    expect(root.querySelectorAll('tbody button, tbody a')).toHaveLength(0);
    expect(texts(root, 'button')).not.toContain('Export CSV');
  });

  it('says so while loading and when nobody is invited yet', async () => {
    expect(texts((await renderTable(null)).root, '[role="status"]')).toEqual([
      'Loading candidates…',
    ]);
    TestBed.resetTestingModule();
    expect(texts((await renderTable([])).root, '.empty')).toEqual(['No candidates yet.']);
  });

  it("shows a hiring competition's standings: rank, points, solved and integrity verdicts", async () => {
    const integrity = { clean: 0, flagged: 0, tampered: 0, reviewPending: 0 };
    const entrants = [
      row({
        id: 'a',
        email: 'ada@example.com',
        status: 'submitted',
        competition: {
          rank: 1,
          points: 250,
          solved: 3,
          challenges: 3,
          integrity: { ...integrity, clean: 5 },
        },
      }),
      row({
        id: 'b',
        email: 'bob@example.com',
        status: 'submitted',
        sentAt: '2026-12-02T09:00:00Z',
        competition: {
          rank: null,
          points: 40,
          solved: 1,
          challenges: 3,
          integrity: { clean: 2, flagged: 1, tampered: 1, reviewPending: 2 },
        },
      }),
      row({ id: 'c', email: 'cy@example.com', sentAt: '2026-12-03T09:00:00Z' }),
    ];
    const { root } = await renderTable(entrants, { canReport: true, canInvite: true }, true);
    expect(texts(root, 'th').slice(-5)).toEqual([
      'Rank',
      'Points',
      'Solved',
      'Integrity',
      'Actions',
    ]);
    const cells = (i: number) =>
      texts([...root.querySelectorAll('tbody tr')][i] as HTMLElement, 'td').slice(8, -1);
    expect(cells(0)).toEqual(['1', '250', '3 / 3', '5 clean, 0 flagged, 0 tampered']);
    // Off the final board (no rank); flagged or tampered submits still waiting for a person.
    expect(cells(1)).toEqual(['—', '40', '1 / 3', '2 clean, 1 flagged, 1 tampered (2 to review)']);
    // No standing until the competition is final.
    expect(cells(2)).toEqual(['Not final yet']);
  });

  it('shows no standing columns on an ordinary assessment', async () => {
    const { root } = await renderTable(ROWS);
    expect(texts(root, 'th')).not.toContain('Rank');
    expect(root.querySelector('[data-testid="competition-rank"]')).toBeNull();
  });
});
