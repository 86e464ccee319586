import { Component, inject, type OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { messageOf } from '../core/errors';
import { SessionService } from '../core/session.service';
import {
  CONNECT_LEVER_API_KEY,
  DISCONNECT_LEVER,
  LEVER_AUTHORIZE_URL,
  LEVER_SETUP,
  SET_LEVER_STAGE_MAPPING,
  SET_LEVER_WEBHOOK_SECRET,
  TEST_LEVER_CONNECTION,
} from '../core/documents/integrations.graphql';
import type { LeverSetupQuery } from '../core/generated/graphql';
import { AtsPartnerCallsComponent } from './ats-partner-calls.component';
import { AtsSyncsComponent } from './ats-syncs.component';

type LeverSetup = LeverSetupQuery['leverSetup'];

/**
 * Integrations → Lever: connect (OAuth, or the customer's own API key), the stage webhook URL
 * and its signature token, stage → assessment mappings with the pass threshold of the tag,
 * test the connection, each sync with Retry, and disconnect (tokens deleted).
 */
@Component({
  selector: 'fp-lever-card',
  imports: [FormsModule, AtsPartnerCallsComponent, AtsSyncsComponent],
  template: `
    <section class="card" aria-labelledby="lever-title" data-testid="lever">
      <h2 id="lever-title">Lever</h2>
      <p class="hint">
        When a candidate enters a stage you map, Fixpoint invites them; the result comes back as a
        note, a <code>fixpoint: &lt;label&gt; - pass|fail</code> tag and, if you choose, a stage
        move.
      </p>
      @if (error()) {
        <p class="error" role="alert">{{ error() }}</p>
      }
      @if (setup(); as s) {
        @if (s.connected) {
          <p data-testid="lever-connected">
            Connected ({{ s.authKind === 'oauth' ? 'OAuth' : 'API key' }}).
            <button type="button" class="btn" (click)="test()" [disabled]="busy()">
              Test the connection
            </button>
            <button type="button" class="btn btn-quiet" (click)="disconnect()" [disabled]="busy()">
              Disconnect
            </button>
          </p>
          @if (testResult()) {
            <p role="status" data-testid="lever-test">{{ testResult() }}</p>
          }
        } @else {
          @if (s.oauthAvailable) {
            <p>
              <button
                type="button"
                class="btn btn-primary"
                (click)="authorize()"
                [disabled]="busy()"
              >
                Connect with Lever
              </button>
            </p>
          }
          <form (ngSubmit)="connectKey()" class="stack">
            <label
              >Lever API key <input name="apiKey" type="password" required [(ngModel)]="apiKey"
            /></label>
            <label
              >Webhook signature token
              <input name="signatureToken" type="password" required [(ngModel)]="signatureToken"
            /></label>
            <label
              >Lever user for notes (perform_as, optional)
              <input name="performAs" [(ngModel)]="performAs"
            /></label>
            <button type="submit" class="btn btn-primary" [disabled]="busy()">
              Connect with an API key
            </button>
          </form>
        }
        <h3>Register this webhook in Lever (Candidate Stage Change)</h3>
        <code data-testid="lever-webhook-url">{{ s.webhookUrl }}</code>
        @if (s.connected && s.authKind === 'oauth') {
          <form (ngSubmit)="saveSecret()" class="stack">
            <label
              >Webhook signature token
              <input name="oauthSecret" type="password" required [(ngModel)]="signatureToken"
            /></label>
            <button type="submit" class="btn" [disabled]="busy()">
              {{ s.webhookSecretSet ? 'Replace' : 'Save' }} the signature token
            </button>
          </form>
        }
        <h3>Stages that send an assessment</h3>
        <ul>
          @for (m of s.mappings; track m.id) {
            <li data-testid="lever-mapping">
              Stage <code>{{ m.externalId }}</code> → {{ m.label }} (pass at {{ m.passThreshold
              }}{{ m.stageOnPass ? ', then move to ' + m.stageOnPass : '' }})
            </li>
          }
        </ul>
        <form (ngSubmit)="map()" class="stack">
          <label>Lever stage id <input name="stageId" required [(ngModel)]="stageId" /></label>
          <label
            >Assessment id <input name="assessmentId" required [(ngModel)]="assessmentId"
          /></label>
          <label>Tag label <input name="label" required [(ngModel)]="label" /></label>
          <label
            >Pass threshold (0-100)
            <input
              name="threshold"
              type="number"
              min="0"
              max="100"
              required
              [(ngModel)]="threshold"
          /></label>
          <label
            >Stage on pass (optional) <input name="stageOnPass" [(ngModel)]="stageOnPass"
          /></label>
          <button type="submit" class="btn" [disabled]="busy()">Map the stage</button>
        </form>
      }
      <h3>Recent calls from Lever</h3>
      <fp-ats-partner-calls ats="lever" name="Lever" />
      <h3>Results sent back</h3>
      <fp-ats-syncs ats="lever" name="Lever" />
    </section>
  `,
})
export class LeverCardComponent implements OnInit {
  private readonly session = inject(SessionService);
  protected readonly setup = signal<LeverSetup | null>(null);
  protected readonly error = signal('');
  protected readonly busy = signal(false);
  protected readonly testResult = signal('');
  protected apiKey = '';
  protected signatureToken = '';
  protected performAs = '';
  protected stageId = '';
  protected assessmentId = '';
  protected label = '';
  protected threshold = 70;
  protected stageOnPass = '';

  ngOnInit() {
    return this.load();
  }

  async load() {
    try {
      const data = await this.session.api.execute(LEVER_SETUP);
      this.setup.set(data.leverSetup);
      this.error.set('');
    } catch (error) {
      this.error.set(messageOf(error));
    }
  }

  protected authorize() {
    return this.run(async () => {
      const data = await this.session.api.execute(LEVER_AUTHORIZE_URL);
      window.location.assign(data.leverAuthorizeUrl);
    });
  }

  protected connectKey() {
    return this.run(() =>
      this.session.api.execute(CONNECT_LEVER_API_KEY, {
        apiKey: this.apiKey,
        signatureToken: this.signatureToken,
        performAs: this.performAs || null,
      }),
    );
  }

  protected saveSecret() {
    return this.run(() =>
      this.session.api.execute(SET_LEVER_WEBHOOK_SECRET, {
        signatureToken: this.signatureToken,
        performAs: this.performAs || null,
      }),
    );
  }

  protected map() {
    return this.run(() =>
      this.session.api.execute(SET_LEVER_STAGE_MAPPING, {
        stageId: this.stageId,
        assessmentId: this.assessmentId,
        label: this.label,
        passThreshold: Number(this.threshold),
        stageOnPass: this.stageOnPass || null,
      }),
    );
  }

  protected test() {
    return this.run(async () => {
      const data = await this.session.api.execute(TEST_LEVER_CONNECTION);
      this.testResult.set(
        data.testLeverConnection.ok ? 'Lever answered.' : data.testLeverConnection.detail,
      );
    });
  }

  protected disconnect() {
    return this.run(() => this.session.api.execute(DISCONNECT_LEVER));
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
