import { Component, inject, type OnInit, signal } from '@angular/core';
import { DatePipe, DecimalPipe, PercentPipe } from '@angular/common';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { messageOf } from '../core/errors';
import { SessionService } from '../core/session.service';
import { diffStats } from '../core/unified-diff';
import { DiffViewComponent } from './diff-view.component';
import { IntegrityReviewComponent } from './integrity-review.component';
import { CANDIDATE_REPORT } from '../core/documents/reports.graphql';
import type { CandidateReportQuery } from '../core/generated/graphql';

type Report = CandidateReportQuery['candidateReport'];

/** The score's parts: the API sends them as JSON (null while withheld by an integrity review). */
interface Breakdown {
  correctness: number;
  timeFactor: number;
  efficiency: number;
  hintPenalty: number;
  total: number;
}

/** One candidate on one page: the score, each challenge's runs and diffs, then integrity signals. */
@Component({
  selector: 'fp-report',
  imports: [
    RouterLink,
    DatePipe,
    DecimalPipe,
    PercentPipe,
    DiffViewComponent,
    IntegrityReviewComponent,
  ],
  template: `
    @if (error()) {
      <p class="error" role="alert">{{ error() }}</p>
    } @else if (!report()) {
      <p role="status">Loading the report…</p>
    } @else {
      @let r = report()!;
      <p>
        <a [routerLink]="['/assessments', r.invite.assessmentId]">← {{ r.assessmentTitle }}</a>
      </p>
      <h1>{{ r.invite.name ?? r.invite.email }}</h1>
      <section class="summary card" aria-label="Summary" data-testid="report-summary">
        <div class="stat">
          <span class="stat-label">Total score</span>
          @if (r.reviewRequired) {
            <span class="stat-value stat-text" data-testid="total-score"
              >⚠ Withheld — review required</span
            ><span class="hint">until every flagged challenge is decided</span>
          } @else {
            <span class="stat-value" data-testid="total-score">{{ r.totalScore ?? '—' }}</span><span
              class="hint"
              >of 100</span
            >
          }
        </div>
        <div class="stat">
          <span class="stat-label">Time used</span
          ><span class="stat-value">{{ minutes(r.invite.timeUsedSeconds) }}</span
          ><span class="hint">of {{ minutes(r.timeLimitSeconds) }}</span>
        </div>
        <div class="stat">
          <span class="stat-label">Ended</span
          ><span class="stat-value stat-text" data-testid="ended-by">{{
            endedLabel(r.endedBy)
          }}</span>
          <span class="hint">{{
            r.invite.submittedAt ? (r.invite.submittedAt | date: 'medium') : ''
          }}</span>
        </div>
        <div class="stat">
          <span class="stat-label">Candidate</span><span>{{ r.invite.email }}</span>
        </div>
      </section>

      @for (c of r.challenges; track c.slug) {
        <section
          class="card challenge-report"
          [attr.aria-labelledby]="'ch-' + c.position"
          data-testid="report-challenge"
        >
          <h2 [id]="'ch-' + c.position">
            {{ c.position }}. {{ c.title }} <span class="meta">{{ c.language }}</span>
          </h2>
          @if (c.integrity && c.integrity.verdict !== 'CLEAN') {
            <fp-integrity-review
              [integrity]="c.integrity"
              [position]="c.position"
              (decided)="load()"
            />
          }
          <p class="score-line" data-testid="challenge-score">
            @if (c.score === null) {
              <strong>Withheld — review required</strong>
            } @else {
              <strong>{{ c.score }}</strong> / 100
            }
            · hidden tests {{ c.hiddenPassed }}/{{ c.hiddenTotal }} passed · hints used
            {{ c.hintsUsed }}
          </p>
          @if (c.integrity?.reviewStatus === 'PENDING') {
            <p class="meta">The breakdown is shown once the review is decided.</p>
          } @else if (c.integrity?.reviewStatus === 'REJECTED') {
            <p class="meta">Rejected after review: counts as 0.</p>
          } @else if (breakdownOf(c.breakdown); as b) {
            <p class="meta">
              correctness {{ b.correctness | percent }} · time factor
              {{ b.timeFactor | number: '1.2-2' }} · efficiency
              {{ b.efficiency | number: '1.2-2' }} · hint penalty {{ b.hintPenalty | percent }}
            </p>
          } @else {
            <p class="meta">Never submitted: scored 0.</p>
          }
          <h3>Run timeline</h3>
          @if (c.runs.length === 0) {
            <p class="hint">No runs.</p>
          } @else {
            <table class="table" data-testid="run-timeline">
              <thead>
                <tr>
                  <th scope="col">Time</th>
                  <th scope="col">Tests</th>
                  <th scope="col">Result</th>
                  <th scope="col">Passed</th>
                  <th scope="col">Change since previous</th>
                </tr>
              </thead>
              <tbody>
                @for (run of c.runs; track $index) {
                  <tr>
                    <td>{{ run.at | date: 'mediumTime' }}</td>
                    <td>{{ run.suite === 'hidden' ? 'hidden (final)' : 'visible' }}</td>
                    <td>
                      <span class="badge" [attr.data-status]="run.status">{{
                        run.status === 'pass' ? '✔ pass' : '✖ ' + run.status
                      }}</span>
                    </td>
                    <td>{{ run.passed }}/{{ run.passed + run.failed }}</td>
                    <td>
                      @if (run.diff) {
                        <details>
                          <summary>
                            +{{ stats(run.diff).added }} −{{ stats(run.diff).removed }} lines
                          </summary>
                          <fp-diff [diff]="run.diff" />
                        </details>
                      } @else {
                        <span class="hint">no change</span>
                      }
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          }
          <h3>Final code against the starter</h3>
          <fp-diff [diff]="c.finalDiff" label="Final diff against the starter" />
        </section>
      }

      <section class="card" aria-labelledby="integrity" data-testid="integrity">
        <h2 id="integrity">Integrity signals</h2>
        <p class="hint">
          Signals for a person to weigh with the code itself, not verdicts: pasting your own snippet
          or switching windows to read docs is normal.
        </p>
        <ul class="signals">
          <li>
            Paste events in the editor: <strong>{{ r.integrity.pasteEvents }}</strong>
          </li>
          <li>
            Times the assessment lost focus: <strong>{{ r.integrity.focusLosses }}</strong>
          </li>
        </ul>
        @if (r.integrity.similar.length === 0) {
          <p>
            No other candidate of this assessment wrote similar code (winnowing fingerprints,
            starter code excluded).
          </p>
        } @else {
          @for (s of r.integrity.similar; track s.inviteId + s.challengeSlug) {
            <h3>
              {{ s.similarity | percent }} similar to {{ s.candidate }} on {{ s.challengeSlug }}
            </h3>
            <div class="side-by-side">
              <figure>
                <figcaption>This candidate</figcaption>
                <pre>{{ s.mine }}</pre>
              </figure>
              <figure>
                <figcaption>{{ s.candidate }}</figcaption>
                <pre>{{ s.theirs }}</pre>
              </figure>
            </div>
          }
        }
      </section>
    }
  `,
})
export class ReportPage implements OnInit {
  private readonly session = inject(SessionService);
  private readonly inviteId = inject(ActivatedRoute).snapshot.paramMap.get('inviteId')!;
  protected readonly report = signal<Report | null>(null);
  protected readonly error = signal('');
  protected readonly stats = diffStats;
  protected readonly breakdownOf = (json: unknown) => json as Breakdown | null;
  protected readonly minutes = (s: number | null) =>
    s === null ? '—' : `${Math.floor(s / 60)} min ${s % 60} s`;
  protected readonly endedLabel = (by: string | null) =>
    by === 'submitted'
      ? 'Submitted'
      : by === 'expired'
        ? 'Time ran out (auto-submitted)'
        : 'In progress';

  ngOnInit() {
    return this.load();
  }

  protected async load() {
    try {
      const data = await this.session.api.execute(CANDIDATE_REPORT, { inviteId: this.inviteId });
      this.report.set(data.candidateReport);
    } catch (error) {
      this.error.set(messageOf(error));
    }
  }
}
