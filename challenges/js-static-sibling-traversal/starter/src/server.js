import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from './app.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const publicDir = process.env.PUBLIC_DIR ?? path.join(here, '..', 'public');
const port = Number(process.env.PORT ?? 3000);

createApp({ publicDir }).listen(port, () => {
  console.log(`docs portal listening on http://localhost:${port}`);
});
