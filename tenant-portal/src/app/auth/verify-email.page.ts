import { Component, inject, type OnInit, signal } from '@angular/core';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { messageOf } from '../core/errors';
import { SessionService } from '../core/session.service';

/** Where a company owner's verification link lands: confirmed, signed in, into the company. */
@Component({
  selector: 'fp-verify-email',
  imports: [RouterLink],
  template: `
    <main class="auth-card" aria-live="polite">
      @if (error()) {
        <h1>This link does not work</h1>
        <p class="error" role="alert">{{ error() }}</p>
        <p>
          <a routerLink="/login">Sign in</a> ·
          <a routerLink="/forgot-password">Reset your password</a> (that confirms your address too)
        </p>
      } @else {
        <h1>Confirming your address…</h1>
      }
    </main>
  `,
})
export class VerifyEmailPage implements OnInit {
  private readonly session = inject(SessionService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly error = signal('');

  async ngOnInit() {
    try {
      await this.session.verifyEmail(this.route.snapshot.queryParamMap.get('token') ?? '');
      await this.router.navigateByUrl('/assessments', { replaceUrl: true });
    } catch (error) {
      this.error.set(messageOf(error));
    }
  }
}
