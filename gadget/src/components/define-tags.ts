/** Registers each tag once: a page that loads a bundle twice (or a harness that imports it again) keeps the first. */
export function defineTags(tags: ReadonlyArray<readonly [string, CustomElementConstructor]>): void {
  for (const [tag, element] of tags) if (customElements.get(tag) === undefined) customElements.define(tag, element);
}
