import type { RequestHandler } from 'express';
import { gzip } from 'node:zlib';

/**
 * JSON answers large enough to matter (a session's frozen scenario is a few hundred kB, mostly
 * repeated treaty sources) are gzipped for clients that accept it, off the event loop; small answers
 * and clients that do not accept gzip get plain JSON as before.
 */
export function gzipLargeJson(minBytes = 16 * 1024): RequestHandler {
  return (req, res, next) => {
    if (!/\bgzip\b/.test(req.get('accept-encoding') ?? '')) return next();
    const plain = res.json.bind(res);
    res.json = (body: unknown) => {
      const text = JSON.stringify(body);
      if (text === undefined || Buffer.byteLength(text) < minBytes) return plain(body);
      gzip(text, (error, zipped) => {
        if (error) return void plain(body);
        res.set({ 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' }).type(res.get('Content-Type') ?? 'application/json').send(zipped);
      });
      return res;
    };
    next();
  };
}
