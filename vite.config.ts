import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

/**
 * dist/sw.js: the service worker (client/service-worker.js) with the list of files that make the app
 * shell (the page and every built asset but the world atlas, which only the map fetches) and a
 * version that changes with them, so that a new build replaces the kept copy.
 */
function serviceWorker(): Plugin {
  return {
    name: 'rogatory-service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle).filter((f) => f.startsWith('assets/') && !f.endsWith('.json')).sort();
      const shell = ['/', ...files.map((f) => `/${f}`)];
      const version = createHash('sha256').update(shell.join('\n')).digest('hex').slice(0, 12);
      const source = readFileSync(resolve(import.meta.dirname, 'client', 'service-worker.js'), 'utf8')
        .replaceAll('__SHELL__', JSON.stringify(shell)).replaceAll('__VERSION__', JSON.stringify(version));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}

/**
 * The browser client: built from client/ into client/dist, which the server serves at `/`
 * (server/http/client-assets.ts). Pages other than the library are split into chunks of their own
 * so that the first view loads only what it shows.
 */
export default defineConfig({
  root: 'client',
  base: '/',
  // Everything static (the world atlas) is imported with `?url`, so there is no public folder.
  publicDir: false,
  plugins: [serviceWorker()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The TopoJSON atlas is fetched only by the map, never inlined.
    assetsInlineLimit: 0,
    // Source maps stay out of what the server hands to every trainee's laptop.
    sourcemap: false,
    reportCompressedSize: false,
    // dist/.vite/manifest.json: bench/client.ts reads which chunks the first page loads.
    manifest: true,
  },
  server: {
    // `npx vite` beside `npm start` (port 3000): pages hot-reload, API and sockets go to the real server.
    proxy: {
      '/api': 'http://localhost:3000',
      '/socket.io': { target: 'ws://localhost:3000', ws: true },
    },
  },
});
