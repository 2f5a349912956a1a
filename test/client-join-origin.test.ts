import { describe, expect, it } from 'vitest';
import { chosenOrigin, joinOrigins } from '../client/model/join-origin.ts';

const lan = { publicUrl: null, urls: ['http://192.168.1.20:3000', 'http://[fd00::20]:3000'] };

describe('the origin of the join link and its QR code (issue 13, item 2)', () => {
  it('never offers localhost first to phones: a trainer who opened localhost gets the room-network address', () => {
    expect(joinOrigins({ origin: 'http://localhost:3000', hostname: 'localhost' }, lan)).toEqual([
      'http://192.168.1.20:3000', 'http://[fd00::20]:3000', 'http://localhost:3000',
    ]);
    expect(joinOrigins({ origin: 'http://127.0.0.1:3000', hostname: '127.0.0.1' }, lan)[0]).toBe('http://192.168.1.20:3000');
  });

  it('keeps the address the trainer opened when others can reach it, and PUBLIC_URL above all', () => {
    expect(joinOrigins({ origin: 'http://192.168.1.20:3000', hostname: '192.168.1.20' }, lan)[0]).toBe('http://192.168.1.20:3000');
    expect(joinOrigins({ origin: 'http://localhost:3000', hostname: 'localhost' }, { ...lan, publicUrl: 'https://class.example.org' })).toEqual(['https://class.example.org']);
    // Before the server has said where it is, the page's own origin.
    expect(joinOrigins({ origin: 'http://localhost:3000', hostname: 'localhost' }, null)).toEqual(['http://localhost:3000']);
  });

  it("follows the trainer's pick while it is offered", () => {
    const origins = joinOrigins({ origin: 'http://localhost:3000', hostname: 'localhost' }, lan);
    expect(chosenOrigin(origins, 'http://[fd00::20]:3000')).toBe('http://[fd00::20]:3000');
    expect(chosenOrigin(origins, 'http://10.0.0.9:3000')).toBe('http://192.168.1.20:3000');
    expect(chosenOrigin(origins, null)).toBe('http://192.168.1.20:3000');
  });
});
