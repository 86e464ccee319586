import { Component, inject, type OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { messageOf } from '../core/errors';
import { SessionService } from '../core/session.service';
import {
  ASSESSMENT,
  ASSESSMENT_CATALOG,
  CHALLENGE_BRIEF,
  CREATE_ASSESSMENT,
  UPDATE_ASSESSMENT,
} from '../core/documents/assessments.graphql';
import type { AssessmentCatalogQuery, ChallengeFilter } from '../core/generated/graphql';

type CatalogCard = AssessmentCatalogQuery['challenges']['nodes'][number];

const LANGUAGES = ['javascript', 'typescript', 'python', 'go', 'java', 'rust', 'cpp'];

/** Create or edit an assessment: its rules and its challenges, picked from the catalog. */
@Component({
  selector: 'fp-assessment-form',
  imports: [FormsModule, RouterLink],
  template: `
    <h1>{{ id ? 'Edit assessment' : 'New assessment' }}</h1>
    <form class="form-grid" (ngSubmit)="save()">
      <section class="card">
        <h2>Rules</h2>
        <label>Title <input name="title" required maxlength="200" [(ngModel)]="title" /></label>
        <label
          >Instructions for candidates
          <textarea
            name="instructions"
            rows="4"
            maxlength="10000"
            [(ngModel)]="instructions"
          ></textarea>
        </label>
        <label
          >Time limit (minutes)
          <input
            name="timeLimitMinutes"
            type="number"
            min="1"
            max="600"
            required
            [(ngModel)]="timeLimitMinutes"
        /></label>
        <label class="check"
          ><input name="hintsAllowed" type="checkbox" [(ngModel)]="hintsAllowed" /> Candidates may
          reveal hints</label
        >
        @if (hintsAllowed) {
          <label
            >Points off per hint
            <input name="hintPenalty" type="number" min="0" max="50" [(ngModel)]="hintPenalty"
          /></label>
        }
      </section>

      <section class="card">
        <h2>
          Challenges <span class="hint">({{ picked().length }} of at most 10, in order)</span>
        </h2>
        @if (picked().length === 0) {
          <p class="hint">Pick challenges from the catalog below.</p>
        }
        <ol class="picked" data-testid="picked-challenges">
          @for (c of picked(); track c.slug; let i = $index) {
            <li>
              <span
                >{{ c.title }}
                <span class="meta"
                  >{{ c.language }} · {{ stars(c.difficulty) }} · {{ c.estimatedMinutes }} min</span
                ></span
              >
              <span class="row-actions">
                <button
                  type="button"
                  class="btn btn-quiet"
                  [disabled]="i === 0"
                  (click)="move(i, -1)"
                  [attr.aria-label]="'Move ' + c.title + ' up'"
                >
                  ↑
                </button>
                <button
                  type="button"
                  class="btn btn-quiet"
                  [disabled]="i === picked().length - 1"
                  (click)="move(i, 1)"
                  [attr.aria-label]="'Move ' + c.title + ' down'"
                >
                  ↓
                </button>
                <button
                  type="button"
                  class="btn btn-quiet"
                  (click)="remove(c.slug)"
                  [attr.aria-label]="'Remove ' + c.title"
                >
                  Remove
                </button>
              </span>
            </li>
          }
        </ol>

        <h3>Catalog</h3>
        <div class="filters">
          <label
            >Search
            <input
              name="search"
              type="search"
              [(ngModel)]="search"
              (ngModelChange)="find()"
              placeholder="title, tag…"
          /></label>
          <label
            >Language
            <select name="language" [(ngModel)]="language" (ngModelChange)="find()">
              <option value="">Any</option>
              @for (l of languages; track l) {
                <option [value]="l">{{ l }}</option>
              }
            </select>
          </label>
          <label
            >Difficulty
            <select name="difficulty" [(ngModel)]="difficulty" (ngModelChange)="find()">
              <option value="">Any</option>
              @for (d of [1, 2, 3, 4, 5]; track d) {
                <option [value]="d">{{ d }}</option>
              }
            </select>
          </label>
        </div>
        @if (catalog() === null) {
          <p role="status">Loading the catalog…</p>
        } @else if (catalog()!.length === 0) {
          <p>No challenge matches these filters.</p>
        }
        <ul class="catalog-list" data-testid="catalog">
          @for (c of catalog(); track c.slug) {
            <li>
              <div>
                <strong>{{ c.title }}</strong>
                <div class="meta">
                  {{ c.language }} · {{ stars(c.difficulty) }} · {{ c.estimatedMinutes }} min ·
                  {{ c.bugTypes.join(', ') }}
                </div>
                @if (previewSlug() === c.slug) {
                  <p class="preview" data-testid="challenge-preview">{{ preview() }}</p>
                }
              </div>
              <span class="row-actions">
                <button
                  type="button"
                  class="btn btn-quiet"
                  (click)="showPreview(c.slug)"
                  [attr.aria-label]="'Preview ' + c.title"
                >
                  Preview
                </button>
                <button
                  type="button"
                  class="btn"
                  [disabled]="isPicked(c.slug) || picked().length >= 10"
                  (click)="add(c)"
                  [attr.aria-label]="(isPicked(c.slug) ? 'Added ' : 'Add ') + c.title"
                >
                  {{ isPicked(c.slug) ? 'Added' : 'Add' }}
                </button>
              </span>
            </li>
          }
        </ul>
      </section>

      @if (error()) {
        <p class="error" role="alert">{{ error() }}</p>
      }
      <div class="actions">
        <button class="btn btn-primary" type="submit" [disabled]="busy()">
          {{ id ? 'Save changes' : 'Create assessment' }}
        </button>
        <a class="btn btn-quiet" [routerLink]="id ? ['/assessments', id] : ['/assessments']"
          >Cancel</a
        >
      </div>
    </form>
  `,
})
export class AssessmentFormPage implements OnInit {
  private readonly session = inject(SessionService);
  private readonly router = inject(Router);
  protected readonly id = inject(ActivatedRoute).snapshot.paramMap.get('id');
  protected readonly languages = LANGUAGES;
  protected title = '';
  protected instructions = '';
  protected timeLimitMinutes = 60;
  protected hintsAllowed = true;
  protected hintPenalty = 10;
  protected search = '';
  protected language = '';
  protected difficulty = '';
  protected readonly picked = signal<CatalogCard[]>([]);
  protected readonly catalog = signal<CatalogCard[] | null>(null);
  protected readonly previewSlug = signal<string | null>(null);
  protected readonly preview = signal('');
  protected readonly error = signal('');
  protected readonly busy = signal(false);
  private searchTimer?: ReturnType<typeof setTimeout>;

  protected readonly stars = (n: number) => `${'★'.repeat(n)}${'☆'.repeat(5 - n)} (${n}/5)`;
  protected readonly isPicked = (slug: string) => this.picked().some((c) => c.slug === slug);

  async ngOnInit() {
    await this.load();
    if (!this.id) return;
    try {
      const { assessment } = await this.session.api.execute(ASSESSMENT, { id: this.id });
      this.title = assessment.title;
      this.instructions = assessment.instructions;
      this.timeLimitMinutes = assessment.timeLimitMinutes;
      this.hintsAllowed = assessment.hintsAllowed;
      this.hintPenalty = assessment.hintPenalty;
      this.picked.set(assessment.challenges.map((c) => ({ ...c, bugTypes: [] })));
    } catch (error) {
      this.error.set(messageOf(error));
    }
  }

  protected find() {
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => void this.load(), 250);
  }

  private async load() {
    const filter: ChallengeFilter = {};
    if (this.search.trim()) filter['text'] = this.search.trim();
    if (this.language) filter['languages'] = [this.language];
    if (this.difficulty) filter['difficulties'] = [Number(this.difficulty)];
    try {
      const data = await this.session.api.execute(ASSESSMENT_CATALOG, { filter });
      this.catalog.set(data.challenges.nodes);
    } catch (error) {
      this.error.set(messageOf(error));
    }
  }

  protected async showPreview(slug: string) {
    this.previewSlug.set(slug);
    this.preview.set('Loading…');
    try {
      const data = await this.session.api.execute(CHALLENGE_BRIEF, { slug });
      this.preview.set(data.challenge.summary);
    } catch (error) {
      this.preview.set(messageOf(error));
    }
  }

  protected add(card: CatalogCard) {
    if (!this.isPicked(card.slug)) this.picked.update((list) => [...list, card]);
  }

  protected remove(slug: string) {
    this.picked.update((list) => list.filter((c) => c.slug !== slug));
  }

  protected move(index: number, by: number) {
    this.picked.update((list) => {
      const next = [...list];
      [next[index], next[index + by]] = [next[index + by], next[index]];
      return next;
    });
  }

  protected async save() {
    this.busy.set(true);
    this.error.set('');
    const input = {
      title: this.title,
      instructions: this.instructions,
      timeLimitMinutes: Number(this.timeLimitMinutes),
      hintsAllowed: this.hintsAllowed,
      hintPenalty: this.hintsAllowed ? Number(this.hintPenalty) : 0,
      challengeSlugs: this.picked().map((c) => c.slug),
    };
    try {
      const data = this.id
        ? await this.session.api.execute(UPDATE_ASSESSMENT, { id: this.id, input })
        : await this.session.api.execute(CREATE_ASSESSMENT, { input });
      const id = 'updateAssessment' in data ? data.updateAssessment.id : data.createAssessment.id;
      await this.router.navigate(['/assessments', id]);
    } catch (error) {
      this.error.set(messageOf(error));
    } finally {
      this.busy.set(false);
    }
  }
}
