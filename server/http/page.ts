import type { ScenarioSummary } from '../protocol.ts';

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * The page at / until the D3 client exists: what the server offers and how to drive it with curl.
 * Plain HTML with no script or inline style, so the strict content security policy holds as is.
 */
export function placeholderPage(origin: string, scenarios: ScenarioSummary[]): string {
  const first = scenarios[0]?.id ?? 'SCENARIO_ID';
  const items = scenarios
    .map((s) => `<li><strong>${escape(s.title)}</strong> <code>${escape(s.id)}</code><br>${escape(s.summary)}</li>`)
    .join('\n');
  const curl = `curl -s -X POST ${origin}/api/sessions -H 'Content-Type: application/json' -d '{"scenario":"${first}"}'
# → {"id":"…","joinCode":"…","trainerToken":"…","seq":0}
curl -s -X POST ${origin}/api/sessions/ID/commands -H "Authorization: Bearer TOKEN" \\
     -H 'Content-Type: application/json' -d '{"type":"step"}'
curl -s ${origin}/api/sessions/ID
curl -s ${origin}/api/sessions/ID/debrief -H 'Accept: text/markdown'`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Rogatory</title>
</head>
<body>
<h1>Rogatory</h1>
<p>The server is running. The classroom client is not built yet; meanwhile, drive sessions over the API
(<a href="/api/openapi.json">OpenAPI document</a>).</p>
<h2>Scenarios (${scenarios.length})</h2>
<ul>
${items || '<li>No scenario was found in the library folder.</li>'}
</ul>
<h2>Create a session, step it, read the debrief</h2>
<pre>${escape(curl)}</pre>
</body>
</html>
`;
}
