import { select } from 'd3-selection';
import type { ScenarioEvent } from '../../machines/request/events.ts';
import type { Scenario } from '../../machines/scenario.ts';
import type { RequestView } from '../../machines/run/view.ts';
import type { Snapshot } from '../../server/protocol.ts';
import { t } from '../i18n/index.ts';
import { dayLabel, eventTypeLabel, outcomeLabel, stateLabel } from '../i18n/labels.ts';
import { useScenario } from '../i18n/states.ts';
import { scenarioLang, scenarioSummary, scenarioTitle } from '../i18n/scenario-text.ts';
import { sourcesOf, type Sources } from '../model/sources.ts';
import { create as createAssessment } from '../views/assessment.ts';
import { create as createMap } from '../views/map.ts';
import { create as createStatechart } from '../views/statechart.ts';
import { create as createStatus } from '../views/status.ts';
import { create as createTimeline } from '../views/timeline.ts';

/** A panel with a heading, for the views that do not bring their own. */
export function panel(parent: HTMLElement, cls: string, heading?: string): HTMLElement {
  // A section only when it has a heading of its own; views that bring theirs get a plain box.
  const box = select(parent).append(heading ? 'section' : 'div').attr('class', `panel ${cls}`);
  if (heading) box.append('h2').text(heading);
  return box.node() as HTMLElement;
}

export interface SceneOptions {
  /** Allowed events as buttons on the statechart's edges. */
  onEvent?: (event: ScenarioEvent) => void;
  timelineLimit?: number;
  /** The smallest size of the map's labels, in CSS px (the projector). */
  mapLabelPx?: number;
  /** Which views, in which containers. */
  slots: { status: HTMLElement; statechart: HTMLElement; map?: HTMLElement; timeline?: HTMLElement; assessment?: HTMLElement };
  /** The assessment offers the channels as buttons (onEvent) and says the newest step's reason. */
  assessmentChoices?: boolean;
}

/**
 * The views every session screen shares (status, statechart, map, timeline), fed from a snapshot.
 * The map is drawn again only when what it shows changes (the channel, the consultation).
 */
export function createScene(options: SceneOptions) {
  const { slots } = options;
  const status = createStatus(slots.status);
  const statechart = createStatechart(slots.statechart, { onEvent: options.onEvent });
  const map = slots.map ? createMap(slots.map, { minLabelPx: options.mapLabelPx }) : null;
  const timeline = slots.timeline ? createTimeline(slots.timeline, { limit: options.timelineLimit, follow: true }) : null;
  const assessment = slots.assessment
    ? createAssessment(slots.assessment, options.assessmentChoices ? { onEvent: options.onEvent, latest: true } : {})
    : null;
  let scenario: Scenario | null = null;
  let sources: Sources = new Map();
  let mapKey = '';

  return {
    setScenario(full: Scenario): void {
      scenario = full;
      useScenario(full);
      sources = sourcesOf(full);
      mapKey = '';
    },
    update(snapshot: Snapshot, interactive: boolean, showSession = true): void {
      const view = snapshot.state;
      status({ view, status: showSession ? snapshot.status : undefined, speed: snapshot.playing?.speed ?? null });
      statechart({ view, interactive });
      timeline?.({ view, sources });
      assessment?.({ view, sources, interactive });
      const key = `${view.channel}|${view.awaiting.map((a) => a.country).join(',')}|${view.answers.map((a) => `${a.country}:${a.answer}`).join(',')}|${view.done}`;
      if (map && scenario && key !== mapKey) {
        mapKey = key;
        map({ scenario, view });
      }
    },
  };
}

/** The page heading: the scenario's title (translated when the scenario carries it) and summary. */
export function heading(parent: HTMLElement, snapshot: Pick<Snapshot, 'scenario'>, full: Scenario | null, role: string): void {
  const source = full ?? snapshot.scenario;
  // The full scenario brings its phrases and its world's names (a snapshot's summary may not: the ones set stay).
  if (full) useScenario(full);
  const head = select(parent);
  head.selectAll('*').remove();
  head.append('p').attr('class', 'eyebrow').text(role);
  // dir="auto": an untranslated English summary keeps its own direction (and its full stop) in Arabic.
  head.append('h1').attr('dir', 'auto').attr('lang', scenarioLang(source, 'title')).text(scenarioTitle(source));
  document.title = `${scenarioTitle(source)} · ${role} · Rogatory`;
  head.append('p').attr('class', 'lede').attr('dir', 'auto').attr('lang', scenarioLang(source, 'summary')).text(scenarioSummary(source));
}

/** What changed, in one sentence for screen readers: the newest transition or the outcome. */
export function describeChange(view: RequestView): string {
  if (view.done) return t('announce.outcome', { outcome: outcomeLabel(view.outcome), day: dayLabel(view.day) });
  const last = view.transitions.at(-1);
  if (!last) return '';
  return t('announce.transition', { day: dayLabel(last.day), event: eventTypeLabel(last.event), state: stateLabel(last.to) });
}
