/** The HTML a company pastes into its careers page for one key and challenge. */
export function embedSnippet(
  platformOrigin: string,
  publishableKey: string,
  challenge: string,
): string {
  return [
    `<script type="module" src="${platformOrigin}/embed/fixpoint-embed.js"></script>`,
    `<fixpoint-challenge publishable-key="${publishableKey}" challenge="${challenge}"></fixpoint-challenge>`,
  ].join('\n');
}

/** One origin per line (or comma-separated), blank lines ignored. */
export const parseOrigins = (text: string) =>
  text
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);
