/**
 * An allowed origin exactly as browsers send it in `Origin`: scheme, host and port, no path.
 * `http://localhost:8080` and `https://careers.example.com` are origins;
 * `https://example.com/jobs`, `*.example.com` and `ftp://x` are not (null).
 */
export function normalizeOrigin(input: string): string | null {
  const trimmed = input.trim().replace(/\/$/, '').toLowerCase();
  try {
    const url = new URL(trimmed);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return url.origin === trimmed ? url.origin : null;
  } catch {
    return null;
  }
}

export const originAllowed = (origin: string | undefined, allowed: string[]) =>
  !!origin && allowed.includes(origin.toLowerCase());
