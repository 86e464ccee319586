// @vitest-environment jsdom
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { CompetitionPipelineComponent, type PipelineRow } from './competition-pipeline.component';

async function render(rows: PipelineRow[]) {
  TestBed.configureTestingModule({ providers: [provideRouter([])] });
  const fixture = TestBed.createComponent(CompetitionPipelineComponent);
  fixture.componentRef.setInput('rows', rows);
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

const cells = (root: HTMLElement) =>
  [...root.querySelectorAll('tbody tr')].map((tr) =>
    [...tr.querySelectorAll('td')].map((td) => td.textContent?.replace(/\s+/g, ' ').trim()),
  );

describe('CompetitionPipelineComponent', () => {
  it("shows each entrant's final standing and links them to their report", async () => {
    const root = await render([
      {
        id: 'i1',
        email: 'ada@example.com',
        name: 'Ada',
        competition: {
          rank: 1,
          points: 300,
          solved: 1,
          challenges: 2,
          integrity: { clean: 2, flagged: 1, tampered: 0, reviewPending: 1 },
        },
      },
      { id: 'i2', email: 'bob@example.com', name: null, competition: null },
    ]);
    expect(root.querySelector('h2')?.textContent).toMatch(/Entrants in your pipeline\s*\(2\)/);
    expect(cells(root)).toEqual([
      ['Ada (ada@example.com)', '1', '300', '1 / 2', '2 clean, 1 flagged, 0 tampered 1 to review'],
      ['bob@example.com', 'Registered; the result lands here when final.'],
    ]);
    const link = root.querySelector<HTMLAnchorElement>('tbody a');
    expect(link?.getAttribute('href')).toBe('/reports/i1');
  });

  it('says so when nobody has registered', async () => {
    const root = await render([]);
    expect(root.textContent).toContain('Nobody has registered yet.');
    expect(root.querySelector('table')).toBeNull();
  });
});
