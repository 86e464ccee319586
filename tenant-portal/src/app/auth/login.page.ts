import { Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { messageOf } from '../core/errors';
import { SessionService } from '../core/session.service';

@Component({
  selector: 'fp-login',
  imports: [FormsModule, RouterLink],
  template: `
    <main class="auth-card">
      <h1>Sign in to Fixpoint</h1>
      <form (ngSubmit)="submit()">
        <label
          >Email <input name="email" type="email" autocomplete="email" required [(ngModel)]="email"
        /></label>
        <label
          >Password
          <input
            name="password"
            type="password"
            autocomplete="current-password"
            required
            [(ngModel)]="password"
        /></label>
        @if (error()) {
          <p class="error" role="alert">{{ error() }}</p>
        }
        <button class="btn btn-primary" type="submit" [disabled]="busy()">Sign in</button>
      </form>
      <p><a routerLink="/forgot-password">Forgot your password?</a></p>
      <p>New to Fixpoint? <a routerLink="/signup">Create your company's account</a></p>
    </main>
  `,
})
export class LoginPage {
  private readonly session = inject(SessionService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected email = '';
  protected password = '';
  protected readonly error = signal('');
  protected readonly busy = signal(false);

  protected async submit() {
    this.busy.set(true);
    this.error.set('');
    try {
      await this.session.logIn(this.email, this.password);
      await this.router.navigateByUrl(
        this.route.snapshot.queryParamMap.get('next') ?? '/assessments',
      );
    } catch (error) {
      this.error.set(messageOf(error));
    } finally {
      this.busy.set(false);
    }
  }
}
