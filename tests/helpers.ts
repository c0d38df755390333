import 'axe-core/axe.min.js'; // UMD: sets window.axe
import type { AxeResults, RunOptions } from 'axe-core';

const axe = (globalThis as unknown as { axe: { run(el: Element, o: RunOptions): Promise<AxeResults> } }).axe;
import type { LitElement } from 'lit';

/** Wait until every Lit element under `root` (through shadow roots) has finished loading and rendering. */
export async function settle(root: Element | ShadowRoot, timeout = 5000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    // The root's own update too: a widget may wait for the next paint before it draws (the calendar after input).
    const all = [root, ...deepElements(root)].filter((el): el is LitElement => 'updateComplete' in el);
    await Promise.all(all.map((el) => el.updateComplete));
    const busy = deepElements(root).some(
      (el) => el.getAttribute('aria-busy') === 'true' && !el.closest('[data-stay-busy]'),
    );
    if (!busy || Date.now() > deadline) break;
    await new Promise((r) => setTimeout(r, 25));
  }
  await new Promise((r) => requestAnimationFrame(() => r(null)));
}

/** Every element below root, inside open shadow roots too. */
export function deepElements(root: Element | ShadowRoot): Element[] {
  const out: Element[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const el of Array.from(node.querySelectorAll('*'))) {
      out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  if (root instanceof Element && root.shadowRoot) walk(root.shadowRoot);
  return out;
}

/** Find an element by selector through shadow roots. */
export const deepQuery = <T extends Element = HTMLElement>(
  root: Element | ShadowRoot,
  selector: string,
): T | undefined => deepElements(root).find((el) => el.matches(selector)) as T | undefined;

/** WCAG 2.0–2.2 A/AA violations under an element, as short strings (so a failure message says what is wrong). */
export async function axeViolations(el: Element): Promise<string[]> {
  const result = await axe.run(el, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    rules: {
      region: { enabled: false },
      'landmark-one-main': { enabled: false },
      'page-has-heading-one': { enabled: false },
    },
  });
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
