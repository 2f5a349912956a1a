/** A problem with a scenario file, placed where the author has to fix it. */
export interface ScenarioError {
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  /** The field, as `world.providers[0].home`; empty for a YAML syntax error or the document itself. */
  path: string;
  /** What was expected, and what was found. */
  message: string;
}

/** `file:line:column: path: message`, the form editors and terminals turn into links. */
export function formatError(e: ScenarioError): string {
  const where = `${e.file}:${e.line}:${e.column}`;
  return e.path ? `${where}: ${e.path}: ${e.message}` : `${where}: ${e.message}`;
}

export function pathToString(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out ? `.${String(segment)}` : String(segment);
  }
  return out;
}
