/** Idempotent define: a page that loads the script twice (two CMS blocks, two versions) must not break. */
export function define(name: string, ctor: CustomElementConstructor): void {
  if (typeof customElements !== 'undefined' && !customElements.get(name)) customElements.define(name, ctor);
}
