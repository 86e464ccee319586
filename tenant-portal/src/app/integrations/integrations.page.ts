import { Component, inject, type OnInit, signal, viewChild } from '@angular/core';
import { DatePipe } from '@angular/common';
import { messageOf } from '../core/errors';
import { SessionService } from '../core/session.service';
import { GREENHOUSE, RETRY_ATS_SYNC } from '../core/documents/integrations.graphql';
import { CREATE_API_KEY } from '../core/documents/settings.graphql';
import type { GreenhouseQuery } from '../core/generated/graphql';
import { AtsPartnerCallsComponent } from './ats-partner-calls.component';
import { LeverCardComponent } from './lever-card.component';
import { WorkdayCardComponent } from './workday-card.component';

type Sync = GreenhouseQuery['atsSyncs'][number];

const STATE_LABELS: Record<string, string> = {
  waiting: 'Waiting for the result',
  retrying: 'Retrying',
  failed: 'Failed: needs a retry',
  delivered: 'Sent to Greenhouse',
  closed: 'Closed (no result)',
};

/**
 * Integrations → Greenhouse: make the key Greenhouse calls us with, the URLs to register with
 * Greenhouse, the calls Greenhouse made and what we answered, and each result's sync back to
 * Greenhouse with Retry for a failed one; then the Lever and Workday cards. Owners and admins
 * (as for API keys).
 */
@Component({
  selector: 'fp-integrations',
  imports: [AtsPartnerCallsComponent, DatePipe, LeverCardComponent, WorkdayCardComponent],
  template: `
    <h1>Integrations</h1>
    @if (error()) {
      <p class="error" role="alert">{{ error() }}</p>
    }
    <section class="card" aria-labelledby="gh-title" data-testid="greenhouse">
      <h2 id="gh-title">Greenhouse</h2>
      <p class="hint">
        Greenhouse calls Fixpoint to list your published assessments, send one to a candidate and
        read the result; Fixpoint tells Greenhouse as soon as a result is final (a result held for
        an integrity review waits for your decision).
      </p>
      <h3>1. Create the key Greenhouse uses</h3>
      @if (secret()) {
        <div data-testid="greenhouse-key">
          <p>Copy it now and give it to Greenhouse; it is shown only this once.</p>
          <code class="secret">{{ secret() }}</code>
          <button type="button" class="btn" (click)="secret.set('')">I have stored it</button>
        </div>
      } @else {
        <p>
          {{ setup()?.activeKeys ?? 0 }} active key(s) with the <code>ats:greenhouse</code> scope.
          <button type="button" class="btn btn-primary" (click)="createKey()" [disabled]="busy()">
            Create a Greenhouse key
          </button>
        </p>
      }
      <h3>2. Register these URLs with Greenhouse</h3>
      <p class="hint">Send them to partners&#64;greenhouse.io with a sample key.</p>
      @if (setup(); as s) {
        <dl class="urls" data-testid="greenhouse-urls">
          <dt>list_tests</dt>
          <dd>
            <code>{{ s.listTestsUrl }}</code>
          </dd>
          <dt>send_test</dt>
          <dd>
            <code>{{ s.sendTestUrl }}</code>
          </dd>
          <dt>test_status</dt>
          <dd>
            <code>{{ s.testStatusUrl }}</code>
          </dd>
          <dt>response_error</dt>
          <dd>
            <code>{{ s.responseErrorUrl }}</code>
          </dd>
        </dl>
      }
      <h3>Recent calls from Greenhouse</h3>
      <fp-ats-partner-calls ats="greenhouse" name="Greenhouse" />
      <h3>Results sent back</h3>
      @if (syncs().length === 0) {
        <p class="empty">No candidates sent from Greenhouse yet.</p>
      } @else {
        <table class="table" aria-label="Greenhouse syncs">
          <thead>
            <tr>
              <th>Candidate</th>
              <th>Assessment</th>
              <th>State</th>
              <th>Attempts</th>
              <th>Last error</th>
              <th><span class="visually-hidden">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            @for (s of syncs(); track s.id) {
              <tr data-testid="greenhouse-sync" [attr.data-state]="s.state">
                <td>
                  <a [href]="'/reports/' + s.invitationId">{{ s.candidateEmail }}</a>
                </td>
                <td>{{ s.assessmentTitle }}</td>
                <td>
                  <span class="badge" [attr.data-status]="s.state">{{ label(s.state) }}</span>
                  @if (s.state === 'retrying' && s.nextAttemptAt) {
                    <small> next try {{ s.nextAttemptAt | date: 'mediumTime' }}</small>
                  }
                </td>
                <td>{{ s.attempts }}</td>
                <td>{{ s.lastError ?? '' }}</td>
                <td>
                  @if (s.state === 'failed' || s.state === 'retrying') {
                    <button
                      type="button"
                      class="btn btn-quiet"
                      (click)="retry(s)"
                      [disabled]="busy()"
                    >
                      Retry<span class="visually-hidden"> {{ s.candidateEmail }}</span>
                    </button>
                  }
                </td>
              </tr>
            }
          </tbody>
        </table>
      }
      <button type="button" class="btn" (click)="refresh()">Refresh</button>
    </section>
    <fp-lever-card />
    <fp-workday-card />
  `,
})
export class IntegrationsPage implements OnInit {
  private readonly session = inject(SessionService);
  protected readonly setup = signal<GreenhouseQuery['greenhouseSetup'] | null>(null);
  private readonly calls = viewChild(AtsPartnerCallsComponent);
  protected readonly syncs = signal<Sync[]>([]);
  protected readonly error = signal('');
  protected readonly busy = signal(false);
  protected readonly secret = signal('');

  ngOnInit() {
    return this.load();
  }

  protected label(state: string) {
    return STATE_LABELS[state] ?? state;
  }

  /** Refresh covers the call log too (it loads itself when the card first shows). */
  protected refresh() {
    return Promise.all([this.load(), this.calls()?.load()]);
  }

  async load() {
    try {
      const data = await this.session.api.execute(GREENHOUSE);
      this.setup.set(data.greenhouseSetup);
      this.syncs.set(data.atsSyncs);
      this.error.set('');
    } catch (error) {
      this.error.set(messageOf(error));
    }
  }

  protected createKey() {
    return this.run(async () => {
      const data = await this.session.api.execute(CREATE_API_KEY, {
        input: { name: 'Greenhouse', scopes: ['ats:greenhouse'] },
      });
      this.secret.set(data.createApiKey.secret);
    });
  }

  protected retry(sync: Sync) {
    return this.run(() => this.session.api.execute(RETRY_ATS_SYNC, { id: sync.id }));
  }

  private async run(work: () => Promise<unknown>) {
    this.busy.set(true);
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
