import { createHash } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';

/** Root fields whose answer is the same for every caller who acts in no tenant. */
const PUBLIC_CATALOG_FIELDS = new Set(['challenges', 'challenge']);

interface Context {
  req: { headers: Record<string, string | string[] | undefined> };
}

export interface CacheBounds {
  ttlMs: number;
  maxEntries: number;
  /** Total size of the stored answers (their JSON); the oldest go first to stay under it. */
  maxBytes: number;
  /** A single answer larger than this is not stored at all. */
  maxEntryBytes: number;
}

const DEFAULT_BOUNDS: CacheBounds = {
  ttlMs: 30_000,
  maxEntries: 500,
  maxBytes: 16 * 1024 * 1024,
  maxEntryBytes: 512 * 1024,
};

/** The cache key: a SHA-256 of the query, its variables and operation name (never the text). */
export const cacheKeyOf = (query: string, variables: unknown, operationName: string | null) =>
  createHash('sha256')
    .update(JSON.stringify([query, variables ?? {}, operationName]))
    .digest('base64url');

/**
 * Caches whole GraphQL responses for queries that read only the public catalog, for callers
 * acting in no tenant (no X-Tenant-Id), so the busiest page skips execution. The catalog changes
 * only when challenges are imported: a replica may answer up to `ttlMs` old after an import.
 * Tenant-scoped requests (private challenges) are never cached; neither are errors. Keys are
 * hashes, so a 2 MB query text costs 43 bytes of key; entries are bounded in count and bytes.
 */
export function publicCatalogCache(
  bounds: Partial<CacheBounds> = {},
): ApolloServerPlugin<Context> & { stats(): { entries: number; bytes: number } } {
  const { ttlMs, maxEntries, maxBytes, maxEntryBytes } = { ...DEFAULT_BOUNDS, ...bounds };
  const entries = new Map<
    string,
    { result: FormattedExecutionResult; expires: number; bytes: number }
  >();
  let bytes = 0;
  const drop = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    bytes -= entry.bytes;
    entries.delete(key);
  };
  return {
    stats: () => ({ entries: entries.size, bytes }),
    async requestDidStart() {
      let key: string | undefined;
      return {
        async responseForOperation(rc) {
          const { operation } = rc;
          if (operation.operation !== 'query' || rc.contextValue.req.headers['x-tenant-id'])
            return null;
          const cacheable = operation.selectionSet.selections.every(
            (s) => s.kind === 'Field' && PUBLIC_CATALOG_FIELDS.has(s.name.value),
          );
          if (!cacheable) return null;
          key = cacheKeyOf(rc.source, rc.request.variables, rc.operationName ?? null);
          const hit = entries.get(key);
          if (!hit) return null;
          if (hit.expires <= Date.now()) {
            drop(key);
            return null;
          }
          return { http: rc.response.http, body: { kind: 'single', singleResult: hit.result } };
        },
        async willSendResponse(rc) {
          const { body } = rc.response;
          if (!key || body.kind !== 'single' || body.singleResult.errors) return;
          if (entries.has(key)) return;
          const size = Buffer.byteLength(JSON.stringify(body.singleResult));
          if (size > maxEntryBytes) return;
          entries.set(key, { result: body.singleResult, expires: Date.now() + ttlMs, bytes: size });
          bytes += size;
          // Oldest first (a Map keeps insertion order) until both bounds hold.
          while (entries.size > maxEntries || bytes > maxBytes)
            drop(entries.keys().next().value as string);
        },
      };
    },
  };
}
