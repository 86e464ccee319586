/**
 * A link token is single-use: in development React runs effects twice, and a second
 * verifyEmail with the same token would fail. One promise per token, shared.
 */
const inFlight = new Map<string, Promise<unknown>>();

export function once<T>(key: string, run: () => Promise<T>): Promise<T> {
  let promise = inFlight.get(key) as Promise<T> | undefined;
  if (!promise) {
    promise = run();
    inFlight.set(key, promise);
  }
  return promise;
}
