import { Component, inject, type OnInit, signal } from '@angular/core';
import { DatePipe } from '@angular/common';
import { messageOf } from '../core/errors';
import { SessionService } from '../core/session.service';
import { MAILBOX } from '../core/documents/pages.graphql';
import type { MailboxQuery } from '../core/generated/graphql';

type Mail = MailboxQuery['mailbox'][number];

/** The local mailer's outbox: what was "sent" (nothing leaves this machine). */
@Component({
  selector: 'fp-mailbox',
  imports: [DatePipe],
  template: `
    <div class="page-head">
      <h1>Mailbox</h1>
      <button type="button" class="btn" (click)="load()">Refresh</button>
    </div>
    <p class="hint">
      The local mailer keeps every message your company sent here instead of emailing it.
    </p>
    @if (error()) {
      <p class="error" role="alert">{{ error() }}</p>
    }
    @if (mails() === null) {
      <p role="status">Loading…</p>
    } @else if (mails()!.length === 0) {
      <p class="empty">No mail yet.</p>
    }
    @for (m of mails(); track m.id) {
      <article class="card mail" data-testid="mail">
        <h2 class="mail-subject">{{ m.subject }}</h2>
        <p class="meta">
          To <span data-testid="mail-to">{{ m.to }}</span> · {{ m.createdAt | date: 'medium' }}
        </p>
        <pre class="mail-body">{{ m.text }}</pre>
        @for (link of m.links; track link) {
          <p>
            <a [href]="link" data-testid="mail-link">Open link</a>
            <span class="hint">{{ link }}</span>
          </p>
        }
      </article>
    }
  `,
})
export class MailboxPage implements OnInit {
  private readonly session = inject(SessionService);
  protected readonly mails = signal<Mail[] | null>(null);
  protected readonly error = signal('');

  ngOnInit() {
    return this.load();
  }

  protected async load() {
    try {
      const data = await this.session.api.execute(MAILBOX);
      this.mails.set(data.mailbox);
    } catch (error) {
      this.error.set(messageOf(error));
    }
  }
}
