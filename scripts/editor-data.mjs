// Editor support generated from custom-elements.json (run by `npm run analyze`):
//  - web-types.json: JetBrains IDEs (WebStorm, IntelliJ) — elements, attributes with their
//    values, events, slots, CSS parts and custom properties, with descriptions;
//  - vscode.html-custom-data.json: VS Code's HTML custom data (tags and attributes).
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName));
elements.sort((a, b) => a.tagName.localeCompare(b.tagName));

/** The literal values of a union type such as `'asc' | 'desc'` (none for open types). */
const literals = (type) => {
  const parts = (type ?? '').split('|').map((p) => p.trim()).filter((p) => p !== 'undefined');
  return parts.length > 1 && parts.every((p) => /^'[^']*'$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : [];
};
const describe = (d) => [d.summary, d.description].filter(Boolean)[0] ?? '';

const webTypes = {
  $schema: 'https://json.schemastore.org/web-types',
  name: pkg.name,
  version: pkg.version,
  'description-markup': 'markdown',
  'js-types-syntax': 'typescript',
  contributions: {
    html: {
      elements: elements.map((d) => ({
        name: d.tagName,
        description: describe(d),
        attributes: (d.attributes ?? []).map((a) => ({
          name: a.name,
          description: a.description ?? '',
          ...(a.default ? { default: a.default } : {}),
          value: literals(a.type?.text).length
            ? { type: 'enum', kind: 'plain', required: false }
            : { type: a.type?.text ?? 'string', kind: a.type?.text === 'boolean' ? 'no-value' : 'plain', required: false },
          ...(literals(a.type?.text).length ? { values: literals(a.type.text).map((v) => ({ name: v })) } : {}),
        })),
        events: (d.events ?? []).filter((e) => e.name).map((e) => ({ name: e.name, description: e.description ?? '' })),
        slots: (d.slots ?? []).map((s) => ({ name: s.name, description: s.description ?? '' })),
        css: {
          parts: (d.cssParts ?? []).map((p) => ({ name: p.name, description: p.description ?? '' })),
          properties: (d.cssProperties ?? []).map((p) => ({ name: p.name, description: p.description ?? '' })),
        },
      })),
    },
  },
};

const vscode = {
  version: 1.1,
  tags: elements.map((d) => ({
    name: d.tagName,
    description: describe(d),
    attributes: (d.attributes ?? []).map((a) => ({
      name: a.name,
      description: a.description ?? '',
      ...(literals(a.type?.text).length ? { values: literals(a.type.text).map((v) => ({ name: v })) } : {}),
      ...(a.type?.text === 'boolean' ? { valueSet: 'v' } : {}),
    })),
  })),
};

writeFileSync('web-types.json', JSON.stringify(webTypes, null, 2) + '\n');
writeFileSync('vscode.html-custom-data.json', JSON.stringify(vscode, null, 2) + '\n');
console.log(`editor data: ${elements.length} elements → web-types.json, vscode.html-custom-data.json`);
