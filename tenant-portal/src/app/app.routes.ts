import { inject } from '@angular/core';
import { type CanActivateFn, Router, type Routes } from '@angular/router';
import { SessionService } from './core/session.service';

/** Signed-in pages: restore the sign-in from the refresh token, or go to log in. */
const signedIn: CanActivateFn = async (_route, state) => {
  const session = inject(SessionService);
  if (await session.restore()) return true;
  return inject(Router).createUrlTree(['/login'], { queryParams: { next: state.url } });
};

export const routes: Routes = [
  { path: 'login', loadComponent: () => import('./auth/login.page').then((m) => m.LoginPage) },
  { path: 'signup', loadComponent: () => import('./auth/signup.page').then((m) => m.SignupPage) },
  { path: 'join', loadComponent: () => import('./auth/join.page').then((m) => m.JoinPage) },
  {
    path: 'verify-email',
    loadComponent: () => import('./auth/verify-email.page').then((m) => m.VerifyEmailPage),
  },
  {
    path: 'forgot-password',
    loadComponent: () => import('./auth/forgot-password.page').then((m) => m.ForgotPasswordPage),
  },
  {
    path: 'reset-password',
    loadComponent: () => import('./auth/reset-password.page').then((m) => m.ResetPasswordPage),
  },
  {
    path: '',
    canActivate: [signedIn],
    loadComponent: () => import('./shell/shell.component').then((m) => m.ShellComponent),
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'assessments' },
      {
        path: 'assessments',
        loadComponent: () =>
          import('./assessments/assessments.page').then((m) => m.AssessmentsPage),
      },
      {
        path: 'assessments/new',
        loadComponent: () =>
          import('./assessments/assessment-form.page').then((m) => m.AssessmentFormPage),
      },
      {
        path: 'assessments/:id/edit',
        loadComponent: () =>
          import('./assessments/assessment-form.page').then((m) => m.AssessmentFormPage),
      },
      {
        path: 'assessments/:id',
        loadComponent: () =>
          import('./assessments/assessment-detail.page').then((m) => m.AssessmentDetailPage),
      },
      {
        path: 'competitions',
        loadComponent: () =>
          import('./competitions/competitions.page').then((m) => m.CompetitionsPage),
      },
      {
        path: 'competitions/:id',
        loadComponent: () =>
          import('./competitions/competition.page').then((m) => m.CompetitionPage),
      },
      {
        path: 'candidates',
        loadComponent: () => import('./candidates/candidates.page').then((m) => m.CandidatesPage),
      },
      {
        path: 'reports/:inviteId',
        loadComponent: () => import('./reports/report.page').then((m) => m.ReportPage),
      },
      {
        path: 'challenges',
        loadComponent: () => import('./challenges/challenges.page').then((m) => m.ChallengesPage),
      },
      { path: 'team', loadComponent: () => import('./team/team.page').then((m) => m.TeamPage) },
      {
        path: 'mailbox',
        loadComponent: () => import('./mailbox/mailbox.page').then((m) => m.MailboxPage),
      },
      { path: 'audit', loadComponent: () => import('./audit/audit.page').then((m) => m.AuditPage) },
      { path: 'embed', loadComponent: () => import('./embed/embed.page').then((m) => m.EmbedPage) },
      // Settings (ATS API keys and webhooks: owners and admins).
      { path: 'settings', pathMatch: 'full', redirectTo: 'settings/api-keys' },
      {
        path: 'settings/api-keys',
        loadComponent: () => import('./settings/api-keys.page').then((m) => m.ApiKeysPage),
      },
      {
        path: 'settings/webhooks',
        loadComponent: () => import('./settings/webhooks.page').then((m) => m.WebhooksPage),
      },
      {
        path: 'integrations',
        loadComponent: () =>
          import('./integrations/integrations.page').then((m) => m.IntegrationsPage),
      },
      {
        path: 'billing',
        data: { title: 'Billing' },
        loadComponent: () => import('./placeholder/coming-soon.page').then((m) => m.ComingSoonPage),
      },
    ],
  },
  { path: '**', redirectTo: '' },
];
