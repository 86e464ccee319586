import { Inject, Injectable } from '@nestjs/common';
import { checkOutboundUrl, guardedFetch } from '@fixpoint/connector-core';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { AtsProblem } from './ats-problem';

/**
 * Calls to URLs a tenant or an ATS chose: webhook endpoints, Greenhouse's callback URLs, a
 * customer's Workday endpoint. Such a URL must lead to a public host, or anyone with an API
 * key could make the platform call its own network (PostgreSQL's neighbours, the cloud's
 * metadata service at 169.254.169.254). Checked when the URL is given, and again at every
 * call, where the name is resolved and each address checked by the connecting socket
 * (connectors/core's guarded fetch). WEBHOOK_ALLOW_PRIVATE_HOSTS=loopback (development and
 * tests only) lets local receivers on loopback in.
 */
@Injectable()
export class OutboundHttp {
  /** fetch that refuses non-public addresses and never follows a redirect. */
  readonly fetch: typeof fetch;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.fetch = guardedFetch(config.WEBHOOK_ALLOW_PRIVATE_HOSTS);
  }

  /**
   * The check when a URL is given: a 400 problem naming the field (`pointer`) otherwise, with
   * code URL_NOT_PUBLIC (a private, loopback, link-local, multicast or reserved host) or
   * URL_INVALID (not http(s), or a user name or password in it).
   */
  assertPublic(url: string, pointer: string): void {
    const checked = checkOutboundUrl(url, this.config.WEBHOOK_ALLOW_PRIVATE_HOSTS);
    if (checked.ok) return;
    throw new AtsProblem(400, checked.code, `${pointer.slice(1) || 'url'} ${checked.detail}.`, {
      errors: [{ pointer, detail: checked.detail }],
    });
  }
}
