import type { Scenario } from '../../machines/scenario.ts';
import { t } from '../i18n/index.ts';
import { ApiError, checkScenario } from './api.ts';

/**
 * A scenario brought into the library page (pasted or uploaded) is not in the library, so no address
 * can name it: the tab keeps its YAML in sessionStorage, and the compare page asks the server to
 * check it again and hand it back whole. `_` cannot start a scenario id (kebab-case), so this
 * route never shadows a library scenario.
 */
export const UPLOADED_ID = '_uploaded';

const KEY = 'rogatory.uploaded';

interface Kept {
  yaml: string;
  file?: string;
}

export function keepUploaded(yaml: string, file?: string): void {
  try {
    window.sessionStorage.setItem(KEY, JSON.stringify({ yaml, ...(file && { file }) } satisfies Kept));
  } catch {
    // Storage refused (private mode, full): the comparison then says there is nothing to compare.
  }
}

function kept(): Kept | null {
  try {
    const raw = window.sessionStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Kept) : null;
  } catch {
    return null;
  }
}

/** The scenario this tab brought, checked again by the server (it may have changed since); a 404 when there is none. */
export async function uploadedScenario(): Promise<Scenario> {
  const file = kept();
  if (!file) throw new ApiError(t('upload.noneKept'), 404);
  const checked = await checkScenario(file.yaml, file.file, true);
  if (!checked.full) throw new ApiError(t('upload.keptInvalid', { count: checked.errors.length }), 422);
  return checked.full;
}
