import { select } from 'd3-selection';
import { geoEqualEarth, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { scaleLog } from 'd3-scale';
import type { ChannelName } from '../../machines/world/types.ts';
import { t } from '../i18n/index.ts';
import { channelLabel, daysLabel } from '../i18n/labels.ts';
import { isoNumeric } from '../model/iso-numeric.ts';
import atlasUrl from 'world-atlas/countries-110m.json?url';

/** One state on the map: its channel and days, and whether the what-if or the date moved it. */
export interface MapCell {
  channel: ChannelName | null;
  days: number | null;
  changed: boolean;
}

export interface AtlasMapState {
  /** State id → its cell; states without one are drawn but not coloured (domestic, or not in the world). */
  cells: Map<string, MapCell>;
  /** The state the map is drawn from (outlined): the requesting state, or the provider's home. */
  anchor: string;
  /** What the outlined state is, in words ("requesting state", "where Google is based"). */
  anchorLabel: string;
  names: Map<string, string>;
  /** Colour by channel, or by days. */
  colour: 'channel' | 'days';
  /** How the map reads, in words (what a coloured state means). */
  reading: string;
}

export interface AtlasMapHandlers {
  /** A state is pointed at or focused: explain it. */
  explain: (id: string | null) => void;
  /** A state is clicked or chosen with Enter: ask from it. */
  choose: (id: string) => void;
}

const W = 960;
const H = 500;
const CHANNEL_ORDER = ['direct', 'agreement', 'mlat', 'rogatory'] as const;

interface Feature { type: 'Feature'; id?: string; properties: { name: string }; geometry: unknown }

let features: Promise<Feature[]> | null = null;
function loadFeatures(): Promise<Feature[]> {
  features ??= Promise.all([fetch(atlasUrl).then((r) => r.json()), import('topojson-client')]).then(([topology, topojson]) =>
    (topojson.feature(topology, topology.objects.countries) as unknown as { features: Feature[] }).features);
  return features;
}

/** Days on a log scale: a few days pale, letters rogatory's years dark. */
const DAYS = scaleLog<string>().domain([1, 1000]).range(['#e6f0fa', '#08306b']).clamp(true);

/**
 * The atlas as a world map: each state of the built-in world coloured by the channel its cell takes
 * (or by its days), named in words in the legend and on every state (hover and keyboard focus both
 * explain it; Enter or a click asks from it; the map is one Tab stop, the arrow keys move between states).
 */
export function create(container: HTMLElement, on: AtlasMapHandlers): (state: AtlasMapState) => void {
  const root = select(container).append('figure').attr('class', 'atlas-map');
  const svg = root.append('svg').attr('viewBox', `0 0 ${W} ${H}`).attr('role', 'group').attr('aria-labelledby', 'atlas-map-title');
  svg.append('title').attr('id', 'atlas-map-title').text(t('atlas.mapTitle'));
  const land = svg.append('g').attr('class', 'atlas-land');
  const legend = root.append('figcaption').attr('class', 'map-legend atlas-map-legend');
  const reading = root.append('p').attr('class', 'hint atlas-map-reading');
  root.append('p').attr('class', 'hint atlas-map-keys').text(t('atlas.mapKeys'));
  // One Tab stop for the whole map (roving tabindex): the arrow keys move between states in the
  // order of their names, so the controls after the map are not 165 Tabs away.
  let current: string | null = null;
  let order: string[] = [];
  const move = (from: string, step: number | 'first' | 'last') => {
    const at = order.indexOf(from);
    const next = step === 'first' ? order[0] : step === 'last' ? order.at(-1) : order[(at + step + order.length) % order.length];
    if (!next) return;
    current = next;
    land.selectAll<SVGPathElement, string>('path.atlas-state').attr('tabindex', (d) => (d === current ? 0 : -1));
    land.select<SVGPathElement>(`path.atlas-state[data-state="${next}"]`).node()?.focus();
  };

  let byState = new Map<string, Feature>();
  const projection = geoEqualEarth().fitExtent([[8, 8], [W - 8, H - 8]], { type: 'Sphere' } as GeoPermissibleObjects);
  const path = geoPath(projection);
  let last: AtlasMapState | null = null;
  const loaded = loadFeatures().then((list) => {
    land.selectAll('path.country-shape').data(list.filter((f) => f.id !== '010'), (f) => (f as Feature).id ?? (f as Feature).properties.name).join('path')
      .attr('class', 'country-shape').attr('d', (f) => path(f as unknown as GeoPermissibleObjects) ?? '');
    byState = new Map(list.map((f) => [f.id ?? '', f]));
  });

  const label = (id: string, s: AtlasMapState) => {
    const name = s.names.get(id) ?? id;
    if (id === s.anchor) return `${name}: ${s.anchorLabel}`;
    const c = s.cells.get(id);
    if (!c) return name;
    const what = c.channel ? `${channelLabel(c.channel)}, ${daysLabel(c.days ?? 0)}` : t('atlas.noChannel');
    return `${name}: ${what}${c.changed ? ` (${t('atlas.changed')})` : ''}`;
  };

  function draw(s: AtlasMapState): void {
    const ids = [...s.names.keys()].filter((id) => byState.has(isoNumeric(id) ?? ''));
    const states = land.selectAll<SVGPathElement, string>('path.atlas-state').data(ids, (d) => d).join((enter) => enter.append('path')
      .attr('tabindex', 0).attr('role', 'button')
      .on('mouseenter', (_e, id) => on.explain(id))
      .on('focus', (_e, id) => {
        current = id;
        land.selectAll<SVGPathElement, string>('path.atlas-state').attr('tabindex', (d) => (d === current ? 0 : -1));
        on.explain(id);
      })
      .on('mouseleave blur', () => on.explain(null))
      .on('click', (_e, id) => on.choose(id))
      .on('keydown', (e: KeyboardEvent, id) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          on.choose(id);
          return;
        }
        const rtl = getComputedStyle(container).direction === 'rtl';
        const steps: Record<string, number | 'first' | 'last'> = {
          ArrowDown: 1, ArrowUp: -1, ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1, Home: 'first', End: 'last',
        };
        if (e.key in steps) {
          e.preventDefault();
          move(id, steps[e.key]!);
        }
      }));
    order = ids;
    if (!current || !ids.includes(current)) current = ids.includes(s.anchor) ? s.anchor : ids[0] ?? null;
    states.attr('tabindex', (id) => (id === current ? 0 : -1));
    states.attr('d', (id) => path(byState.get(isoNumeric(id)!) as unknown as GeoPermissibleObjects) ?? '')
      .attr('data-state', (id) => id)
      .attr('aria-label', (id) => label(id, s))
      .attr('class', (id) => {
        const c = s.cells.get(id);
        const kind = id === s.anchor ? 'anchor' : c?.channel ? `channel-${c.channel}` : c ? 'channel-none' : 'channel-unknown';
        return `atlas-state ${kind}${c?.changed ? ' is-changed' : ''}`;
      })
      .style('fill', (id) => {
        const c = s.cells.get(id);
        return s.colour === 'days' && id !== s.anchor && c?.days != null ? DAYS(Math.max(1, c.days)) : null;
      });
    // Keep the anchor and changed states on top, so that their outline is not hidden by a neighbour.
    states.filter((id) => id === s.anchor || Boolean(s.cells.get(id)?.changed)).raise();
    const chips = s.colour === 'channel'
      ? [...CHANNEL_ORDER.map((c) => ({ cls: `channel-${c}`, text: channelLabel(c) })), { cls: 'channel-none', text: t('atlas.noChannel') }]
      : [{ cls: 'days-few', text: t('atlas.daysFew') }, { cls: 'days-many', text: t('atlas.daysMany') }];
    legend.selectAll('span').data([...chips, { cls: 'anchor', text: s.anchorLabel }, { cls: 'is-changed', text: t('atlas.changed') }], (d) => (d as { cls: string }).cls).join('span')
      .attr('class', (d) => `legend-chip atlas-chip ${d.cls}`).text((d) => d.text);
    reading.text(s.reading);
  }

  return (s) => {
    last = s;
    void loaded.then(() => last === s && draw(s));
  };
}
