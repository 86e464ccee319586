import { Component, computed, inject, type OnInit, signal } from '@angular/core';
import { DatePipe } from '@angular/common';
import { RouterLink } from '@angular/router';
import { messageOf } from '../core/errors';
import { SessionService } from '../core/session.service';
import { ASSESSMENTS } from '../core/documents/assessments.graphql';
import { type Assessment, STATUS_LABELS } from './assessment.types';

@Component({
  selector: 'fp-assessments',
  imports: [RouterLink, DatePipe],
  template: `
    <div class="page-head">
      <h1>Assessments</h1>
      @if (canManage()) {
        <a class="btn btn-primary" routerLink="/assessments/new">New assessment</a>
      }
    </div>
    @if (error()) {
      <p class="error" role="alert">{{ error() }}</p>
    } @else if (!assessments()) {
      <p role="status">Loading assessments…</p>
    } @else if (assessments()!.length === 0) {
      <div class="empty">
        <p>No assessments yet.</p>
        @if (canManage()) {
          <p>
            Build one from the catalog of real debugging challenges:
            <a routerLink="/assessments/new">create your first assessment</a>.
          </p>
        }
      </div>
    } @else {
      <table class="table">
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col">Status</th>
            <th scope="col">Challenges</th>
            <th scope="col">Time limit</th>
            <th scope="col">Candidates</th>
            <th scope="col">Created</th>
          </tr>
        </thead>
        <tbody>
          @for (a of assessments(); track a.id) {
            <tr>
              <td>
                <a [routerLink]="['/assessments', a.id]">{{ a.title }}</a>
              </td>
              <td>
                <span class="badge" [attr.data-status]="a.status">{{ statusLabel(a) }}</span>
                @if (a.kind === 'career_page') {
                  <span class="badge">Career page</span>
                }
              </td>
              <td>{{ a.challenges.length }}</td>
              <td>{{ a.timeLimitMinutes }} min</td>
              <td>{{ a.candidateCount }}</td>
              <td>{{ a.createdAt | date: 'mediumDate' }}</td>
            </tr>
          }
        </tbody>
      </table>
    }
  `,
})
export class AssessmentsPage implements OnInit {
  private readonly session = inject(SessionService);
  protected readonly assessments = signal<Assessment[] | null>(null);
  protected readonly error = signal('');
  protected readonly canManage = computed(() => this.session.can('manageAssessments'));
  protected readonly statusLabel = (a: Assessment) => STATUS_LABELS[a.status];

  async ngOnInit() {
    try {
      const data = await this.session.api.execute(ASSESSMENTS);
      this.assessments.set(data.assessments);
    } catch (error) {
      this.error.set(messageOf(error));
    }
  }
}
