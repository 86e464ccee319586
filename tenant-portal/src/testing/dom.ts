// Small helpers for the component specs: find things the way a user names them, and type.

/** The button whose visible text (or accessible label) is `name`. */
export function button(root: ParentNode, name: string | RegExp): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((b) => {
    const label = b.getAttribute('aria-label') ?? b.textContent?.trim() ?? '';
    return typeof name === 'string' ? label === name : name.test(label);
  });
  if (!found) throw new Error(`no button named ${String(name)}`);
  return found;
}

/** The form control inside the <label> whose text starts with `text`. */
export function field<T extends HTMLElement = HTMLInputElement>(root: ParentNode, text: string): T {
  const label = [...root.querySelectorAll('label')].find((l) =>
    l.textContent?.trim().startsWith(text),
  );
  const control = label?.querySelector('input, select, textarea');
  if (!control) throw new Error(`no field labelled ${text}`);
  return control as unknown as T;
}

/** Types into a text field or picks an option, as the browser reports it to Angular. */
export function enter(
  control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement,
  value: string,
) {
  control.value = value;
  control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input'));
}

/** The texts of the elements matching `selector`, trimmed. */
export const texts = (root: ParentNode, selector: string) =>
  [...root.querySelectorAll(selector)].map((e) => e.textContent?.replace(/\s+/g, ' ').trim() ?? '');
