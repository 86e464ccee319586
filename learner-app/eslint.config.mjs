// The workspace rules plus React's hook rules for this app.
import reactHooks from 'eslint-plugin-react-hooks';
import root from '../eslint.config.mjs';

export default [
  ...root,
  { ignores: ['dist/**'] },
  { files: ['src/**/*.{ts,tsx}'], ...reactHooks.configs.flat.recommended },
];
