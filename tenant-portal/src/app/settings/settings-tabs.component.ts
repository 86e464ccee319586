import { Component } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';

/** The Settings pages' tabs. */
@Component({
  selector: 'fp-settings-tabs',
  imports: [RouterLink, RouterLinkActive],
  template: `
    <h1>Settings</h1>
    <nav aria-label="Settings" class="tabs">
      <a routerLink="/settings/api-keys" routerLinkActive="active" ariaCurrentWhenActive="page"
        >API keys</a
      >
      <a routerLink="/settings/webhooks" routerLinkActive="active" ariaCurrentWhenActive="page"
        >Webhooks</a
      >
    </nav>
  `,
  styles: `
    .tabs {
      display: flex;
      gap: 16px;
      margin-bottom: 16px;
    }
    .tabs a.active {
      font-weight: 600;
      text-decoration: underline;
    }
  `,
})
export class SettingsTabsComponent {}
