/*
 * The app shell, kept for when the server cannot be reached: a phone reloaded while the trainer's
 * laptop restarts (or the Wi-Fi drops) shows the app and its "connection lost" banner, and
 * reconnects by itself, instead of the browser's error page.
 *
 * Plain JavaScript, not TypeScript: it runs in the worker's own scope, and vite.config.ts writes
 * it to dist/sw.js with the build's file list and version written in below.
 *
 * Browsers run service workers only in a secure context: over https (PUBLIC_URL), or on localhost /
 * 127.0.0.1. On a plain-http LAN address (http://192.168.x.y:3000) none is installed, and a reload
 * during an outage shows the browser's error page as before.
 */
const SHELL = __SHELL__;
const CACHE = `rogatory-shell-${__VERSION__}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith('rogatory-shell-') && n !== CACHE).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  // The API and the live connection are never answered from a cache: stale data is worse than none.
  if (url.origin !== self.location.origin || url.pathname.startsWith('/api/') || url.pathname.startsWith('/socket.io/')) return;
  if (request.mode === 'navigate') {
    // The network first, so that a new build is picked up; the kept page only when it fails.
    event.respondWith(fetch(request).catch(() => caches.match('/', { cacheName: CACHE }).then((page) => page ?? Response.error())));
    return;
  }
  if (url.pathname.startsWith('/assets/')) {
    // Hashed file names: a kept copy is the same file.
    event.respondWith(caches.match(request, { cacheName: CACHE }).then((kept) => kept ?? fetch(request)));
  }
});
