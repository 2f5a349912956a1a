import { select } from 'd3-selection';
import { geoCentroid, geoEqualEarth, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolTriangle, symbolWye, type SymbolType } from 'd3-shape';
import type { Scenario } from '../../machines/scenario.ts';
import type { RequestView } from '../../machines/run/view.ts';
import { JURISDICTIONS } from '../../machines/world/builtin/jurisdictions.ts';
import { isRtl, t } from '../i18n/index.ts';
import { channelLabel } from '../i18n/labels.ts';
import { stateHere } from '../i18n/states.ts';
import { isoNumeric } from '../model/iso-numeric.ts';
import { mapModel, primaryRole, type MapLeg, type MapModel, type MapPlace, type MapRole } from '../model/map-roles.ts';
import atlasUrl from 'world-atlas/countries-110m.json?url';

export interface MapState {
  scenario: Pick<Scenario, 'world' | 'request'>;
  view: RequestView | null;
}

const W = 960;
const H = 520;
const SYMBOLS: Record<MapRole, SymbolType> = {
  requesting: symbolSquare, requested: symbolWye, providerHome: symbolCircle, dataLocation: symbolTriangle,
  consulted: symbolDiamond, subjectNationality: symbolCross, subjectLocation: symbolCross,
};
const LEGEND: MapRole[] = ['requesting', 'requested', 'providerHome', 'dataLocation', 'consulted', 'subjectNationality'];

interface Feature { type: 'Feature'; id?: string; properties: { name: string }; geometry: unknown }

let atlas: Promise<Feature[]> | null = null;
/** The world atlas is fetched once, and only for scenarios set among real states. */
function loadAtlas(): Promise<Feature[]> {
  atlas ??= Promise.all([fetch(atlasUrl).then((r) => r.json()), import('topojson-client')]).then(([topology, topojson]) => {
    const collection = topojson.feature(topology, topology.objects.countries) as unknown as { features: Feature[] };
    return collection.features;
  });
  return atlas;
}

const BUILTIN_NAMES = new Map(JURISDICTIONS.map((j) => [j.id, j.name.toLowerCase()]));

/**
 * Real when every place is a state by its ISO code and its name says so (the built-in world's name
 * or the atlas's): a classroom's "AR: Arcadia" is fictional, however real its code looks.
 */
function realFeatures(places: MapPlace[], features: Feature[]): Map<string, Feature> | null {
  const byNumeric = new Map(features.map((f) => [f.id, f]));
  const found = new Map<string, Feature>();
  for (const p of places) {
    const feature = byNumeric.get(isoNumeric(p.id) ?? '');
    const name = p.name.toLowerCase();
    if (!feature || (BUILTIN_NAMES.get(p.id) !== name && feature.properties.name.toLowerCase() !== name)) return null;
    found.set(p.id, feature);
  }
  return found;
}

/** Only worth fetching the atlas when no place is plainly fictional. */
function mightBeReal(places: MapPlace[]): boolean {
  return places.length > 0 && places.every((p) => {
    if (!isoNumeric(p.id)) return false;
    const builtin = BUILTIN_NAMES.get(p.id);
    return builtin === undefined || builtin === p.name.toLowerCase();
  });
}

/**
 * The jurisdictions of the request and its path: on the world map when they are real states, on a
 * schematic circle when they are a classroom's fictional ones. Each part a state plays has a
 * symbol of its own, named in the legend; each leg of the path has a line style of its own.
 */
export interface MapOptions {
  /**
   * The smallest size (CSS px) the place labels may be drawn at however small the map is drawn (the
   * projector: readable from the back of the room). The words grow in the map's own units instead.
   */
  minLabelPx?: number;
}

/** The smallest label's size in the map's units (the stylesheet's .place-roles and .place-mark). */
const SMALLEST_LABEL = 15;

export function create(container: HTMLElement, options: MapOptions = {}): (state: MapState) => void {
  const root = select(container).append('figure').attr('class', 'map');
  const svg = root.append('svg').attr('viewBox', `0 0 ${W} ${H}`).attr('role', 'img').attr('aria-labelledby', 'map-title map-desc');
  svg.append('title').attr('id', 'map-title').text(t('map.title'));
  const desc = svg.append('desc').attr('id', 'map-desc');
  const defs = svg.append('defs');
  defs.append('marker').attr('id', 'map-arrow').attr('viewBox', '0 0 10 10').attr('refX', 10).attr('refY', 5)
    .attr('markerUnits', 'userSpaceOnUse').attr('markerWidth', 16).attr('markerHeight', 16).attr('orient', 'auto')
    .append('path').attr('d', 'M0,0 L10,5 L0,10 z').attr('class', 'map-arrowhead');
  const land = svg.append('g').attr('class', 'map-land');
  const legsG = svg.append('g').attr('class', 'map-legs');
  const placesG = svg.append('g').attr('class', 'map-places');
  const caption = root.append('figcaption').attr('class', 'map-legend');
  const note = root.append('p').attr('class', 'map-note');
  caption.selectAll('span').data(LEGEND).join('span').attr('class', 'legend-item').call((s) => {
    const icon = s.append('svg').attr('viewBox', '-10 -10 20 20').attr('class', 'legend-icon').attr('aria-hidden', 'true');
    icon.append('path').attr('d', (r) => symbol(SYMBOLS[r], 120)()).attr('class', (r) => `role-${r}`);
    s.append('span').text((r) => t(`role.${r}`));
  });
  const legKinds = root.append('p').attr('class', 'map-legend map-legend-legs');
  legKinds.append('span').text(`━━ ${t('map.legRequest')}`);
  legKinds.append('span').text(`╌╌ ${t('map.legData')}`);
  legKinds.append('span').text(`┈┈ ${t('map.legConsult')}`);

  /** How much the labels are enlarged (1: as the stylesheet says). */
  let k = 1;
  const stacked = Boolean(options.minLabelPx);
  let placed: { at: Map<string, [number, number]>; middle: number } | null = null;
  // Whatever size the map is drawn at, its smallest words stay at least this many CSS px: the
  // projector's option, else the stylesheet's --map-min-text (the console's laptop). CSS px grow
  // with the browser's zoom, so the words do too.
  new ResizeObserver(() => {
    const box = svg.node()!.getBoundingClientRect();
    if (box.width === 0) return;
    const min = options.minLabelPx ?? (parseFloat(getComputedStyle(svg.node()!).getPropertyValue('--map-min-text')) || 0);
    // The drawing is scaled to fit its box (preserveAspectRatio meet): the smaller ratio applies.
    const scale = Math.min(box.width / W, box.height > 0 ? box.height / H : Infinity);
    // A hair over the minimum: the browser rounds the drawing's scale.
    const next = Math.max(1, (min / (SMALLEST_LABEL * scale)) * 1.01);
    if (Math.abs(next - k) < 0.01) return;
    k = next;
    svg.style('--map-k', String(k));
    placeLabels();
  }).observe(svg.node()!);

  let token = 0;
  return (state) => {
    const model = mapModel(state.scenario, state.view);
    const mine = ++token;
    describe(model);
    if (mightBeReal(model.places)) {
      loadAtlas().then((features) => {
        if (mine !== token) return;
        const real = realFeatures(model.places, features);
        if (real) drawReal(model, features, real);
        else drawSchematic(model);
      }, () => mine === token && drawSchematic(model));
    } else drawSchematic(model);
  };

  function describe(model: MapModel): void {
    const parts = model.places.map((p) => `${stateHere(p.id, p.name)}: ${[...p.roles.map((r) => t(`role.${r}`)), ...(p.consultation ? [mark(p)] : [])].join(t('common.comma'))}`);
    desc.text(parts.join('; '));
    note.text(model.locationUnknown ? `⚠ ${t('map.unknownLocation')}` : '');
  }

  function drawSchematic(model: MapModel): void {
    land.selectAll('*').remove();
    svg.classed('is-schematic', true);
    const n = model.places.length;
    const radius = n <= 1 ? 0 : Math.min(W, H) / 2 - 90;
    // The requesting state sits where reading starts (left, or right in Arabic); the rest around the circle.
    const start = isRtl() ? 0 : Math.PI;
    const at = new Map(model.places.map((p, i) => {
      const angle = start + (2 * Math.PI * i) / Math.max(1, n);
      return [p.id, [W / 2 + radius * 1.35 * Math.cos(angle), H / 2 + radius * Math.sin(angle)] as [number, number]];
    }));
    land.append('ellipse').attr('class', 'map-orbit').attr('cx', W / 2).attr('cy', H / 2).attr('rx', radius * 1.35).attr('ry', radius);
    drawOverlay(model, at);
  }

  function drawReal(model: MapModel, features: Feature[], real: Map<string, Feature>): void {
    svg.classed('is-schematic', false);
    const focus = { type: 'FeatureCollection', features: [...real.values()] } as unknown as GeoPermissibleObjects;
    // Room at the sides for the names and roles written under each state.
    const projection = geoEqualEarth().fitExtent([[150, 50], [W - 150, H - 70]], focus);
    const path = geoPath(projection);
    land.selectAll<SVGPathElement, Feature>('path').data(features, (f) => f.id ?? f.properties.name)
      .join('path')
      .attr('d', (f) => path(f as unknown as GeoPermissibleObjects) ?? '')
      .attr('class', (f) => {
        const place = model.places.find((p) => real.get(p.id) === f);
        return place ? `country involved role-${primaryRole(place)}` : 'country';
      });
    const at = new Map<string, [number, number]>();
    for (const [id, f] of real) {
      const point = projection(geoCentroid(f as unknown as GeoPermissibleObjects));
      if (point) at.set(id, [point[0], point[1]]);
    }
    drawOverlay(model, at);
  }

  function drawOverlay(model: MapModel, at: Map<string, [number, number]>): void {
    const legs = model.legs.filter((l) => at.has(l.from) && at.has(l.to));
    legsG.selectAll<SVGPathElement, MapLeg>('path').data(legs, (l) => `${l.kind}:${l.from}:${l.to}`)
      .join('path')
      .attr('class', (l) => `map-leg leg-${l.kind}`)
      .attr('marker-end', 'url(#map-arrow)')
      .attr('d', (l) => arc(at.get(l.from)!, at.get(l.to)!, BEND[l.kind]));
    const places = placesG.selectAll<SVGGElement, MapPlace>('g.place').data(model.places.filter((p) => at.has(p.id)), (p) => p.id)
      .join((enter) => {
        const g = enter.append('g').attr('class', 'place');
        g.append('path').attr('class', 'place-symbol');
        g.append('text').attr('class', 'place-name').attr('text-anchor', 'middle');
        g.append('text').attr('class', 'place-roles').attr('text-anchor', 'middle');
        g.append('text').attr('class', 'place-mark').attr('text-anchor', 'middle');
        return g;
      })
      .attr('transform', (p) => `translate(${at.get(p.id)![0]},${at.get(p.id)![1]})`);
    placed = { at, middle: [...at.values()].reduce((sum, [, y]) => sum + y, 0) / Math.max(1, at.size) };
    places.select('.place-symbol').attr('d', (p) => symbol(SYMBOLS[primaryRole(p)], 520)()).attr('class', (p) => `place-symbol role-${primaryRole(p)}`);
    places.select('.place-name').text((p) => stateHere(p.id, p.name));
    // Enlarged for the projector, one role a line: a single line of three roles would outgrow the map.
    places.select('.place-roles').each(function (p) {
      const lines = stacked ? p.roles.map((r) => t(`role.${r}`)) : [p.roles.map((r) => t(`role.${r}`)).join(' · ')];
      select(this).selectAll('tspan').data(lines).join('tspan').attr('x', 0).text((d) => d);
    });
    places.select('.place-mark').text(mark).attr('data-answer', (p) => p.answer);
    placeLabels();
    const request = model.legs.find((l) => l.kind === 'request');
    root.attr('data-channel', request?.channel ?? '').attr('aria-description', request?.channel ? channelLabel(request.channel) : null);
  }

  /** Words go on the outer side of each symbol, away from the legs that meet in the middle; enlarged words stand further off. */
  function placeLabels(): void {
    if (!placed) return;
    const { at, middle } = placed;
    const above = (p: MapPlace) => at.size > 1 && at.get(p.id)![1] < middle - 1;
    const places = placesG.selectAll<SVGGElement, MapPlace>('g.place');
    // The symbol keeps its size; the words stand off it by their own size (k times the stylesheet's).
    const name = 22 * k;
    const small = SMALLEST_LABEL * k;
    const line = small * 1.2;
    places.each(function (p) {
      const g = select(this);
      const lines = g.selectAll<SVGTSpanElement, string>('.place-roles tspan');
      const n = lines.size();
      if (above(p)) {
        // From the symbol up: the roles (the last line nearest), then the name over them.
        const lastRole = -26 - (k - 1) * 3;
        const firstRole = lastRole - (n - 1) * line;
        lines.attr('y', (_d, i) => firstRole + i * line);
        g.select('.place-name').attr('y', firstRole - small * 0.8 - name * 0.25 - 4);
        g.select('.place-mark').attr('y', 38 + (k - 1) * small * 0.8);
      } else {
        const nameY = 36 + (k - 1) * name * 0.8;
        g.select('.place-name').attr('y', nameY);
        lines.attr('y', (_d, i) => nameY + name * 0.25 + 4 + small * 0.8 + i * line);
        g.select('.place-mark').attr('y', -24);
      }
    });
  }
}

/** A consulted country's state, in a sign and words (not colour alone): awaited, or what it answered. */
const ANSWER_MARK = { consent: ['✓', 'map.consented'], object: ['✗', 'map.objected'], silent: ['–', 'map.silent'] } as const;
function mark(p: MapPlace): string {
  if (p.consultation === 'awaiting') return `? ${t('map.awaiting')}`;
  if (p.consultation !== 'answered') return '';
  if (!p.answer) return `✓ ${t('map.answered')}`;
  const [sign, key] = ANSWER_MARK[p.answer];
  return `${sign} ${t(key)}`;
}

/** A gentle arc between two points, stopping short of the symbols at both ends. */
/** Legs between the same two states bend apart, so that none hides another. */
const BEND: Record<MapLeg['kind'], number> = { request: 0.18, data: -0.18, consult: 0.3 };

function arc([x1, y1]: [number, number], [x2, y2]: [number, number], bend: number): string {
  const dx = x2 - x1, dy = y2 - y1;
  const d = Math.hypot(dx, dy) || 1;
  const trim = 22;
  const sx = x1 + (dx * trim) / d, sy = y1 + (dy * trim) / d;
  const ex = x2 - (dx * trim) / d, ey = y2 - (dy * trim) / d;
  const cx = (sx + ex) / 2 - dy * bend, cy = (sy + ey) / 2 + dx * bend;
  return `M${sx},${sy} Q${cx},${cy} ${ex},${ey}`;
}
