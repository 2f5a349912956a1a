import { mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Catalog } from '../../server/catalog.ts';
import { memoryLogger } from '../../server/log.ts';
import type { ScenarioLibrary } from '../../server/protocol.ts';
import { addedScenarioFolders } from '../../server/scenario-folders.ts';
import { BLOCKING, CONSENT, Cleanup, LIBRARY, api, testServer } from './helpers.ts';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

const blockingYaml = readFileSync(join(LIBRARY, 'blocking.yaml'), 'utf8');
const mine = blockingYaml.replace(`id: ${BLOCKING}`, 'id: folder-mine').replace(/^title: .*$/m, 'title: An author’s own scenario');
const mineBroken = mine.replace('provider: nimbus', 'provider: nobody');

function authorFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'rogatory-authored-'));
  cleanup.add(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

/** Asks until `done` holds: the watcher reloads a little after the file is written, never at a fixed time. */
async function libraryWhen(url: string, done: (l: ScenarioLibrary) => boolean, ms = 10_000): Promise<ScenarioLibrary> {
  const deadline = Date.now() + ms;
  for (;;) {
    const library = (await api<ScenarioLibrary>(url, 'GET', '/api/scenarios')).body;
    if (done(library)) return library;
    if (Date.now() > deadline) throw new Error(`the library never got there: ${JSON.stringify({ ids: library.scenarios.map((s) => s.id), invalid: library.invalid })}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
const ids = (l: ScenarioLibrary) => l.scenarios.map((s) => s.id);

describe('SCENARIOS_DIR', () => {
  it('names one folder or several, joined by the platform path delimiter', () => {
    expect(addedScenarioFolders(undefined)).toEqual([]);
    expect(addedScenarioFolders('  ')).toEqual([]);
    expect(addedScenarioFolders(`mine${delimiter}${delimiter}/srv/theirs`, '/work')).toEqual([resolve('/work', 'mine'), resolve('/srv/theirs')]);
  });
});

describe('scenario folders that add to the library', () => {
  it('keeps the shipped library and adds the folder; invalid files are listed with located errors', async () => {
    const folder = authorFolder();
    writeFileSync(join(folder, 'mine.yaml'), mine);
    writeFileSync(join(folder, 'broken.yaml'), mineBroken.replace('id: folder-mine', 'id: folder-broken'));
    const { server } = await testServer(cleanup, { addedScenarioDirs: [folder] });
    const library = (await api<ScenarioLibrary>(server.url, 'GET', '/api/scenarios')).body;
    expect(ids(library)).toEqual(['folder-mine', BLOCKING, CONSENT]);
    const line = mineBroken.split('\n').findIndex((l) => l.includes('provider: nobody')) + 1;
    expect(library.invalid).toEqual([
      // The shipped fixture library has its own broken file; the added folder's is named with the folder.
      { file: 'broken.yaml', errors: [expect.objectContaining({ line: expect.any(Number), message: expect.stringMatching(/nobody/) })] },
      { file: join(basename(folder), 'broken.yaml'), errors: [{ line, column: expect.any(Number), path: expect.stringMatching(/provider$/), message: expect.stringMatching(/nobody/) }] },
    ]);
  });

  it('picks up a new file, a broken one, its fix and its removal without a restart; a running session keeps its scenario', async () => {
    const folder = authorFolder();
    const { server } = await testServer(cleanup, { addedScenarioDirs: [folder] });
    expect(ids((await api<ScenarioLibrary>(server.url, 'GET', '/api/scenarios')).body)).toEqual([BLOCKING, CONSENT]);
    const file = join(folder, 'mine.yaml');
    const shown = join(basename(folder), 'mine.yaml');

    writeFileSync(file, mine);
    const added = await libraryWhen(server.url, (l) => ids(l).includes('folder-mine'));
    expect(added.scenarios.find((s) => s.id === 'folder-mine')?.title).toBe('An author’s own scenario');
    const session = (await api(server.url, 'POST', '/api/sessions', { scenario: 'folder-mine' })).body;
    expect(session.id).toEqual(expect.any(String));

    writeFileSync(file, mineBroken);
    const broken = await libraryWhen(server.url, (l) => l.invalid.some((f) => f.file === shown));
    expect(ids(broken)).not.toContain('folder-mine');
    const line = mineBroken.split('\n').findIndex((l) => l.includes('provider: nobody')) + 1;
    expect(broken.invalid.find((f) => f.file === shown)?.errors).toEqual([
      { line, column: expect.any(Number), path: expect.stringMatching(/provider$/), message: expect.stringMatching(/nobody/) },
    ]);
    expect((await api(server.url, 'POST', '/api/sessions', { scenario: 'folder-mine' })).status).toBe(404);
    // The session started before the file broke still has the scenario it froze.
    const running = await api(server.url, 'GET', `/api/sessions/${session.id}`);
    expect(running.status).toBe(200);
    expect(JSON.stringify(running.body)).toContain('An author’s own scenario');

    writeFileSync(file, mine);
    const fixed = await libraryWhen(server.url, (l) => ids(l).includes('folder-mine'));
    expect(fixed.invalid.map((f) => f.file)).not.toContain(shown);

    // A subfolder made after start-up is watched too.
    mkdirSync(join(folder, 'more'));
    writeFileSync(join(folder, 'more', 'second.yaml'), mine.replace('id: folder-mine', 'id: folder-second'));
    await libraryWhen(server.url, (l) => ids(l).includes('folder-second'));

    unlinkSync(file);
    const gone = await libraryWhen(server.url, (l) => !ids(l).includes('folder-mine'));
    expect(ids(gone)).toEqual(['folder-second', BLOCKING, CONSENT]);
    expect(gone.invalid.map((f) => f.file)).toEqual(['broken.yaml']);
  });

  it('never lets an added file replace a shipped scenario: the second definition of an id is listed as invalid', async () => {
    const folder = authorFolder();
    const copy = blockingYaml.replace(/^title: .*$/m, 'title: A copy that must not win');
    writeFileSync(join(folder, 'copy.yaml'), copy);
    const { server } = await testServer(cleanup, { addedScenarioDirs: [folder] });
    const library = (await api<ScenarioLibrary>(server.url, 'GET', '/api/scenarios')).body;
    expect(library.scenarios.find((s) => s.id === BLOCKING)?.title).toBe('A blocking statute sends the request to the treaty');
    const idLine = copy.split('\n').findIndex((l) => l.startsWith('id:')) + 1;
    expect(library.invalid.find((f) => f.file === join(basename(folder), 'copy.yaml'))?.errors).toEqual([
      { line: idLine, column: 1, path: 'id', message: `the id "${BLOCKING}" is already used by blocking.yaml (shipped), which stays in the library: give this scenario another id` },
    ]);
  });

  it('reads a file once when SCENARIOS_DIR names the shipped folder or a folder inside it', () => {
    const catalog = Catalog.fromFolders(join(LIBRARY, '..'), [LIBRARY], memoryLogger());
    expect(catalog.list().map((s) => s.id)).toEqual([BLOCKING, CONSENT]);
    expect(catalog.invalid().map((f) => f.file)).toEqual([join('library', 'broken.yaml')]);
  });
});
