import { boundText } from '../output/capped-buffer';

/** Bounds for what one test contributes to a result: a message and its own output. */
export const MESSAGE_MAX_CHARS = 2000;
export const TEST_OUTPUT_MAX_CHARS = 4000;

export const boundMessage = (s: string | null | undefined): string | null =>
  s && s.trim() ? boundText(s.trim(), MESSAGE_MAX_CHARS) : null;

export const boundOutput = (s: string | null | undefined): string | null =>
  s && s.length > 0 ? boundText(s, TEST_OUTPUT_MAX_CHARS) : null;

export const firstLine = (s: string): string => s.trim().split('\n')[0] ?? '';
