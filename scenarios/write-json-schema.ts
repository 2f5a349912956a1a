import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scenarioJsonSchema } from './json-schema.ts';

/** `npm run schema`: regenerates the committed JSON Schema after scenarios/schema.ts changes. */
const target = fileURLToPath(new URL('./scenario.schema.json', import.meta.url));
writeFileSync(target, scenarioJsonSchema());
console.log(`wrote ${target}`);
