import { Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { CompetitionPipelineQuery } from '../core/generated/graphql';

/** An entrant's pipeline row, with their standing once the competition is final. */
export type PipelineRow = CompetitionPipelineQuery['candidates'][number];

/**
 * A hiring competition's entrants as rows of the company's pipeline (each consented at
 * registration to the company seeing their result): their final standing once the competition
 * is final, each linked to their candidate report.
 */
@Component({
  selector: 'fp-competition-pipeline',
  imports: [RouterLink],
  template: `
    <section class="card" aria-labelledby="pipeline-title">
      <h2 id="pipeline-title">
        Entrants in your pipeline <span class="hint">({{ rows().length }})</span>
      </h2>
      @if (rows().length === 0) {
        <p class="empty">Nobody has registered yet.</p>
      } @else {
        <table class="table" data-testid="pipeline">
          <thead>
            <tr>
              <th scope="col">Entrant</th>
              <th scope="col">Final rank</th>
              <th scope="col">Points</th>
              <th scope="col">Solved</th>
              <th scope="col">Integrity of submits</th>
            </tr>
          </thead>
          <tbody>
            @for (p of rows(); track p.id) {
              <tr>
                <td>
                  <a [routerLink]="['/reports', p.id]">{{ p.name ?? p.email }}</a>
                  @if (p.name) {
                    <span class="hint"> ({{ p.email }})</span>
                  }
                </td>
                @if (p.competition; as r) {
                  <td>{{ r.rank ?? '—' }}</td>
                  <td>{{ r.points }}</td>
                  <td>{{ r.solved }} / {{ r.challenges }}</td>
                  <td>
                    {{ r.integrity.clean }} clean, {{ r.integrity.flagged }} flagged,
                    {{ r.integrity.tampered }} tampered
                    @if (r.integrity.reviewPending) {
                      <span class="badge" data-status="pending">
                        {{ r.integrity.reviewPending }} to review
                      </span>
                    }
                  </td>
                } @else {
                  <td colspan="4" class="hint">Registered; the result lands here when final.</td>
                }
              </tr>
            }
          </tbody>
        </table>
      }
    </section>
  `,
})
export class CompetitionPipelineComponent {
  readonly rows = input.required<PipelineRow[]>();
}
