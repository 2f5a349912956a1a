import { defineConfig } from 'vite';

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
