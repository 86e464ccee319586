import { computed, Injectable, signal } from '@angular/core';
import { CrossTabRefresh, send } from '@fixpoint/contracts/client';
import type { AcceptTeamInviteInput, CompanySignUpInput } from './generated/graphql';
import { GraphqlClient, type TokenStore } from './graphql-client';
import { allows, type RoleTable, toRoleTable } from './role-table';
import type { Capability, Role } from './roles';
import {
  ACCEPT_TEAM_INVITE,
  LOG_IN,
  LOG_OUT,
  MY_TENANTS,
  REFRESH,
  REQUEST_PASSWORD_RESET,
  RESET_PASSWORD,
  ROLE_CAPABILITIES,
  SIGN_UP_COMPANY,
  VERIFY_EMAIL,
} from './session.graphql';

export interface AuthPayload {
  accessToken: string;
  refreshToken: string;
  user: { id: string; email: string; displayName: string };
}
export interface AccountMailSent {
  email: string;
  message: string;
}
export interface Membership {
  tenant: { id: string; slug: string; name: string };
  role: Role;
}

const REFRESH_KEY = 'fixpoint.portal.refresh';
const TENANT_KEY = 'fixpoint.portal.tenant';

/**
 * Who is signed in to the portal and as which company. The access token stays in memory; the
 * refresh token in localStorage so a reload keeps the sign-in (it rotates on every use).
 */
@Injectable({ providedIn: 'root' })
export class SessionService implements TokenStore {
  private readonly token = signal<string | null>(null);
  readonly user = signal<AuthPayload['user'] | null>(null);
  readonly memberships = signal<Membership[]>([]);
  readonly tenantIdSignal = signal<string | null>(localStorage.getItem(TENANT_KEY));
  readonly current = computed(
    () => this.memberships().find((m) => m.tenant.id === this.tenantIdSignal()) ?? null,
  );
  readonly role = computed<Role | null>(() => this.current()?.role ?? null);
  /** The API's role table (`roleCapabilities`), loaded with the memberships. */
  readonly roleTable = signal<RoleTable>(new Map());
  readonly api = new GraphqlClient(this);
  private readonly rotation = new CrossTabRefresh<AuthPayload>(REFRESH_KEY);

  accessToken() {
    return this.token();
  }

  tenantId() {
    return this.tenantIdSignal();
  }

  canRefresh() {
    return localStorage.getItem(REFRESH_KEY) !== null;
  }

  /** Restores a sign-in from the stored refresh token; false when there is none or it ended. */
  async restore(): Promise<boolean> {
    if (this.user()) return true;
    if (!(await this.refresh())) return false;
    await this.loadMemberships();
    return true;
  }

  /** A new access token from the refresh token, one tab at a time (see CrossTabRefresh). */
  async refresh(): Promise<boolean> {
    const outcome = await this.rotation.refresh(
      async (refreshToken) => (await send(this.api.anonymous(), REFRESH, { refreshToken })).refresh,
    );
    if (outcome.kind === 'signed-out') return false;
    this.accept(outcome.signIn);
    return true;
  }

  async logIn(email: string, password: string) {
    const data = await this.api.execute(LOG_IN, { input: { email, password } });
    this.accept(data.logIn);
    await this.loadMemberships();
  }

  /** Company sign-up: "check your e-mail" whether or not the address is taken; no sign-in yet. */
  async signUpCompany(input: CompanySignUpInput): Promise<AccountMailSent> {
    const data = await this.api.execute(SIGN_UP_COMPANY, { input });
    return data.signUpCompany;
  }

  /** A verification link: the address is confirmed and the owner signed in to its company. */
  async verifyEmail(token: string) {
    const data = await this.api.execute(VERIFY_EMAIL, { token });
    this.accept(data.verifyEmail);
    await this.loadMemberships();
  }

  /** Mails a reset link to the address if it has an account; the answer never says. */
  async requestPasswordReset(email: string): Promise<AccountMailSent> {
    const data = await this.api.execute(REQUEST_PASSWORD_RESET, { email });
    return data.requestPasswordReset;
  }

  /** A new password from a reset link: every other sign-in ends, this one starts. */
  async resetPassword(token: string, password: string) {
    const data = await this.api.execute(RESET_PASSWORD, { input: { token, password } });
    this.accept(data.resetPassword);
    await this.loadMemberships();
  }

  async acceptInvite(input: AcceptTeamInviteInput) {
    const data = await this.api.execute(ACCEPT_TEAM_INVITE, { input });
    this.accept(data.acceptTeamInvite.auth);
    this.chooseTenant(data.acceptTeamInvite.tenant.id);
    await this.loadMemberships();
  }

  /** May the current role do this? Read from the API's role table; reactive in computed(). */
  can(capability: Capability): boolean {
    return allows(this.roleTable(), this.role(), capability);
  }

  async loadMemberships() {
    const [data, table] = await Promise.all([
      this.api.execute(MY_TENANTS),
      this.roleTable().size ? null : this.api.execute(ROLE_CAPABILITIES).then(toRoleTable),
    ]);
    if (table) this.roleTable.set(table);
    this.memberships.set(data.myTenants);
    if (!data.myTenants.some((m) => m.tenant.id === this.tenantIdSignal())) {
      this.chooseTenant(data.myTenants[0]?.tenant.id ?? null);
    }
  }

  chooseTenant(id: string | null) {
    this.tenantIdSignal.set(id);
    if (id) localStorage.setItem(TENANT_KEY, id);
    else localStorage.removeItem(TENANT_KEY);
  }

  async logOut() {
    const refreshToken = localStorage.getItem(REFRESH_KEY);
    if (refreshToken) {
      await send(this.api.anonymous(), LOG_OUT, { refreshToken }).catch(() => undefined);
    }
    localStorage.removeItem(REFRESH_KEY);
    this.token.set(null);
    this.user.set(null);
    this.memberships.set([]);
  }

  private accept(payload: AuthPayload) {
    this.token.set(payload.accessToken);
    this.user.set(payload.user);
    localStorage.setItem(REFRESH_KEY, payload.refreshToken);
  }
}
