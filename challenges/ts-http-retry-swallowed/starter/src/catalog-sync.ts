import { isRetryable } from './errors.ts';
import { withRetry } from './retry.ts';
import type { ApiClient } from './http-client.ts';

export interface Product {
  sku: string;
  name: string;
  priceCents: number;
}

interface ProductPage {
  items: Product[];
  nextPage: number | null;
}

export interface SyncOptions {
  retries?: number;
  sleep?: (ms: number) => Promise<void>;
  log?: (line: string) => void;
}

export interface SyncReport {
  products: Product[];
  pages: number;
  retries: number;
}

// Walks the supplier's paginated /products endpoint. Transient failures of a page
// request are retried; anything else aborts the sync.
export async function syncCatalog(client: ApiClient, options: SyncOptions = {}): Promise<SyncReport> {
  const report: SyncReport = { products: [], pages: 0, retries: 0 };
  let page: number | null = 1;

  while (page !== null) {
    const path = `/products?page=${page}`;
    const result: ProductPage = await withRetry(() => client.getJson<ProductPage>(path), {
      retries: options.retries ?? 3,
      shouldRetry: isRetryable,
      sleep: options.sleep,
      onRetry: (error, attempt) => {
        report.retries += 1;
        options.log?.(`retrying ${path} (attempt ${attempt + 1}): ${(error as Error).message}`);
      },
    });
    report.products.push(...result.items);
    report.pages += 1;
    page = result.nextPage;
  }

  return report;
}
