import { embedSnippet, parseOrigins } from './embed-snippet';

describe('the embed snippet', () => {
  it('loads the widget from the platform and names the key and challenge', () => {
    expect(embedSnippet('https://app.fixpoint.dev', 'pk_abc', 'js-semver-compare-nan')).toBe(
      '<script type="module" src="https://app.fixpoint.dev/embed/fixpoint-embed.js"></script>\n' +
        '<fixpoint-challenge publishable-key="pk_abc" challenge="js-semver-compare-nan"></fixpoint-challenge>',
    );
  });

  it('reads origins one per line or comma-separated', () => {
    expect(parseOrigins(' https://a.test \n\nhttps://b.test, http://localhost:8080 ')).toEqual([
      'https://a.test',
      'https://b.test',
      'http://localhost:8080',
    ]);
  });
});
