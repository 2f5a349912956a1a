import type { ChildProcess } from 'node:child_process';

/**
 * The line the entry logs once it listens. Tests and benchmarks that start the server as a process
 * wait for it, so it is written and read in one place.
 */
export const servingLine = (scenarios: number, url: string) => `Rogatory is serving ${scenarios} scenarios at ${url}`;

const SERVING = /serving \d+ scenarios at (http:\/\/\S+)/;

/**
 * Collect a server process's output and resolve with the URL it announces; reject when it exits or
 * has said nothing after `ms`.
 */
export function awaitServing(child: ChildProcess, ms: number): { url: Promise<string>; output: () => string } {
  let output = '';
  const url = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start in ${ms / 1000} s:\n${output}`)), ms);
    const read = (chunk: Buffer) => {
      output += chunk;
      const match = SERVING.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}):\n${output}`));
    });
  });
  return { url, output: () => output };
}
