import { select } from 'd3-selection';
import type { HandshakeAuth, PresenceEntry } from '../../server/protocol.ts';
import { getSession } from '../app/api.ts';
import { alertUser, announce, guarded } from '../app/announce.ts';
import { LiveSession } from '../app/live.ts';
import { navigate, type Page } from '../app/router.ts';
import { presenterPass, savePresenterPass, trainerPass } from '../app/tokens.ts';
import { t } from '../i18n/index.ts';
import { joinUrl, loadJoinOrigins } from '../app/join-link.ts';
import { create as createLobby } from '../views/lobby.ts';
import { create as createQr } from '../views/qr.ts';
import { create as createVotes } from '../views/votes.ts';
import { bindPresenterKeys, createScreenTools } from '../views/screen-tools.ts';
import { createScene, describeChange, heading } from './scene.ts';
import { classPresent } from '../model/presence.ts';
import { missingPass } from './missing-pass.ts';
import { showClosed } from '../views/closed.ts';

/**
 * The projector (`/present/:id`, or `/present/:id/:token` from a presenter link): one 16:9 screen
 * that never scrolls. Before the session starts, a lobby (the join code and QR code large, the names
 * as people join); then the current state and the vote, largest, with the statechart and the map.
 * It opens with a presenter link's token in any browser, or with the trainer's token that the
 * console left in this one; either way it only watches.
 */
export async function mount(main: HTMLElement, [id, linkToken]: string[]): Promise<Page> {
  if (linkToken) {
    savePresenterPass(id!, { token: linkToken });
    // The token stays out of the address bar the room can read.
    window.history.replaceState(null, '', `#/present/${id}`);
  }
  const presenter = presenterPass(id!);
  const trainer = trainerPass(id!);
  if (!presenter && !trainer) return missingPass(main, id!);
  const auth: HandshakeAuth = presenter
    ? { sessionId: id!, presenterToken: presenter.token }
    : { sessionId: id!, trainerToken: trainer!.token, as: 'observer' };
  const solo = !presenter && trainer!.solo;
  main.className = 'page page-presenter';
  document.body.classList.add('presenting');

  const bar = select(main).append('div').attr('class', 'presenter-bar');
  const head = bar.append('header').attr('class', 'page-head').node()!;
  const tools = createScreenTools(bar.append('div').attr('class', 'presenter-tools').node()!, { qr: !solo });

  const body = select(main).append('div').attr('class', 'presenter-body');
  const nowSlot = body.append('div').attr('class', 'panel p-now').node()!;
  const voteSlot = body.append('div').attr('class', 'panel p-votes').node()!;
  const chart = body.append('div').attr('class', 'panel p-statechart').node()!;
  const mapSlot = body.append('div').attr('class', 'panel p-map').node()!;
  // At a decision the room reads which channels are open and why, beside the current state.
  const assessmentSlot = body.append('div').attr('class', 'panel p-assessment').node()!;
  const joinSlot = body.append('aside').attr('class', 'panel p-join').attr('aria-label', t('join.codeTitle')).node()!;
  const lobbySlot = body.append('div').attr('class', 'panel p-lobby').node()!;
  const status = nowSlot;
  const scene = createScene({ slots: { status, statechart: chart, map: mapSlot, assessment: assessmentSlot }, mapLabelPx: 18 });
  const votes = createVotes(voteSlot, { respectHidden: true });
  const qr = createQr(joinSlot);
  const lobby = createLobby(lobbySlot);

  let full: Awaited<ReturnType<typeof getSession>>['scenario'] | null = null;
  let live: LiveSession | null = null;
  const draw = () => {
    const snapshot = live?.snapshot;
    if (!snapshot) return;
    heading(head, snapshot, full, t('presenter.role'));
    // Before the trainer starts: the room's first job is to join.
    const waiting = !solo && snapshot.status === 'ready' && snapshot.seq === 0 && !snapshot.vote;
    main.classList.toggle('is-lobby', waiting);
    main.classList.toggle('has-vote', Boolean(snapshot.vote));
    // At a decision the room reads the channels' verdicts; while the class votes on it too, one line
    // per channel under the vote, so the reasons stay in sight while people choose.
    const decides = !waiting && snapshot.state.waiting && !snapshot.state.done;
    main.classList.toggle('awaits-decision', decides);
    assessmentSlot.hidden = !decides;
    main.classList.toggle('shows-qr', !solo && tools.qrShown());
    scene.update(snapshot, false);
    votes({ vote: snapshot.vote, present: classPresent(live!.state.participants).present });
    voteSlot.hidden = !snapshot.vote;
    joinSlot.hidden = solo || !tools.qrShown();
    lobbySlot.hidden = !waiting;
    qr({ code: solo ? null : snapshot.joinCode, url: snapshot.joinCode ? joinUrl(snapshot.joinCode) : null });
    const people = live!.state.participants.filter((p: PresenceEntry) => p.status === 'admitted');
    lobby({ names: people.map((p) => p.name), count: people.length });
    document.documentElement.dataset.ready = 'presenter';
  };
  tools.onChange(draw);
  const unbind = bindPresenterKeys(tools);
  loadJoinOrigins(() => draw());
  let followTimer = 0;
  live = new LiveSession(auth, {
    change: (state, why) => {
      draw();
      if (why === 'input' && state.snapshot) announce(describeChange(state.snapshot.state));
    },
    // A revoked link, or a token this server does not know: the screen says so instead of freezing.
    refused: (message) => alertUser(message),
    dismissed: (message) => showClosed(main, message),
    moved: (moved) => {
      // A presenter link was carried over to the branch: the same token opens it.
      if (presenter) {
        savePresenterPass(moved.to.id, presenter);
        return navigate(`/present/${moved.to.id}`);
      }
      // The console stores the branch's token when its command returns; wait for it, then follow.
      let tries = 0;
      window.clearInterval(followTimer);
      followTimer = window.setInterval(() => {
        if (trainerPass(moved.to.id) || ++tries > 50) {
          window.clearInterval(followTimer);
          if (trainerPass(moved.to.id)) navigate(`/present/${moved.to.id}`);
        }
      }, 200);
    },
  });
  void guarded(() => getSession(id!, presenter?.token ?? trainer!.token)).then((d) => {
    if (!d) return;
    full = d.scenario;
    scene.setScenario(d.scenario);
    draw();
  });
  return {
    dispose: () => {
      window.clearInterval(followTimer);
      unbind();
      tools.dispose();
      live?.close();
      document.body.classList.remove('presenting');
    },
  };
}
