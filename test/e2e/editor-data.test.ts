import { expect } from '@open-wc/testing';

/**
 * The editor data shipped in the package (web-types.json for JetBrains IDEs,
 * vscode.html-custom-data.json for VS Code) says what custom-elements.json says: every element,
 * each of its attributes with its values, events, CSS parts and custom properties.
 */
const json = async (path: string) => (await fetch(new URL(`../../${path}`, import.meta.url))).json();

interface Declaration {
  tagName?: string;
  customElement?: boolean;
  attributes?: { name: string }[];
  events?: { name?: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
}

describe('editor support (web-types, VS Code custom data)', () => {
  it('lists every element with its attributes, events, parts and CSS properties', async () => {
    const manifest = await json('custom-elements.json');
    const webTypes = await json('web-types.json');
    const vscode = await json('vscode.html-custom-data.json');
    const declared: Declaration[] = manifest.modules.flatMap((m: { declarations?: Declaration[] }) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName));
    expect(declared.map((d) => d.tagName)).to.include.members(['lead-form', 'campaign-member-list', 'campaign-member-add', 'campaign-member-import', 'attendance-tracker', 'lead-convert-wizard', 'campaign-summary', 'lead-kit']);
    const names = (list?: { name?: string }[]) => (list ?? []).map((x) => x.name).filter(Boolean).sort();
    for (const d of declared) {
      const w = webTypes.contributions.html.elements.find((e: { name: string }) => e.name === d.tagName);
      expect(w, `${d.tagName} in web-types.json`).to.exist;
      expect(names(w.attributes), `${d.tagName} attributes`).to.deep.equal(names(d.attributes));
      expect(names(w.events), `${d.tagName} events`).to.deep.equal(names(d.events));
      expect(names(w.css.parts), `${d.tagName} parts`).to.deep.equal(names(d.cssParts));
      expect(names(w.css.properties), `${d.tagName} CSS properties`).to.deep.equal(names(d.cssProperties));
      const v = vscode.tags.find((t: { name: string }) => t.name === d.tagName);
      expect(names(v?.attributes), `${d.tagName} in vscode.html-custom-data.json`).to.deep.equal(names(d.attributes));
    }
    const list = webTypes.contributions.html.elements.find((e: { name: string }) => e.name === 'campaign-member-list');
    const order = list.attributes.find((a: { name: string }) => a.name === 'name-order');
    expect(order.values.map((v: { name: string }) => v.name)).to.deep.equal(['given-first', 'family-first']);
  });
});
