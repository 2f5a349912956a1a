import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Cleanup, LIBRARY, api, testServer } from '../server/helpers.ts';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

// The fixture's script sends the request direct on day 0 and then to the treaty; its expect says MLAT.
const blockingYaml = readFileSync(join(LIBRARY, 'blocking.yaml'), 'utf8');

describe('what a participant can read of a session before it ends (issue 10, finding 9)', () => {
  it('withholds the script, expect and debrief notes from anyone without the trainer token until the request has ended', async () => {
    const { server } = await testServer(cleanup);
    const withNotes = `${blockingYaml}debrief: In the real case the treaty request was granted on day 240.\n`;
    const created = (await api(server.url, 'POST', '/api/sessions', { yaml: withNotes })).body;

    const anonymous = await api(server.url, 'GET', `/api/sessions/${created.id}`);
    expect(anonymous.status).toBe(200);
    expect(anonymous.body.scenario.script).toEqual([]);
    expect(anonymous.body.scenario).not.toHaveProperty('expect');
    expect(anonymous.body.scenario).not.toHaveProperty('debrief');
    expect(anonymous.body.withheld).toEqual(['script', 'expect', 'debrief']);
    // The debrief so far shows what happened, not the notes on what the real authorities did.
    expect((await api(server.url, 'GET', `/api/sessions/${created.id}/debrief`)).body.scenario.notes).toBeNull();
    expect((await api(server.url, 'GET', `/api/sessions/${created.id}/debrief`, undefined, created.trainerToken)).body.scenario.notes).toMatch(/granted on day 240/);
    // What participants need to follow the class is still there.
    expect(anonymous.body.scenario.world.providers[0].name).toBe('Nimbus Mail');

    const trainer = await api(server.url, 'GET', `/api/sessions/${created.id}`, undefined, created.trainerToken);
    expect(trainer.body.scenario.script).toHaveLength(2);
    expect(trainer.body.scenario.expect).toEqual({ outcome: 'delivered', channel: 'mlat' });
    expect(trainer.body.withheld).toEqual([]);

    const guessed = await api(server.url, 'GET', `/api/sessions/${created.id}`, undefined, 'not-the-token');
    expect(guessed.status).toBe(401);

    // Once the request has ended the answer key is the debrief's to show.
    const cmd = (body: object) => api(server.url, 'POST', `/api/sessions/${created.id}/commands`, body, created.trainerToken);
    expect((await cmd({ type: 'event', event: { type: 'SEND_DIRECT' } })).status).toBe(200);
    expect((await cmd({ type: 'event', event: { type: 'CHOOSE_MLAT' } })).status).toBe(200);
    expect((await cmd({ type: 'advance', to: 1000 })).body.state.done).toBe(true);
    const after = await api(server.url, 'GET', `/api/sessions/${created.id}`);
    expect(after.body.scenario.script).toHaveLength(2);
    expect(after.body.withheld).toEqual([]);
    expect((await api(server.url, 'GET', `/api/sessions/${created.id}/debrief`)).body.scenario.notes).toMatch(/granted on day 240/);
  });
});

describe("the debrief's Markdown export (issue 10, finding 10)", () => {
  it('copies the scenario author’s text without raw HTML or script links, and keeps safe links', async () => {
    const { server } = await testServer(cleanup);
    const hostile = blockingYaml
      .replace(/^title: .*$/m, 'title: "Fraud <img src=x onerror=alert(1)> & co"')
      .replace(/^summary: .*$/m, 'summary: "See [the file](javascript:alert(1)) | twice"')
      .concat([
        'debrief: |',
        '  <script>alert("notes")</script>',
        '  Read [the judgment](https://example.org/judgment) first.',
        '  Then [click](javascript:alert(2)), [this](JaVa&#115;cript:alert(3)), [data](data:text/html,<b>x</b>) and <javascript:alert(4)>.',
        '  ![pixel](vbscript:msgbox(5))',
        '  [ref]: javascript:alert(6)',
        '  Nested [a [b] c](javascript:alert(7)), [x](javascript\\:alert(8)), [a\\]b](javascript:alert(9)),',
        '  [two',
        '  lines](javascript:alert(10)) and [next]:',
        '    javascript:alert(11)',
        '  - [item]: javascript:alert(12)',
        '  Data: the figures of the case, filed: on time.',
        '',
      ].join('\n'));
    const created = await api(server.url, 'POST', '/api/sessions', { yaml: hostile });
    expect(created.status).toBe(201);

    // The trainer exports it (before the end, only the trainer's export carries the notes).
    const res = await fetch(`${server.url}/api/sessions/${created.body.id}/debrief`, { headers: { Accept: 'text/markdown', Authorization: `Bearer ${created.body.trainerToken}` } });
    const md = await res.text();
    expect(md).toContain('## Notes');
    // No tag survives, whatever the viewer does with HTML.
    expect(md).not.toMatch(/<\s*(script|img|b)\b/i);
    expect(md).not.toMatch(/<javascript:/i);
    // No link or image destination, inline or by reference, names a script scheme (nor spells one with an entity).
    expect(md).not.toMatch(/\]\(\s*(javascript|vbscript|data):/i);
    expect(md).not.toMatch(/\]\(\s*[^)]*&#/);
    expect(md).not.toMatch(/^\s*\[[^\]]+\]:\s*javascript:/im);
    // Nor can any other construct start a destination with one: no script scheme is followed by its colon and more.
    expect(md).not.toMatch(/(javascript|vbscript|data)\\?:\S/i);
    expect(md.match(/javascript :/g)?.length ?? 0).toBeGreaterThanOrEqual(6);
    // Prose that merely uses such a word keeps it.
    expect(md).toContain('Data: the figures of the case, filed: on time.');
    // What was safe is kept as the author wrote it.
    expect(md).toContain('[the judgment](https://example.org/judgment)');
    expect(md).toContain('# Debrief: Fraud &lt;img src=x onerror=alert(1)&gt; &amp; co');
    expect(md).toContain('twice');
  });
});
