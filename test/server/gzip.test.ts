import { get } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { Cleanup, testApp } from './helpers.ts';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

/** The raw bytes of a GET, with or without `Accept-Encoding: gzip`, as a browser would receive them. */
function raw(port: number, path: string, gzip: boolean): Promise<{ encoding: string | undefined; bytes: Buffer }> {
  return new Promise((resolve, reject) => {
    get({ host: '127.0.0.1', port, path, headers: gzip ? { 'Accept-Encoding': 'gzip, deflate, br' } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ encoding: res.headers['content-encoding'], bytes: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

/**
 * A session on a real-world scenario carries its frozen scenario, with its treaties' party lists and
 * sources: a few hundred kB of JSON. Every participant's browser fetches it when joining, so it
 * travels gzipped to clients that accept gzip (every browser does), and unchanged to those that do not.
 */
describe('large JSON answers', () => {
  it('reach a browser gzipped, several times smaller, and read back to the same session', async () => {
    const { app } = await testApp(cleanup);
    const yaml = readFileSync(join(import.meta.dirname, '../../scenarios/real/uzbekistan-yandex-minsk-2024.yaml'), 'utf8');
    const created = await request(app).post('/api/sessions').send({ yaml }).expect(201);
    const server = app.listen(0, '127.0.0.1');
    cleanup.add(() => new Promise<void>((resolve) => server.close(() => resolve())));
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as AddressInfo;
    const path = `/api/sessions/${created.body.id}`;

    const plain = await raw(port, path, false);
    const zipped = await raw(port, path, true);
    expect(plain.encoding).toBeUndefined();
    expect(zipped.encoding).toBe('gzip');
    expect(plain.bytes.length).toBeGreaterThan(100_000);
    expect(zipped.bytes.length).toBeLessThan(plain.bytes.length / 4);
    expect(JSON.parse(gunzipSync(zipped.bytes).toString('utf8'))).toEqual(JSON.parse(plain.bytes.toString('utf8')));
  });

  it('leaves small answers as they are', async () => {
    const { app } = await testApp(cleanup);
    const res = await request(app).get('/api/health').set('Accept-Encoding', 'gzip').expect(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body.ok).toBe(true);
  });
});
