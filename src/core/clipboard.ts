/**
 * Copies text to the clipboard and says whether it worked. It tries the Clipboard API first;
 * where that is missing or denied (an iframe without `clipboard-write`, an old browser, a page
 * not served over https) it copies from a hidden, selected textarea with `execCommand('copy')`.
 *
 * `container` is where the textarea goes for that moment: a shadow root keeps it inside the
 * element. Focus returns to whatever had it before. Call it from a click handler: browsers
 * allow the fallback only during a user's action, and the Clipboard API fails at once where it
 * is missing, so the fallback still runs within the click.
 */
export async function copyText(text: string, container: ParentNode & Node = document.body): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Denied or missing: the fallback below.
  }
  const root = container.getRootNode() as Document | ShadowRoot;
  const focused = root.activeElement as HTMLElement | null;
  const area = document.createElement('textarea');
  area.value = text;
  area.readOnly = true;
  area.setAttribute('aria-hidden', 'true');
  area.tabIndex = -1;
  // Off-screen without a stylesheet: the element may have none that hides it.
  area.style.position = 'fixed';
  area.style.insetInlineStart = '-10000px';
  area.style.opacity = '0';
  let copied = false;
  try {
    container.append(area);
    area.select();
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  focused?.focus();
  return copied;
}
