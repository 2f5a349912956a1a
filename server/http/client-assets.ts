import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import express, { Router } from 'express';

/** Where `npm run build:client` (vite build) writes the client. */
export const CLIENT_DIST = resolve(import.meta.dirname, '..', '..', 'client', 'dist');

/**
 * The built browser client, from the same origin as the API (so that the CSP's 'self' covers it).
 * Hashed files under /assets are cached for good; index.html is revalidated every time, so that a
 * new build is picked up on the next load. Any other GET for a page (not /api, not /socket.io)
 * gets index.html: the client routes by hash, so deep links need nothing more.
 *
 * When the client has not been built, the router passes every request on, and the server's
 * placeholder page at `/` says how to drive it over the API.
 */
export function clientAssets(dist: string = CLIENT_DIST): Router {
  const router = Router();
  const index = join(dist, 'index.html');
  router.use('/assets', express.static(join(dist, 'assets'), { immutable: true, maxAge: '1y', index: false, fallthrough: true }));
  // The service worker (client/service-worker.js): revalidated on every load, so that a new build's
  // worker replaces the old one; at the root, so that its scope is the whole app.
  const worker = join(dist, 'sw.js');
  router.get('/sw.js', (_req, res, next) => {
    if (!existsSync(worker)) return next();
    res.set('Cache-Control', 'no-cache');
    res.type('text/javascript');
    res.sendFile(worker);
  });
  router.get(/^\/(?!api\/|api$|socket\.io\/|assets\/).*/, (req, res, next) => {
    if (!existsSync(index)) return next();
    // A request for a file that is not there (favicon.ico, a typo) is a 404, not the page.
    if (/\.[a-z0-9]+$/i.test(req.path) && req.path !== '/index.html') return next();
    if (!req.accepts('html')) return next();
    res.set('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
