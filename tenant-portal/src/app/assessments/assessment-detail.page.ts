import { Component, computed, inject, type OnInit, signal } from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';
import type { CandidateRow } from '../core/candidate-csv';
import type { PipelineRow } from '../core/pipeline-sort';
import { SessionService } from '../core/session.service';
import { AssessmentDetailData } from './assessment-detail.data';
import { type Assessment, STATUS_LABELS } from './assessment.types';
import { ExtraTimeDialogComponent } from './extra-time-dialog.component';
import { InviteFormComponent } from './invite-form.component';
import { PipelineTableComponent } from './pipeline-table.component';

/**
 * One assessment: its rules and challenges, publish/archive, the invite form (once published)
 * and the pipeline of candidates. The data and its calls live in AssessmentDetailData.
 */
@Component({
  selector: 'fp-assessment-detail',
  imports: [RouterLink, InviteFormComponent, PipelineTableComponent, ExtraTimeDialogComponent],
  providers: [AssessmentDetailData],
  template: `
    @if (data.error() && !data.assessment()) {
      <p class="error" role="alert">{{ data.error() }}</p>
    } @else if (!data.assessment()) {
      <p role="status">Loading…</p>
    } @else {
      @let a = data.assessment()!;
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
              <button type="button" class="btn btn-primary" (click)="data.setStatus('publish')">
                Publish
              </button>
            }
            @if (a.status !== 'archived') {
              <button type="button" class="btn btn-quiet" (click)="data.setStatus('archive')">
                Archive
              </button>
            }
          </span>
        }
      </div>
      @if (data.error() && !editing()) {
        <p class="error" role="alert">{{ data.error() }}</p>
      }
      <section class="card">
        <p class="meta">
          {{ a.timeLimitMinutes }} minute{{ a.timeLimitMinutes === 1 ? '' : 's' }} · hints
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
        <fp-invite-form [send]="invite" />
      }

      <fp-pipeline-table
        [rows]="data.rows()"
        [canReport]="canReport()"
        [canInvite]="canInvite()"
        [busy]="data.busy()"
        [competition]="a.kind === 'competition'"
        (resend)="data.resend($event)"
        (revoke)="data.revoke($event)"
        (extraTime)="editing.set($event)"
        (exportCsv)="exportCsv(a)"
      />
      <fp-extra-time-dialog
        [row]="editing()"
        [busy]="data.busy()"
        [error]="editing() ? data.error() : ''"
        (saved)="saveExtraTime($event)"
        (closed)="editing.set(null)"
      />
    }
  `,
})
export class AssessmentDetailPage implements OnInit {
  private readonly session = inject(SessionService);
  private readonly id = inject(ActivatedRoute).snapshot.paramMap.get('id')!;
  protected readonly data = inject(AssessmentDetailData);
  /** The candidate in the extra-time dialog. */
  protected readonly editing = signal<PipelineRow | null>(null);
  protected readonly canManage = computed(() => this.session.can('manageAssessments'));
  protected readonly canInvite = computed(() => this.session.can('inviteCandidates'));
  protected readonly canReport = computed(() => this.session.can('readReports'));
  protected readonly statusLabel = (a: Assessment) => STATUS_LABELS[a.status];
  protected readonly invite = (candidates: CandidateRow[]) => this.data.invite(candidates);

  ngOnInit() {
    return this.data.load(this.id);
  }

  protected async saveExtraTime(percent: number) {
    const row = this.editing();
    if (row && (await this.data.setExtraTime(row, percent))) this.editing.set(null);
  }

  protected async exportCsv(a: Assessment) {
    const csv = await this.data.pipelineCsv();
    if (csv === null) return;
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${a.title}.csv`.replace(/[^\w.-]+/g, '-');
    link.click();
    URL.revokeObjectURL(url);
  }
}
