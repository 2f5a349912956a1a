import { loadScenarioFile } from './scenarios/load.ts';
import { BUILTIN_WORLD } from './machines/world/builtin/index.ts';
import { runScenario } from './machines/run/script.ts';
const r = loadScenarioFile('scenarios/fictional/agreement-consent-delay.yaml', BUILTIN_WORLD) as any;
for (let i = 0; i < 2000; i++) runScenario(r.scenario);
const t = performance.now();
for (let i = 0; i < 10000; i++) runScenario(r.scenario);
console.log(((performance.now() - t) / 10000 * 1000).toFixed(1), 'µs/run');
