import { Component, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { isEmail } from '@fixpoint/contracts/email';
import { type CandidateRow, type CsvLineError, parseCandidateCsv } from '../core/candidate-csv';
import { messageOf } from '../core/errors';
import type { InviteOutcome } from './assessment-detail.data';

const MAX_EXTRA_PERCENT = 300;

/**
 * "Invite candidates": one candidate (email, name, extra time) or many pasted as CSV. Checks what
 * it can before sending (the e-mail address, the extra time, each CSV line with its number), then
 * says how many invitations went out and, per candidate, why the others did not.
 */
@Component({
  selector: 'fp-invite-form',
  imports: [FormsModule],
  template: `
    <section class="card" aria-labelledby="invite-heading">
      <h2 id="invite-heading">Invite candidates</h2>
      <form class="inline-form" (ngSubmit)="inviteOne()" novalidate>
        <label
          >Email
          <input
            name="email"
            type="email"
            required
            [(ngModel)]="email"
            [attr.aria-invalid]="invalid() === 'email' ? 'true' : null"
            [attr.aria-describedby]="invalid() === 'email' ? 'invite-field-error' : null"
            data-testid="invite-email"
        /></label>
        <label>Name <input name="name" [(ngModel)]="name" data-testid="invite-name" /></label>
        <label
          >Extra time
          <select name="extra" [(ngModel)]="extra" data-testid="invite-extra">
            <option value="0">None</option>
            <option value="25">+25%</option>
            <option value="50">+50%</option>
            <option value="100">+100%</option>
            <option value="custom">Custom…</option>
          </select>
        </label>
        @if (extra === 'custom') {
          <label
            >Percent
            <input
              name="customExtra"
              type="number"
              min="0"
              max="300"
              [(ngModel)]="customExtra"
              [attr.aria-invalid]="invalid() === 'extra' ? 'true' : null"
              [attr.aria-describedby]="invalid() === 'extra' ? 'invite-field-error' : null"
          /></label>
        }
        <button class="btn btn-primary" type="submit" [disabled]="busy()">Send invite</button>
      </form>
      @if (fieldError()) {
        <p id="invite-field-error" class="error" role="alert">{{ fieldError() }}</p>
      }
      <details>
        <summary>Invite many: paste CSV</summary>
        <p class="hint">
          One candidate per line: <code>email,name,extra_time_percent</code> (name and extra time
          optional; a header line is fine).
        </p>
        <label
          >Candidates (CSV)
          <textarea
            name="csv"
            rows="6"
            [(ngModel)]="csv"
            (ngModelChange)="parse()"
            data-testid="invite-csv"
          ></textarea>
        </label>
        @if (csvErrors().length) {
          <ul class="error-list" role="alert" aria-label="Lines to fix">
            @for (e of csvErrors(); track e.line) {
              <li>Line {{ e.line }}: {{ e.message }}</li>
            }
          </ul>
        }
        <button
          type="button"
          class="btn"
          [disabled]="busy() || csvRows().length === 0"
          (click)="inviteMany()"
        >
          Send {{ csvRows().length }} invite{{ csvRows().length === 1 ? '' : 's' }}
        </button>
      </details>
      @if (message()) {
        <p class="success" role="status">{{ message() }}</p>
      }
      @if (rowErrors().length) {
        <ul class="error-list" role="alert" aria-label="Not invited">
          @for (e of rowErrors(); track $index) {
            <li>{{ e }}</li>
          }
        </ul>
      }
    </section>
  `,
})
export class InviteFormComponent {
  /** Sends the invitations (AssessmentDetailData.invite on the page). */
  readonly send = input.required<(candidates: CandidateRow[]) => Promise<InviteOutcome>>();
  protected readonly busy = signal(false);
  protected readonly fieldError = signal('');
  /** The field fieldError is about. */
  protected readonly invalid = signal<'email' | 'extra' | null>(null);
  protected readonly message = signal('');
  protected readonly rowErrors = signal<string[]>([]);
  protected readonly csvRows = signal<CandidateRow[]>([]);
  protected readonly csvErrors = signal<CsvLineError[]>([]);
  protected email = '';
  protected name = '';
  protected extra = '0';
  protected customExtra: number | null = 0;
  protected csv = '';

  protected parse() {
    const { rows, errors } = parseCandidateCsv(this.csv);
    this.csvRows.set(rows);
    this.csvErrors.set(errors);
  }

  protected inviteOne() {
    const email = this.email.trim().toLowerCase();
    // An emptied number field is null: not a percent.
    const extra = this.extra === 'custom' ? (this.customExtra ?? NaN) : Number(this.extra);
    this.message.set('');
    this.rowErrors.set([]);
    if (!isEmail(email)) {
      this.invalid.set('email');
      this.fieldError.set(
        email ? `"${this.email.trim()}" is not an e-mail address.` : 'Enter an e-mail address.',
      );
      return;
    }
    if (!Number.isInteger(extra) || extra < 0 || extra > MAX_EXTRA_PERCENT) {
      this.invalid.set('extra');
      this.fieldError.set(`Extra time is a whole percent from 0 to ${MAX_EXTRA_PERCENT}.`);
      return;
    }
    this.invalid.set(null);
    this.fieldError.set('');
    return this.submit([{ email, name: this.name.trim() || null, extraTimePercent: extra }], () => {
      this.email = '';
      this.name = '';
    });
  }

  protected inviteMany() {
    const rows = this.csvRows();
    return this.submit(rows, () => {
      this.csv = '';
      this.parse();
    });
  }

  private async submit(candidates: CandidateRow[], onSent: () => void) {
    this.busy.set(true);
    this.message.set('');
    this.rowErrors.set([]);
    try {
      const { invited, errors } = await this.send()(candidates);
      this.message.set(`${invited.length} invitation${invited.length === 1 ? '' : 's'} sent.`);
      this.rowErrors.set(errors.map((e) => `${e.email}: ${e.message}`));
      if (invited.length) onSent();
    } catch (error) {
      this.rowErrors.set([messageOf(error)]);
    } finally {
      this.busy.set(false);
    }
  }
}
