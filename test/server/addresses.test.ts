import { afterEach, describe, expect, it } from 'vitest';
import { parsePublicUrl, reachableUrls } from '../../server/addresses.ts';
import { startServer } from '../../server/http.ts';
import { memoryLogger } from '../../server/log.ts';
import { Cleanup, LIBRARY, api, tempDataDir } from './helpers.ts';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

describe('where participants can reach the server (issue 13, item 2)', () => {
  it('answers GET /api/server with PUBLIC_URL and the addresses it listens on', async () => {
    const server = await startServer({
      port: 0, host: '127.0.0.1', dataDir: tempDataDir(cleanup), scenariosDir: LIBRARY, log: memoryLogger(),
      pool: { threads: 1 }, publicUrl: 'https://class.example.org',
    });
    cleanup.add(() => server.close());
    expect((await api(server.url, 'GET', '/api/server')).body).toEqual({ publicUrl: 'https://class.example.org', urls: [server.url] });
  });

  it('lists no loopback address for a server on every interface, and reads PUBLIC_URL strictly', () => {
    for (const url of reachableUrls(undefined, 3000)) expect(url).not.toMatch(/\/\/(127\.|\[::1\]|localhost)/);
    expect(reachableUrls('10.1.2.3', 3000)).toEqual(['http://10.1.2.3:3000']);
    expect(parsePublicUrl('https://class.example.org/')).toBe('https://class.example.org');
    expect(parsePublicUrl('https://example.org/rogatory/')).toBe('https://example.org/rogatory');
    expect(parsePublicUrl(undefined)).toBeNull();
    expect(() => parsePublicUrl('class.example.org')).toThrow(/PUBLIC_URL must be the address people open/);
    expect(() => parsePublicUrl('ftp://class.example.org')).toThrow(/must start with http:\/\/ or https:\/\//);
  });
});
