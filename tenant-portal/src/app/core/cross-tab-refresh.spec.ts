import fc from 'fast-check';
// The shared client core's cross-tab refresh, as the portal's tabs use it.
import { ApiError, CrossTabRefresh, type Locks } from '@fixpoint/contracts/client';

/** localStorage as tabs of one origin share it. */
class SharedStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

/**
 * The API's rule for refresh tokens: each is good once; a second use of any token of the
 * family ends the family (reuse detection), so every later refresh is refused too.
 */
class RotatingTokens {
  private next = 1;
  private readonly live = new Set<string>();
  private readonly used = new Set<string>();
  revoked = false;
  exchanges = 0;

  issue() {
    const token = `refresh-${this.next++}`;
    this.live.add(token);
    return token;
  }

  exchange = async (token: string) => {
    this.exchanges += 1;
    await new Promise((resolve) => setTimeout(resolve, 5)); // the API call takes time
    if (this.used.has(token)) this.revoked = true;
    if (this.revoked || !this.live.has(token)) throw new Error('UNAUTHENTICATED');
    this.used.add(token);
    this.live.delete(token);
    return { refreshToken: this.issue(), accessToken: `access-${this.next}` };
  };
}

const KEY = 'fixpoint.portal.refresh';
const webLocks = (navigator as unknown as { locks: Locks }).locks;
let channel = 0;

function tabs(count: number, storage: Storage, locks: Locks | undefined) {
  const name = `test-${Math.random().toString(36).slice(2)}-${channel++}`;
  return Array.from(
    { length: count },
    () =>
      new CrossTabRefresh<{ refreshToken: string; accessToken: string }>(KEY, storage, locks, name),
  );
}

describe('token refresh across portal tabs', () => {
  it('keeps every tab signed in when they all refresh at once, using no token twice', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 2, max: 6 }), async (count) => {
        const api = new RotatingTokens();
        const storage = new SharedStorage();
        storage.setItem(KEY, api.issue());
        const open = tabs(count, storage, webLocks);
        try {
          const outcomes = await Promise.all(open.map((tab) => tab.refresh(api.exchange)));
          expect(outcomes.map((o) => o.kind)).not.toContain('signed-out');
          expect(api.revoked).toBe(false);
          // The token left behind still works: the next refresh, in any tab, succeeds.
          expect((await open[0].refresh(api.exchange)).kind).toBe('refreshed');
        } finally {
          for (const tab of open) tab.close();
        }
      }),
      { numRuns: 15 },
    );
  });

  it("takes the other tab's new sign-in instead of refreshing again when it has arrived", async () => {
    const api = new RotatingTokens();
    const storage = new SharedStorage();
    storage.setItem(KEY, api.issue());
    const [first, second] = tabs(2, storage, webLocks);
    try {
      const [a, b] = await Promise.all([first.refresh(api.exchange), second.refresh(api.exchange)]);
      expect(a.kind).toBe('refreshed');
      // The second either took the shared sign-in or refreshed with the new token; never reuse.
      expect(['shared', 'refreshed']).toContain(b.kind);
      if (b.kind === 'shared') expect(api.exchanges).toBe(1);
      const latest = b.kind === 'signed-out' ? null : b.signIn.refreshToken;
      expect(storage.getItem(KEY)).toBe(latest);
    } finally {
      first.close();
      second.close();
    }
  });

  it('signs out and forgets the token when the API refuses it', async () => {
    const api = new RotatingTokens();
    const storage = new SharedStorage();
    storage.setItem(KEY, 'refresh-never-issued');
    const [tab] = tabs(1, storage, webLocks);
    try {
      expect(await tab.refresh(api.exchange)).toEqual({ kind: 'signed-out' });
      expect(storage.getItem(KEY)).toBeNull();
      expect(await tab.refresh(api.exchange)).toEqual({ kind: 'signed-out' });
    } finally {
      tab.close();
    }
  });

  it('keeps the sign-in when the refresh never got an answer, and resumes with it later', async () => {
    const api = new RotatingTokens();
    const storage = new SharedStorage();
    const token = api.issue();
    storage.setItem(KEY, token);
    const [tab] = tabs(1, storage, webLocks);
    try {
      const offline = async () => {
        throw new ApiError('NETWORK', 'The request did not reach the server.');
      };
      await expect(tab.refresh(offline)).rejects.toMatchObject({ code: 'NETWORK' });
      expect(storage.getItem(KEY)).toBe(token);
      expect((await tab.refresh(api.exchange)).kind).toBe('refreshed');
    } finally {
      tab.close();
    }
  });
});
