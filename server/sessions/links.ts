import { AppError } from '../errors.ts';
import type { CreatedLink, LinkRole, LinkView } from '../protocol.ts';
import type { LinkRow, Store } from '../store/store.ts';
import { hashToken, newId, newToken, tokenMatches } from './tokens.ts';
import { now } from './time.ts';

/**
 * What a token makes its holder in one session. The owner holds the token the session was created
 * with; a co-trainer holds a `trainer` link (every command, but not the links: a co-trainer cannot
 * revoke the trainer who let them in); a presenter holds a `presenter` link and only watches.
 */
export type Access = { as: 'owner'; link: null } | { as: 'cotrainer'; link: string } | { as: 'presenter'; link: string };

/** A session holds a handful of links; more is a script, not a class. */
export const MAX_LINKS = 50;

export const linkView = (row: LinkRow): LinkView => ({ id: row.id, role: row.role, label: row.label, createdAt: row.createdAt, revokedAt: row.revokedAt });

/** Who `token` is in the session whose trainer token hashes to `ownerHash`; unauthorized when nobody. */
export async function accessOf(store: Store, sessionId: string, ownerHash: string, token: string | undefined): Promise<Access> {
  if (!token) throw new AppError('unauthorized', 'This needs the trainer token given when the session was created: send it as "Authorization: Bearer <trainerToken>".');
  if (tokenMatches(token, ownerHash)) return { as: 'owner', link: null };
  const links = await store.links(sessionId);
  const found = links.find((l) => tokenMatches(token, l.tokenHash));
  if (found && found.revokedAt === null) return found.role === 'trainer' ? { as: 'cotrainer', link: found.id } : { as: 'presenter', link: found.id };
  if (found) throw new AppError('unauthorized', 'The trainer has revoked this link. Ask the trainer for a new one.');
  throw new AppError('unauthorized', 'The trainer token does not match this session. Use the token returned when this session (or its branch) was created.');
}

export async function createLink(store: Store, sessionId: string, role: LinkRole, label: string | null): Promise<CreatedLink> {
  if ((await store.links(sessionId)).length >= MAX_LINKS) {
    throw new AppError('conflict', `This session already has ${MAX_LINKS} links (revoked ones count too), its limit: reuse a link you made, or start a new session.`);
  }
  const token = newToken();
  const row: LinkRow = { sessionId, id: newId(), role, tokenHash: hashToken(token), label, createdAt: now(), revokedAt: null };
  await store.addLink(row);
  return { ...linkView(row), token };
}

export async function revokeLink(store: Store, sessionId: string, id: string): Promise<LinkView> {
  const links = await store.links(sessionId);
  const found = links.find((l) => l.id === id);
  if (!found) throw new AppError('not-found', `This session has no link ${id.slice(0, 64)}: list them with GET /api/sessions/${sessionId}/links.`);
  if (found.revokedAt !== null) return linkView(found);
  const at = now();
  await store.revokeLink(sessionId, id, at);
  return linkView({ ...found, revokedAt: at });
}

/** A branch or reset is the same class: its screens follow with the same tokens (revoked ones stay behind). */
export async function copyLinks(store: Store, from: string, to: string): Promise<void> {
  for (const link of await store.links(from)) if (link.revokedAt === null) await store.addLink({ ...link, sessionId: to });
}
