import { Component, computed, inject, type OnInit, signal } from '@angular/core';
import { messageOf } from '../core/errors';
import { SessionService } from '../core/session.service';
import { CHALLENGE_CATALOG, UPLOAD_PRIVATE_CHALLENGE } from '../core/documents/challenges.graphql';
import type {
  ChallengeCatalogQuery,
  UploadPrivateChallengeMutation,
} from '../core/generated/graphql';

type Card = ChallengeCatalogQuery['challenges']['nodes'][number];
type Upload = UploadPrivateChallengeMutation['uploadPrivateChallenge'];

const MAX_ZIP_BYTES = 1_500_000;

/** The catalog your assessments draw from, and uploads of your own challenges. */
@Component({
  selector: 'fp-challenges',
  template: `
    <h1>Challenges</h1>
    @if (canUpload()) {
      <section class="card" aria-labelledby="upload">
        <h2 id="upload">Upload your own challenge</h2>
        <p class="hint">
          A .zip of a challenge folder in the catalog format (challenge.yaml, starter/,
          tests/visible, tests/hidden, solution/). It is run in the sandbox first: the starter must
          fail a hidden test and pass the others, and the solution must pass all.
        </p>
        <label
          >Challenge folder (.zip)
          <input
            type="file"
            accept=".zip,application/zip"
            (change)="upload($event)"
            [disabled]="busy()"
            data-testid="challenge-upload"
        /></label>
        @if (busy()) {
          <p role="status">Validating in the sandbox…</p>
        }
        @if (result(); as r) {
          <div role="status" [class]="r.valid ? 'success' : 'error'">
            @if (r.valid) {
              <p>✔ Valid: {{ r.slug }} version {{ r.version }} is ready for your assessments.</p>
            } @else {
              <p>✖ Not valid yet:</p>
            }
            <ul>
              @for (e of r.errors; track $index) {
                <li>{{ e.file }}{{ e.field ? ' · ' + e.field : '' }}: {{ e.message }}</li>
              }
              @for (c of r.checks; track c.name) {
                <li>
                  {{ c.passed ? '✔' : '✖' }} {{ c.name }}
                  @if (!c.passed) {
                    : {{ c.detail }}
                  }
                </li>
              }
            </ul>
          </div>
        }
      </section>
    }
    @if (error()) {
      <p class="error" role="alert">{{ error() }}</p>
    }
    <table class="table">
      <thead>
        <tr>
          <th scope="col">Title</th>
          <th scope="col">Language</th>
          <th scope="col">Difficulty</th>
          <th scope="col">Minutes</th>
          <th scope="col">Bug kinds</th>
        </tr>
      </thead>
      <tbody>
        @for (c of cards(); track c.slug) {
          <tr>
            <td>
              {{ c.title }} <span class="meta">{{ c.slug }}</span>
            </td>
            <td>{{ c.language }}</td>
            <td>{{ c.difficulty }}/5</td>
            <td>{{ c.estimatedMinutes }}</td>
            <td>{{ c.bugTypes.join(', ') }}</td>
          </tr>
        }
      </tbody>
    </table>
  `,
})
export class ChallengesPage implements OnInit {
  private readonly session = inject(SessionService);
  protected readonly cards = signal<Card[]>([]);
  protected readonly result = signal<Upload | null>(null);
  protected readonly error = signal('');
  protected readonly busy = signal(false);
  protected readonly canUpload = computed(() => this.session.can('uploadChallenges'));

  ngOnInit() {
    return this.load();
  }

  private async load() {
    try {
      const data = await this.session.api.execute(CHALLENGE_CATALOG);
      this.cards.set(data.challenges.nodes);
    } catch (error) {
      this.error.set(messageOf(error));
    }
  }

  protected async upload(event: Event) {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file) return;
    this.result.set(null);
    this.error.set('');
    if (file.size > MAX_ZIP_BYTES) {
      this.error.set(
        `That file is ${Math.round(file.size / 1000)} kB; a challenge zip may be at most 1500 kB.`,
      );
      return;
    }
    this.busy.set(true);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      let binary = '';
      for (const byte of bytes) binary += String.fromCharCode(byte);
      const data = await this.session.api.execute(UPLOAD_PRIVATE_CHALLENGE, {
        archiveBase64: btoa(binary),
      });
      this.result.set(data.uploadPrivateChallenge);
      if (data.uploadPrivateChallenge.valid) await this.load();
    } catch (error) {
      this.error.set(messageOf(error));
    } finally {
      this.busy.set(false);
    }
  }
}
