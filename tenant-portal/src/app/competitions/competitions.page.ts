import { Component, inject, type OnInit, signal } from '@angular/core';
import { DatePipe } from '@angular/common';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { messageOf } from '../core/errors';
import { SessionService } from '../core/session.service';
import type { HiringCompetitionsQuery } from '../core/generated/graphql';
import { type HiringCompetition, localInput, PHASE_LABELS } from './competition.types';
import { CREATE_HIRING_COMPETITION, HIRING_COMPETITIONS } from './competitions.graphql';

type CatalogCard = HiringCompetitionsQuery['challenges']['nodes'][number];

/**
 * Hiring competitions: the company's list, and a new one from catalog challenges with a
 * schedule (registration, start, end), a freeze and a penalty. The competition workflow runs
 * the schedule; the detail page shows the board and sends finalists to the pipeline.
 */
@Component({
  selector: 'fp-competitions',
  imports: [RouterLink, DatePipe, FormsModule],
  template: `
    <div class="page-head">
      <h1>Hiring competitions</h1>
    </div>
    @if (error()) {
      <p class="error" role="alert">{{ error() }}</p>
    }
    @if (competitions() === null) {
      <p role="status">Loading competitions…</p>
    } @else if (competitions()!.length === 0) {
      <p class="empty">No hiring competitions yet: schedule the first one below.</p>
    } @else {
      <table class="table">
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col">Phase</th>
            <th scope="col">Starts</th>
            <th scope="col">Ends</th>
            <th scope="col">Entrants</th>
          </tr>
        </thead>
        <tbody>
          @for (c of competitions(); track c.id) {
            <tr>
              <td>
                <a [routerLink]="['/competitions', c.id]">{{ c.title }}</a>
              </td>
              <td>
                <span class="badge" [attr.data-status]="c.phase">{{ label(c.phase) }}</span>
              </td>
              <td>{{ c.startsAt | date: 'medium' }}</td>
              <td>{{ c.endsAt | date: 'medium' }}</td>
              <td>{{ c.entrants }}</td>
            </tr>
          }
        </tbody>
      </table>
    }

    <form class="form-grid" (ngSubmit)="create()" aria-labelledby="new-competition">
      <section class="card">
        <h2 id="new-competition">New hiring competition</h2>
        <label>Title <input name="title" required maxlength="200" [(ngModel)]="title" /></label>
        <label
          >Description
          <textarea
            name="description"
            rows="2"
            maxlength="2000"
            [(ngModel)]="description"
          ></textarea>
        </label>
        <label
          >Registration opens
          <input name="opens" type="datetime-local" required [(ngModel)]="opens"
        /></label>
        <label
          >Starts <input name="starts" type="datetime-local" required [(ngModel)]="starts"
        /></label>
        <label>Ends <input name="ends" type="datetime-local" required [(ngModel)]="ends" /></label>
        <label
          >Board frozen for the last (minutes)
          <input name="freeze" type="number" min="0" max="1440" [(ngModel)]="freezeMinutes"
        /></label>
        <label
          >Points off per failed submit
          <input name="penalty" type="number" min="0" max="1000" [(ngModel)]="penalty"
        /></label>
      </section>
      <section class="card">
        <h2>
          Challenges <span class="hint">({{ picked().length }} picked, 1 to 20)</span>
        </h2>
        @if (catalog() === null) {
          <p role="status">Loading the catalog…</p>
        } @else {
          <fieldset class="catalog-picks">
            <legend class="hint">Catalog challenges and your private ones</legend>
            @for (c of catalog(); track c.slug) {
              <label class="check">
                <input
                  type="checkbox"
                  [checked]="picked().includes(c.slug)"
                  (change)="toggle(c.slug)"
                />
                {{ c.title }}
                <span class="hint">({{ c.language }}, difficulty {{ c.difficulty }})</span>
              </label>
            }
          </fieldset>
        }
        <button class="btn btn-primary" type="submit" [disabled]="saving()">
          {{ saving() ? 'Scheduling…' : 'Schedule competition' }}
        </button>
      </section>
    </form>
  `,
  styles: `
    .catalog-picks {
      border: 0;
      padding: 0;
      display: grid;
      gap: 0.25rem;
      max-height: 18rem;
      overflow: auto;
    }
  `,
})
export class CompetitionsPage implements OnInit {
  private readonly session = inject(SessionService);
  private readonly router = inject(Router);
  protected readonly competitions = signal<HiringCompetition[] | null>(null);
  protected readonly catalog = signal<CatalogCard[] | null>(null);
  protected readonly picked = signal<string[]>([]);
  protected readonly error = signal('');
  protected readonly saving = signal(false);
  protected readonly label = (phase: string) => PHASE_LABELS[phase] ?? phase;
  protected title = '';
  protected description = '';
  protected opens = localInput(new Date(Date.now() + 5 * 60_000));
  protected starts = localInput(new Date(Date.now() + 60 * 60_000));
  protected ends = localInput(new Date(Date.now() + 2 * 60 * 60_000));
  protected freezeMinutes = 10;
  protected penalty = 10;

  async ngOnInit() {
    try {
      const data = await this.session.api.execute(HIRING_COMPETITIONS);
      this.competitions.set(data.hiringCompetitions);
      this.catalog.set(data.challenges.nodes);
    } catch (error) {
      this.error.set(messageOf(error));
    }
  }

  protected toggle(slug: string) {
    this.picked.update((p) => (p.includes(slug) ? p.filter((s) => s !== slug) : [...p, slug]));
  }

  protected async create() {
    this.saving.set(true);
    this.error.set('');
    try {
      const data = await this.session.api.execute(CREATE_HIRING_COMPETITION, {
        input: {
          title: this.title,
          description: this.description,
          registrationOpensAt: new Date(this.opens).toISOString(),
          startsAt: new Date(this.starts).toISOString(),
          endsAt: new Date(this.ends).toISOString(),
          freezeMinutes: Number(this.freezeMinutes),
          failedSubmitPenalty: Number(this.penalty),
          challengeSlugs: this.picked(),
        },
      });
      await this.router.navigate(['/competitions', data.createHiringCompetition.id]);
    } catch (error) {
      this.error.set(messageOf(error));
    } finally {
      this.saving.set(false);
    }
  }
}
