import { underRegime } from '../../machines/run/regime.ts';
import type { Scenario } from '../../machines/scenario.ts';
import { checkScenarioText, type Catalog } from '../catalog.ts';
import { AppError } from '../errors.ts';
import type { CreateSessionBody } from '../protocol.ts';

/** The scenario a body names (by library id, or whole as YAML), with its regime overridden if asked. */
export function resolveScenario(body: CreateSessionBody, catalog: Catalog): Scenario {
  let scenario: Scenario;
  if (body.scenario !== undefined) {
    const found = catalog.get(body.scenario);
    if (!found) throw new AppError('not-found', `There is no scenario "${body.scenario}" in the library. GET /api/scenarios lists them.`);
    scenario = found;
  } else {
    const { scenario: parsed, errors } = checkScenarioText(body.yaml ?? '', 'scenario.yaml');
    if (!parsed) {
      const first = errors[0];
      const where = first ? ` First: line ${first.line}, column ${first.column}${first.path ? `, ${first.path}` : ''}: ${first.message}` : '';
      throw new AppError('unprocessable', `The scenario has ${errors.length} error${errors.length === 1 ? '' : 's'}.${where}`, { errors });
    }
    scenario = parsed;
  }
  if (typeof body.regime === 'string') {
    scenario = underRegime(scenario, body.regime);
  } else if (body.regime) {
    // A named regime no longer describes a regime someone has changed.
    const { name: _name, ...regime } = scenario.regime;
    scenario = { ...scenario, regime: { ...regime, ...body.regime } };
  }
  return scenario;
}
