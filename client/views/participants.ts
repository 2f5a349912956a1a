import { select } from 'd3-selection';
import type { PresenceBroadcast, PresenceEntry } from '../../server/protocol.ts';
import { ROLES, type Role } from '../../machines/request/roles.ts';
import { t } from '../i18n/index.ts';
import { roleLabel } from '../i18n/labels.ts';

export interface ParticipantsState {
  participants: PresenceEntry[];
  /** The last presence broadcast's counts and settings; null until the first arrives. */
  presence: Pick<PresenceBroadcast, 'counts' | 'approveJoins'> | null;
  /** The roles in play; null: roles are off. */
  roles: Role[] | null;
}

/** What the trainer can do about who is in the class. */
export interface ParticipantActions {
  approveJoins(approve: boolean): void;
  admit(id: string): void;
  admitAll(): void;
  rename(id: string, name: string): void;
  remove(id: string): void;
  /** The roles in play (none: roles off). */
  setRoles(roles: Role[]): void;
  assignRole(id: string, role: Role | null): void;
}

/**
 * Who has joined, who is connected now (● online, ○ away, in words as well as in shape), who waits
 * to be admitted; and the trainer's hand on it: admit, rename, remove, and whether newcomers wait.
 */
export function create(container: HTMLElement, actions: ParticipantActions): (state: ParticipantsState) => void {
  const root = select(container).append('section').attr('class', 'participants').attr('aria-labelledby', 'participants-h');
  const heading = root.append('h2').attr('id', 'participants-h').attr('tabindex', -1).attr('data-focus-key', 'participants');
  const approve = root.append('label').attr('class', 'check participants-approve');
  const approveBox = approve.append('input').attr('type', 'checkbox').on('change', function () {
    actions.approveJoins((this as HTMLInputElement).checked);
  });
  approve.append('span').text(t('participants.approve'));
  // Roles: a checkbox per role; any ticked turns roles on, and each vote then counts by role.
  const roleSet = root.append('fieldset').attr('class', 'participants-roles');
  roleSet.append('legend').text(t('roles.title'));
  const rolesHint = roleSet.append('p').attr('class', 'hint');
  const roleBoxes = roleSet.append('div').attr('class', 'role-boxes').selectAll('label').data(ROLES).join('label').attr('class', 'check');
  roleBoxes.append('input').attr('type', 'checkbox').attr('value', (r) => r).on('change', () => {
    actions.setRoles(roleBoxes.select<HTMLInputElement>('input').nodes().filter((n) => n.checked).map((n) => n.value as Role));
  });
  roleBoxes.append('span').text((r) => roleLabel(r));
  const waitingRow = root.append('div').attr('class', 'participants-waiting-row');
  const waiting = waitingRow.append('p').attr('class', 'hint participants-waiting').attr('role', 'status');
  const admitAll = waitingRow.append('button').attr('type', 'button').attr('class', 'btn btn-small act-admit-all')
    .attr('data-focus-key', 'admit-all').attr('data-focus-fallback', 'participants')
    .on('click', () => actions.admitAll());
  const empty = root.append('p').attr('class', 'hint').text(t('participants.none'));
  // Someone removed: the focus goes to the list's heading, not the page's top.
  const list = root.append('ul').attr('class', 'participant-list').attr('data-focus-fallback', 'participants');

  return ({ participants, presence, roles }) => {
    roleBoxes.select('input').property('checked', (r) => roles?.includes(r) ?? false);
    rolesHint.text(roles ? t('roles.lede') : t('roles.off'));
    const online = presence?.counts.online ?? participants.filter((p) => p.connected).length;
    const pending = presence?.counts.pending ?? participants.filter((p) => p.status === 'pending').length;
    heading.text(t('participants.title', { online, total: presence?.counts.listed ?? participants.length }));
    approveBox.property('checked', presence?.approveJoins ?? false);
    waiting.text(pending > 0 ? t('participants.waitingCount', { count: pending }) : '');
    admitAll.property('hidden', pending < 2).text(t('participants.admitAll', { count: pending }));
    empty.property('hidden', participants.length > 0);

    // Those waiting first: they are what the trainer has to act on.
    const ordered = [...participants].sort((a, b) => Number(b.status === 'pending') - Number(a.status === 'pending'));
    const items = list.selectAll<HTMLLIElement, PresenceEntry>('li').data(ordered, (p) => p.id)
      .join((enter) => {
        const li = enter.append('li');
        li.append('span').attr('class', 'presence-mark').attr('aria-hidden', 'true');
        li.append('bdi').attr('class', 'participant-name').attr('dir', 'auto');
        li.append('span').attr('class', 'presence-text');
        li.append('select').attr('class', 'participant-role').attr('data-focus-key', (p) => `role:${p.id}`)
          .on('change', function (_e, p) {
            const value = (this as HTMLSelectElement).value;
            actions.assignRole(p.id, value === '' ? null : (value as Role));
          });
        // Admitted, the admit button hides: the focus stays with the person (rename).
        const tools = li.append('span').attr('class', 'participant-tools');
        tools.append('button').attr('type', 'button').attr('class', 'btn btn-small act-admit').text(t('participants.admit'))
          .attr('data-focus-key', (p) => `admit:${p.id}`).attr('data-focus-fallback', (p) => `rename:${p.id}`)
          .on('click', (_e, p) => actions.admit(p.id));
        tools.append('button').attr('type', 'button').attr('class', 'btn btn-small act-rename').text(t('participants.rename'))
          .attr('data-focus-key', (p) => `rename:${p.id}`)
          .on('click', (_e, p) => {
            const name = window.prompt(t('participants.renamePrompt', { name: p.name }), p.name)?.trim();
            if (name && name !== p.name) actions.rename(p.id, name);
          });
        tools.append('button').attr('type', 'button').attr('class', 'btn btn-small act-remove').text(t('participants.remove'))
          .attr('data-focus-key', (p) => `remove:${p.id}`)
          .on('click', (_e, p) => {
            if (window.confirm(t('participants.removeConfirm', { name: p.name }))) actions.remove(p.id);
          });
        return li;
      })
      .classed('is-online', (p) => p.connected)
      .classed('is-pending', (p) => p.status === 'pending');
    items.order();
    items.select('.presence-mark').text((p) => (p.connected ? '●' : '○'));
    items.select('.participant-name').text((p) => p.name);
    items.select('.presence-text').text((p) =>
      ` (${[p.connected ? t('participants.online') : t('participants.away'), ...(p.status === 'pending' ? [t('participants.pending')] : [])].join(t('common.comma'))})`);
    // The visible word starts each button's name (WCAG 2.5.3), the person follows.
    items.select('.act-admit').property('hidden', (p) => p.status !== 'pending').attr('aria-label', (p) => t('participants.admitLabel', { name: p.name }));
    items.select('.act-rename').attr('aria-label', (p) => t('participants.renameLabel', { name: p.name }));
    items.select('.act-remove').attr('aria-label', (p) => t('participants.removeLabel', { name: p.name }));
    // Each one's role, which the trainer can change at any time (the open vote follows).
    const choices: (Role | '')[] = roles ? ['', ...roles] : [];
    items.select<HTMLSelectElement>('.participant-role').property('hidden', !roles).attr('aria-label', (p) => t('roles.of', { name: p.name }))
      .each(function (p) {
        const select_ = select(this);
        select_.selectAll<HTMLOptionElement, Role | ''>('option').data(choices, (r) => r).join('option')
          .attr('value', (r) => r).text((r) => (r === '' ? t('roles.none') : roleLabel(r)));
        this.value = p.role && roles?.includes(p.role) ? p.role : '';
      });
  };
}
