import { Component, inject, type OnInit, signal } from '@angular/core';
import { DatePipe } from '@angular/common';
import { FormsModule } from '@angular/forms';
import { messageOf } from '../core/errors';
import { SessionService } from '../core/session.service';
import {
  CREATE_WEBHOOK_ENDPOINT,
  DELETE_WEBHOOK_ENDPOINT,
  RESEND_WEBHOOK_EVENT,
  WEBHOOK_DELIVERIES,
  WEBHOOK_ENDPOINTS,
} from '../core/documents/settings.graphql';
import type { WebhookEndpointsQuery } from '../core/generated/graphql';
import {
  type DeliveryAttempt,
  type EventDeliveries,
  groupByEvent,
  outcome,
  WEBHOOK_EVENTS,
} from './delivery-log';
import { DialogComponent } from '../ui/dialog.component';
import { SettingsTabsComponent } from './settings-tabs.component';

type Endpoint = WebhookEndpointsQuery['webhookEndpoints'][number];

/** Settings → Webhooks: endpoints, their signing secret once, the delivery log, send again. */
@Component({
  selector: 'fp-webhooks',
  imports: [FormsModule, DatePipe, SettingsTabsComponent, DialogComponent],
  template: `
    <fp-settings-tabs />
    <p class="hint">
      Fixpoint POSTs signed events (<code>Fixpoint-Signature</code>, HMAC-SHA256) to your endpoints
      and retries for about three days until one answers 2xx. Deduplicate by the event id.
    </p>
    @if (error()) {
      <p class="error" role="alert">{{ error() }}</p>
    }
    @if (secret()) {
      <section class="card" aria-labelledby="new-secret" data-testid="webhook-secret">
        <h2 id="new-secret">Signing secret: copy it now</h2>
        <p>It is shown only this once (we keep it encrypted).</p>
        <code class="secret">{{ secret() }}</code>
        <button type="button" class="btn" (click)="secret.set('')">I have stored it</button>
      </section>
    }
    <section class="card" aria-labelledby="new-endpoint">
      <h2 id="new-endpoint">New endpoint</h2>
      <form (ngSubmit)="create()">
        <label
          >URL
          <input
            name="url"
            type="url"
            required
            [(ngModel)]="url"
            placeholder="https://ats.example.com/fixpoint"
            data-testid="webhook-url"
        /></label>
        <label
          >Description <input name="description" maxlength="200" [(ngModel)]="description"
        /></label>
        <fieldset>
          <legend>Events</legend>
          @for (e of events; track e) {
            <label class="check"
              ><input
                type="checkbox"
                [name]="e"
                [checked]="chosen().includes(e)"
                (change)="toggle(e)"
              />
              <code>{{ e }}</code></label
            >
          }
        </fieldset>
        <button class="btn btn-primary" type="submit" [disabled]="busy()">Add endpoint</button>
      </form>
    </section>
    @if (endpoints() === null) {
      <p role="status">Loading…</p>
    } @else if (endpoints()!.length === 0) {
      <p class="empty">No webhook endpoints yet.</p>
    }
    @for (e of endpoints(); track e.id) {
      <article class="card" data-testid="webhook-endpoint">
        <div class="page-head">
          <h2>
            <code>{{ e.url }}</code>
          </h2>
          <button type="button" class="btn btn-quiet" (click)="removing.set(e)">
            Remove<span class="visually-hidden"> {{ e.url }}</span>
          </button>
        </div>
        <p class="meta">
          {{ e.description || 'No description' }} · {{ e.events.join(', ') }} · added
          {{ e.createdAt | date: 'mediumDate' }}
        </p>
        <button type="button" class="btn" (click)="toggleLog(e)">
          {{ open() === e.id ? 'Hide' : 'Show' }} delivery log
        </button>
        @if (open() === e.id) {
          @if (log().length === 0) {
            <p class="empty">No deliveries yet.</p>
          } @else {
            <table class="table" aria-label="Deliveries">
              <thead>
                <tr>
                  <th>Event</th>
                  <th>State</th>
                  <th>Attempts (newest first)</th>
                  <th><span class="visually-hidden">Actions</span></th>
                </tr>
              </thead>
              <tbody>
                @for (g of log(); track g.eventId) {
                  <tr data-testid="webhook-delivery">
                    <td>
                      <code>{{ g.eventType }}</code><br /><small>{{ g.eventId }}</small>
                    </td>
                    <td>
                      <span class="badge" [attr.data-status]="g.state">{{ g.state }}</span>
                    </td>
                    <td>
                      @for (a of g.attempts; track a.id) {
                        <div>
                          #{{ a.attempt }}{{ a.resent ? ' (sent again)' : '' }} ·
                          {{ describe(a) }} · {{ a.durationMs }} ms ·
                          {{ a.createdAt | date: 'medium' }}
                        </div>
                      }
                    </td>
                    <td>
                      <button type="button" class="btn" (click)="resend(e, g)">
                        Send again<span class="visually-hidden"> {{ g.eventId }}</span>
                      </button>
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          }
        }
      </article>
    }
    <fp-dialog
      [heading]="'Remove ' + (removing()?.url ?? '') + '?'"
      confirmLabel="Remove endpoint"
      [destructive]="true"
      [open]="removing() !== null"
      [busy]="busy()"
      (confirmed)="remove()"
      (cancelled)="removing.set(null)"
    >
      <p>No more events are sent to it.</p>
    </fp-dialog>
  `,
})
export class WebhooksPage implements OnInit {
  private readonly session = inject(SessionService);
  protected readonly events = WEBHOOK_EVENTS;
  protected readonly endpoints = signal<Endpoint[] | null>(null);
  protected readonly log = signal<EventDeliveries[]>([]);
  protected readonly open = signal('');
  protected readonly error = signal('');
  protected readonly busy = signal(false);
  /** The endpoint the "Remove …?" dialog asks about. */
  protected readonly removing = signal<Endpoint | null>(null);
  protected readonly secret = signal('');
  protected readonly chosen = signal<string[]>(['assessment.completed', 'result.decided']);
  protected url = '';
  protected description = '';
  protected readonly describe = (a: DeliveryAttempt) => outcome(a);

  ngOnInit() {
    return this.load();
  }

  protected toggle(event: string) {
    this.chosen.update((list) =>
      list.includes(event) ? list.filter((e) => e !== event) : [...list, event],
    );
  }

  private async load() {
    try {
      const data = await this.session.api.execute(WEBHOOK_ENDPOINTS);
      this.endpoints.set(data.webhookEndpoints);
    } catch (error) {
      this.error.set(messageOf(error));
    }
  }

  protected async toggleLog(endpoint: Endpoint) {
    if (this.open() === endpoint.id) {
      this.open.set('');
      return;
    }
    this.open.set(endpoint.id);
    await this.loadLog(endpoint.id);
  }

  private async loadLog(endpointId: string) {
    try {
      const data = await this.session.api.execute(WEBHOOK_DELIVERIES, { endpointId });
      this.log.set(groupByEvent(data.webhookDeliveries));
    } catch (error) {
      this.error.set(messageOf(error));
    }
  }

  protected async create() {
    await this.run(async () => {
      const data = await this.session.api.execute(CREATE_WEBHOOK_ENDPOINT, {
        input: { url: this.url, description: this.description, events: this.chosen() },
      });
      this.secret.set(data.createWebhookEndpoint.secret);
      this.url = '';
    });
  }

  protected remove() {
    const endpoint = this.removing();
    if (!endpoint) return;
    this.removing.set(null);
    return this.run(() => this.session.api.execute(DELETE_WEBHOOK_ENDPOINT, { id: endpoint.id }));
  }

  protected async resend(endpoint: Endpoint, group: EventDeliveries) {
    await this.run(async () => {
      await this.session.api.execute(RESEND_WEBHOOK_EVENT, {
        endpointId: endpoint.id,
        eventId: group.eventId,
      });
      // The new delivery is made by the worker a moment later.
      await new Promise((r) => setTimeout(r, 1000));
      await this.loadLog(endpoint.id);
    });
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
