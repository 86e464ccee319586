/** The page to return to after logging in: only a path on this site (never '//host' or a URL),
 * so a crafted link cannot send a user elsewhere. */
export function safeNextPath(search: string): string {
  const next = new URLSearchParams(search).get('next');
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next;
}
