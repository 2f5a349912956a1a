import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientAddress, parseTrustProxy } from '../../server/client-address.ts';

const from = (peer: string, forwardedFor?: string) =>
  ({ socket: { remoteAddress: peer }, headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor } }) as unknown as IncomingMessage;
const hops = (n: number) => (_address: string, hop: number) => hop < n;

describe('TRUST_PROXY as written in the environment', () => {
  it('reads unset and false as no proxy, true, a hop count, or a list as Express takes it', () => {
    expect(parseTrustProxy(undefined)).toBe(false);
    expect(parseTrustProxy(' false ')).toBe(false);
    expect(parseTrustProxy('true')).toBe(true);
    expect(parseTrustProxy('2')).toBe(2);
    expect(parseTrustProxy('loopback, 10.0.0.0/8')).toBe('loopback, 10.0.0.0/8');
  });
});

describe('a socket client\'s address', () => {
  it('is the peer when no proxy is trusted, whatever the header says', () => {
    expect(clientAddress(from('10.0.0.5', '203.0.113.9'), () => false)).toBe('10.0.0.5');
  });

  it('walks back through as many trusted hops as configured, and no further', () => {
    // The client claims 198.51.100.1; the outer proxy saw 203.0.113.9; our proxy is 10.0.0.5.
    const request = from('10.0.0.5', '198.51.100.1, 203.0.113.9');
    expect(clientAddress(request, hops(1))).toBe('203.0.113.9');
    expect(clientAddress(request, hops(2))).toBe('198.51.100.1');
    expect(clientAddress(request, hops(5))).toBe('198.51.100.1');
  });
});
