import {
  Component,
  type ElementRef,
  effect,
  input,
  output,
  untracked,
  viewChild,
} from '@angular/core';

let nextId = 0;
const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * A modal dialog (DESIGN-SYSTEM: labelled, keyboard first): named by its heading, focus moves
 * into it on open (the first field, else Confirm; Cancel for a destructive action), Tab and Shift+Tab stay inside it, Escape and
 * Cancel close it without acting, Enter or Confirm submits, and focus returns to what opened it.
 * The content (fields, explanations) is projected; the owner decides what Confirm does and closes
 * the dialog by setting `open` to false.
 *
 * A native <dialog> with showModal(): the rest of the page is inert while it is open; the
 * keyboard handling below keeps the same behaviour where showModal is missing (jsdom in tests).
 * The form does not use the browser's validation bubbles: the owner checks the fields and says
 * what is wrong in the dialog, in our words.
 */
@Component({
  selector: 'fp-dialog',
  template: `
    <dialog
      #dialog
      class="fp-dialog"
      [attr.aria-labelledby]="headingId"
      (cancel)="$event.preventDefault(); cancelled.emit()"
      (keydown)="keydown($event)"
    >
      <form novalidate (submit)="$event.preventDefault(); confirmed.emit()">
        <h2 [id]="headingId">{{ heading() }}</h2>
        <ng-content />
        <div class="row-actions">
          <button type="submit" class="btn btn-primary" [disabled]="busy()">
            {{ confirmLabel() }}
          </button>
          <button type="button" class="btn btn-quiet" data-cancel (click)="cancelled.emit()">
            {{ cancelLabel() }}
          </button>
        </div>
      </form>
    </dialog>
  `,
  styles: `
    dialog {
      border: 1px solid var(--fp-neutral-200);
      border-radius: var(--fp-radius);
      padding: var(--fp-space-4);
      max-width: min(32rem, 90vw);
      color: var(--fp-neutral-900);
    }
    dialog::backdrop {
      background: rgb(17 24 39 / 45%);
    }
    h2 {
      margin-top: 0;
    }
    .row-actions {
      margin-top: var(--fp-space-4);
    }
  `,
})
export class DialogComponent {
  /** The dialog's title: its accessible name. */
  readonly heading = input.required<string>();
  readonly open = input(false);
  readonly confirmLabel = input('Confirm');
  readonly cancelLabel = input('Cancel');
  /** Confirm cannot be undone (remove, revoke): focus starts on Cancel, so Enter does no harm. */
  readonly destructive = input(false);
  /** While the owner acts on Confirm: the button is disabled so it is not sent twice. */
  readonly busy = input(false);
  readonly confirmed = output<void>();
  /** Cancel, Escape: the owner closes the dialog without acting. */
  readonly cancelled = output<void>();
  protected readonly headingId = `fp-dialog-${++nextId}`;
  private readonly dialog = viewChild.required<ElementRef<HTMLDialogElement>>('dialog');
  private opener: HTMLElement | null = null;

  constructor() {
    effect(() => {
      const open = this.open();
      untracked(() => (open ? this.show() : this.hide()));
    });
  }

  private show() {
    const dialog = this.dialog().nativeElement;
    if (dialog.open) return;
    this.opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    const fields = this.focusable().filter((el) => !el.matches('button'));
    const start = this.destructive()
      ? dialog.querySelector<HTMLElement>('button[data-cancel]')
      : (fields[0] ?? dialog.querySelector<HTMLElement>('button[type="submit"]'));
    start?.focus();
  }

  private hide() {
    const dialog = this.dialog().nativeElement;
    if (!dialog.open) return;
    if (typeof dialog.close === 'function') dialog.close();
    else dialog.removeAttribute('open');
    this.opener?.focus();
    this.opener = null;
  }

  protected keydown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.preventDefault();
      this.cancelled.emit();
    } else if (event.key === 'Tab') {
      const items = this.focusable();
      if (items.length === 0) return;
      const first = items[0];
      const last = items[items.length - 1];
      const active = document.activeElement;
      if (event.shiftKey && (active === first || !items.includes(active as HTMLElement))) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && (active === last || !items.includes(active as HTMLElement))) {
        event.preventDefault();
        first.focus();
      }
    }
  }

  private focusable() {
    return [...this.dialog().nativeElement.querySelectorAll<HTMLElement>(FOCUSABLE)];
  }
}
