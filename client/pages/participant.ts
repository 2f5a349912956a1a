import { select } from 'd3-selection';
import { getSession } from '../app/api.ts';
import { alertUser, announce, guarded } from '../app/announce.ts';
import { keepFocus } from '../app/focus.ts';
import { Narrator } from '../app/narrator.ts';
import { LiveSession } from '../app/live.ts';
import type { Page } from '../app/router.ts';
import { participantPass, saveParticipantPass } from '../app/tokens.ts';
import { isJoinCode, normalJoinCode } from '../model/join-code.ts';
import { t } from '../i18n/index.ts';
import { eventLabel, roleLabel } from '../i18n/labels.ts';
import type { Role } from '../../machines/request/roles.ts';
import { create as createNextSteps } from '../views/next-steps.ts';
import { create as createVotes } from '../views/votes.ts';
import { createScene, heading, panel } from './scene.ts';

/**
 * A participant (`/join` or `/join/:code`): join with the code and a name, then watch the request
 * and vote when the trainer asks. The pass is kept, so a reload or a lost connection stays the same
 * person; a branch is followed by joining it under the same name.
 */
export async function mount(main: HTMLElement, [linked]: string[]): Promise<Page> {
  const codeParam = linked === undefined ? undefined : normalJoinCode(safeDecode(linked));
  main.className = 'page page-participant';
  let live: LiveSession | null = null;
  let disposed = false;
  const mine = new Map<string, number>();

  const form = select(main).append('form').attr('class', 'join-form').attr('novalidate', true);
  form.append('h1').text(t('join.title'));
  form.append('p').attr('class', 'lede').text(t('join.lede'));
  const codeField = form.append('p').attr('class', 'field');
  codeField.append('label').attr('for', 'join-code').text(t('join.code'));
  // Spaces, dashes and lower case are welcome (normalJoinCode): people type what they see or hear.
  const code = codeField.append('input').attr('id', 'join-code').attr('name', 'code').attr('autocomplete', 'off')
    .attr('autocapitalize', 'characters').attr('spellcheck', 'false').attr('required', true).attr('maxlength', 24)
    .property('value', codeParam ?? (participantPass()?.left ? participantPass()!.code : ''));
  const nameField = form.append('p').attr('class', 'field');
  nameField.append('label').attr('for', 'join-name').text(t('join.name'));
  const name = nameField.append('input').attr('id', 'join-name').attr('name', 'name').attr('autocomplete', 'nickname')
    .attr('required', true).attr('maxlength', 40).property('value', participantPass()?.name ?? '');
  form.append('button').attr('type', 'submit').attr('class', 'btn btn-primary').text(t('join.submit'));
  const error = form.append('p').attr('class', 'form-error').attr('role', 'alert');

  const room = select(main).append('div').attr('class', 'room').property('hidden', true);
  const head = room.append('header').attr('class', 'page-head').node()!;
  const who = room.append('p').attr('class', 'who');
  // Where the focus goes once a role is chosen (the picker hides): the line that now says the role.
  const whoText = who.append('span').attr('tabindex', -1).attr('data-focus-key', 'who');
  who.append('button').attr('type', 'button').attr('class', 'btn btn-small act-leave').text(t('join.leave')).on('click', () => void leaveRoom());
  // The server is told, so that the trainer's list drops this participant now; the pass is kept
  // (marked left) so that joining again from this browser is the same participant, not a second one.
  const leaveRoom = async () => {
    const leaving = live;
    live = null;
    const pass = participantPass();
    if (pass) saveParticipantPass({ ...pass, left: true });
    // Offline, the server cannot be told: the trainer's list shows them away, and the pass still brings them back.
    await leaving?.leave().catch(() => undefined);
    leaving?.close();
    room.property('hidden', true);
    form.property('hidden', false);
    if (pass) code.property('value', pass.code);
    (code.node() as HTMLInputElement).focus();
  };
  // In a session with roles, a newcomer picks theirs first: it says which decisions their ballot takes.
  // Above the scenario's title: on a phone it is the first thing in the room, with no scrolling.
  const rolePicker = room.insert('section', 'header').attr('class', 'panel role-picker').attr('aria-labelledby', 'role-picker-h').property('hidden', true);
  rolePicker.append('h2').attr('id', 'role-picker-h').text(t('roles.chooseTitle'));
  rolePicker.append('p').attr('class', 'hint').text(t('roles.chooseLede'));
  const roleButtons = rolePicker.append('div').attr('class', 'role-buttons').attr('data-focus-fallback', 'who');
  const status = panel(room.node()!, 'p-status');
  const voteSlot = panel(room.node()!, 'p-votes');
  // On a phone the chart is too small to read: where the request stands and where it can go, as a list.
  const nextSlot = panel(room.node()!, 'p-next');
  const next = createNextSteps(nextSlot);
  const chart = panel(room.node()!, 'p-statechart', t('statechart.title'));
  // On a phone the chart keeps a readable scale and pans inside its box (scrolling, or the arrow keys once focused).
  select(chart).select('figure').attr('tabindex', 0);
  const mapSlot = panel(room.node()!, 'p-map', t('map.title'));
  const timelineSlot = panel(room.node()!, 'p-timeline');
  const scene = createScene({ slots: { status, statechart: chart, map: mapSlot, timeline: timelineSlot } });
  let full: Awaited<ReturnType<typeof getSession>>['scenario'] | null = null;
  let scenarioOf = '';

  const votes = createVotes(voteSlot, {
    hideCountsWhileOpen: true,
    onVote: (option, explanation) => {
      const vote = live?.snapshot?.vote;
      if (!vote || !live) return;
      void guarded(async () => {
        await live!.vote(vote.id, option, explanation);
        mine.set(vote.id, option);
        announce(t('vote.recorded', { event: eventLabel(vote.options[option]!) }));
        draw();
      });
    },
  });

  /** The votes already brought into sight. */
  const shown = new Set<string>();

  // A redraw keeps the keyboard's place (a vote button hidden when the vote closes hands the focus
  // to the result: app/focus.ts).
  const draw = () => keepFocus(main, drawNow);
  const drawNow = () => {
    const snapshot = live?.snapshot;
    if (!snapshot || disposed) return;
    if (scenarioOf !== snapshot.sessionId) {
      scenarioOf = snapshot.sessionId;
      void guarded(() => getSession(snapshot.sessionId)).then((d) => {
        if (!d || disposed) return;
        full = d.scenario;
        scene.setScenario(d.scenario);
        draw();
      });
    }
    form.property('hidden', true);
    room.property('hidden', false);
    heading(head, snapshot, full, t('join.role'));
    const waiting = snapshot.you?.status === 'pending';
    // A role counts only while it is in play: one kept from before the trainer changed the roles does not.
    const myRole: Role | null | undefined = snapshot.roles ? (snapshot.you?.role && snapshot.roles.includes(snapshot.you.role) ? snapshot.you.role : null) : undefined;
    const youAre = [t('join.youAre', { name: snapshot.you?.name ?? '' }), ...(myRole ? [t('roles.youPlay', { role: roleLabel(myRole) })] : []), ...(waiting ? [t('join.waiting')] : [])];
    whoText.text(youAre.join(' '));
    const picking = myRole === null;
    rolePicker.property('hidden', !picking);
    roleButtons.selectAll<HTMLButtonElement, Role>('button').data(picking ? snapshot.roles! : [], (r) => r)
      .join((enter) => enter.append('button').attr('type', 'button').attr('class', 'btn role-choice')
        .on('click', (_e, role) => {
          if (!live) return;
          void guarded(async () => {
            await live!.chooseRole(role);
            announce(t('roles.youPlay', { role: roleLabel(role) }));
          });
        }))
      .text((r) => roleLabel(r));
    scene.update(snapshot, false);
    next(snapshot.state);
    const vote = snapshot.vote;
    const running = snapshot.status === 'running';
    // The server says this participant's choice in their own snapshot (after a reload too); only a
    // choice made for this very vote is shown ticked.
    if (vote && vote.mine != null && !mine.has(vote.id)) mine.set(vote.id, vote.mine);
    votes({
      vote,
      mine: vote ? (mine.get(vote.id) ?? null) : null,
      canVote: Boolean(vote?.open && running && !waiting),
      hint: waiting ? t('join.waiting') : vote?.open && !running ? t(snapshot.status === 'paused' ? 'join.paused' : 'join.notStarted') : null,
      myRole,
    });
    // A vote that opens below the fold (on a phone, under the scenario's summary) is brought into
    // sight once; after that the page stays where its reader puts it.
    if (vote?.open && !shown.has(vote.id)) {
      shown.add(vote.id);
      const box = voteSlot.getBoundingClientRect();
      if (box.top < 0 || box.top > window.innerHeight * 0.6) {
        const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
        voteSlot.scrollIntoView({ block: 'start', behavior: still ? 'auto' : 'smooth' });
      }
    }
    document.documentElement.dataset.ready = 'participant';
  };

  // What is new, said once: the request's steps (a summary during play), a vote's question,
  // options and deadline when it opens, warnings before it closes, and its result.
  const narrator = new Narrator({ voteOpenings: true, voteWarnings: true });
  const connect = (auth: { participantToken: string } | Record<string, never>) =>
    new LiveSession(auth, {
      change: (state) => {
        draw();
        if (state.snapshot && !disposed) narrator.update(state.snapshot);
      },
      moved: (moved) => void follow(moved.to.joinCode),
      refused: (message) => leaveWith(message),
      dismissed: () => leaveWith(t('join.removed')),
    });

  // The pass no longer works (unknown, or the trainer removed this participant): back to the form, saying why.
  const leaveWith = (message: string) => {
    saveParticipantPass(null);
    live?.close();
    live = null;
    form.property('hidden', false);
    room.property('hidden', true);
    error.text(message);
  };

  const join = async (joinCode: string, who: string) => {
    live?.close();
    live = connect({});
    try {
      // The pass this browser held (in this session it brings back the same participant; in another, the server ignores it).
      const participant = await live.join(joinCode, who, participantPass()?.token);
      saveParticipantPass({ token: participant.token, sessionId: live.snapshot!.sessionId, name: participant.name, code: joinCode });
      error.text('');
    } catch (e) {
      live.close();
      live = null;
      error.text(e instanceof Error ? e.message : String(e));
      (code.node() as HTMLInputElement).focus();
    }
  };
  // The trainer moved the class to a branch: join it as the same name.
  const follow = async (newCode: string) => {
    const pass = participantPass();
    if (!pass) return;
    alertUser(t('join.followed'), 'info');
    await join(newCode, pass.name);
  };

  form.on('submit', (event: Event) => {
    event.preventDefault();
    const c = normalJoinCode(String(code.property('value')));
    const n = String(name.property('value')).trim();
    if (!isJoinCode(c)) return void error.text(t('join.badCode'));
    if (!n) return void error.text(t('join.needName'));
    void join(c, n);
  });

  const pass = participantPass();
  if (pass && !pass.left && (!codeParam || normalJoinCode(codeParam) === pass.code)) {
    live = connect({ participantToken: pass.token });
    // Back as the same person (a reload, perhaps while the server is down): their room, not the form,
    // until the snapshot fills it; a pass that no longer works brings the form back (leaveWith).
    form.property('hidden', true);
    room.property('hidden', false);
    whoText.text(t('join.youAre', { name: pass.name }));
  } else (codeParam ? name : code).node()?.focus();

  return {
    dispose: () => {
      disposed = true;
      narrator.dispose();
      live?.close();
    },
  };
}

/** A link's code as typed into the address bar: a stray % must not stop the page. */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
