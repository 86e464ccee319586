import { Component, inject, type OnInit, signal } from '@angular/core';
import { DatePipe } from '@angular/common';
import { FormsModule } from '@angular/forms';
import { messageOf } from '../core/errors';
import { SessionService } from '../core/session.service';
import { API_KEYS, CREATE_API_KEY, REVOKE_API_KEY } from '../core/documents/settings.graphql';
import type { ApiKeysQuery } from '../core/generated/graphql';
import { API_KEY_SCOPES } from './delivery-log';
import { DialogComponent } from '../ui/dialog.component';
import { SettingsTabsComponent } from './settings-tabs.component';

type ApiKey = ApiKeysQuery['apiKeys'][number];

/** Settings → API keys: keys for ATSs (owners and admins); the secret is shown once. */
@Component({
  selector: 'fp-api-keys',
  imports: [FormsModule, DatePipe, SettingsTabsComponent, DialogComponent],
  template: `
    <fp-settings-tabs />
    <p class="hint">
      An ATS (Greenhouse, Lever, Workday…) uses a key to call the
      <a href="/docs/api">Fixpoint ATS API</a>. Give each integration its own key with only the
      scopes it needs.
    </p>
    @if (error()) {
      <p class="error" role="alert">{{ error() }}</p>
    }
    @if (secret()) {
      <section class="card" aria-labelledby="new-secret" data-testid="api-key-secret">
        <h2 id="new-secret">Copy your new key now</h2>
        <p>It is shown only this once; we keep only a hash of it.</p>
        <code class="secret">{{ secret() }}</code>
        <button type="button" class="btn" (click)="secret.set('')">I have stored it</button>
      </section>
    }
    <section class="card" aria-labelledby="new-key">
      <h2 id="new-key">New API key</h2>
      <form (ngSubmit)="create()">
        <label
          >Name
          <input name="name" required maxlength="100" [(ngModel)]="name" data-testid="api-key-name"
        /></label>
        <fieldset>
          <legend>Scopes</legend>
          @for (s of scopes; track s.scope) {
            <label class="check"
              ><input
                type="checkbox"
                [name]="s.scope"
                [checked]="chosen().includes(s.scope)"
                (change)="toggle(s.scope)"
              />
              {{ s.label }} <code>{{ s.scope }}</code></label
            >
          }
        </fieldset>
        <button class="btn btn-primary" type="submit" [disabled]="busy()">Create key</button>
      </form>
    </section>
    @if (keys() === null) {
      <p role="status">Loading…</p>
    } @else if (keys()!.length === 0) {
      <p class="empty">No API keys yet.</p>
    } @else {
      <table class="table" aria-label="API keys">
        <thead>
          <tr>
            <th>Name</th>
            <th>Key</th>
            <th>Scopes</th>
            <th>Last used</th>
            <th>Created</th>
            <th><span class="visually-hidden">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          @for (k of keys(); track k.id) {
            <tr data-testid="api-key-row">
              <td>
                {{ k.name }}
                @if (k.revokedAt) {
                  <span class="badge" data-status="revoked">Revoked</span>
                }
              </td>
              <td>
                <code>{{ k.prefix }}_…</code>
              </td>
              <td>{{ k.scopes.join(', ') }}</td>
              <td>{{ k.lastUsedAt ? (k.lastUsedAt | date: 'medium') : 'never' }}</td>
              <td>{{ k.createdAt | date: 'mediumDate' }}</td>
              <td>
                @if (!k.revokedAt) {
                  <button type="button" class="btn btn-quiet" (click)="revoking.set(k)">
                    Revoke<span class="visually-hidden"> {{ k.name }}</span>
                  </button>
                }
              </td>
            </tr>
          }
        </tbody>
      </table>
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
      <p>Every call with this key is refused from now on.</p>
    </fp-dialog>
  `,
})
export class ApiKeysPage implements OnInit {
  private readonly session = inject(SessionService);
  protected readonly scopes = API_KEY_SCOPES;
  protected readonly keys = signal<ApiKey[] | null>(null);
  protected readonly error = signal('');
  protected readonly busy = signal(false);
  /** The key the "Revoke …?" dialog asks about. */
  protected readonly revoking = signal<ApiKey | null>(null);
  protected readonly secret = signal('');
  protected readonly chosen = signal<string[]>([
    'assessments:read',
    'candidates:write',
    'results:read',
  ]);
  protected name = 'Greenhouse';

  ngOnInit() {
    return this.load();
  }

  protected toggle(scope: string) {
    this.chosen.update((list) =>
      list.includes(scope) ? list.filter((s) => s !== scope) : [...list, scope],
    );
  }

  private async load() {
    try {
      const data = await this.session.api.execute(API_KEYS);
      this.keys.set(data.apiKeys);
    } catch (error) {
      this.error.set(messageOf(error));
    }
  }

  protected async create() {
    await this.run(async () => {
      const data = await this.session.api.execute(CREATE_API_KEY, {
        input: { name: this.name, scopes: this.chosen() },
      });
      this.secret.set(data.createApiKey.secret);
    });
  }

  protected revoke() {
    const key = this.revoking();
    if (!key) return;
    this.revoking.set(null);
    return this.run(() => this.session.api.execute(REVOKE_API_KEY, { id: key.id }));
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
