import type { KeyboardEvent } from 'react';

const focusable = 'input:not([type=hidden]):not([disabled]), textarea:not([disabled]), button:not([disabled])';

/**
 * Keyboard entry for a form: Enter moves to the next field (from the last one it submits), Ctrl+Enter
 * submits from anywhere. Enter keeps its own meaning in a text area and on a button; in a select or a
 * date picker the component takes the key first (to pick what is highlighted) and the focus then moves on.
 * Goes on the form's container as `onKeyDownCapture`.
 */
export function enterMovesOn(submit: () => void) {
  return (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    const field = event.target as HTMLElement;
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault();
      submit();
      return;
    }
    if (field instanceof HTMLTextAreaElement || (field instanceof HTMLButtonElement && field.getAttribute('role') !== 'switch')) return;

    const container = event.currentTarget;
    if (field.getAttribute('role') === 'combobox' || field.closest('.ant-picker')) {
      setTimeout(() => moveOn(container, field, submit));
      return;
    }
    event.preventDefault();
    moveOn(container, field, submit);
  };
}

function moveOn(container: HTMLElement, field: HTMLElement, submit: () => void) {
  const next = nextField(container, field);
  if (next && !(next instanceof HTMLButtonElement && next.type === 'submit')) next.focus();
  else submit();
}

/** The field after `field` in tab order; of a group of radio buttons only the checked one counts. */
function nextField(container: HTMLElement, field: HTMLElement): HTMLElement | undefined {
  const fields = [...container.querySelectorAll<HTMLElement>(focusable)].filter(
    (element) => element.tabIndex >= 0 && !(element instanceof HTMLInputElement && element.type === 'radio' && !element.checked),
  );
  const at = fields.findIndex((element) => element === field || element.contains(field));
  return fields[at + 1];
}
