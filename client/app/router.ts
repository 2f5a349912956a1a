/**
 * Hash routes, so that the server needs no route of its own per page and a reload lands on the same
 * page. A page is loaded on demand: the library's chunk is the only one the first view needs.
 */
export interface Page {
  /** Called when the route is left: close sockets, stop timers. */
  dispose?: () => void;
  /**
   * When only the hash's query changes (`#/?real=1` → `#/?real=0`, or back), a page that keeps its
   * state there redraws from it instead of being mounted again (its focus and scroll stay).
   */
  query?: (params: URLSearchParams) => void;
}

export type PageFactory = (main: HTMLElement, params: string[]) => Page | Promise<Page>;

interface Route {
  pattern: RegExp;
  load: () => Promise<{ mount: PageFactory }>;
}

const ROUTES: Route[] = [
  { pattern: /^\/?$/, load: () => import('../pages/library.ts') },
  // A link for another screen carries its token after the id; the page keeps it and drops it from the address.
  { pattern: /^\/session\/([\w-]+)(?:\/([\w-]+))?$/, load: () => import('../pages/console.ts') },
  { pattern: /^\/present\/([\w-]+)(?:\/([\w-]+))?$/, load: () => import('../pages/presenter.ts') },
  // A code written on a board comes with dashes or spaces (%20 in a link): the page reads it as the form does.
  { pattern: /^\/join(?:\/([A-Za-z0-9%._-]+))?$/, load: () => import('../pages/participant.ts') },
  { pattern: /^\/debrief\/([\w-]+)$/, load: () => import('../pages/debrief.ts') },
  { pattern: /^\/compare\/([\w-]+)$/, load: () => import('../pages/compare.ts') },
  { pattern: /^\/atlas(?:\?.*)?$/, load: () => import('../pages/atlas.ts') },
  // The explorer reads its `date` and `whatif` parameters itself (issue 14's shared link parameters).
  { pattern: /^\/explore\/([\w-]+)(?:\?[^#]*)?$/, load: () => import('../pages/explore.ts') },
];

let current: Page | null = null;
/** The path (without its query) the current page was mounted for. */
let currentRoute: string | null = null;
let generation = 0;
/** The first page is where the user arrived: focus stays where the browser put it. */
let navigated = false;

export function navigate(path: string): void {
  const target = `#${path}`;
  if (location.hash === target) void render();
  else location.hash = target;
}

/** The path after `#`, e.g. "/session/abc"; "#main" (the skip link) and the like are not routes. */
function currentPath(): string | null {
  // The query after `?` (a date, a what-if: variant-link.ts) belongs to the page, not to the route.
  const hash = location.hash.replace(/\?.*$/, '');
  if (hash === '' || hash === '#') return '/';
  return hash.startsWith('#/') ? hash.slice(1) : null;
}

/** The hash's query (`#/?real=1&sort=days` → real=1, sort=days): filters a page keeps in its address. */
export function routeQuery(): URLSearchParams {
  const hash = location.hash;
  const at = hash.indexOf('?');
  return new URLSearchParams(at >= 0 ? hash.slice(at + 1) : '');
}

/**
 * Put a page's own state in the hash's query without mounting the page again. `push` makes a step the
 * back button returns to (a filter chosen); otherwise the current entry is replaced (each key typed).
 */
export function writeRouteQuery(query: string, push: boolean): void {
  const path = currentPath()?.split('?')[0] ?? '/';
  const url = `#${path}${query ? `?${query}` : ''}`;
  if (url === location.hash || (url === '#/' && location.hash === '')) return;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

/** `keepFocus`: the same page drawn again (in another language): focus stays where the reader is. */
export async function render(keepFocus = false): Promise<void> {
  const full = currentPath();
  if (full === null) return;
  const [path] = full.split('?') as [string];
  currentRoute = path;
  const main = document.getElementById('main')!;
  const mine = ++generation;
  delete document.documentElement.dataset.ready;
  current?.dispose?.();
  current = null;
  const route = ROUTES.find((r) => r.pattern.test(path));
  const params = route ? (route.pattern.exec(path)!.slice(1).filter((p) => p !== undefined) as string[]) : [];
  main.replaceChildren();
  main.removeAttribute('class');
  const module = route ? await route.load() : await import('../pages/not-found.ts');
  // A newer navigation while this page loaded wins.
  if (mine !== generation) return;
  const page = await module.mount(main, params);
  if (mine !== generation) return void page.dispose?.();
  current = page;
  // Screen readers hear where they are: the page's heading in the title, focus at the top of it.
  const heading = main.querySelector('h1')?.textContent;
  document.title = heading ? `${heading} · Rogatory` : 'Rogatory';
  // A new page opens at its top, not where the last one was scrolled to (a card far down the library),
  // nor, on a reload, where the browser would restore it (startRouter turns that off).
  window.scrollTo(0, 0);
  if (navigated && !keepFocus) main.focus({ preventScroll: true });
  navigated = true;
}

export function startRouter(): void {
  // The router puts each page at its top; the browser's own restoring would scroll a reloaded page
  // to where it was, before the page's content is even drawn.
  if ('scrollRestoration' in history) history.scrollRestoration = 'manual';
  window.addEventListener('hashchange', () => {
    const path = currentPath()?.split('?')[0];
    if (path !== undefined && path === currentRoute && current?.query) current.query(routeQuery());
    else void render();
  });
  void render();
}
