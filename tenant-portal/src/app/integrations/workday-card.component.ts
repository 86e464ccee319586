import { Component, inject, type OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { messageOf } from '../core/errors';
import { SessionService } from '../core/session.service';
import {
  CONNECT_WORKDAY,
  DISCONNECT_WORKDAY,
  SET_WORKDAY_STATUS,
  SET_WORKDAY_TEST_MAPPING,
  TEST_WORKDAY_CONNECTION,
  WORKDAY_SETUP,
} from '../core/documents/integrations.graphql';
import type { WorkdaySetupQuery } from '../core/generated/graphql';
import { AtsPartnerCallsComponent } from './ats-partner-calls.component';
import { AtsSyncsComponent } from './ats-syncs.component';

type WorkdaySetup = WorkdaySetupQuery['workdaySetup'];

const STATUSES = [
  { status: 'invited', label: 'Invited' },
  { status: 'in_progress', label: 'In progress' },
  { status: 'completed', label: 'Completed' },
];

/**
 * Integrations → Workday Recruiting: connect the integration system user (the order secret is
 * shown once), map Workday's assessment tests to assessments and our statuses to the tenant's
 * status reference ids, test the connection, each sync with Retry, and disconnect.
 */
@Component({
  selector: 'fp-workday-card',
  imports: [FormsModule, AtsPartnerCallsComponent, AtsSyncsComponent],
  template: `
    <section class="card" aria-labelledby="workday-title" data-testid="workday">
      <h2 id="workday-title">Workday Recruiting</h2>
      <p class="hint">
        Your Workday integration sends assessment orders to Fixpoint; Fixpoint reports the status
        (invited, completed) and the result back with Assess_Candidate.
      </p>
      @if (error()) {
        <p class="error" role="alert">{{ error() }}</p>
      }
      @if (secret()) {
        <div data-testid="workday-secret">
          <p>The order secret (Authorization: Bearer), shown only this once:</p>
          <code class="secret">{{ secret() }}</code>
          <button type="button" class="btn" (click)="secret.set('')">I have stored it</button>
        </div>
      }
      @if (setup(); as s) {
        @if (s.connected) {
          <p data-testid="workday-connected">
            Connected to <code>{{ s.endpoint }}</code>.
            <button type="button" class="btn" (click)="test()" [disabled]="busy()">
              Test the connection
            </button>
            <button type="button" class="btn btn-quiet" (click)="disconnect()" [disabled]="busy()">
              Disconnect
            </button>
          </p>
          @if (testResult()) {
            <p role="status" data-testid="workday-test">{{ testResult() }}</p>
          }
        } @else {
          <form (ngSubmit)="connect()" class="stack">
            <label
              >Recruiting endpoint
              <input
                name="endpoint"
                type="url"
                required
                [(ngModel)]="endpoint"
                placeholder="https://wd2-impl-services1.workday.com/ccx/service/acme/Recruiting/v45.0"
            /></label>
            <label
              >Integration system user (user&#64;tenant)
              <input name="username" required [(ngModel)]="username"
            /></label>
            <label
              >Password <input name="password" type="password" required [(ngModel)]="password"
            /></label>
            <button type="submit" class="btn btn-primary" [disabled]="busy()">
              Connect Workday
            </button>
          </form>
        }
        <h3>Orders go to</h3>
        <code data-testid="workday-order-url">{{ s.orderUrl }}</code>
        <h3>Status reference ids</h3>
        <form (ngSubmit)="saveStatuses()" class="stack">
          @for (st of statuses; track st.status) {
            <label
              >{{ st.label }}
              <input [name]="st.status" required [(ngModel)]="referenceIds[st.status]"
            /></label>
          }
          <button type="submit" class="btn" [disabled]="busy()">Save the statuses</button>
        </form>
        <h3>Assessment tests</h3>
        <form (ngSubmit)="mapTest()" class="stack">
          <label>Workday test id <input name="testId" required [(ngModel)]="testId" /></label>
          <label
            >Assessment id <input name="assessmentId" required [(ngModel)]="assessmentId"
          /></label>
          <button type="submit" class="btn" [disabled]="busy()">Map the test</button>
        </form>
      }
      <h3>Recent calls from Workday</h3>
      <fp-ats-partner-calls ats="workday" name="Workday" />
      <h3>Results sent back</h3>
      <fp-ats-syncs ats="workday" name="Workday" />
    </section>
  `,
})
export class WorkdayCardComponent implements OnInit {
  private readonly session = inject(SessionService);
  protected readonly statuses = STATUSES;
  protected readonly setup = signal<WorkdaySetup | null>(null);
  protected readonly error = signal('');
  protected readonly busy = signal(false);
  protected readonly secret = signal('');
  protected readonly testResult = signal('');
  protected endpoint = '';
  protected username = '';
  protected password = '';
  protected testId = '';
  protected assessmentId = '';
  protected referenceIds: Record<string, string> = {};

  ngOnInit() {
    return this.load();
  }

  async load() {
    try {
      const data = await this.session.api.execute(WORKDAY_SETUP);
      this.setup.set(data.workdaySetup);
      for (const s of data.workdaySetup.statuses) this.referenceIds[s.status] = s.referenceId;
      this.error.set('');
    } catch (error) {
      this.error.set(messageOf(error));
    }
  }

  protected connect() {
    return this.run(async () => {
      const data = await this.session.api.execute(CONNECT_WORKDAY, {
        endpoint: this.endpoint,
        username: this.username,
        password: this.password,
      });
      this.password = '';
      this.secret.set(data.connectWorkday);
    });
  }

  protected saveStatuses() {
    return this.run(async () => {
      for (const { status } of STATUSES)
        await this.session.api.execute(SET_WORKDAY_STATUS, {
          status,
          referenceId: this.referenceIds[status] ?? '',
        });
    });
  }

  protected mapTest() {
    return this.run(() =>
      this.session.api.execute(SET_WORKDAY_TEST_MAPPING, {
        testId: this.testId,
        assessmentId: this.assessmentId,
      }),
    );
  }

  protected test() {
    return this.run(async () => {
      const data = await this.session.api.execute(TEST_WORKDAY_CONNECTION);
      this.testResult.set(
        data.testWorkdayConnection.ok ? 'Workday answered.' : data.testWorkdayConnection.detail,
      );
    });
  }

  protected disconnect() {
    return this.run(() => this.session.api.execute(DISCONNECT_WORKDAY));
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
