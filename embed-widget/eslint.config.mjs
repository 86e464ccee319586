// The workspace rules, plus the widget's own: it runs on other companies' pages, so nothing
// that evaluates strings as code and no raw HTML sinks.
import root from '../eslint.config.mjs';

export default [
  ...root,
  { ignores: ['dist/**'] },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Render through Lit templates; never assign HTML strings.',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'Render through Lit templates; never insert HTML strings.',
        },
        {
          selector: "ImportDeclaration[source.value='lit/directives/unsafe-html.js']",
          message: 'Server text is rendered as text only.',
        },
      ],
    },
  },
];
