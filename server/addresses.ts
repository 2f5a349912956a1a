import { networkInterfaces } from 'node:os';
import type { Request } from 'express';

const urlOf = (host: string, port: number) => `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

/**
 * The addresses other machines can open this server at: for a server bound to every interface,
 * one per network interface that is not loopback (IPv6 link-local ones need a zone a QR code
 * cannot carry, so they are left out); for one bound to a host, that host.
 */
export function reachableUrls(host: string | undefined, port: number): string[] {
  if (host && host !== '0.0.0.0' && host !== '::') return [urlOf(host, port)];
  const urls: string[] = [];
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) {
      if (a.internal || (a.family === 'IPv6' && (host === '0.0.0.0' || a.address.toLowerCase().startsWith('fe80')))) continue;
      urls.push(urlOf(a.address, port));
    }
  }
  // IPv4 first: what people type and phones resolve most readily.
  return urls.sort((a, b) => Number(a.includes('[')) - Number(b.includes('[')));
}

/** PUBLIC_URL as the environment gives it: an http(s) origin, without a trailing slash. */
export function parsePublicUrl(text: string | undefined): string | null {
  if (text === undefined || text.trim() === '') return null;
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new Error(`PUBLIC_URL must be the address people open, such as "https://rogatory.example.org", got "${text}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`PUBLIC_URL must start with http:// or https://, got "${text}"`);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/**
 * The address a link handed to a person starts with: PUBLIC_URL when the operator set one, else the
 * address the caller used. Behind a trusted proxy Express reads that from X-Forwarded-Proto and
 * X-Forwarded-Host, and `req.host` keeps the port (a proxy on :8080 must not yield a link to :80).
 */
export function originOf(req: Request, publicUrl: string | null): string {
  return publicUrl ?? `${req.protocol}://${req.host ?? 'localhost'}`;
}
