import { Component, inject, type OnInit, signal } from '@angular/core';
import { DatePipe, JsonPipe } from '@angular/common';
import { messageOf } from '../core/errors';
import { SessionService } from '../core/session.service';
import { AUDIT_LOG } from '../core/documents/pages.graphql';
import type { AuditLogQuery } from '../core/generated/graphql';

type Entry = AuditLogQuery['auditLog'][number];

@Component({
  selector: 'fp-audit',
  imports: [DatePipe, JsonPipe],
  template: `
    <h1>Audit log</h1>
    @if (error()) {
      <p class="error" role="alert">{{ error() }}</p>
    }
    @if (entries() === null) {
      <p role="status">Loading…</p>
    } @else {
      <table class="table">
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">Action</th>
            <th scope="col">Target</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          @for (e of entries(); track e.id) {
            <tr>
              <td>{{ e.createdAt | date: 'medium' }}</td>
              <td>{{ e.actor ?? 'system' }}</td>
              <td>
                <code>{{ e.action }}</code>
              </td>
              <td>{{ e.targetType }}</td>
              <td>
                <code class="small">{{ e.data | json }}</code>
              </td>
            </tr>
          }
        </tbody>
      </table>
    }
  `,
})
export class AuditPage implements OnInit {
  private readonly session = inject(SessionService);
  protected readonly entries = signal<Entry[] | null>(null);
  protected readonly error = signal('');

  async ngOnInit() {
    try {
      const data = await this.session.api.execute(AUDIT_LOG);
      this.entries.set(data.auditLog);
    } catch (error) {
      this.error.set(messageOf(error));
    }
  }
}
