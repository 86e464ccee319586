import { Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { messageOf } from '../core/errors';
import { SessionService } from '../core/session.service';

/** Where a staff member's reset link lands: a new password; every other sign-in ends. */
@Component({
  selector: 'fp-reset-password',
  imports: [FormsModule, RouterLink],
  template: `
    <main class="auth-card">
      <h1>Choose a new password</h1>
      <p>Every device signed in to your account is signed out when you save it.</p>
      <form (ngSubmit)="submit()">
        <label
          >New password <span class="hint">(at least 10 characters)</span>
          <input
            name="password"
            type="password"
            autocomplete="new-password"
            required
            minlength="10"
            [(ngModel)]="password"
        /></label>
        @if (error()) {
          <p class="error" role="alert">{{ error() }}</p>
        }
        <button class="btn btn-primary" type="submit" [disabled]="busy()">
          Save the new password
        </button>
      </form>
      <p>Link expired? <a routerLink="/forgot-password">Ask for a new one</a></p>
    </main>
  `,
})
export class ResetPasswordPage {
  private readonly session = inject(SessionService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected password = '';
  protected readonly error = signal('');
  protected readonly busy = signal(false);

  protected async submit() {
    this.busy.set(true);
    this.error.set('');
    try {
      await this.session.resetPassword(
        this.route.snapshot.queryParamMap.get('token') ?? '',
        this.password,
      );
      await this.router.navigateByUrl('/assessments', { replaceUrl: true });
    } catch (error) {
      this.error.set(messageOf(error));
    } finally {
      this.busy.set(false);
    }
  }
}
