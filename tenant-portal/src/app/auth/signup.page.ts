import { Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { messageOf } from '../core/errors';
import { type AccountMailSent, SessionService } from '../core/session.service';

@Component({
  selector: 'fp-signup',
  imports: [FormsModule, RouterLink],
  template: `
    @if (sent(); as sent) {
      <main class="auth-card" role="status">
        <h1>Check your e-mail</h1>
        <p>
          We sent a message to <strong>{{ sent.email }}</strong>. Open its link to confirm your
          address and sign in to your company.
        </p>
        <p class="hint">Nothing after a few minutes? Look in your spam folder.</p>
        <p><a routerLink="/login">Back to sign in</a></p>
      </main>
    } @else {
      <main class="auth-card">
        <h1>Hire with real debugging</h1>
        <p>Create your company's account. You will be its owner and can invite your team.</p>
        <form (ngSubmit)="submit()">
          <label
            >Company name
            <input name="companyName" required maxlength="200" [(ngModel)]="companyName"
          /></label>
          <label
            >Your name
            <input
              name="displayName"
              autocomplete="name"
              required
              maxlength="100"
              [(ngModel)]="displayName"
          /></label>
          <label
            >Work email
            <input name="email" type="email" autocomplete="email" required [(ngModel)]="email"
          /></label>
          <label
            >Password <span class="hint">(at least 10 characters)</span>
            <input
              name="password"
              type="password"
              autocomplete="new-password"
              required
              minlength="10"
              [(ngModel)]="password"
            />
          </label>
          @if (error()) {
            <p class="error" role="alert">{{ error() }}</p>
          }
          <button class="btn btn-primary" type="submit" [disabled]="busy()">
            Create company account
          </button>
        </form>
        <p>Already on Fixpoint? <a routerLink="/login">Sign in</a></p>
      </main>
    }
  `,
})
export class SignupPage {
  private readonly session = inject(SessionService);
  protected companyName = '';
  protected displayName = '';
  protected email = '';
  protected password = '';
  protected readonly error = signal('');
  protected readonly busy = signal(false);
  protected readonly sent = signal<AccountMailSent | null>(null);

  protected async submit() {
    this.busy.set(true);
    this.error.set('');
    try {
      // The same answer whether or not the address has an account: the mail says which.
      this.sent.set(
        await this.session.signUpCompany({
          companyName: this.companyName,
          displayName: this.displayName,
          email: this.email,
          password: this.password,
        }),
      );
    } catch (error) {
      this.error.set(messageOf(error));
    } finally {
      this.busy.set(false);
    }
  }
}
