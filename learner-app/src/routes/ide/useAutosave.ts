import { useEffect, useState } from 'react';
import type { FileInput } from '../../api/types';

export type SaveStatus = 'saved' | 'unsaved' | 'saving' | 'error';

interface AutosaveOptions {
  /** Editable files that differ from what the server holds. */
  pending: FileInput[];
  enabled: boolean;
  save: (files: FileInput[]) => Promise<void>;
  delayMs?: number;
  retryDelayMs?: number;
}

/**
 * Saves the pending files once typing pauses (debounced: every edit restarts the wait). A
 * failed save is retried after a longer pause; edits made during a save are picked up by the
 * next round because `pending` is computed against what was actually saved.
 */
export function useAutosave({
  pending,
  enabled,
  save,
  delayMs = 1000,
  retryDelayMs = 5000,
}: AutosaveOptions): SaveStatus {
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState(false);
  const hasPending = pending.length > 0;

  useEffect(() => {
    if (!enabled || !hasPending || saving) return;
    const timer = setTimeout(
      () => {
        setSaving(true);
        save(pending).then(
          () => {
            setFailed(false);
            setSaving(false);
          },
          () => {
            setFailed(true);
            setSaving(false);
          },
        );
      },
      failed ? retryDelayMs : delayMs,
    );
    return () => clearTimeout(timer);
  }, [pending, hasPending, enabled, saving, failed, save, delayMs, retryDelayMs]);

  if (saving) return 'saving';
  if (!hasPending) return 'saved';
  return failed ? 'error' : 'unsaved';
}
