/** Where the server says what it did and what it refused. Tests pass one that remembers. */
export interface Logger {
  info(message: string, details?: object): void;
  warn(message: string, details?: object): void;
  error(message: string, details?: object): void;
}

function line(level: string, message: string, details?: object): string {
  return `${new Date().toISOString()} ${level} ${message}${details ? ` ${JSON.stringify(details)}` : ''}`;
}

export const consoleLogger: Logger = {
  info: (m, d) => console.log(line('info', m, d)),
  warn: (m, d) => console.warn(line('warn', m, d)),
  error: (m, d) => console.error(line('error', m, d)),
};

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

/** A logger that keeps every line, for tests to read. */
export function memoryLogger(): Logger & { lines: { level: string; message: string; details?: object }[] } {
  const lines: { level: string; message: string; details?: object }[] = [];
  const keep = (level: string) => (message: string, details?: object) => void lines.push({ level, message, details });
  return { lines, info: keep('info'), warn: keep('warn'), error: keep('error') };
}
