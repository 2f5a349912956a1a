import { checkScenario, createSession } from '../app/api.ts';
import { announce, guarded } from '../app/announce.ts';
import { navigate } from '../app/router.ts';
import { saveTrainerPass } from '../app/tokens.ts';
import { keepUploaded, UPLOADED_ID } from '../app/uploaded.ts';
import { t } from '../i18n/index.ts';
import { scenarioTitle } from '../i18n/scenario-text.ts';
import { create, type UploadState } from '../views/scenario-upload.ts';

/**
 * The library's "Bring your own scenario" (issue 16): the text is checked by POST
 * /api/scenarios/validate; a valid one starts a walk-through or a class as a card does, but with
 * the YAML itself (POST /api/sessions takes `yaml`), and is compared from this tab's copy.
 */
export function mountUpload(host: HTMLElement, isDisposed: () => boolean): void {
  let valid: string | null = null;
  let state: UploadState = { checked: null, busy: false };
  const set = (next: Partial<UploadState>) => {
    state = { ...state, ...next };
    update(state);
  };
  const start = async (solo: boolean) => {
    if (valid === null) return;
    const created = await guarded(() => createSession({ yaml: valid! }));
    if (!created || isDisposed()) return;
    saveTrainerPass(created.id, { token: created.trainerToken, solo });
    navigate(`/session/${created.id}`);
  };
  const update = create(host, {
    check: (yaml, file) => {
      if (!yaml.trim()) {
        announce(t('upload.empty'));
        return;
      }
      set({ busy: true });
      void guarded(() => checkScenario(yaml, file)).then((answer) => {
        if (isDisposed()) return;
        if (!answer) {
          set({ busy: false });
          return;
        }
        valid = answer.valid ? yaml : null;
        if (answer.valid) keepUploaded(yaml, file);
        const title = answer.scenario ? scenarioTitle(answer.scenario) : null;
        set({ busy: false, checked: { lines: yaml.split(/\r\n|\r|\n/), errors: answer.errors, title } });
        announce(answer.valid
          ? t('upload.valid', { title: title ?? '' })
          : `${t('upload.errorCount', { count: answer.errors.length })} ${t('upload.at', { line: answer.errors[0]!.line, column: answer.errors[0]!.column })}: ${answer.errors[0]!.message}`);
      });
    },
    walk: () => void start(true),
    classroom: () => void start(false),
    compareHref: `#/compare/${UPLOADED_ID}`,
  });
}
