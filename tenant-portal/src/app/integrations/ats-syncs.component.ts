import { Component, inject, input, type OnInit, signal } from '@angular/core';
import { DatePipe } from '@angular/common';
import { messageOf } from '../core/errors';
import { SessionService } from '../core/session.service';
import { ATS_SYNCS, RETRY_ATS_SYNC } from '../core/documents/integrations.graphql';
import type { AtsSyncsQuery } from '../core/generated/graphql';

type Sync = AtsSyncsQuery['atsSyncs'][number];

const STATE_LABELS: Record<string, string> = {
  waiting: 'Waiting for the result',
  retrying: 'Retrying',
  failed: 'Failed: needs a retry',
  delivered: 'Sent',
  closed: 'Closed (no result)',
};

/** One ATS's syncs (each external invitation's result going back), with Retry. */
@Component({
  selector: 'fp-ats-syncs',
  imports: [DatePipe],
  template: `
    @if (error()) {
      <p class="error" role="alert">{{ error() }}</p>
    }
    @if (syncs().length === 0) {
      <p class="empty">No candidates from {{ name() }} yet.</p>
    } @else {
      <table class="table" [attr.aria-label]="name() + ' syncs'">
        <thead>
          <tr>
            <th>Candidate</th>
            <th>Assessment</th>
            <th>State</th>
            <th>Attempts</th>
            <th>Last error</th>
            <th><span class="visually-hidden">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          @for (s of syncs(); track s.id) {
            <tr [attr.data-testid]="ats() + '-sync'" [attr.data-state]="s.state">
              <td>
                <a [href]="'/reports/' + s.invitationId">{{ s.candidateEmail }}</a>
              </td>
              <td>{{ s.assessmentTitle }}</td>
              <td>
                <span class="badge" [attr.data-status]="s.state">{{ label(s.state) }}</span>
                @if (s.state === 'retrying' && s.nextAttemptAt) {
                  <small> next try {{ s.nextAttemptAt | date: 'mediumTime' }}</small>
                }
              </td>
              <td>{{ s.attempts }}</td>
              <td>{{ s.lastError ?? '' }}</td>
              <td>
                @if (s.state === 'failed' || s.state === 'retrying') {
                  <button
                    type="button"
                    class="btn btn-quiet"
                    (click)="retry(s)"
                    [disabled]="busy()"
                  >
                    Retry<span class="visually-hidden"> {{ s.candidateEmail }}</span>
                  </button>
                }
              </td>
            </tr>
          }
        </tbody>
      </table>
    }
    <!-- Named per ATS: Greenhouse has the page's Refresh (matched as a substring by the browser test). -->
    <button type="button" class="btn" (click)="load()">Reload {{ name() }} syncs</button>
  `,
})
export class AtsSyncsComponent implements OnInit {
  private readonly session = inject(SessionService);
  readonly ats = input.required<string>();
  readonly name = input.required<string>();
  protected readonly syncs = signal<Sync[]>([]);
  protected readonly error = signal('');
  protected readonly busy = signal(false);

  ngOnInit() {
    return this.load();
  }

  protected label(state: string) {
    return STATE_LABELS[state] ?? state;
  }

  async load() {
    try {
      const data = await this.session.api.execute(ATS_SYNCS, { ats: this.ats() });
      this.syncs.set(data.atsSyncs);
      this.error.set('');
    } catch (error) {
      this.error.set(messageOf(error));
    }
  }

  protected async retry(sync: Sync) {
    this.busy.set(true);
    try {
      await this.session.api.execute(RETRY_ATS_SYNC, { id: sync.id });
      await this.load();
    } catch (error) {
      this.error.set(messageOf(error));
    } finally {
      this.busy.set(false);
    }
  }
}
