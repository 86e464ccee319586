import { Component, computed, input, output, signal } from '@angular/core';
import { DatePipe } from '@angular/common';
import { RouterLink } from '@angular/router';
import type { CandidateStatus } from '../core/generated/graphql';
import {
  type PipelineRow,
  type SortDirection,
  type SortKey,
  sortPipeline,
} from '../core/pipeline-sort';

type IntegrityCounts = NonNullable<PipelineRow['competition']>['integrity'];

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'name', label: 'Name' },
  { key: 'email', label: 'Email' },
  { key: 'status', label: 'Status' },
  { key: 'score', label: 'Score' },
  { key: 'timeUsedSeconds', label: 'Time used' },
  { key: 'sentAt', label: 'Invited' },
  { key: 'startedAt', label: 'Started' },
  { key: 'submittedAt', label: 'Submitted' },
];
export const STATUS_WORDS: Record<CandidateStatus, string> = {
  invited: 'Invited',
  started: 'Started',
  submitted: 'Submitted',
  expired: 'Expired',
  revoked: 'Revoked',
};

/**
 * An assessment's pipeline: every candidate with status (in words), score (or "Review" while an
 * integrity review withholds it), time used and dates; sortable by any column, filtered by
 * status; per row the report and, for recruiters, resend, revoke and extra time. A hiring
 * competition's pipeline also shows each entrant's final standing (rank, points, solved,
 * integrity verdicts of their graded submits), which the API sets once the competition is final.
 */
@Component({
  selector: 'fp-pipeline-table',
  imports: [DatePipe, RouterLink],
  template: `
    <section aria-labelledby="pipeline-heading">
      <div class="page-head">
        <h2 id="pipeline-heading">Pipeline</h2>
        <span class="row-actions">
          <label
            >Status
            <select
              name="statusFilter"
              [value]="statusFilter()"
              (change)="statusFilter.set($any($event.target).value)"
            >
              <option value="">All</option>
              @for (s of statuses; track s) {
                <option [value]="s">{{ statusWord(s) }}</option>
              }
            </select>
          </label>
          @if (canReport()) {
            <button type="button" class="btn" (click)="exportCsv.emit()">Export CSV</button>
          }
        </span>
      </div>
      @if (!rows()) {
        <p role="status">Loading candidates…</p>
      } @else if (rows()!.length === 0) {
        <p class="empty">No candidates yet.</p>
      } @else {
        <table class="table" data-testid="pipeline">
          <thead>
            <tr>
              @for (col of columns; track col.key) {
                <th scope="col" [attr.aria-sort]="ariaSort(col.key)">
                  <button type="button" class="sort" (click)="sortBy(col.key)">
                    {{ col.label
                    }}{{ sortKey() === col.key ? (direction() === 'asc' ? ' ▲' : ' ▼') : '' }}
                  </button>
                </th>
              }
              @if (competition()) {
                <th scope="col">Rank</th>
                <th scope="col">Points</th>
                <th scope="col">Solved</th>
                <th scope="col">Integrity</th>
              }
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            @for (r of visible(); track r.id) {
              <tr>
                <td>{{ r.name ?? '—' }}</td>
                <td>{{ r.email }}</td>
                <td>
                  <span class="badge" [attr.data-status]="r.status">{{
                    statusWord(r.status)
                  }}</span>{{ r.extraTimePercent ? ' +' + r.extraTimePercent + '%' : '' }}
                </td>
                <td data-testid="pipeline-score">
                  @if (r.underReview) {
                    <span class="badge" data-status="review" title="Score withheld: review required"
                      >⚠ Review</span
                    >
                  } @else {
                    {{ r.score ?? '—' }}
                  }
                </td>
                <td>{{ minutes(r.timeUsedSeconds) }}</td>
                <td>{{ r.sentAt | date: 'short' }}</td>
                <td>{{ r.startedAt ? (r.startedAt | date: 'short') : '—' }}</td>
                <td>{{ r.submittedAt ? (r.submittedAt | date: 'short') : '—' }}</td>
                @if (competition()) {
                  @if (r.competition; as c) {
                    <td data-testid="competition-rank">{{ c.rank ?? '—' }}</td>
                    <td>{{ c.points }}</td>
                    <td>{{ c.solved }} / {{ c.challenges }}</td>
                    <td data-testid="competition-integrity">{{ integrityWords(c.integrity) }}</td>
                  } @else {
                    <td data-testid="competition-rank" colspan="4" class="empty">Not final yet</td>
                  }
                }
                <td class="row-actions">
                  @if (canReport() && r.status !== 'invited' && r.status !== 'revoked') {
                    <a
                      class="btn btn-quiet"
                      [routerLink]="['/reports', r.id]"
                      [attr.aria-label]="'Report of ' + (r.name ?? r.email)"
                      >Report</a
                    >
                  }
                  @if (canInvite() && (r.status === 'invited' || r.status === 'started')) {
                    <button
                      type="button"
                      class="btn btn-quiet"
                      [disabled]="busy()"
                      (click)="resend.emit(r)"
                    >
                      Resend
                    </button>
                  }
                  @if (canInvite() && r.status === 'invited') {
                    <button
                      type="button"
                      class="btn btn-quiet"
                      [disabled]="busy()"
                      (click)="revoke.emit(r)"
                    >
                      Revoke
                    </button>
                    <button
                      type="button"
                      class="btn btn-quiet"
                      [attr.aria-label]="'Extra time for ' + r.email"
                      (click)="extraTime.emit(r)"
                    >
                      Extra time
                    </button>
                  }
                </td>
              </tr>
            } @empty {
              <tr>
                <td [attr.colspan]="columns.length + (competition() ? 5 : 1)" class="empty">
                  No {{ statusWord(statusFilter()).toLowerCase() }} candidates.
                </td>
              </tr>
            }
          </tbody>
        </table>
      }
    </section>
  `,
})
export class PipelineTableComponent {
  /** Null while loading. */
  readonly rows = input.required<PipelineRow[] | null>();
  readonly canReport = input(false);
  readonly canInvite = input(false);
  readonly busy = input(false);
  /** A `competition`-kind assessment: its entrants' standings get their columns. */
  readonly competition = input(false);
  readonly resend = output<PipelineRow>();
  readonly revoke = output<PipelineRow>();
  readonly extraTime = output<PipelineRow>();
  readonly exportCsv = output<void>();
  protected readonly columns = COLUMNS;
  protected readonly statuses = Object.keys(STATUS_WORDS) as CandidateStatus[];
  protected readonly sortKey = signal<SortKey>('sentAt');
  protected readonly direction = signal<SortDirection>('asc');
  protected readonly statusFilter = signal<CandidateStatus | ''>('');
  protected readonly statusWord = (s: CandidateStatus | '') => (s ? STATUS_WORDS[s] : '');
  protected readonly minutes = (s: number | null) =>
    s === null ? '—' : `${Math.floor(s / 60)} min ${s % 60} s`;
  protected readonly visible = computed(() => {
    const rows = sortPipeline(this.rows() ?? [], this.sortKey(), this.direction());
    const status = this.statusFilter();
    return status ? rows.filter((r) => r.status === status) : rows;
  });

  protected integrityWords(i: IntegrityCounts): string {
    const words = [`${i.clean} clean`, `${i.flagged} flagged`, `${i.tampered} tampered`];
    return i.reviewPending
      ? `${words.join(', ')} (${i.reviewPending} to review)`
      : words.join(', ');
  }

  protected ariaSort(key: SortKey) {
    if (this.sortKey() !== key) return 'none';
    return this.direction() === 'asc' ? 'ascending' : 'descending';
  }

  protected sortBy(key: SortKey) {
    if (this.sortKey() === key) this.direction.update((d) => (d === 'asc' ? 'desc' : 'asc'));
    else {
      this.sortKey.set(key);
      this.direction.set('asc');
    }
  }
}
