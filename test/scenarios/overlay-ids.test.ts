import { describe, expect, it } from 'vitest';
import { checkOverlay } from '../../scenarios/overlay.ts';
import { BUILTIN_WORLD } from '../../machines/world/builtin/index.ts';

/**
 * A what-if's added rules, instruments and orders are cited by id like the world's own, so one id
 * names one source: an author who reuses an instrument's id for a rule is told where, and why.
 */
const rule = (id: string) => `    - { id: ${id}, kind: blocking, jurisdiction: US, data: [content], connection: [data-location], except: [mlat], source: "fictional" }`;

describe('a what-if adding an entry with the id of another kind', () => {
  it('a rule taking a built-in instrument\'s id is refused at its id, naming the clash', () => {
    const text = `title: clash\nadd:\n  rules:\n${rule('US-GB-CLOUD-2019')}\n`;
    const { overlay, errors } = checkOverlay(text, 'clash.yaml', [BUILTIN_WORLD]);
    expect(overlay).toBeUndefined();
    expect(errors.map((e) => `${e.line}:${e.column} ${e.path}: ${e.message}`)).toEqual([
      '4:13 add.rules[0].id: the id "US-GB-CLOUD-2019" is also an instrument\'s: a citation names one source by its id, so give this entry another',
    ]);
  });

  it('the same rule is accepted once the what-if drops that instrument', () => {
    const text = `title: replace\ndrop: [US-GB-CLOUD-2019]\nadd:\n  rules:\n${rule('US-GB-CLOUD-2019')}\n`;
    const { overlay, errors } = checkOverlay(text, 'replace.yaml', [BUILTIN_WORLD]);
    expect(errors).toEqual([]);
    expect(overlay?.add?.rules?.map((r) => r.id)).toEqual(['US-GB-CLOUD-2019']);
  });

  it('a rule with an id of its own is accepted', () => {
    const { errors } = checkOverlay(`add:\n  rules:\n${rule('US-WHAT-IF-1')}\n`, 'own.yaml', [BUILTIN_WORLD]);
    expect(errors).toEqual([]);
  });
});

describe('a what-if adding the same id twice in one list', () => {
  it('the second is refused at its id, naming the first', () => {
    const text = `title: twice\nadd:\n  rules:\n${rule('US-WHAT-IF-1')}\n${rule('US-WHAT-IF-1')}\n`;
    const { overlay, errors } = checkOverlay(text, 'twice.yaml', [BUILTIN_WORLD]);
    expect(overlay).toBeUndefined();
    expect(errors.map((e) => `${e.line}:${e.column} ${e.path}: ${e.message}`)).toEqual([
      '5:13 add.rules[1].id: duplicate id "US-WHAT-IF-1": already used by add.rules[0]',
    ]);
  });
});
