/// <reference lib="dom" />
/**
 * One token refresh at a time across every tab of the browser.
 *
 * Refresh tokens rotate on every use, and the API treats a second use of the same token as
 * theft (reuse detection ends the whole sign-in, everywhere). Tabs share the refresh token in
 * localStorage, so two tabs refreshing at once would sign the user out. Each refresh therefore
 * runs under a Web Lock held across tabs; a tab that waited for the lock reads the stored token
 * again, and when another tab refreshed meanwhile it takes that tab's new sign-in (shared on a
 * BroadcastChannel) instead of refreshing again — or, if the message has not arrived yet,
 * refreshes with the new token, which is still a first use.
 */
import { isTransient } from './api-error.js';

export interface RotatedSignIn {
  refreshToken: string;
}

/** The part of the Web Locks API we use (navigator.locks). */
export interface Locks {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

export type TokenStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type RefreshOutcome<T> =
  | { kind: 'refreshed'; signIn: T }
  /** Another tab refreshed while this one waited; its sign-in, shared with this tab. */
  | { kind: 'shared'; signIn: T }
  | { kind: 'signed-out' };

export const browserLocks = (): Locks | undefined =>
  (globalThis.navigator as { locks?: Locks } | undefined)?.locks;

export class CrossTabRefresh<T extends RotatedSignIn> {
  private latest: T | null = null;
  private readonly channel: BroadcastChannel | null;

  constructor(
    private readonly storageKey: string,
    private readonly storage: TokenStorage = localStorage,
    private readonly locks: Locks | undefined = browserLocks(),
    channelName = `${storageKey}.rotated`,
  ) {
    this.channel =
      typeof BroadcastChannel === 'function' ? new BroadcastChannel(channelName) : null;
    this.channel?.addEventListener('message', (event: MessageEvent<T>) => {
      this.latest = event.data;
    });
  }

  /**
   * Refreshes with the stored token through `exchange` (which throws when the API refuses it),
   * unless another tab did while this one waited. The stored token is replaced before the lock
   * is released, so the next tab in line never sees a used one. A transient failure (no
   * answer, rate limited, the server's trouble) is thrown and the token kept: it was never
   * judged, so the next call or reload may still resume the sign-in.
   */
  async refresh(exchange: (refreshToken: string) => Promise<T>): Promise<RefreshOutcome<T>> {
    const before = this.storage.getItem(this.storageKey);
    return this.exclusively(async () => {
      const current = this.storage.getItem(this.storageKey);
      if (!current) return { kind: 'signed-out' };
      if (current !== before && this.latest?.refreshToken === current) {
        return { kind: 'shared', signIn: this.latest };
      }
      let signIn: T;
      try {
        signIn = await exchange(current);
      } catch (error) {
        if (isTransient(error)) throw error;
        // Refused: this sign-in is over (unless another tab signed in afresh meanwhile).
        if (this.storage.getItem(this.storageKey) === current) {
          this.storage.removeItem(this.storageKey);
        }
        return { kind: 'signed-out' };
      }
      this.storage.setItem(this.storageKey, signIn.refreshToken);
      this.latest = signIn;
      this.channel?.postMessage(signIn);
      return { kind: 'refreshed', signIn };
    });
  }

  close() {
    this.channel?.close();
  }

  private exclusively<R>(work: () => Promise<R>): Promise<R> {
    // Without Web Locks (an old browser, an insecure origin) tabs refresh unserialised.
    return this.locks ? this.locks.request(this.storageKey, work) : work();
  }
}
