import type { AppConfig } from '../config/config.schema';
import { AccountApp } from './dto/account.types';

export type AccountPage = 'verify-email' | 'reset-password' | 'forgot-password' | 'login';

/** A page of the learner app or the portal, with a link token when it takes one. */
export function accountLink(
  config: Pick<AppConfig, 'WEB_URL' | 'PORTAL_URL'>,
  app: AccountApp,
  page: AccountPage,
  token?: string,
): string {
  const base = app === AccountApp.PORTAL ? config.PORTAL_URL : config.WEB_URL;
  const url = new URL(`/${page}`, base);
  if (token) url.searchParams.set('token', token);
  return url.toString();
}
