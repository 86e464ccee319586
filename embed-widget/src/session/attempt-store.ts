import type { FileContent } from '../api/widget-api.types.js';

/** What a reload needs to resume: the attempt, its applicant token and the edited files. */
export interface StoredAttempt {
  attemptId: string;
  applicantToken: string;
  files: FileContent[];
  submitted?: boolean;
}

const keyOf = (publishableKey: string, challenge: string) =>
  `fixpoint:attempt:${publishableKey}:${challenge}`;

/** sessionStorage, keyed by publishable key and challenge; quietly absent where storage is off. */
export const attemptStore = {
  load(publishableKey: string, challenge: string): StoredAttempt | undefined {
    try {
      const raw = sessionStorage.getItem(keyOf(publishableKey, challenge));
      const value = raw ? (JSON.parse(raw) as StoredAttempt) : undefined;
      return value?.attemptId && value.applicantToken ? value : undefined;
    } catch {
      return undefined;
    }
  },
  save(publishableKey: string, challenge: string, attempt: StoredAttempt): void {
    try {
      sessionStorage.setItem(keyOf(publishableKey, challenge), JSON.stringify(attempt));
    } catch {
      // Storage full or blocked (third-party contexts): the attempt lives in memory only.
    }
  },
  clear(publishableKey: string, challenge: string): void {
    try {
      sessionStorage.removeItem(keyOf(publishableKey, challenge));
    } catch {
      // As above.
    }
  },
};
