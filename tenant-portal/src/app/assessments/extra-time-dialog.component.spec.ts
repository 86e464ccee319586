// @vitest-environment jsdom
import { TestBed } from '@angular/core/testing';
import type { PipelineRow } from '../core/pipeline-sort';
import { button, enter, field, texts } from '../../testing/dom';
import { ExtraTimeDialogComponent } from './extra-time-dialog.component';

const BOB: PipelineRow = {
  id: 'b',
  email: 'bob@example.com',
  name: 'Bob',
  status: 'invited',
  score: null,
  timeUsedSeconds: null,
  sentAt: '2026-12-02T09:00:00Z',
  startedAt: null,
  submittedAt: null,
  extraTimePercent: 25,
  underReview: false,
  sendCount: 1,
  competition: null,
};

async function openFor(row: PipelineRow) {
  const fixture = TestBed.createComponent(ExtraTimeDialogComponent);
  document.body.appendChild(fixture.nativeElement);
  fixture.componentRef.setInput('row', null);
  await fixture.whenStable();
  fixture.componentRef.setInput('row', row);
  await fixture.whenStable();
  const saved: number[] = [];
  let closed = 0;
  fixture.componentInstance.saved.subscribe((p) => saved.push(p));
  fixture.componentInstance.closed.subscribe(() => closed++);
  const root = fixture.nativeElement as HTMLElement;
  return { root, saved, closed: () => closed, settle: () => fixture.whenStable() };
}

describe('ExtraTimeDialogComponent', () => {
  it("asks for the candidate's extra time, starting from the current one", async () => {
    const { root } = await openFor(BOB);
    const dialog = root.querySelector('dialog')!;
    expect(dialog.open).toBe(true);
    expect(document.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent).toBe(
      'Extra time for bob@example.com',
    );
    const percent = field(root, 'Extra time (percent');
    expect(percent.value).toBe('25');
    expect(document.activeElement).toBe(percent);
  });

  it('saves a whole percent from 0 to 300', async () => {
    const { root, saved, settle } = await openFor(BOB);
    enter(field(root, 'Extra time (percent'), '50');
    await settle();
    button(root, 'Save extra time').click();
    await settle();
    expect(saved).toEqual([50]);
  });

  it('refuses anything else, saying what it takes', async () => {
    const { root, saved, settle } = await openFor(BOB);
    for (const value of ['301', '12.5', '']) {
      enter(field(root, 'Extra time (percent'), value);
      await settle();
      button(root, 'Save extra time').click();
      await settle();
      expect(texts(root, '[role="alert"]')).toEqual(['Enter a whole percent from 0 to 300.']);
    }
    expect(saved).toEqual([]);
  });

  it('closes without saving on Cancel and on Escape', async () => {
    const { root, saved, closed, settle } = await openFor(BOB);
    button(root, 'Cancel').click();
    field(root, 'Extra time (percent').dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }),
    );
    await settle();
    expect(closed()).toBe(2);
    expect(saved).toEqual([]);
  });
});
