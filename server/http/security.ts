import helmet from 'helmet';

/**
 * Security headers on every response, and a content security policy with nothing allowed beyond
 * this origin: no inline script or style, no framing, no plugins. Scenario text is data, never markup.
 */
export const securityHeaders = () =>
  helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'none'"],
        'script-src': ["'self'"],
        'style-src': ["'self'"],
        'img-src': ["'self'", 'data:'],
        'font-src': ["'self'"],
        // socket.io: same-origin polling and websocket.
        'connect-src': ["'self'"],
        // The app shell's service worker (/sw.js), from this origin only.
        'worker-src': ["'self'"],
        'base-uri': ["'none'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
        'object-src': ["'none'"],
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
  });
