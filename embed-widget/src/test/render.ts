// Puts a <fixpoint-challenge> on the page and reads it as a user would, through its shadow root.
import { screen, waitFor, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import '../fixpoint-embed.js';
import type { FixpointChallenge } from '../challenge/challenge.component.js';
import { API, KEY, SLUG } from './fake-widget-api.js';

export interface RenderOptions {
  key?: string;
  theme?: string;
  /** Wait for the challenge title and the editor to be there. */
  ready?: boolean;
}

export async function renderWidget(options: RenderOptions = {}) {
  const el = document.createElement('fixpoint-challenge') as FixpointChallenge;
  el.setAttribute('publishable-key', options.key ?? KEY);
  el.setAttribute('challenge', SLUG);
  el.setAttribute('api-base', API);
  if (options.theme) el.setAttribute('theme', options.theme);
  const events: { type: string; detail: unknown }[] = [];
  for (const type of ['fixpoint-ready', 'fixpoint-run', 'fixpoint-submit', 'fixpoint-error'])
    el.addEventListener(type, (e) => events.push({ type, detail: (e as CustomEvent).detail }));
  document.body.append(el);
  await el.updateComplete;
  const view = within(el.shadowRoot as unknown as HTMLElement);
  if (options.ready !== false) {
    await view.findByRole('heading', { name: 'Version compare returns NaN' });
    await waitFor(() => view.getByRole('textbox', { name: /code editor/ }));
  }
  const user = userEvent.setup({ document });
  return { el, view, user, events, screen };
}
