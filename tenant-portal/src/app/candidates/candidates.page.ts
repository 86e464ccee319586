import { Component, inject, type OnInit, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { messageOf } from '../core/errors';
import { SessionService } from '../core/session.service';
import { ASSESSMENT_TITLES, CANDIDATES_OF } from '../core/documents/pages.graphql';
import type { AssessmentTitlesQuery, CandidatesOfQuery } from '../core/generated/graphql';

/** A candidate with the assessment it was invited to. */
type Row = CandidatesOfQuery['candidates'][number] & {
  assessment: AssessmentTitlesQuery['assessments'][number];
};

/** Every candidate across the company's assessments, newest assessments first. */
@Component({
  selector: 'fp-candidates',
  imports: [RouterLink],
  template: `
    <h1>Candidates</h1>
    @if (error()) {
      <p class="error" role="alert">{{ error() }}</p>
    }
    @if (rows() === null) {
      <p role="status">Loading…</p>
    } @else if (rows()!.length === 0) {
      <p class="empty">No candidates yet. Invite them from an assessment.</p>
    } @else {
      <table class="table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Assessment</th>
            <th scope="col">Status</th>
            <th scope="col">Score</th>
          </tr>
        </thead>
        <tbody>
          @for (r of rows(); track r.id) {
            <tr>
              <td>{{ r.name ?? '—' }}</td>
              <td>{{ r.email }}</td>
              <td>
                <a [routerLink]="['/assessments', r.assessment.id]">{{ r.assessment.title }}</a>
              </td>
              <td>{{ r.status }}</td>
              <td>{{ r.underReview ? '⚠ Review' : (r.score ?? '—') }}</td>
            </tr>
          }
        </tbody>
      </table>
    }
  `,
})
export class CandidatesPage implements OnInit {
  private readonly session = inject(SessionService);
  protected readonly rows = signal<Row[] | null>(null);
  protected readonly error = signal('');

  async ngOnInit() {
    try {
      const { assessments } = await this.session.api.execute(ASSESSMENT_TITLES);
      const lists = await Promise.all(
        assessments.map(async (assessment) => {
          const data = await this.session.api.execute(CANDIDATES_OF, {
            assessmentId: assessment.id,
          });
          return data.candidates.map((c) => ({ ...c, assessment }));
        }),
      );
      this.rows.set(lists.flat());
    } catch (error) {
      this.error.set(messageOf(error));
    }
  }
}
