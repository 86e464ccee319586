// npm run bench -w embed-widget (also part of the root `npm run bench:web`): the weight of the
// widget as the platform serves it from {PLATFORM}/embed/, read from the Vite manifest of dist/.
// The loader is what every embedding page pays; the editor chunk follows on demand.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const manifestPath = join(dist, '.vite', 'manifest.json');
if (!existsSync(manifestPath)) {
  console.error('dist/ has no build manifest: run `npm run build -w embed-widget` first');
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const BUDGET = 30 * 1024;

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const sizes = (file) => {
  const bytes = readFileSync(join(dist, file));
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};
const line = (label, file) => {
  const { raw, gzip } = sizes(file);
  console.log(`  ${label.padEnd(14)} ${file}: ${kb(raw)} raw, ${kb(gzip)} gzip`);
  return gzip;
};

const entry = Object.values(manifest).find((chunk) => chunk.isEntry);
console.log('embed-widget bundle (gzip -9 of dist/, served from {PLATFORM}/embed/)');
const loaderGz = line('loader', entry.file);
for (const chunk of Object.values(manifest).filter((c) => c.isDynamicEntry))
  line(`lazy ${chunk.name}`, chunk.file);
console.log(`  loader budget 30 KB gzip: ${loaderGz <= BUDGET ? 'within' : 'OVER'}`);
if (loaderGz > BUDGET) process.exitCode = 1;
