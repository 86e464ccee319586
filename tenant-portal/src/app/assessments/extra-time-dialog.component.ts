import { Component, effect, input, output, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { PipelineRow } from '../core/pipeline-sort';
import { DialogComponent } from '../ui/dialog.component';

const MAX_EXTRA_PERCENT = 300;

/** Extra time for one invited candidate, as a whole percent of the time limit (0 to 300). */
@Component({
  selector: 'fp-extra-time-dialog',
  imports: [DialogComponent, FormsModule],
  template: `
    <fp-dialog
      [heading]="'Extra time for ' + (row()?.email ?? '')"
      confirmLabel="Save extra time"
      [open]="row() !== null"
      [busy]="busy()"
      (confirmed)="save()"
      (cancelled)="closed.emit()"
    >
      <p class="hint">
        An accommodation: the candidate's time limit grows by this much when they begin.
      </p>
      <label
        >Extra time (percent, 0 to 300)
        <input
          name="percent"
          type="number"
          min="0"
          max="300"
          step="1"
          [(ngModel)]="percent"
          [attr.aria-invalid]="problem() ? 'true' : null"
          [attr.aria-describedby]="problem() ? 'extra-time-problem' : null"
          data-testid="extra-time-percent"
      /></label>
      @if (problem()) {
        <p id="extra-time-problem" class="error" role="alert">{{ problem() }}</p>
      }
      @if (error()) {
        <p class="error" role="alert">{{ error() }}</p>
      }
    </fp-dialog>
  `,
})
export class ExtraTimeDialogComponent {
  /** The candidate being given extra time; null: the dialog is closed. */
  readonly row = input.required<PipelineRow | null>();
  readonly busy = input(false);
  /** A failure of the last save, from the page. */
  readonly error = input('');
  readonly saved = output<number>();
  readonly closed = output<void>();
  protected percent: number | null = 0;
  protected readonly problem = signal('');

  constructor() {
    // Each opening starts from the candidate's current extra time.
    effect(() => {
      const row = this.row();
      untracked(() => {
        this.percent = row?.extraTimePercent ?? 0;
        this.problem.set('');
      });
    });
  }

  protected save() {
    const value = this.percent;
    if (value === null || !Number.isInteger(value) || value < 0 || value > MAX_EXTRA_PERCENT) {
      this.problem.set(`Enter a whole percent from 0 to ${MAX_EXTRA_PERCENT}.`);
      return;
    }
    this.problem.set('');
    this.saved.emit(value);
  }
}
