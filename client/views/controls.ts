import { select } from 'd3-selection';
import type { ScenarioEvent } from '../../machines/request/events.ts';
import type { RequestView } from '../../machines/run/view.ts';
import type { Playing, SessionStatus, TieRule, TrainerCommand, VoteView } from '../../server/protocol.ts';
import { formatNumber, t } from '../i18n/index.ts';
import { daysLabel, eventLabel } from '../i18n/labels.ts';

export interface ControlsState {
  view: RequestView;
  status: SessionStatus;
  playing: Playing | null;
  vote: VoteView | null;
  /** A walk-through: no start, no votes. */
  solo: boolean;
  /** Whether the script's world events happen on their day, and the next one (the trainer's eyes only). */
  world: { on: boolean; next: { day: number; event: ScenarioEvent } | null };
}

export type Send = (command: TrainerCommand) => void;

const TIE_CHOICES: { rule: TieRule; label: string }[] = [
  { rule: 'trainer', label: 'controls.tieTrainer' }, { rule: 'revote', label: 'controls.tieRevote' }, { rule: 'first', label: 'controls.tieFirst' },
];

/** A vote is open while the session runs: the play button pauses the session (and the vote's countdown). */
const pausesVote = (state: ControlsState) => Boolean(state.vote?.open) && state.status === 'running';

/** Simulated days per second of wall time the speed menu offers. */
const SPEEDS = [1, 7, 30, 90, 365];

/**
 * The trainer's controls: start, step, play or pause at a speed, inject an event the request can
 * take now, and put a choice to the class. Every control is a native button, select or checkbox,
 * so that keyboards and screen readers get them as they are.
 */
export function create(container: HTMLElement, send: Send): (state: ControlsState) => void {
  const root = select(container).append('section').attr('class', 'controls').attr('aria-labelledby', 'controls-h');
  // Where the focus lands when the control it was on is gone for good (the request ended).
  root.append('h2').attr('id', 'controls-h').attr('tabindex', -1).attr('data-focus-key', 'controls').text(t('controls.title'));

  const run = root.append('div').attr('class', 'control-row').attr('role', 'group').attr('aria-label', t('controls.run'));
  // Focus keys and fallbacks (app/focus.ts): Start hides once started, and Play/Pause (or Step)
  // takes its place; a control disabled while the class votes hands the focus to Close the vote.
  const start = run.append('button').attr('type', 'button').attr('class', 'btn btn-primary ctl-start').text(t('controls.start'))
    .attr('data-focus-key', 'start').attr('data-focus-fallback', 'play step controls')
    .on('click', () => send({ type: 'start' }));
  const step = run.append('button').attr('type', 'button').attr('class', 'btn ctl-step').text(`» ${t('controls.step')}`)
    .attr('data-focus-key', 'step').attr('data-focus-fallback', 'play vote-close controls')
    .on('click', () => send({ type: 'step' }));
  const play = run.append('button').attr('type', 'button').attr('class', 'btn ctl-play')
    .attr('data-focus-key', 'play').attr('data-focus-fallback', 'step vote-close controls');
  const speedLabel = run.append('label').attr('class', 'inline-field');
  speedLabel.append('span').text(t('controls.speed'));
  const speed = speedLabel.append('select').attr('class', 'ctl-speed').attr('data-focus-key', 'speed');
  speed.selectAll('option').data(SPEEDS).join('option').attr('value', (d) => d).text((d) => t('controls.speedValue', { days: daysLabel(d) }));
  speed.property('value', '30');

  const inject = root.append('div').attr('class', 'control-row').attr('role', 'group').attr('aria-label', t('controls.inject'))
    .attr('data-focus-fallback', 'vote-close step controls');
  const injectLabel = inject.append('label').attr('class', 'inline-field');
  injectLabel.append('span').text(t('controls.inject'));
  const injectSelect = injectLabel.append('select').attr('class', 'ctl-inject').attr('data-focus-key', 'inject');
  const injectButton = inject.append('button').attr('type', 'button').attr('class', 'btn ctl-apply').text(t('controls.apply'))
    .attr('data-focus-key', 'inject-apply');

  // The script's world events: on or off, and what comes next (never shown on the class's screens).
  const worldRow = root.append('div').attr('class', 'control-row control-world');
  const worldLabel = worldRow.append('label').attr('class', 'check');
  const worldToggle = worldLabel.append('input').attr('type', 'checkbox').attr('class', 'ctl-world').attr('data-focus-key', 'world')
    .on('change', function () {
      send({ type: 'worldEvents', on: (this as HTMLInputElement).checked });
    });
  worldLabel.append('span').text(t('controls.worldEvents'));
  const worldNext = worldRow.append('p').attr('class', 'hint world-next').attr('dir', 'auto');

  const voting = root.append('fieldset').attr('class', 'control-vote').attr('data-focus-fallback', 'vote-close vote-open controls');
  voting.append('legend').text(t('controls.voteTitle'));
  const options = voting.append('div').attr('class', 'vote-options');
  const promptLabel = voting.append('label').attr('class', 'field ctl-prompt-field');
  promptLabel.append('span').text(t('controls.prompt'));
  const prompt = promptLabel.append('input').attr('type', 'text').attr('class', 'ctl-prompt').attr('data-focus-key', 'vote-prompt').attr('maxlength', 300).attr('autocomplete', 'off');
  const settingsRow = voting.append('div').attr('class', 'control-row');
  const tieLabel = settingsRow.append('label').attr('class', 'inline-field');
  tieLabel.append('span').text(t('controls.tie'));
  // The trainer's pick first: it is the default, and the one a class expects of the person running it.
  const tie = tieLabel.append('select').attr('class', 'ctl-tie').attr('data-focus-key', 'vote-tie');
  tie.selectAll('option').data(TIE_CHOICES).join('option').attr('value', (d) => d.rule).text((d) => t(d.label));
  const hideLabel = settingsRow.append('label').attr('class', 'check');
  const hideResults = hideLabel.append('input').attr('type', 'checkbox').attr('class', 'ctl-hide-results').attr('data-focus-key', 'vote-hide');
  hideLabel.append('span').text(t('controls.hideResults'));
  const explainLabel = settingsRow.append('label').attr('class', 'check');
  const explain = explainLabel.append('input').attr('type', 'checkbox').attr('class', 'ctl-explain').attr('data-focus-key', 'vote-explain');
  explainLabel.append('span').text(t('controls.explain'));
  const voteRow = voting.append('div').attr('class', 'control-row');
  const secondsLabel = voteRow.append('label').attr('class', 'inline-field');
  secondsLabel.append('span').text(t('controls.seconds'));
  const seconds = secondsLabel.append('input').attr('type', 'number').attr('min', 5).attr('max', 3600).attr('step', 5).attr('value', 60).attr('class', 'ctl-seconds').attr('data-focus-key', 'vote-seconds');
  const openVote = voteRow.append('button').attr('type', 'button').attr('class', 'btn btn-primary ctl-open-vote').text(t('controls.openVote'))
    .attr('data-focus-key', 'vote-open').attr('data-focus-fallback', 'vote-close');
  // Closed, the vote's result is what the trainer wants to hear next (views/votes.ts).
  const closeVote = voteRow.append('button').attr('type', 'button').attr('class', 'btn ctl-close-vote').text(t('controls.closeVote'))
    .attr('data-focus-key', 'vote-close').attr('data-focus-fallback', 'vote-result vote-open')
    .on('click', () => send({ type: 'closeVote' }));
  const voteHint = voting.append('p').attr('class', 'hint');
  // The keys a presenter's clicker sends (app/shortcuts.ts), said where the controls they drive are.
  root.append('p').attr('class', 'hint shortcut-help').text(t('controls.keys'));

  let latest: ControlsState | null = null;
  const chosenSpeed = () => Number(speed.property('value')) || 30;
  play.on('click', () => {
    if (!latest) return;
    send(latest.playing || pausesVote(latest) ? { type: 'pause' } : { type: 'play', speed: chosenSpeed() });
  });
  speed.on('change', () => {
    if (latest?.playing) send({ type: 'play', speed: chosenSpeed() });
  });
  injectButton.on('click', () => {
    const index = Number(injectSelect.property('value'));
    const event = latest?.view.allowed[index];
    if (event) send({ type: 'event', event });
  });
  openVote.on('click', () => {
    if (!latest) return;
    const picked = options.selectAll<HTMLInputElement, ScenarioEvent>('input').filter(function () { return this.checked; }).data();
    const secs = Math.round(Number(seconds.property('value')));
    const question = String(prompt.property('value')).trim();
    send({
      type: 'openVote', options: picked, ...(secs > 0 ? { seconds: secs } : {}), ...(question ? { prompt: question } : {}),
      tie: tie.property('value') as TieRule, hideResults: Boolean(hideResults.property('checked')), explain: Boolean(explain.property('checked')),
    });
  });
  const ticked = () => options.selectAll<HTMLInputElement, ScenarioEvent>('input').filter(function () { return this.checked; }).size();
  /** Whether a vote can open now, and if not, why: a vote needs two options ticked, not only two possible. */
  const readiness = (state: ControlsState) => {
    const { view, status, vote } = state;
    const open = vote?.open ?? false;
    const classVotes = open || vote?.result?.awaiting === 'trainer';
    const enough = ticked() >= 2;
    openVote.property('disabled', view.allowed.length < 2 || !enough || view.done || classVotes);
    voteHint.text(open ? t('controls.voteIsOpen', { ballots: formatNumber(vote!.ballots) })
      : status !== 'running' ? t('controls.voteNeedsStart') : view.allowed.length < 2 ? t('controls.voteNeedsTwo')
        : !enough ? t('controls.voteTickTwo') : '');
  };
  options.on('change', () => {
    if (latest) readiness(latest);
  });
  /** The vote the ticks were last reset for: a closed vote's choices are no guide to the next decision's. */
  let ticksAfter: string | null = null;

  return (state) => {
    latest = state;
    const { view, status, playing, vote, solo, world } = state;
    worldToggle.property('checked', world.on);
    worldNext.text(!world.on ? t('controls.worldOff')
      : world.next ? t('controls.nextWorld', { day: formatNumber(world.next.day), event: eventLabel(world.next.event) }) : t('controls.noWorldAhead'));
    // While the class votes, nothing else moves the request (the server refuses it too).
    // A tie left to the trainer holds the request too, until the trainer picks (the server refuses the rest).
    const classVotes = (vote?.open ?? false) || vote?.result?.awaiting === 'trainer';
    start.text(status === 'paused' ? t('controls.resume') : t('controls.start'));
    step.property('disabled', view.done || classVotes);
    // While the class votes the request cannot play, but the trainer can still pause the session
    // (and with it the vote's countdown) to talk to the room.
    const pausing = Boolean(playing) || pausesVote(state);
    play.property('disabled', (view.done && !playing) || (classVotes && !pausing))
      .attr('aria-pressed', String(Boolean(playing)))
      .text(pausing ? `❚❚ ${t('controls.pause')}` : `▶ ${t('controls.play')}`);
    if (playing) speed.property('value', String(SPEEDS.includes(playing.speed) ? playing.speed : chosenSpeed()));
    // Started: Play/Pause is what runs the request now (Step when playing is not possible).
    start.property('hidden', solo || status === 'running');

    const allowed = view.allowed.map((event, index) => ({ event, index }));
    injectSelect.selectAll('option').data(allowed, (d) => JSON.stringify((d as { event: ScenarioEvent }).event))
      .join('option').attr('value', (d) => d.index).text((d) => eventLabel(d.event));
    injectSelect.property('disabled', allowed.length === 0 || classVotes);
    injectButton.property('disabled', allowed.length === 0 || classVotes);
    if (allowed.length === 0) injectSelect.selectAll('option').remove();

    voting.property('hidden', solo);
    const open = vote?.open ?? false;
    if (vote && !open && ticksAfter !== vote.id) {
      ticksAfter = vote.id;
      options.selectAll('label').remove();
      prompt.property('value', '');
    }
    // An answer offered while a state's answer is undecided is a new option (ticked), not the inject it was before.
    // So is the provider's choice at a conflict of laws, and the court's ruling once it is awaited
    // (offered earlier, during the review, a ruling is an inject).
    const awaited = (d: ScenarioEvent) => view.waiting
      && ((d.type === 'PROVIDER_CHOOSES' && view.state === 'direct.conflict') || (d.type === 'REVIEW_DECIDES' && view.state === 'direct.ruling'));
    const decides = (d: ScenarioEvent) => (view.undecided !== null && d.type === 'THIRD_COUNTRY_ANSWERS') || awaited(d);
    const keyOf = (d: ScenarioEvent) => `${JSON.stringify(d)}${decides(d) ? '|undecided' : ''}`;
    // A label keeps the key it was made with (its option's phase), so an earlier inject's is not taken for it.
    const labels = options.selectAll<HTMLLabelElement, ScenarioEvent>('label')
      .data(view.allowed, function (this: HTMLLabelElement | HTMLElement, d) { return this instanceof HTMLLabelElement ? this.dataset.key! : keyOf(d); })
      .join((enter) => {
        const label = enter.append('label').attr('class', 'check').attr('data-key', keyOf);
        // Decisions are ticked by default: they are what a class usually votes on (an unknown answer's
        // consent and objection too, the only answers offered then).
        label.append('input').attr('type', 'checkbox').attr('data-focus-key', (d: ScenarioEvent) => `vote-option:${keyOf(d)}`).property('checked', (d: ScenarioEvent) =>
          d.type.startsWith('CHOOSE_') || d.type === 'SEND_DIRECT' || decides(d));
        label.append('span');
        return label;
      });
    labels.select('span').text((d) => eventLabel(d));
    // A checkbox keeps its state across updates: the join keeps the element of an event still allowed.
    labels.select('input').property('disabled', open);
    for (const field of [prompt, tie, hideResults, explain]) field.property('disabled', open);
    readiness(state);
    openVote.property('hidden', open);
    closeVote.property('hidden', !open);
    seconds.property('disabled', open);
  };
}
