import { select } from 'd3-selection';
import type { TrainerCommand } from '../../server/protocol.ts';
import { createLink, getDebrief, getLog, getSession, listLinks, revokeLink } from '../app/api.ts';
import { alertUser, announce, guarded } from '../app/announce.ts';
import { keepFocus } from '../app/focus.ts';
import { Narrator } from '../app/narrator.ts';
import { LiveSession } from '../app/live.ts';
import { navigate, type Page } from '../app/router.ts';
import { keepLinks, keptLinks, saveTrainerPass, trainerPass } from '../app/tokens.ts';
import type { LinkView } from '../../server/protocol.ts';
import { create as createLinks } from '../views/links.ts';
import { t } from '../i18n/index.ts';
import { create as createControls } from '../views/controls.ts';
import { create as createHistory } from '../views/history.ts';
import { create as createParticipants } from '../views/participants.ts';
import { joinOriginChoice, joinUrl, loadJoinOrigins, pickJoinOrigin } from '../app/join-link.ts';
import { create as createQr } from '../views/qr.ts';
import { create as createVotes } from '../views/votes.ts';
import { choicesOf, create as createAuthorities } from '../views/authorities.ts';
import { worldEventsAhead } from '../../machines/run/world-events.ts';
import type { Debrief } from '../../server/protocol.ts';
import type { InputRecord } from '../../server/protocol.ts';
import { createScene, heading, panel } from './scene.ts';
import { classPresent } from '../model/presence.ts';
import { missingPass } from './missing-pass.ts';
import { listenForShortcuts } from '../app/shortcuts.ts';
import { create as createConfirm } from '../views/confirm.ts';
import { showClosed } from '../views/closed.ts';
import { consoleVariant } from './console-variant.ts';

/**
 * The trainer's console (`/session/:id`): every control, every view. A diplomat's walk-through is
 * the same page without the classroom's panels (join code, participants, votes).
 */
export async function mount(main: HTMLElement, [id, linkToken]: string[]): Promise<Page> {
  // Opened from a link carrying a token: the owner's (the trainerUrl of a session a script created)
  // or a co-trainer's. The server says which; this browser keeps the token, the address bar drops it.
  if (linkToken) {
    window.history.replaceState(null, '', `#/session/${id}`);
    const opened = await guarded(() => getSession(id!, linkToken));
    if (opened?.access === 'presenter') {
      navigate(`/present/${id}/${linkToken}`);
      return {};
    }
    if (opened) saveTrainerPass(id!, { token: linkToken, solo: false, cotrainer: opened.access !== 'owner' });
  }
  const pass = trainerPass(id!);
  if (!pass) return missingPass(main, id!);
  const solo = pass.solo;
  const owner = !solo && !pass.cotrainer;
  main.className = `page page-console${solo ? ' is-solo' : ''}`;

  const layout = select(main).append('div').attr('class', 'console-grid');
  const stage = layout.append('div').attr('class', 'stage').node()!;
  const side = layout.append('aside').attr('class', 'side').attr('aria-label', t('console.side')).node()!;
  // The heading heads the stage's column only: the side's assessment and controls start at the
  // page's top, in sight on a laptop's screen without scrolling.
  const head = select(stage).append('header').attr('class', 'page-head').node()!;
  const pageLinks = select(stage).append('nav').attr('class', 'page-links').attr('aria-label', t('console.links'));
  if (!solo) pageLinks.append('a').attr('href', `#/present/${id}`).attr('target', '_blank').attr('rel', 'noopener').attr('class', 'btn').text(t('console.presenter'));
  pageLinks.append('a').attr('href', `#/debrief/${id}`).attr('class', 'btn act-debrief').text(t('console.debrief'));

  const status = panel(stage, 'p-status');
  // Once the request has ended: the choices made here beside what the real authorities did.
  const endSlot = select(stage).append('div').attr('class', 'panel p-authorities').property('hidden', true).node()!;
  const authorities = createAuthorities(endSlot, solo ? t('authorities.yours') : t('authorities.class'));
  let comparedAt = -1;
  const compare = (seq: number) => {
    if (comparedAt === seq) return;
    comparedAt = seq;
    void guarded(() => getDebrief<Debrief>(id!, pass.token)).then((debrief) => {
      if (!debrief || comparedAt !== seq) return;
      endSlot.hidden = debrief.authorities.length === 0;
      authorities({ ours: choicesOf(debrief.decisions), theirs: debrief.authorities });
    });
  };
  // The date and what-if the session asks, and what they change (docs/what-if.md).
  const variant = consoleVariant(stage, side, solo);
  const chart = panel(stage, 'p-statechart', t('statechart.title'));
  // A choice on the chart whose button is gone (the request moved on) leaves the focus on the
  // chart's heading: the next choices are right after it (app/focus.ts).
  select(chart).attr('data-focus-fallback', 'statechart').select('h2').attr('tabindex', -1).attr('data-focus-key', 'statechart');
  const pair = select(stage).append('div').attr('class', 'pair').node()!;
  const mapSlot = panel(pair, 'p-map', t('map.title'));
  const timelineSlot = panel(pair, 'p-timeline');

  let live: LiveSession | null = null;
  const confirm = createConfirm(main, 'confirm-withdraw');
  const confirmStep = createConfirm(main, 'confirm-step');
  const send = async (command: TrainerCommand) => {
    // Withdrawing ends the request for the whole class and cannot be taken back: asked first.
    if (command.type === 'event' && command.event.type === 'WITHDRAW') {
      const sure = await confirm({
        title: t('console.withdrawTitle'), text: t('console.withdrawText'), confirm: t('console.withdrawConfirm'), cancel: t('console.withdrawCancel'),
      });
      if (!sure) return;
    }
    // In a class, Step at a decision lets the default policy decide for everyone (a clicker's "next"
    // would take the class's decision away): asked first.
    if (command.type === 'step' && !solo && live?.snapshot?.state.waiting) {
      const sure = await confirmStep({
        title: t('console.stepTitle'), text: t('console.stepText'), confirm: t('console.stepConfirm'), cancel: t('console.stepCancel'),
      });
      if (!sure) return;
    }
    const result = await guarded(() => live!.command(command));
    if (result?.created) {
      saveTrainerPass(result.created.id, { token: result.created.trainerToken, solo });
      // The links were carried over to the branch with the same ids and tokens.
      keepLinks(result.created.id, keptLinks(id!));
      announce(t('console.branched'));
      navigate(`/session/${result.created.id}`);
    }
  };
  // Beside the choice: in a walk-through the assessment is the decision (its channels are buttons),
  // so it comes first; in a class the trainer's controls (the vote) come first, the assessment next.
  const controlsSlot = solo ? null : panel(side, 'p-controls');
  const assessmentSlot = panel(side, 'p-assessment');
  // A channel chosen from the assessment: the focus goes to the step's reason beside it (in view, so
  // the page does not scroll), else to the chart, which shows where it led.
  assessmentSlot.dataset.focusFallback = 'assessment-latest statechart';
  const scene = createScene({
    slots: { status, statechart: chart, map: mapSlot, timeline: timelineSlot, assessment: assessmentSlot },
    onEvent: (event) => void send({ type: 'event', event }),
    assessmentChoices: true,
  });
  const controls = createControls(controlsSlot ?? panel(side, 'p-controls'), (command) => void send(command));
  const votes = solo ? null : createVotes(panel(side, 'p-votes'), {
    trainer: { reveal: () => void send({ type: 'reveal' }), breakTie: (option) => void send({ type: 'breakTie', option }) },
  });
  const qr = solo ? null : createQr(panel(side, 'p-join'), (origin) => {
    pickJoinOrigin(origin);
    draw();
  });
  const participants = solo
    ? null
    : createParticipants(panel(side, 'p-participants'), {
        approveJoins: (approve) => void send({ type: 'admission', approve }),
        admit: (participant) => void send({ type: 'admit', participant }),
        admitAll: () => void send({ type: 'admitAll' }),
        rename: (participant, name) => void send({ type: 'rename', participant, name }),
        remove: (participant) => void send({ type: 'remove', participant }),
        setRoles: (roles) => void send({ type: 'roles', roles }),
        assignRole: (participant, role) => void send({ type: 'assignRole', participant, role }),
      });
  const linkUrl = (role: LinkView['role'], token: string) => `${joinOriginChoice().origin}/#/${role === 'presenter' ? 'present' : 'session'}/${id}/${token}`;
  let links: LinkView[] = [];
  const drawLinks = owner
    ? createLinks(panel(side, 'p-links'), {
        addCotrainer: (label) => void guarded(async () => {
          const made = await createLink(id!, pass.token, 'trainer', label || undefined);
          keepLinks(id!, { ...keptLinks(id!), [made.id]: made.token });
          links = [...links, made];
          draw();
          announce(t('links.added'));
        }),
        replacePresenter: (link) => void guarded(async () => {
          const revoked = await revokeLink(id!, pass.token, link.id);
          const made = await createLink(id!, pass.token, 'presenter');
          keepLinks(id!, { ...keptLinks(id!), [made.id]: made.token });
          links = [...links.map((l) => (l.id === revoked.id ? revoked : l)), made];
          draw();
          announce(t('links.replaced'));
        }),
        revoke: (link) => void guarded(async () => {
          const revoked = await revokeLink(id!, pass.token, link.id);
          links = links.map((l) => (l.id === revoked.id ? revoked : l));
          draw();
          announce(t('links.revokedAnnounce', { name: revoked.label ?? t('links.unnamed') }));
        }),
      })
    : null;
  const history = createHistory(panel(side, 'p-history'), (atSeq) => void send({ type: 'branch', atSeq }));

  let logged: InputRecord[] = [];
  const records = () => {
    const all = new Map(logged.map((r) => [r.seq, r]));
    for (const r of live?.state.records ?? []) all.set(r.seq, r);
    return [...all.values()].sort((a, b) => a.seq - b.seq);
  };
  let titled = false;
  let full: Awaited<ReturnType<typeof getSession>>['scenario'] | null = null;

  // Every redraw keeps the keyboard's place: a control replaced, hidden or disabled hands the
  // focus on to the one that took its place (app/focus.ts), never to the page's top.
  const draw = () => keepFocus(main, drawNow);
  const drawNow = () => {
    const snapshot = live?.snapshot;
    if (!snapshot) return;
    if (!titled) {
      heading(head, snapshot, full, solo ? t('console.walkRole') : pass.cotrainer ? t('console.cotrainerRole') : t('console.trainerRole'));
      // The page (the router focuses <main> on arrival, after a branch too) is named by its heading.
      select(head).select('h1').attr('id', 'console-title');
      main.setAttribute('aria-labelledby', 'console-title');
      titled = full !== null;
    }
    // A walk-through has no class to be ready for: only whether it plays is worth saying.
    scene.update(snapshot, !snapshot.vote?.open, !solo || snapshot.playing !== null);
    const ahead = full ? worldEventsAhead(full.script, records().map((r) => r.input), snapshot.state.day) : [];
    controls({
      view: snapshot.state, status: snapshot.status, playing: snapshot.playing, vote: snapshot.vote, solo,
      world: { on: snapshot.worldEvents, next: ahead[0] ?? null },
    });
    if (snapshot.state.done) compare(snapshot.seq);
    else endSlot.hidden = true;
    votes?.({ vote: snapshot.vote, ...classPresent(live!.state.participants) });
    qr?.({ code: snapshot.joinCode, url: snapshot.joinCode ? joinUrl(snapshot.joinCode) : null, ...joinOriginChoice() });
    participants?.({ participants: live!.state.participants, presence: live!.state.presence, roles: snapshot.roles });
    if (drawLinks) {
      const kept = keptLinks(id!);
      const urls = Object.fromEntries(links.filter((l) => kept[l.id]).map((l) => [l.id, linkUrl(l.role, kept[l.id]!)]));
      drawLinks({ links, urls });
    }
    history({ records: records() });
    document.documentElement.dataset.ready = 'console';
  };

  if (!solo) loadJoinOrigins(() => draw());
  // The trainer opened the vote: its opening is no news here; its warnings and result are.
  const narrator = new Narrator({ voteOpenings: false, voteWarnings: !solo });
  live = new LiveSession({ sessionId: id!, trainerToken: pass.token }, {
    change: (state, why) => {
      draw();
      if (state.snapshot) narrator.update(state.snapshot);
      // Why play stopped, said once: later status broadcasts carry the same reason again.
      // (At the end, the narrator has said the outcome already.)
      if (why === 'status' && state.reason && !state.snapshot?.state.done) announce(state.stopped && state.stopped !== 'ended' ? t(`status.stopped.${state.stopped}`) : state.reason);
      if (why === 'snapshot') void refreshLog();
    },
    refused: (message) => alertUser(message),
    dismissed: (message) => showClosed(main, message),
    // A co-trainer's link was carried over to the branch the owner made: follow the class there.
    moved: (moved) => {
      if (!pass.cotrainer) return;
      saveTrainerPass(moved.to.id, pass);
      navigate(`/session/${moved.to.id}`);
    },
  });

  // The presenter link is ready on the console: the one this browser made, or a new one.
  if (owner) {
    void guarded(async () => {
      links = await listLinks(id!, pass.token);
      const kept = keptLinks(id!);
      if (!links.some((l) => l.role === 'presenter' && l.revokedAt === null && kept[l.id])) {
        const made = await createLink(id!, pass.token, 'presenter');
        keepLinks(id!, { ...keptLinks(id!), [made.id]: made.token });
        links = [...links, made];
      }
      draw();
    });
  }

  const refreshLog = async () => {
    const log = await guarded(() => getLog(id!));
    if (log) {
      logged = log.inputs;
      draw();
    }
  };
  void guarded(() => getSession(id!, pass.token)).then((description) => {
    if (!description) return;
    full = description.scenario;
    variant(description);
    scene.setScenario(description.scenario);
    titled = false;
    draw();
  });

  const stopShortcuts = listenForShortcuts(main);
  return {
    dispose: () => {
      stopShortcuts();
      narrator.dispose();
      main.removeAttribute('aria-labelledby');
      live?.close();
    },
  };
}
