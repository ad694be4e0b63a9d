/**
 * The element `tag` with every story arg applied as its property, so each control Storybook
 * builds from custom-elements.json works (attribute args are kebab-case, property args
 * camelCase: both land on the property). Empty and undefined args are left out (the element's
 * default holds).
 */
export function withArgs(tag: string, args: object): HTMLElement {
  const el = document.createElement(tag) as HTMLElement & Record<string, unknown>;
  for (const [key, value] of Object.entries(args as Record<string, unknown>)) {
    if (value === undefined || value === '' || typeof value === 'function') continue;
    el[key.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())] = value;
  }
  return el;
}
