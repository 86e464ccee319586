import { Component, inject, type OnDestroy, type OnInit, signal } from '@angular/core';
import { DatePipe } from '@angular/common';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { messageOf } from '../core/errors';
import { SessionService } from '../core/session.service';
import { CompetitionPipelineComponent, type PipelineRow } from './competition-pipeline.component';
import type {
  HiringCompetitionQuery,
  InviteCompetitionFinalistsMutation,
} from '../core/generated/graphql';
import { type HiringCompetition, PHASE_LABELS } from './competition.types';
import {
  CANCEL_HIRING_COMPETITION,
  COMPETITION_PIPELINE,
  EXTEND_HIRING_COMPETITION,
  FINALIST_ASSESSMENTS,
  HIRING_COMPETITION,
  INVITE_COMPETITION_FINALISTS,
  PAUSE_HIRING_COMPETITION,
  RESUME_HIRING_COMPETITION,
} from './competitions.graphql';

type Entry = HiringCompetitionQuery['leaderboard']['entries'][number];
type InvitePayload = InviteCompetitionFinalistsMutation['inviteCompetitionFinalists'];

/** While the contest runs the board is read again this often (staff see it unfrozen). */
const BOARD_REFRESH_MS = 5_000;
const RUNNING = new Set(['REGISTRATION', 'LIVE', 'FROZEN']);
/** Phases whose clock staff may still pause, resume, extend or cancel. */
const CONTROLLABLE = new Set(['SCHEDULED', ...RUNNING]);

/**
 * One hiring competition: its schedule, the live board (the running company's staff see it
 * through the freeze), pause, resume, extend or cancel while it runs, its entrants' pipeline, and once it has ended, finalists to the
 * pipeline: the top N invited to an assessment the company picks.
 */
@Component({
  selector: 'fp-competition',
  imports: [CompetitionPipelineComponent, DatePipe, FormsModule, RouterLink],
  template: `
    <p><a routerLink="/competitions">← Hiring competitions</a></p>
    @if (error()) {
      <p class="error" role="alert">{{ error() }}</p>
    }
    @if (competition(); as c) {
      <div class="page-head">
        <h1>{{ c.title }}</h1>
        <span class="badge" [attr.data-status]="c.phase">{{ label(c.phase) }}</span>
        @if (c.pausedAt) {
          <span class="badge" data-status="PAUSED" data-testid="paused">
            ⏸ Paused since {{ c.pausedAt | date: 'shortTime' }}
          </span>
        }
      </div>
      <dl class="facts">
        <dt>Registration opens</dt>
        <dd>{{ c.registrationOpensAt | date: 'medium' }}</dd>
        <dt>Starts</dt>
        <dd>{{ c.startsAt | date: 'medium' }}</dd>
        <dt>Ends</dt>
        <dd>{{ c.endsAt | date: 'medium' }}</dd>
        <dt>Entrants</dt>
        <dd>
          {{ c.entrants }}
          @if (c.assessmentId) {
            — <a [routerLink]="['/assessments', c.assessmentId]">in your pipeline</a>
            <span class="hint">(each consented to you seeing their result)</span>
          }
        </dd>
        <dt>Challenges</dt>
        <dd>
          @for (p of c.challenges; track p.position) {
            <span class="badge">{{ p.title }} ({{ p.maxPoints }} pts)</span>
          }
        </dd>
      </dl>
      @if (controllable()) {
        <p class="actions">
          @if (c.pausedAt) {
            <button class="btn btn-primary" type="button" (click)="resume()" [disabled]="busy()">
              Resume
            </button>
          } @else {
            <button class="btn" type="button" (click)="pause()" [disabled]="busy()">Pause</button>
          }
          <button class="btn" type="button" (click)="extend(10)" [disabled]="busy()">
            Extend by 10 minutes
          </button>
          <button class="btn btn-danger" type="button" (click)="cancel()" [disabled]="busy()">
            Cancel competition
          </button>
        </p>
      }

      <section class="card" aria-labelledby="board-title">
        <h2 id="board-title">
          Leaderboard <span class="hint">({{ total() }} entrants)</span>
        </h2>
        @if (entries().length === 0) {
          <p class="empty">Nobody on the board yet.</p>
        } @else {
          <table class="table" data-testid="board">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">Name</th>
                <th scope="col">Points</th>
              </tr>
            </thead>
            <tbody>
              @for (e of entries(); track e.userId) {
                <tr>
                  <td>{{ e.rank }}</td>
                  <td>{{ e.displayName }}</td>
                  <td>{{ e.points }}</td>
                </tr>
              }
            </tbody>
          </table>
        }
      </section>

      @if (c.assessmentId) {
        <fp-competition-pipeline [rows]="pipeline()" />
      }

      <section class="card" aria-labelledby="finalists-title">
        <h2 id="finalists-title">Send finalists to the pipeline</h2>
        @if (c.phase === 'ENDED' || c.phase === 'FINAL') {
          <form class="inline-form" (ngSubmit)="inviteFinalists()">
            <label
              >Top <input name="top" type="number" min="1" max="100" required [(ngModel)]="top"
            /></label>
            <label
              >Assessment
              <select name="assessment" required [(ngModel)]="assessmentId">
                @for (a of assessments(); track a.id) {
                  <option [value]="a.id">{{ a.title }}</option>
                }
              </select>
            </label>
            <button class="btn btn-primary" type="submit" [disabled]="busy() || !assessmentId">
              Invite finalists
            </button>
          </form>
          @if (assessments().length === 0) {
            <p class="hint">Publish an assessment first: finalists are invited to one.</p>
          }
          @if (sent(); as s) {
            <p role="status">
              Invited {{ s.invited.length }}: {{ names(s) }}
              @if (s.errors.length) {
                ; not invited: {{ skipped(s) }}
              }
            </p>
          }
        } @else {
          <p class="hint">
            Once the competition has ended you can invite its top entrants to one of your
            assessments; they join the pipeline like any invited candidate.
          </p>
        }
      </section>
    } @else if (!error()) {
      <p role="status">Loading the competition…</p>
    }
  `,
  styles: `
    .facts {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.25rem 1rem;
    }
    .facts dt {
      font-weight: 600;
    }
    .inline-form {
      display: flex;
      gap: 1rem;
      align-items: end;
      flex-wrap: wrap;
    }
  `,
})
export class CompetitionPage implements OnInit, OnDestroy {
  private readonly session = inject(SessionService);
  private readonly id = inject(ActivatedRoute).snapshot.paramMap.get('id') ?? '';
  protected readonly competition = signal<HiringCompetition | null>(null);
  protected readonly entries = signal<Entry[]>([]);
  protected readonly total = signal(0);
  protected readonly pipeline = signal<PipelineRow[]>([]);
  protected readonly assessments = signal<{ id: string; title: string }[]>([]);
  protected readonly error = signal('');
  protected readonly busy = signal(false);
  protected readonly sent = signal<InvitePayload | null>(null);
  protected readonly running = () => RUNNING.has(this.competition()?.phase ?? '');
  protected readonly controllable = () => CONTROLLABLE.has(this.competition()?.phase ?? '');
  protected readonly label = (phase: string) => PHASE_LABELS[phase] ?? phase;
  protected readonly names = (s: InvitePayload) =>
    s.invited.map((i) => i.name ?? i.email).join(', ') || 'nobody';
  protected readonly skipped = (s: InvitePayload) =>
    s.errors.map((e) => `${e.email} (${e.message})`).join(', ');
  protected top = 3;
  protected assessmentId = '';
  private timer?: ReturnType<typeof setInterval>;

  async ngOnInit() {
    await this.load();
    try {
      const data = await this.session.api.execute(FINALIST_ASSESSMENTS);
      // Finalists go to a real assessment, not a competition's or a career page's pipeline.
      const published = data.assessments.filter(
        (a) => a.status === 'published' && a.kind === 'assessment',
      );
      this.assessments.set(published);
      this.assessmentId = published[0]?.id ?? '';
    } catch (error) {
      this.error.set(messageOf(error));
    }
    this.timer = setInterval(() => {
      if (this.running()) void this.load();
    }, BOARD_REFRESH_MS);
  }

  ngOnDestroy() {
    clearInterval(this.timer);
  }

  private async load() {
    try {
      const data = await this.session.api.execute(HIRING_COMPETITION, { id: this.id });
      this.competition.set(data.competition);
      this.entries.set(data.leaderboard.entries);
      this.total.set(data.leaderboard.total);
      if (data.competition.assessmentId) {
        const rows = await this.session.api.execute(COMPETITION_PIPELINE, {
          assessmentId: data.competition.assessmentId,
        });
        this.pipeline.set(rows.candidates);
      }
    } catch (error) {
      this.error.set(messageOf(error));
    }
  }

  private async act(work: () => Promise<unknown>) {
    this.busy.set(true);
    this.error.set('');
    try {
      await work();
      await this.load();
    } catch (error) {
      this.error.set(messageOf(error));
    } finally {
      this.busy.set(false);
    }
  }

  protected extend(minutes: number) {
    return this.act(() =>
      this.session.api.execute(EXTEND_HIRING_COMPETITION, { id: this.id, minutes }),
    );
  }

  /** Stops the clock: no phase changes and no submits until resumed. */
  protected pause() {
    return this.act(() => this.session.api.execute(PAUSE_HIRING_COMPETITION, { id: this.id }));
  }

  /** Restarts the clock; the deadlines not yet reached move later by the pause. */
  protected resume() {
    return this.act(() => this.session.api.execute(RESUME_HIRING_COMPETITION, { id: this.id }));
  }

  protected cancel() {
    return this.act(() => this.session.api.execute(CANCEL_HIRING_COMPETITION, { id: this.id }));
  }

  protected inviteFinalists() {
    return this.act(async () => {
      const data = await this.session.api.execute(INVITE_COMPETITION_FINALISTS, {
        competitionId: this.id,
        assessmentId: this.assessmentId,
        top: Number(this.top),
      });
      this.sent.set(data.inviteCompetitionFinalists);
    });
  }
}
