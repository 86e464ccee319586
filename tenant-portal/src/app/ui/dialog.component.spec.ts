// @vitest-environment jsdom
import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { DialogComponent } from './dialog.component';

/** The dialog as a page uses it: a button opens it, the page closes it on confirm or cancel. */
@Component({
  imports: [DialogComponent],
  template: `
    <button type="button" (click)="open.set(true)">Extra time</button>
    <fp-dialog
      heading="Extra time for ada@example.com"
      confirmLabel="Save"
      [open]="open()"
      (confirmed)="events.push('confirmed'); open.set(false)"
      (cancelled)="events.push('cancelled'); open.set(false)"
    >
      <label>Percent <input name="percent" type="number" /></label>
    </fp-dialog>
  `,
})
class HostComponent {
  readonly open = signal(false);
  readonly events: string[] = [];
}

async function openDialog() {
  const fixture = TestBed.createComponent(HostComponent);
  document.body.appendChild(fixture.nativeElement);
  await fixture.whenStable();
  const root = fixture.nativeElement as HTMLElement;
  const opener = root.querySelector('button') as HTMLButtonElement;
  opener.focus();
  opener.click();
  await fixture.whenStable();
  const dialog = root.querySelector('dialog') as HTMLDialogElement;
  return { fixture, root, opener, dialog, host: fixture.componentInstance };
}

const button = (root: HTMLElement, name: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)!;

const press = (target: Element, key: string, shiftKey = false) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key, shiftKey, bubbles: true }));

describe('DialogComponent', () => {
  it('opens labelled by its heading, with focus on its first field', async () => {
    const { dialog } = await openDialog();
    expect(dialog.open).toBe(true);
    const heading = document.getElementById(dialog.getAttribute('aria-labelledby')!);
    expect(heading?.textContent).toBe('Extra time for ada@example.com');
    expect(document.activeElement).toBe(dialog.querySelector('input'));
  });

  it('confirms with the confirm button and with Enter in a field', async () => {
    const { root, dialog, host, fixture } = await openDialog();
    button(root, 'Save').click();
    await fixture.whenStable();
    expect(host.events).toEqual(['confirmed']);
    expect(dialog.open).toBe(false);

    button(root, 'Extra time').click();
    await fixture.whenStable();
    dialog.querySelector('form')!.requestSubmit();
    await fixture.whenStable();
    expect(host.events).toEqual(['confirmed', 'confirmed']);
  });

  it('closes without acting on Cancel and on Escape, giving focus back to the opener', async () => {
    const { root, dialog, host, fixture, opener } = await openDialog();
    button(root, 'Cancel').click();
    await fixture.whenStable();
    expect(host.events).toEqual(['cancelled']);
    expect(dialog.open).toBe(false);
    expect(document.activeElement).toBe(opener);

    opener.click();
    await fixture.whenStable();
    press(dialog.querySelector('input')!, 'Escape');
    await fixture.whenStable();
    expect(host.events).toEqual(['cancelled', 'cancelled']);
    expect(dialog.open).toBe(false);
  });

  it('starts on Cancel when confirming cannot be undone', async () => {
    const fixture = TestBed.createComponent(DialogComponent);
    document.body.appendChild(fixture.nativeElement);
    fixture.componentRef.setInput('heading', 'Remove Ada from the company?');
    fixture.componentRef.setInput('confirmLabel', 'Remove');
    fixture.componentRef.setInput('destructive', true);
    fixture.componentRef.setInput('open', true);
    await fixture.whenStable();
    expect(document.activeElement?.textContent?.trim()).toBe('Cancel');
  });

  it('keeps Tab and Shift+Tab inside the dialog', async () => {
    const { root, dialog } = await openDialog();
    const field = dialog.querySelector('input')!;
    const cancel = button(root, 'Cancel');
    cancel.focus();
    press(cancel, 'Tab');
    expect(document.activeElement).toBe(field);
    press(field, 'Tab', true);
    expect(document.activeElement).toBe(cancel);
  });
});
