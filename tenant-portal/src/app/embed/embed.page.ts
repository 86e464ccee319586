import { Component, computed, inject, type OnInit, signal } from '@angular/core';
import { DatePipe } from '@angular/common';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import {
  CREATE_EMBED_KEY,
  EMBED_CATALOG,
  EMBED_KEYS,
  REVOKE_EMBED_KEY,
} from '../core/documents/embed.graphql';
import { messageOf } from '../core/errors';
import type { EmbedCatalogQuery, EmbedKeyFieldsFragment } from '../core/generated/graphql';
import { SessionService } from '../core/session.service';
import { DialogComponent } from '../ui/dialog.component';
import { embedSnippet, parseOrigins } from './embed-snippet';

type EmbedKey = EmbedKeyFieldsFragment;
type Card = EmbedCatalogQuery['challenges']['nodes'][number];

/** Career-page embeds: keys bound to origins and challenges, the snippet, usage, revoke. */
@Component({
  selector: 'fp-embed',
  imports: [FormsModule, DatePipe, RouterLink, DialogComponent],
  template: `
    <h1>Embed</h1>
    <p class="hint">
      Put a debugging challenge on your own careers page. Applicants solve it there; they show up
      here under the key's career-page pipeline with a report like any candidate.
    </p>
    @if (error()) {
      <p class="error" role="alert">{{ error() }}</p>
    }
    @if (canManage()) {
      <section class="card" aria-labelledby="new-key">
        <h2 id="new-key">New embed key</h2>
        <form (ngSubmit)="create()">
          <label
            >Name
            <input name="name" required maxlength="100" [(ngModel)]="name" data-testid="embed-name"
          /></label>
          <label
            >Allowed origins
            <span class="hint"
              >(one per line, exactly as in the browser's address bar:
              https://careers.example.com)</span
            >
            <textarea
              name="origins"
              rows="3"
              [(ngModel)]="origins"
              data-testid="embed-origins"
            ></textarea>
          </label>
          <label
            >Challenge
            <select name="challenge" [(ngModel)]="challenge" required data-testid="embed-challenge">
              <option value="">Pick a challenge…</option>
              @for (c of catalog(); track c.slug) {
                <option [value]="c.slug">{{ c.title }} ({{ c.language }})</option>
              }
            </select>
          </label>
          <button class="btn btn-primary" type="submit" [disabled]="busy()">Create key</button>
        </form>
      </section>
    }
    @if (keys() === null) {
      <p role="status">Loading…</p>
    } @else if (keys()!.length === 0) {
      <p class="empty">No embed keys yet.</p>
    }
    @for (k of keys(); track k.id) {
      <article class="card" data-testid="embed-key">
        <div class="page-head">
          <h2>
            {{ k.name }}
            @if (k.revokedAt) {
              <span class="badge" data-status="revoked">Revoked</span>
            }
          </h2>
          @if (canManage() && !k.revokedAt) {
            <button type="button" class="btn btn-quiet" (click)="revoking.set(k)">Revoke</button>
          }
        </div>
        <p class="meta">
          Key <code data-testid="embed-publishable-key">{{ k.publishableKey }}</code> · created
          {{ k.createdAt | date: 'mediumDate' }}
        </p>
        <p class="meta">Allowed origins: {{ k.allowedOrigins.join(', ') }}</p>
        <p>
          Applicants: <strong>{{ k.applicants }}</strong> started,
          <strong>{{ k.submitted }}</strong> finished.
        </p>
        @for (c of k.challenges; track c.slug) {
          <h3>
            {{ c.title }} ·
            <a [routerLink]="['/assessments', c.assessmentId]">applicants' pipeline</a>
          </h3>
          <label
            >Snippet for your careers page
            <textarea
              readonly
              rows="3"
              [value]="snippet(k, c.slug)"
              data-testid="embed-snippet"
            ></textarea>
          </label>
          <button type="button" class="btn" (click)="copy(k, c.slug)">Copy snippet</button>
          @if (copied() === k.id + c.slug) {
            <span class="success" role="status">Copied.</span>
          }
        }
      </article>
    }
    <fp-dialog
      [heading]="'Revoke ' + (revoking()?.name ?? '') + '?'"
      confirmLabel="Revoke key"
      [destructive]="true"
      [open]="revoking() !== null"
      [busy]="busy()"
      (confirmed)="revoke()"
      (cancelled)="revoking.set(null)"
    >
      <p>The widget stops working on every page that uses this key.</p>
    </fp-dialog>
  `,
})
export class EmbedPage implements OnInit {
  private readonly session = inject(SessionService);
  protected readonly keys = signal<EmbedKey[] | null>(null);
  protected readonly catalog = signal<Card[]>([]);
  protected readonly error = signal('');
  protected readonly busy = signal(false);
  /** The key the "Revoke …?" dialog asks about. */
  protected readonly revoking = signal<EmbedKey | null>(null);
  protected readonly copied = signal('');
  protected readonly canManage = computed(() => this.session.can('manageEmbeds'));
  protected name = 'Careers page';
  protected origins = '';
  protected challenge = '';

  async ngOnInit() {
    await this.load();
    try {
      const data = await this.session.api.execute(EMBED_CATALOG);
      this.catalog.set(data.challenges.nodes);
    } catch (error) {
      this.error.set(messageOf(error));
    }
  }

  /** The platform's origin: the portal's server routes /embed and /widget to the API. */
  protected snippet(key: EmbedKey, slug: string) {
    return embedSnippet(window.location.origin, key.publishableKey, slug);
  }

  protected async copy(key: EmbedKey, slug: string) {
    await navigator.clipboard?.writeText(this.snippet(key, slug)).catch(() => undefined);
    this.copied.set(key.id + slug);
  }

  private async load() {
    try {
      const data = await this.session.api.execute(EMBED_KEYS);
      this.keys.set(data.embedKeys);
    } catch (error) {
      this.error.set(messageOf(error));
    }
  }

  protected async create() {
    await this.run(async () => {
      await this.session.api.execute(CREATE_EMBED_KEY, {
        input: {
          name: this.name,
          allowedOrigins: parseOrigins(this.origins),
          challengeSlugs: this.challenge ? [this.challenge] : [],
        },
      });
      this.origins = '';
    });
  }

  protected revoke() {
    const key = this.revoking();
    if (!key) return;
    this.revoking.set(null);
    return this.run(() => this.session.api.execute(REVOKE_EMBED_KEY, { id: key.id }));
  }

  private async run(work: () => Promise<unknown>) {
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
}
