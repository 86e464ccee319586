// The ESM build (for the front ends' bundlers) sits beside the CommonJS one (for Node and
// Jest); this marks its folder as ESM so Node reads it as such too.
import { writeFileSync } from 'node:fs';
writeFileSync(new URL('../dist/esm/package.json', import.meta.url), '{ "type": "module" }\n');
