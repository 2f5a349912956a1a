import { select } from 'd3-selection';

export interface ConfirmText {
  title: string;
  text: string;
  confirm: string;
  cancel: string;
}

/**
 * A question before an act that cannot be taken back, in a native modal <dialog>: it keeps the
 * focus inside, Escape cancels, and the focus returns to where it was. The safe answer has the
 * focus first, so that Enter pressed by habit does nothing harmful.
 */
export function create(container: HTMLElement, cls: string): (text: ConfirmText) => Promise<boolean> {
  const dialog = select(container).append('dialog').attr('class', `confirm ${cls}`).attr('aria-labelledby', `${cls}-h`).attr('aria-describedby', `${cls}-text`);
  const title = dialog.append('h2').attr('id', `${cls}-h`);
  const text = dialog.append('p').attr('id', `${cls}-text`);
  const row = dialog.append('div').attr('class', 'control-row');
  const cancel = row.append('button').attr('type', 'button').attr('class', 'btn confirm-cancel').on('click', () => node.close('cancel'));
  const confirm = row.append('button').attr('type', 'button').attr('class', 'btn btn-danger confirm-ok').on('click', () => node.close('confirm'));
  const node = dialog.node()!;

  return (words) => {
    title.text(words.title);
    text.text(words.text);
    cancel.text(words.cancel);
    confirm.text(words.confirm);
    node.returnValue = '';
    node.showModal();
    (cancel.node() as HTMLButtonElement).focus();
    return new Promise((resolve) => node.addEventListener('close', () => resolve(node.returnValue === 'confirm'), { once: true }));
  };
}
