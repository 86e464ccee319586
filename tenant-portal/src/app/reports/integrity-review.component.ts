import {
  Component,
  type ElementRef,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { DatePipe } from '@angular/common';
import { FormsModule } from '@angular/forms';
import { messageOf } from '../core/errors';
import { SessionService } from '../core/session.service';
import { DECIDE_INTEGRITY_REVIEW } from '../core/documents/reports.graphql';
import {
  type ChallengeIntegrity,
  evidenceOf,
  groupFindings,
  LAYER_LABELS,
} from './integrity-review.types';

type Decision = 'ACCEPT' | 'REJECT';

/**
 * The "Integrity review required" panel of a challenge: each finding with its evidence (scan:
 * file:line and the line; planted check: expected vs actual; test set: the missing or extra
 * test), and Accept / Reject, each asking for a reason in a dialog. Once decided it says who,
 * when and why. Status is told in words and icons, never by colour alone.
 */
@Component({
  selector: 'fp-integrity-review',
  imports: [DatePipe, FormsModule],
  styles: `
    :host {
      display: block;
      margin-bottom: var(--fp-space-4);
    }
    .panel {
      border: 2px solid var(--fp-warning);
      border-left-width: 8px;
      border-radius: var(--fp-radius);
      background: #fffbeb;
      padding: var(--fp-space-4);
    }
    .panel[data-state='rejected'] {
      border-color: var(--fp-error-text);
      background: #fef2f2;
    }
    .panel[data-state='accepted'] {
      border-color: var(--fp-success-text);
      background: #ecfdf5;
    }
    .panel h3 {
      margin-top: 0;
    }
    .findings {
      list-style: none;
      padding: 0;
      margin: var(--fp-space-3) 0;
    }
    .findings > li {
      background: white;
      border: 1px solid var(--fp-neutral-200);
      border-radius: var(--fp-radius-sm);
      padding: var(--fp-space-3);
      margin-bottom: var(--fp-space-2);
    }
    .finding-head {
      display: flex;
      gap: var(--fp-space-2);
      align-items: baseline;
      flex-wrap: wrap;
    }
    .evidence {
      margin: var(--fp-space-2) 0 0;
      font: var(--fp-body-sm);
    }
    .evidence pre {
      background: var(--fp-editor-bg, #1e1e1e);
      color: var(--fp-editor-text, #d4d4d4);
      padding: var(--fp-space-2) var(--fp-space-3);
      border-radius: var(--fp-radius-sm);
      overflow-x: auto;
      margin: 4px 0 0;
    }
    .evidence dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 2px var(--fp-space-3);
      margin: 0;
    }
    .evidence dt {
      font-weight: 600;
    }
    .evidence dd {
      margin: 0;
      font-family: var(--fp-font-mono);
    }
    .run-facts {
      font: var(--fp-body-sm);
      color: var(--fp-neutral-900);
    }
    .names {
      margin: 4px 0 0;
      padding-left: 1.25rem;
    }
    details.evidence {
      margin-top: var(--fp-space-2);
    }
    dialog {
      border: 1px solid var(--fp-neutral-200);
      border-radius: var(--fp-radius);
      padding: var(--fp-space-4);
      width: min(32rem, 90vw);
    }
    dialog::backdrop {
      background: rgb(17 24 39 / 45%);
    }
    dialog textarea {
      font-family: var(--fp-font-sans);
      min-height: 6rem;
    }
  `,
  template: `
    @let i = integrity();
    <section
      class="panel"
      [attr.data-state]="i.reviewStatus.toLowerCase()"
      [attr.aria-labelledby]="headingId()"
      data-testid="integrity-review"
    >
      @switch (i.reviewStatus) {
        @case ('PENDING') {
          <h3 [id]="headingId()">⚠ Integrity review required</h3>
          <p>
            The graded run of this challenge was
            <strong>{{ i.verdict === 'TAMPERED' ? 'tampered with' : 'flagged' }}</strong>: its score
            is withheld until someone here accepts or rejects it.
          </p>
        }
        @case ('ACCEPTED') {
          <h3 [id]="headingId()">✔ Integrity review: accepted</h3>
        }
        @case ('REJECTED') {
          <h3 [id]="headingId()">✖ Integrity review: rejected (counts as 0)</h3>
        }
      }
      <ul class="findings" aria-label="Findings">
        @let grouped = group(i.findings);
        @for (f of grouped.findings; track $index) {
          <li data-testid="integrity-finding">
            <div class="finding-head">
              <span class="badge">{{ layerLabel(f.layer) }}</span>
              <code>{{ f.code }}</code>
            </div>
            <p class="evidence">{{ f.message }}</p>
            @let e = evidence(f);
            <div class="evidence">
              @if (e.where) {
                <p>
                  <strong>{{ e.where }}</strong>
                </p>
              }
              @if (e.excerpt) {
                <pre
                  tabindex="0"
                  [attr.aria-label]="'Evidence from ' + (e.where ?? 'the change')"
                ><code>{{ e.excerpt }}</code></pre>
              }
              @if (e.facts.length) {
                <dl>
                  @for (fact of e.facts; track fact.label) {
                    <dt>{{ fact.label }}</dt>
                    <dd>{{ fact.value }}</dd>
                  }
                </dl>
              }
            </div>
          </li>
        }
        @if (grouped.missing.length || grouped.extra.length) {
          <li data-testid="integrity-finding">
            <div class="finding-head">
              <span class="badge">{{ layerLabel('test-set') }}</span>
              <code>test-set-mismatch</code>
            </div>
            <p class="evidence">
              The run reported other tests than the challenge was validated with: usually the test
              run was cut short or changed.
            </p>
            @if (grouped.missing.length) {
              <details class="evidence" [open]="grouped.missing.length <= 5">
                <summary>
                  Missing: {{ grouped.missing.length }} validated tests not reported
                </summary>
                <ul class="names">
                  @for (name of grouped.missing; track $index) {
                    <li>
                      <code>{{ name }}</code>
                    </li>
                  }
                </ul>
              </details>
            }
            @if (grouped.extra.length) {
              <details class="evidence" open>
                <summary>Extra: {{ grouped.extra.length }} reported tests not validated</summary>
                <ul class="names">
                  @for (name of grouped.extra; track $index) {
                    <li>
                      <code>{{ name }}</code>
                    </li>
                  }
                </ul>
              </details>
            }
          </li>
        }
        @if (!i.findings.length) {
          <li>The run came back {{ i.verdict.toLowerCase() }} without details.</li>
        }
      </ul>
      <p class="run-facts">
        {{ i.canaries }} planted checks · seed <code>{{ i.seed ?? '—' }}</code>
      </p>
      @if (i.reviewStatus === 'PENDING') {
        <div class="actions">
          <button type="button" class="btn" (click)="open('ACCEPT')">✔ Accept score…</button>
          <button type="button" class="btn" (click)="open('REJECT')">✖ Reject (score 0)…</button>
        </div>
      } @else {
        <p data-testid="review-decision">
          Decided by <strong>{{ i.reviewedBy ?? 'a former member' }}</strong> on
          {{ i.reviewedAt | date: 'medium' }}. Reason: “{{ i.reason }}”
        </p>
      }
    </section>

    <dialog #dialog [attr.aria-labelledby]="headingId() + '-dialog'" (close)="decision.set(null)">
      <form method="dialog" (submit)="$event.preventDefault(); decide()">
        <h2 [id]="headingId() + '-dialog'">
          {{ decision() === 'ACCEPT' ? 'Accept the score' : 'Reject the submission' }}
        </h2>
        <p>
          {{
            decision() === 'ACCEPT'
              ? 'The computed score counts in the total.'
              : 'This challenge counts as 0 in the total.'
          }}
          The decision is final and goes to the audit log with your reason.
        </p>
        <label>
          Reason (required)
          <textarea name="reason" [(ngModel)]="reason" required maxlength="2000"></textarea>
        </label>
        @if (error()) {
          <p class="error" role="alert">{{ error() }}</p>
        }
        <div class="actions">
          <button type="submit" class="btn btn-primary" [disabled]="busy() || !reason.trim()">
            {{ decision() === 'ACCEPT' ? 'Accept score' : 'Reject submission' }}
          </button>
          <button type="button" class="btn btn-quiet" (click)="dialog.close()">Cancel</button>
        </div>
      </form>
    </dialog>
  `,
})
export class IntegrityReviewComponent {
  private readonly session = inject(SessionService);
  readonly integrity = input.required<ChallengeIntegrity>();
  readonly position = input.required<number>();
  /** Emitted after a decision was stored; the page reloads the report. */
  readonly decided = output<void>();
  private readonly dialog = viewChild.required<ElementRef<HTMLDialogElement>>('dialog');
  protected readonly decision = signal<Decision | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal('');
  protected reason = '';
  protected readonly headingId = () => `review-${this.position()}`;
  protected readonly layerLabel = (layer: string) => LAYER_LABELS[layer] ?? layer;
  protected readonly evidence = evidenceOf;
  protected readonly group = groupFindings;

  protected open(decision: Decision) {
    this.decision.set(decision);
    this.reason = '';
    this.error.set('');
    this.dialog().nativeElement.showModal();
  }

  protected async decide() {
    const decision = this.decision();
    if (!decision || !this.reason.trim()) return;
    this.busy.set(true);
    this.error.set('');
    try {
      await this.session.api.execute(DECIDE_INTEGRITY_REVIEW, {
        submissionId: this.integrity().submissionId,
        decision,
        reason: this.reason.trim(),
      });
      this.dialog().nativeElement.close();
      this.decided.emit();
    } catch (error) {
      this.error.set(messageOf(error));
    } finally {
      this.busy.set(false);
    }
  }
}
