export interface RetryOptions {
  retries?: number; // extra attempts after the first one
  shouldRetry?: (error: unknown) => boolean;
  onRetry?: (error: unknown, attempt: number) => void;
  delayMs?: (attempt: number) => number;
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const exponentialBackoff = (attempt: number) => 100 * 2 ** (attempt - 1);

// Runs `operation`; when it fails with an error that `shouldRetry` accepts, waits and
// tries again, up to `retries` more times. The last error is rethrown.
export async function withRetry<T>(operation: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const {
    retries = 2,
    shouldRetry = () => true,
    onRetry,
    delayMs = exponentialBackoff,
    sleep = defaultSleep,
  } = options;

  for (let attempt = 1; ; attempt++) {
    try {
      return operation();
    } catch (error) {
      if (attempt > retries || !shouldRetry(error)) throw error;
      onRetry?.(error, attempt);
      await sleep(delayMs(attempt));
    }
  }
}
