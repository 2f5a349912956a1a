import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderWorldDoc } from './world-doc.ts';

/** `npm run world:doc`: rewrite docs/world.md from the built-in data. */
const target = join(import.meta.dirname, '../docs/world.md');
writeFileSync(target, renderWorldDoc());
console.log(`wrote ${target}`);
