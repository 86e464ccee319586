import { Component, inject, input, type OnInit, signal } from '@angular/core';
import { DatePipe } from '@angular/common';
import { messageOf } from '../core/errors';
import { SessionService } from '../core/session.service';
import { ATS_PARTNER_CALLS } from '../core/documents/integrations.graphql';
import type { AtsPartnerCallsQuery } from '../core/generated/graphql';

type Call = AtsPartnerCallsQuery['atsPartnerCalls'][number];

/**
 * One ATS's partner call log: the calls it made to us (Greenhouse's partner API, Lever's
 * stage-change deliveries, Workday's orders) once authenticated, newest first, with our answer.
 */
@Component({
  selector: 'fp-ats-partner-calls',
  imports: [DatePipe],
  template: `
    @if (error()) {
      <p class="error" role="alert">{{ error() }}</p>
    }
    @if (calls().length === 0) {
      <p class="empty">{{ name() }} has not called yet.</p>
    } @else {
      <table class="table" [attr.aria-label]="'Calls from ' + name()">
        <thead>
          <tr>
            <th>When</th>
            <th>Call</th>
            <th>Our answer</th>
          </tr>
        </thead>
        <tbody>
          @for (c of calls(); track c.id) {
            <tr [attr.data-testid]="ats() + '-call'">
              <td>{{ c.createdAt | date: 'medium' }}</td>
              <td>
                <code>{{ c.operation }}</code>
              </td>
              <td [attr.data-ok]="c.status < 400">{{ c.status }}</td>
            </tr>
          }
        </tbody>
      </table>
    }
    <button type="button" class="btn" (click)="load()">Reload {{ name() }} calls</button>
  `,
})
export class AtsPartnerCallsComponent implements OnInit {
  private readonly session = inject(SessionService);
  /** The ATS as the API names it: greenhouse, lever, workday. */
  readonly ats = input.required<string>();
  readonly name = input.required<string>();
  protected readonly calls = signal<Call[]>([]);
  protected readonly error = signal('');

  ngOnInit() {
    return this.load();
  }

  async load() {
    try {
      const data = await this.session.api.execute(ATS_PARTNER_CALLS, { ats: this.ats() });
      this.calls.set(data.atsPartnerCalls);
      this.error.set('');
    } catch (error) {
      this.error.set(messageOf(error));
    }
  }
}
