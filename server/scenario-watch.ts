import { existsSync, watch, type FSWatcher } from 'node:fs';
import type { Logger } from './log.ts';

/** Editors write a file in several steps (truncate, write, rename): one reload after they settle. */
export const RELOAD_DEBOUNCE_MS = 150;

export interface FolderWatch {
  close(): void;
}

/**
 * Calls `changed` (debounced) whenever something under one of `folders` changes. node:fs watch
 * sees subfolders on Linux, macOS and Windows since Node 20; where it cannot watch a folder (a
 * network mount, a folder not there yet), the folder is polled instead, once per `pollMs`.
 */
export function watchFolders(folders: readonly string[], changed: () => void, log: Logger, pollMs = 2000): FolderWatch {
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  const soon = () => {
    if (closed) return;
    clearTimeout(timer);
    timer = setTimeout(changed, RELOAD_DEBOUNCE_MS);
  };
  const watchers: FSWatcher[] = [];
  let polled = false;
  for (const folder of folders) {
    try {
      if (!existsSync(folder)) throw new Error('no such folder');
      const watcher = watch(folder, { recursive: true, persistent: false }, soon);
      watcher.on('error', (error) => log.warn(`watching ${folder} failed: ${String(error)}`));
      watchers.push(watcher);
    } catch (error) {
      log.warn(`cannot watch ${folder} (${error instanceof Error ? error.message : String(error)}): checking it every ${pollMs / 1000} s`);
      polled = true;
    }
  }
  // The reload itself compares files by mtime and size, so a poll that finds nothing new costs a walk of the folders.
  const poll = polled ? setInterval(soon, pollMs) : undefined;
  poll?.unref();
  return {
    close() {
      closed = true;
      clearTimeout(timer);
      clearInterval(poll);
      for (const w of watchers) w.close();
    },
  };
}
