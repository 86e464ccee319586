const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** How the run-tests shortcut is written on this platform. */
export const RUN_SHORTCUT = isMac ? '⌘+Enter' : 'Ctrl+Enter';

export function isRunShortcut(event: KeyboardEvent): boolean {
  return (
    event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey
  );
}
