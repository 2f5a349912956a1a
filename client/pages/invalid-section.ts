import { getLibrary } from '../app/api.ts';
import { create } from '../views/invalid-files.ts';

/**
 * The library page's list of invalid files, asked again whenever the page comes back into view
 * (an author saves in the editor, then returns to the browser): fixed files leave the list, and
 * when the folders now hold other scenarios than the cards show, the page offers to show them.
 */
export function mountInvalidFiles(host: HTMLElement, shownIds: readonly string[]): () => void {
  const shown = [...shownIds].sort().join('\n');
  const update = create(host, { showNew: () => location.reload() });
  let stopped = false;
  const refresh = async () => {
    try {
      const library = await getLibrary();
      if (stopped) return;
      update({ files: library.invalid ?? [], changed: library.scenarios.map((s) => s.id).sort().join('\n') !== shown });
    } catch {
      // Offline for a moment: the list stays as it was, and the next return to the page asks again.
    }
  };
  const onVisible = () => {
    if (document.visibilityState === 'visible') void refresh();
  };
  document.addEventListener('visibilitychange', onVisible);
  window.addEventListener('focus', onVisible);
  void refresh();
  return () => {
    stopped = true;
    document.removeEventListener('visibilitychange', onVisible);
    window.removeEventListener('focus', onVisible);
  };
}
