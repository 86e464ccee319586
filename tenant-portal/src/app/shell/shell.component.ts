import { Component, computed, inject } from '@angular/core';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { type Capability, ROLE_LABELS } from '../core/roles';
import { SessionService } from '../core/session.service';

interface NavItem {
  path: string;
  label: string;
  needs?: Capability;
}

const NAV: NavItem[] = [
  { path: '/assessments', label: 'Assessments' },
  { path: '/candidates', label: 'Candidates' },
  { path: '/competitions', label: 'Competitions', needs: 'manageAssessments' },
  { path: '/challenges', label: 'Challenges' },
  { path: '/team', label: 'Team', needs: 'readTeam' },
  { path: '/embed', label: 'Embed', needs: 'readEmbeds' },
  { path: '/integrations', label: 'Integrations' },
  { path: '/billing', label: 'Billing' },
  { path: '/audit', label: 'Audit log', needs: 'readAudit' },
  { path: '/mailbox', label: 'Mailbox', needs: 'readMailbox' },
  { path: '/settings', label: 'Settings', needs: 'manageApiKeys' },
];

/** The portal's frame: the company, the left navigation (per role), and the page. */
@Component({
  selector: 'fp-shell',
  imports: [RouterOutlet, RouterLink, RouterLinkActive],
  template: `
    <a class="skip" href="#main">Skip to content</a>
    <header class="topbar">
      <span class="brand">Fixpoint <span class="brand-sub">for companies</span></span>
      @if (session.memberships().length > 1) {
        <label class="tenant-picker">
          <span class="visually-hidden">Company</span>
          <select [value]="session.tenantId()" (change)="pick($event)" data-testid="tenant-picker">
            @for (m of session.memberships(); track m.tenant.id) {
              <option [value]="m.tenant.id">{{ m.tenant.name }}</option>
            }
          </select>
        </label>
      } @else {
        <span class="tenant-name" data-testid="tenant-name">{{
          session.current()?.tenant?.name
        }}</span>
      }
      <span class="spacer"></span>
      <span class="who">{{ session.user()?.displayName }} · {{ roleLabel() }}</span>
      <button type="button" class="btn btn-quiet" (click)="signOut()">Sign out</button>
    </header>
    <div class="frame">
      <nav aria-label="Portal" class="sidenav">
        <ul>
          @for (item of nav(); track item.path) {
            <li>
              <a [routerLink]="item.path" routerLinkActive="active" ariaCurrentWhenActive="page">{{
                item.label
              }}</a>
            </li>
          }
        </ul>
      </nav>
      <main id="main" class="page" tabindex="-1">
        @if (!session.current()) {
          <p class="notice">
            You are not a member of any company yet. Ask an owner for an invitation.
          </p>
        } @else {
          <router-outlet />
        }
      </main>
    </div>
  `,
})
export class ShellComponent {
  protected readonly session = inject(SessionService);
  private readonly router = inject(Router);
  protected readonly nav = computed(() =>
    NAV.filter((item) => !item.needs || this.session.can(item.needs)),
  );
  protected readonly roleLabel = computed(() => {
    const role = this.session.role();
    return role ? ROLE_LABELS[role] : '';
  });

  protected pick(event: Event) {
    this.session.chooseTenant((event.target as HTMLSelectElement).value);
    void this.router.navigateByUrl('/assessments');
  }

  protected async signOut() {
    await this.session.logOut();
    await this.router.navigateByUrl('/login');
  }
}
