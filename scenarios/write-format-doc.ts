import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderFormatDoc } from './format-doc.ts';

/** `npm run format:doc`: rewrite docs/scenario-format.md from the schema's descriptions. */
const target = join(import.meta.dirname, '../docs/scenario-format.md');
writeFileSync(target, renderFormatDoc());
console.log(`wrote ${target}`);
