import { Component, computed, inject, type OnInit, signal } from '@angular/core';
import { DatePipe } from '@angular/common';
import { FormsModule } from '@angular/forms';
import { messageOf } from '../core/errors';
import { ROLE_LABELS, type Role } from '../core/roles';
import { SessionService } from '../core/session.service';
import { DialogComponent } from '../ui/dialog.component';
import {
  CHANGE_MEMBER_ROLE,
  INVITE_TEAM_MEMBER,
  REMOVE_MEMBER,
  REVOKE_TEAM_INVITE,
  TEAM,
} from '../core/documents/team.graphql';
import type { TeamQuery } from '../core/generated/graphql';

type Member = TeamQuery['teamMembers'][number];
type Invite = TeamQuery['teamInvites'][number];

const ROLES = Object.keys(ROLE_LABELS) as Role[];

@Component({
  selector: 'fp-team',
  imports: [FormsModule, DatePipe, DialogComponent],
  template: `
    <h1>Team</h1>
    @if (error()) {
      <p class="error" role="alert">{{ error() }}</p>
    }
    @if (canManage()) {
      <section class="card" aria-labelledby="invite-member">
        <h2 id="invite-member">Invite a team member</h2>
        <form class="inline-form" (ngSubmit)="invite()">
          <label
            >Email
            <input
              name="email"
              type="email"
              required
              [(ngModel)]="email"
              data-testid="team-invite-email"
          /></label>
          <label
            >Role
            <select name="role" [(ngModel)]="role" data-testid="team-invite-role">
              @for (r of roles; track r) {
                <option [value]="r">{{ label(r) }}</option>
              }
            </select>
          </label>
          <button class="btn btn-primary" type="submit" [disabled]="busy()">Send invitation</button>
        </form>
        @if (message()) {
          <p class="success" role="status">{{ message() }}</p>
        }
      </section>
    }
    <section aria-labelledby="members">
      <h2 id="members">Members</h2>
      <table class="table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Since</th>
            @if (canManage()) {
              <th scope="col">Actions</th>
            }
          </tr>
        </thead>
        <tbody>
          @for (m of members(); track m.id) {
            <tr>
              <td>{{ m.displayName }}</td>
              <td>{{ m.email }}</td>
              <td>
                @if (canManage()) {
                  <select
                    [attr.aria-label]="'Role of ' + m.displayName"
                    [value]="m.role"
                    (change)="changeRole(m, $event)"
                  >
                    @for (r of roles; track r) {
                      <option [value]="r">{{ label(r) }}</option>
                    }
                  </select>
                } @else {
                  {{ label(m.role) }}
                }
              </td>
              <td>{{ m.createdAt | date: 'mediumDate' }}</td>
              @if (canManage()) {
                <td>
                  <button
                    type="button"
                    class="btn btn-quiet"
                    (click)="removing.set(m)"
                    [attr.aria-label]="'Remove ' + m.displayName"
                  >
                    Remove
                  </button>
                </td>
              }
            </tr>
          }
        </tbody>
      </table>
    </section>
    <section aria-labelledby="pending">
      <h2 id="pending">Invitations</h2>
      @if (invites().length === 0) {
        <p class="empty">No invitations.</p>
      } @else {
        <table class="table">
          <thead>
            <tr>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">Status</th>
              <th scope="col">Expires</th>
              @if (canManage()) {
                <th scope="col">Actions</th>
              }
            </tr>
          </thead>
          <tbody>
            @for (i of invites(); track i.id) {
              <tr>
                <td>{{ i.email }}</td>
                <td>{{ label(i.role) }}</td>
                <td>{{ i.status }}</td>
                <td>{{ i.expiresAt | date: 'mediumDate' }}</td>
                @if (canManage()) {
                  <td>
                    @if (i.status === 'pending') {
                      <button type="button" class="btn btn-quiet" (click)="revoke(i)">
                        Revoke
                      </button>
                    }
                  </td>
                }
              </tr>
            }
          </tbody>
        </table>
      }
    </section>
    <fp-dialog
      [heading]="'Remove ' + (removing()?.displayName ?? '') + ' from the company?'"
      confirmLabel="Remove"
      [destructive]="true"
      [open]="removing() !== null"
      [busy]="busy()"
      (confirmed)="remove()"
      (cancelled)="removing.set(null)"
    >
      <p>They lose access to this company's assessments and reports at once.</p>
    </fp-dialog>
  `,
})
export class TeamPage implements OnInit {
  private readonly session = inject(SessionService);
  protected readonly roles = ROLES;
  protected readonly label = (r: Role) => ROLE_LABELS[r];
  protected readonly members = signal<Member[]>([]);
  protected readonly invites = signal<Invite[]>([]);
  protected readonly error = signal('');
  protected readonly message = signal('');
  protected readonly busy = signal(false);
  /** The member the "Remove …?" dialog asks about. */
  protected readonly removing = signal<Member | null>(null);
  protected readonly canManage = computed(() => this.session.can('manageTeam'));
  protected email = '';
  protected role: Role = 'recruiter';

  ngOnInit() {
    return this.load();
  }

  private async load() {
    try {
      const data = await this.session.api.execute(TEAM);
      this.members.set(data.teamMembers);
      this.invites.set(data.teamInvites);
    } catch (error) {
      this.error.set(messageOf(error));
    }
  }

  protected invite() {
    return this.run(async () => {
      await this.session.api.execute(INVITE_TEAM_MEMBER, { email: this.email, role: this.role });
      this.message.set(`Invitation sent to ${this.email}.`);
      this.email = '';
    });
  }

  protected changeRole(member: Member, event: Event) {
    const role = (event.target as HTMLSelectElement).value as Role;
    return this.run(() =>
      this.session.api.execute(CHANGE_MEMBER_ROLE, { membershipId: member.id, role }),
    );
  }

  protected remove() {
    const member = this.removing();
    if (!member) return;
    this.removing.set(null);
    return this.run(() => this.session.api.execute(REMOVE_MEMBER, { membershipId: member.id }));
  }

  protected revoke(invite: Invite) {
    return this.run(() => this.session.api.execute(REVOKE_TEAM_INVITE, { id: invite.id }));
  }

  private async run(work: () => Promise<unknown>) {
    this.busy.set(true);
    this.error.set('');
    try {
      await work();
    } catch (error) {
      this.error.set(messageOf(error));
    } finally {
      this.busy.set(false);
      await this.load();
    }
  }
}
