import { Component, inject, type OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';
import { messageOf } from '../core/errors';
import { ROLE_LABELS, type Role } from '../core/roles';
import { SessionService } from '../core/session.service';
import { TEAM_INVITE_PREVIEW } from '../core/documents/team.graphql';
import type { TeamInvitePreviewQuery } from '../core/generated/graphql';

type Preview = TeamInvitePreviewQuery['teamInvite'];

/** The team invitation link: join with your existing account or create one. */
@Component({
  selector: 'fp-join',
  imports: [FormsModule],
  template: `
    <main class="auth-card">
      @if (preview(); as p) {
        <h1>Join {{ p.tenantName }}</h1>
        <p>
          You were invited as <strong>{{ roleLabel(p.role) }}</strong> with {{ p.email }}.
        </p>
        <form (ngSubmit)="submit(p)">
          @if (!p.accountExists) {
            <label
              >Your name
              <input name="displayName" autocomplete="name" required [(ngModel)]="displayName"
            /></label>
            <label
              >Choose a password <span class="hint">(at least 10 characters)</span>
              <input
                name="password"
                type="password"
                autocomplete="new-password"
                required
                minlength="10"
                [(ngModel)]="password"
              />
            </label>
          } @else {
            <label
              >Your Fixpoint password
              <input
                name="password"
                type="password"
                autocomplete="current-password"
                required
                [(ngModel)]="password"
              />
            </label>
          }
          @if (error()) {
            <p class="error" role="alert">{{ error() }}</p>
          }
          <button class="btn btn-primary" type="submit" [disabled]="busy()">
            Join {{ p.tenantName }}
          </button>
        </form>
      } @else if (error()) {
        <h1>This invitation cannot be used</h1>
        <p class="error" role="alert">{{ error() }}</p>
      } @else {
        <p role="status">Checking your invitation…</p>
      }
    </main>
  `,
})
export class JoinPage implements OnInit {
  private readonly session = inject(SessionService);
  private readonly router = inject(Router);
  private readonly token = inject(ActivatedRoute).snapshot.queryParamMap.get('token') ?? '';
  protected readonly preview = signal<Preview | null>(null);
  protected readonly error = signal('');
  protected readonly busy = signal(false);
  protected displayName = '';
  protected password = '';
  protected readonly roleLabel = (role: Role) => ROLE_LABELS[role];

  async ngOnInit() {
    try {
      const data = await this.session.api.execute(TEAM_INVITE_PREVIEW, { token: this.token });
      this.preview.set(data.teamInvite);
    } catch (error) {
      this.error.set(messageOf(error));
    }
  }

  protected async submit(preview: Preview) {
    this.busy.set(true);
    this.error.set('');
    try {
      await this.session.acceptInvite({
        token: this.token,
        displayName: preview.accountExists ? null : this.displayName,
        password: this.password,
      });
      await this.router.navigateByUrl('/assessments');
    } catch (error) {
      this.error.set(messageOf(error));
    } finally {
      this.busy.set(false);
    }
  }
}
