import { Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { messageOf } from '../core/errors';
import { type AccountMailSent, SessionService } from '../core/session.service';

@Component({
  selector: 'fp-forgot-password',
  imports: [FormsModule, RouterLink],
  template: `
    <main class="auth-card">
      @if (sent(); as sent) {
        <h1>Check your e-mail</h1>
        <p role="status">
          If <strong>{{ sent.email }}</strong> has a Fixpoint account, a link to choose a new
          password is on its way. It works once, for one hour.
        </p>
      } @else {
        <h1>Forgot your password?</h1>
        <p>Enter your work address and we will mail you a link to choose a new one.</p>
        <form (ngSubmit)="submit()">
          <label
            >Email
            <input name="email" type="email" autocomplete="email" required [(ngModel)]="email"
          /></label>
          @if (error()) {
            <p class="error" role="alert">{{ error() }}</p>
          }
          <button class="btn btn-primary" type="submit" [disabled]="busy()">Send me a link</button>
        </form>
      }
      <p><a routerLink="/login">Back to sign in</a></p>
    </main>
  `,
})
export class ForgotPasswordPage {
  private readonly session = inject(SessionService);
  protected email = '';
  protected readonly error = signal('');
  protected readonly busy = signal(false);
  protected readonly sent = signal<AccountMailSent | null>(null);

  protected async submit() {
    this.busy.set(true);
    this.error.set('');
    try {
      this.sent.set(await this.session.requestPasswordReset(this.email));
    } catch (error) {
      this.error.set(messageOf(error));
    } finally {
      this.busy.set(false);
    }
  }
}
