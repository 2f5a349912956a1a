import { locale } from '../i18n/index.ts';
import type { Scenario } from '../../machines/scenario.ts';
import type { CreatedLink, CreatedSession, InputRecord, LinkRole, LinkView, ScenarioCheck, ScenarioLibrary, ScenarioSummary, ServerAddresses, SessionDescription } from '../../server/protocol.ts';

/** A refusal from the server, with the sentence it gave (RFC 9457 `detail`), ready to show. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** The server's sentence for a refused request, or its status line when it sent no problem document. */
async function refusal(response: Response): Promise<ApiError> {
  let detail = `${response.status} ${response.statusText}`;
  try {
    const problem = (await response.json()) as { detail?: string };
    if (typeof problem.detail === 'string') detail = problem.detail;
  } catch {
    // Not a problem document: the status line says enough.
  }
  return new ApiError(detail, response.status);
}

/**
 * Every request says the page's language (Accept-Language): the server's text answers (a refusal's
 * detail, the Markdown debrief, the attendance CSV's headers) come in it where the server has it.
 */
async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(path, { ...init, headers: { Accept: 'application/json', 'Accept-Language': locale(), ...(init.headers ?? {}) } });
  if (!response.ok) throw await refusal(response);
  return (await response.json()) as T;
}

const post = <T>(path: string, body: unknown) =>
  call<T>(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

export const getServerAddresses = () => call<ServerAddresses>('/api/server');

export const listScenarios = () => call<{ scenarios: ScenarioSummary[] }>('/api/scenarios').then((r) => r.scenarios);

export const getScenario = (id: string) => call<Scenario>(`/api/scenarios/${encodeURIComponent(id)}`);

/** A file the user brought, checked as `rogatory validate` checks it: its located errors, or (with `full`) the scenario whole. */
export const checkScenario = (yaml: string, file?: string, full?: boolean) =>
  post<ScenarioCheck>('/api/scenarios/validate', { yaml, ...(file && { file }), ...(full && { full }) });

/** The library with the files of its folders that could not join it (the library page's list of invalid files). */
export const getLibrary = () => call<ScenarioLibrary>('/api/scenarios');

/** `date` and `overlay` (the what-if's YAML) start the session on another day or under a what-if (docs/what-if.md). */
export const createSession = (body: ({ scenario: string } | { yaml: string }) & { date?: string; overlay?: string }) => post<CreatedSession>('/api/sessions', body);


/** A trainer's token, where this browser holds one, reads what others wait for until the end (script, notes). */
const asTrainer = (token?: string): RequestInit => (token ? { headers: { Authorization: `Bearer ${token}` } } : {});

export const getSession = (id: string, token?: string) => call<SessionDescription>(`/api/sessions/${encodeURIComponent(id)}`, asTrainer(token));

export const getLog = (id: string) => call<{ id: string; seq: number; inputs: InputRecord[] }>(`/api/sessions/${encodeURIComponent(id)}/log`);

export const debriefUrl = (id: string) => `/api/sessions/${encodeURIComponent(id)}/debrief`;

/** The debrief as JSON (typed by its consumer) or Markdown text. */
export async function getDebrief<T>(id: string, token?: string): Promise<T> {
  return call<T>(debriefUrl(id), asTrainer(token));
}

export async function getDebriefMarkdown(id: string, token?: string): Promise<string> {
  const response = await fetch(debriefUrl(id), { headers: { Accept: 'text/markdown', 'Accept-Language': locale(), ...(token ? { Authorization: `Bearer ${token}` } : {}) } });
  if (!response.ok) throw await refusal(response);
  return response.text();
}

/** Attendance and every ballot, as the CSV file the server writes (trainer only): kept as bytes, byte-order mark included. */
export async function getAttendanceCsv(id: string, token: string): Promise<Blob> {
  const response = await fetch(`${debriefUrl(id)}.csv`, { headers: { Accept: 'text/csv', 'Accept-Language': locale(), Authorization: `Bearer ${token}` } });
  if (!response.ok) throw await refusal(response);
  return response.blob();
}

/** The session's links for other screens (the owner's token only). */
export const listLinks = (id: string, token: string) =>
  call<{ links: LinkView[] }>(`/api/sessions/${encodeURIComponent(id)}/links`, asTrainer(token)).then((r) => r.links);

export const createLink = (id: string, token: string, role: LinkRole, label?: string) =>
  call<{ link: CreatedLink }>(`/api/sessions/${encodeURIComponent(id)}/links`, {
    method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: JSON.stringify({ role, ...(label && { label }) }),
  }).then((r) => r.link);

export const revokeLink = (id: string, token: string, link: string) =>
  call<{ link: LinkView }>(`/api/sessions/${encodeURIComponent(id)}/links/${encodeURIComponent(link)}`, { method: 'DELETE', ...asTrainer(token) }).then((r) => r.link);
