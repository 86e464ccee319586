import type { ApolloServerPlugin } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';

/** Root fields whose answer is the same for every caller who acts in no tenant. */
const PUBLIC_CATALOG_FIELDS = new Set(['challenges', 'challenge']);

interface Context {
  req: { headers: Record<string, string | string[] | undefined> };
}

/**
 * Caches whole GraphQL responses for queries that read only the public catalog, for callers
 * acting in no tenant (no X-Tenant-Id), so the busiest page skips execution. The catalog changes
 * only when challenges are imported: a replica may answer up to `ttlMs` old after an import.
 * Tenant-scoped requests (private challenges) are never cached; neither are errors.
 */
export function publicCatalogCache(ttlMs = 30_000, maxEntries = 500): ApolloServerPlugin<Context> {
  const entries = new Map<string, { result: FormattedExecutionResult; expires: number }>();
  return {
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
          key = JSON.stringify([rc.source, rc.request.variables ?? {}, rc.operationName ?? null]);
          const hit = entries.get(key);
          if (!hit) return null;
          if (hit.expires <= Date.now()) {
            entries.delete(key);
            return null;
          }
          return { http: rc.response.http, body: { kind: 'single', singleResult: hit.result } };
        },
        async willSendResponse(rc) {
          const { body } = rc.response;
          if (!key || body.kind !== 'single' || body.singleResult.errors) return;
          if (entries.has(key)) return;
          entries.set(key, { result: body.singleResult, expires: Date.now() + ttlMs });
          if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
        },
      };
    },
  };
}
