import { Component, computed, inject, type OnInit, signal } from '@angular/core';
import { DatePipe } from '@angular/common';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { type CandidateRow, type CsvLineError, parseCandidateCsv } from '../core/candidate-csv';
import { messageOf } from '../core/errors';
import {
  type PipelineRow,
  type SortDirection,
  type SortKey,
  sortPipeline,
} from '../core/pipeline-sort';
import { SessionService } from '../core/session.service';
import {
  ARCHIVE_ASSESSMENT,
  ASSESSMENT,
  INVITE_CANDIDATES,
  PIPELINE,
  PIPELINE_CSV,
  PUBLISH_ASSESSMENT,
  RESEND_INVITE,
  REVOKE_INVITE,
  SET_ACCOMMODATION,
} from '../core/documents/assessments.graphql';
import { type Assessment, STATUS_LABELS } from './assessment.types';

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
const STATUS_WORDS: Record<string, string> = {
  invited: 'Invited',
  started: 'Started',
  submitted: 'Submitted',
  expired: 'Expired',
  revoked: 'Revoked',
};

@Component({
  selector: 'fp-assessment-detail',
  imports: [RouterLink, DatePipe, FormsModule],
  template: `
    @if (error() && !assessment()) {
      <p class="error" role="alert">{{ error() }}</p>
    } @else if (!assessment()) {
      <p role="status">Loading…</p>
    } @else {
      @let a = assessment()!;
      <div class="page-head">
        <h1>
          {{ a.title }}
          <span class="badge" [attr.data-status]="a.status">{{ statusLabel(a) }}</span>
        </h1>
        @if (canManage()) {
          <span class="row-actions">
            @if (a.status === 'draft' && a.candidateCount === 0) {
              <a class="btn" [routerLink]="['/assessments', a.id, 'edit']">Edit</a>
            }
            @if (a.status === 'draft') {
              <button type="button" class="btn btn-primary" (click)="setStatus('publish')">
                Publish
              </button>
            }
            @if (a.status !== 'archived') {
              <button type="button" class="btn btn-quiet" (click)="setStatus('archive')">
                Archive
              </button>
            }
          </span>
        }
      </div>
      @if (error()) {
        <p class="error" role="alert">{{ error() }}</p>
      }
      <section class="card">
        <p class="meta">
          {{ a.timeLimitMinutes }} minutes · hints
          {{ a.hintsAllowed ? 'allowed, ' + a.hintPenalty + ' points off each' : 'off' }}
        </p>
        @if (a.instructions) {
          <p class="instructions">{{ a.instructions }}</p>
        }
        <ol class="picked">
          @for (c of a.challenges; track c.slug) {
            <li>
              <span
                >{{ c.title }}
                <span class="meta"
                  >{{ c.language }} · difficulty {{ c.difficulty }}/5 ·
                  {{ c.estimatedMinutes }} min{{ c.private ? ' · your own' : '' }}</span
                ></span
              >
            </li>
          }
        </ol>
      </section>

      @if (canInvite() && a.status === 'published') {
        <section class="card" aria-labelledby="invite-heading">
          <h2 id="invite-heading">Invite candidates</h2>
          <form class="inline-form" (ngSubmit)="inviteOne()">
            <label
              >Email
              <input
                name="email"
                type="email"
                required
                [(ngModel)]="email"
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
                <input name="customExtra" type="number" min="0" max="300" [(ngModel)]="customExtra"
              /></label>
            }
            <button class="btn btn-primary" type="submit" [disabled]="busy()">Send invite</button>
          </form>
          <details>
            <summary>Invite many: paste CSV</summary>
            <p class="hint">
              One candidate per line: <code>email,name,extra_time_percent</code> (name and extra
              time optional; a header line is fine).
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
              <ul class="error-list" role="alert">
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
          @if (inviteMessage()) {
            <p class="success" role="status">{{ inviteMessage() }}</p>
          }
          @if (serverErrors().length) {
            <ul class="error-list" role="alert">
              @for (e of serverErrors(); track $index) {
                <li>{{ e }}</li>
              }
            </ul>
          }
        </section>
      }

      <section aria-labelledby="pipeline-heading">
        <div class="page-head">
          <h2 id="pipeline-heading">Pipeline</h2>
          <span class="row-actions">
            <label
              >Status
              <select name="statusFilter" [(ngModel)]="statusFilter">
                <option value="">All</option>
                @for (s of statuses; track s) {
                  <option [value]="s">{{ s }}</option>
                }
              </select>
            </label>
            @if (canReport()) {
              <button type="button" class="btn" (click)="exportCsv()">Export CSV</button>
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
                  <th
                    scope="col"
                    [attr.aria-sort]="
                      sortKey() === col.key
                        ? direction() === 'asc'
                          ? 'ascending'
                          : 'descending'
                        : 'none'
                    "
                  >
                    <button type="button" class="sort" (click)="sortBy(col.key)">
                      {{ col.label
                      }}{{ sortKey() === col.key ? (direction() === 'asc' ? ' ▲' : ' ▼') : '' }}
                    </button>
                  </th>
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
                      <span
                        class="badge"
                        data-status="review"
                        title="Score withheld: review required"
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
                      <button type="button" class="btn btn-quiet" (click)="act('resendInvite', r)">
                        Resend
                      </button>
                    }
                    @if (canInvite() && r.status === 'invited') {
                      <button type="button" class="btn btn-quiet" (click)="act('revokeInvite', r)">
                        Revoke
                      </button>
                      <button type="button" class="btn btn-quiet" (click)="accommodate(r)">
                        Extra time
                      </button>
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        }
      </section>
    }
  `,
})
export class AssessmentDetailPage implements OnInit {
  private readonly session = inject(SessionService);
  private readonly id = inject(ActivatedRoute).snapshot.paramMap.get('id')!;
  protected readonly columns = COLUMNS;
  protected readonly statuses = Object.keys(STATUS_WORDS);
  protected readonly assessment = signal<Assessment | null>(null);
  protected readonly rows = signal<PipelineRow[] | null>(null);
  protected readonly error = signal('');
  protected readonly busy = signal(false);
  protected readonly inviteMessage = signal('');
  protected readonly serverErrors = signal<string[]>([]);
  protected readonly csvRows = signal<CandidateRow[]>([]);
  protected readonly csvErrors = signal<CsvLineError[]>([]);
  protected readonly sortKey = signal<SortKey>('sentAt');
  protected readonly direction = signal<SortDirection>('asc');
  protected statusFilter = '';
  protected email = '';
  protected name = '';
  protected extra = '0';
  protected customExtra = 0;
  protected csv = '';
  protected readonly canManage = computed(() => this.session.can('manageAssessments'));
  protected readonly canInvite = computed(() => this.session.can('inviteCandidates'));
  protected readonly canReport = computed(() => this.session.can('readReports'));
  protected readonly statusLabel = (a: Assessment) => STATUS_LABELS[a.status];
  protected readonly statusWord = (s: string) => STATUS_WORDS[s] ?? s;
  protected readonly minutes = (s: number | null) =>
    s === null ? '—' : `${Math.floor(s / 60)} min ${s % 60} s`;

  protected visible() {
    const rows = sortPipeline(this.rows() ?? [], this.sortKey(), this.direction());
    return this.statusFilter ? rows.filter((r) => r.status === this.statusFilter) : rows;
  }

  async ngOnInit() {
    await Promise.all([this.loadAssessment(), this.loadRows()]);
  }

  private async loadAssessment() {
    try {
      const data = await this.session.api.execute(ASSESSMENT, { id: this.id });
      this.assessment.set(data.assessment);
    } catch (error) {
      this.error.set(messageOf(error));
    }
  }

  private async loadRows() {
    try {
      const data = await this.session.api.execute(PIPELINE, { assessmentId: this.id });
      this.rows.set(data.candidates);
    } catch (error) {
      this.error.set(messageOf(error));
    }
  }

  protected sortBy(key: SortKey) {
    if (this.sortKey() === key) this.direction.update((d) => (d === 'asc' ? 'desc' : 'asc'));
    else {
      this.sortKey.set(key);
      this.direction.set('asc');
    }
  }

  protected async setStatus(action: 'publish' | 'archive') {
    await this.run(async () => {
      const variables = { id: this.id };
      this.assessment.set(
        action === 'publish'
          ? (await this.session.api.execute(PUBLISH_ASSESSMENT, variables)).publishAssessment
          : (await this.session.api.execute(ARCHIVE_ASSESSMENT, variables)).archiveAssessment,
      );
    });
  }

  protected parse() {
    const { rows, errors } = parseCandidateCsv(this.csv);
    this.csvRows.set(rows);
    this.csvErrors.set(errors);
  }

  protected inviteOne() {
    const extra = this.extra === 'custom' ? Number(this.customExtra) : Number(this.extra);
    return this.send(
      [{ email: this.email, name: this.name || null, extraTimePercent: extra }],
      () => {
        this.email = '';
        this.name = '';
      },
    );
  }

  protected inviteMany() {
    return this.send(this.csvRows(), () => {
      this.csv = '';
      this.parse();
    });
  }

  private async send(candidates: CandidateRow[], onSent: () => void) {
    this.inviteMessage.set('');
    this.serverErrors.set([]);
    await this.run(async () => {
      const data = await this.session.api.execute(INVITE_CANDIDATES, {
        assessmentId: this.id,
        candidates,
      });
      const { invited, errors } = data.inviteCandidates;
      this.inviteMessage.set(
        `${invited.length} invitation${invited.length === 1 ? '' : 's'} sent.`,
      );
      this.serverErrors.set(errors.map((e) => `${e.email}: ${e.message}`));
      if (invited.length) onSent();
      await this.loadRows();
    });
  }

  protected act(mutation: 'resendInvite' | 'revokeInvite', row: PipelineRow) {
    return this.run(async () => {
      const variables = { id: row.id };
      if (mutation === 'resendInvite') await this.session.api.execute(RESEND_INVITE, variables);
      else await this.session.api.execute(REVOKE_INVITE, variables);
      await this.loadRows();
    });
  }

  protected accommodate(row: PipelineRow) {
    const answer = prompt(
      `Extra time for ${row.email}, in percent (0 to 300):`,
      String(row.extraTimePercent),
    );
    if (answer === null) return;
    return this.run(async () => {
      await this.session.api.execute(SET_ACCOMMODATION, {
        id: row.id,
        extraTimePercent: Number(answer),
      });
      await this.loadRows();
    });
  }

  protected async exportCsv() {
    await this.run(async () => {
      const data = await this.session.api.execute(PIPELINE_CSV, { assessmentId: this.id });
      const url = URL.createObjectURL(new Blob([data.pipelineCsv], { type: 'text/csv' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `${this.assessment()?.title ?? 'pipeline'}.csv`.replace(/[^\w.-]+/g, '-');
      link.click();
      URL.revokeObjectURL(url);
    });
  }

  private async run(work: () => Promise<void>) {
    this.busy.set(true);
    this.error.set('');
    try {
      await work();
    } catch (error) {
      this.error.set(messageOf(error));
    } finally {
      this.busy.set(false);
    }
  }
}
