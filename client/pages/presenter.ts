import { select } from 'd3-selection';
import { getSession } from '../app/api.ts';
import { announce, guarded } from '../app/announce.ts';
import { LiveSession } from '../app/live.ts';
import { navigate, type Page } from '../app/router.ts';
import { trainerPass } from '../app/tokens.ts';
import { t } from '../i18n/index.ts';
import { joinOriginChoice, joinUrl, loadJoinOrigins, pickJoinOrigin } from '../app/join-link.ts';
import { create as createQr } from '../views/qr.ts';
import { create as createVotes } from '../views/votes.ts';
import { createScene, describeChange, heading, panel } from './scene.ts';
import { classPresent } from '../model/presence.ts';
import { missingPass } from './missing-pass.ts';

/**
 * The projector (`/present/:id`): large, high contrast, no controls. It connects with the trainer's
 * token, which the console left in this browser, and follows the class to a branch.
 */
export async function mount(main: HTMLElement, [id]: string[]): Promise<Page> {
  const pass = trainerPass(id!);
  if (!pass) return missingPass(main, id!);
  main.className = 'page page-presenter';
  document.body.classList.add('presenting');

  const head = select(main).append('header').attr('class', 'page-head').node()!;
  // The statechart takes the width; the vote (when there is one) and the join code stay in sight
  // beside it, the map and the last steps under them.
  const grid = select(main).append('div').attr('class', 'presenter-grid');
  const left = grid.append('div').attr('class', 'presenter-main').node()!;
  const right = grid.append('div').attr('class', 'presenter-side').node()!;
  const status = panel(left, 'p-status');
  const chart = panel(left, 'p-statechart');
  const voteSlot = panel(right, 'p-votes');
  const joinSlot = panel(right, 'p-join');
  const mapSlot = panel(right, 'p-map');
  const timelineSlot = panel(right, 'p-timeline');
  const scene = createScene({ slots: { status, statechart: chart, map: mapSlot, timeline: timelineSlot }, timelineLimit: 3 });
  const votes = createVotes(voteSlot, { respectHidden: true });
  const qr = createQr(joinSlot);

  let full: Awaited<ReturnType<typeof getSession>>['scenario'] | null = null;
  let live: LiveSession | null = null;
  const draw = () => {
    const snapshot = live?.snapshot;
    if (!snapshot) return;
    heading(head, snapshot, full, t('presenter.role'));
    scene.update(snapshot, false);
    votes({ vote: snapshot.vote, present: classPresent(live!.state.participants).present });
    voteSlot.hidden = !snapshot.vote;
    qr({ code: pass.solo ? null : snapshot.joinCode, url: snapshot.joinCode ? joinUrl(snapshot.joinCode) : null });
    document.documentElement.dataset.ready = 'presenter';
  };
  loadJoinOrigins(() => draw());
  let followTimer = 0;
  live = new LiveSession({ sessionId: id!, trainerToken: pass.token, as: 'observer' }, {
    change: (state, why) => {
      draw();
      if (why === 'input' && state.snapshot) announce(describeChange(state.snapshot.state));
    },
    // The console stores the branch's token when its command returns; wait for it, then follow.
    moved: (moved) => {
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
  void guarded(() => getSession(id!, pass.token)).then((d) => {
    if (!d) return;
    full = d.scenario;
    scene.setScenario(d.scenario);
    draw();
  });
  return {
    dispose: () => {
      window.clearInterval(followTimer);
      live?.close();
      document.body.classList.remove('presenting');
    },
  };
}
