// Editor support generated from custom-elements.json (run by `npm run analyze`):
//  - web-types.json: JetBrains IDEs (WebStorm, IntelliJ) — elements, attributes with their
//    values, events, slots, CSS parts and custom properties, with descriptions;
//  - vscode.html-custom-data.json: VS Code's HTML custom data (tags and attributes);
//  - src/react/index.ts: `lead-kit/react`, an @lit/react wrapper per element with typed event
//    props (onLeadSubmitted), and src/react/jsx.ts: JSX types for the plain tags in React 19.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

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

// lead-kit/react: the wrappers, and JSX types for the tags used as they are.
const entryOf = (tag) => (tag === 'lead-field' || tag === 'lead-form-step' ? 'lead-form' : tag);
const pascal = (name) => name.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase());
const tsType = (type) => {
  const t = (type ?? 'string').replace(/\s*\|\s*undefined/g, '');
  if (t === 'boolean') return 'boolean';
  if (t === 'number') return 'number | string';
  if (literals(t).length) return t;
  return 'string';
};
const header = '// Generated from custom-elements.json by scripts/editor-data.mjs (`npm run analyze`): do not edit.\n';
const imports = new Map();
const imported = new Set();
const need = (tag, name) => {
  if (imported.has(name)) return;
  imported.add(name);
  imports.set(entryOf(tag), new Set([...(imports.get(entryOf(tag)) ?? []), name]));
};
for (const d of elements) {
  need(d.tagName, d.name);
  for (const e of d.events ?? []) if (e.type?.text && e.type.text !== 'Event') need(d.tagName, e.type.text);
}
const importLines = (typeOnly) => [...imports].map(([entry, names]) => `import ${typeOnly ? 'type ' : ''}{ ${[...names].sort().join(', ')} } from '../elements/${entry}.js';`);
const wrappers = elements.map((d) => {
  const events = (d.events ?? []).filter((e) => e.name).map((e) => `    on${pascal(e.name)}: '${e.name}' as EventName<${e.type?.text ?? 'Event'}>,`);
  return `/** \`<${d.tagName}>\` as a React component: ${describe(d).split('\n')[0]}${events.length ? ` Events: ${(d.events ?? []).map((e) => `\`on${pascal(e.name)}\``).join(', ')}.` : ''} */
export const ${d.name} = createComponent({
  tagName: '${d.tagName}',
  elementClass: ${d.name}El,
  react: React,
  events: {
${events.join('\n')}
  },
  displayName: '${d.name}',
});`;
});
mkdirSync('src/react', { recursive: true });
writeFileSync(
  'src/react/index.ts',
  `${header}/**
 * \`lead-kit/react\`: every element as a React component (\`@lit/react\`): properties as props,
 * events as typed \`on…\` props. Importing it registers the tags. For the plain tags in JSX
 * (\`<lead-form campaign="A">\`), the JSX types come with it (./jsx.ts).
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
${[...imports].map(([entry, names]) => `import { ${[...names].sort().map((n) => (elements.some((d) => d.name === n) ? `${n} as ${n}El` : `type ${n}`)).join(', ')} } from '../define/${entry}.js';`).join('\n')}
export type {} from './jsx.js';

${wrappers.join('\n\n')}
`,
);
const jsxEntries = elements.map((d) => {
  const attrs = (d.attributes ?? []).map((a) => `      '${a.name}'?: ${tsType(a.type?.text)};`);
  const events = (d.events ?? []).filter((e) => e.name).map((e) => `      'on${e.name}'?: (event: ${e.type?.text ?? 'Event'}) => void;`);
  return `    /** ${describe(d).split('\n')[0]} */
    '${d.tagName}': LeadKitElementProps<${d.name}> & {
${[...attrs, ...events].join('\n')}
    };`;
});
writeFileSync(
  'src/react/jsx.ts',
  `${header}/**
 * JSX types for the kit's tags used as they are in React 19 (\`<lead-form campaign="A"
 * onlead-submitted={…}>\`): attributes, properties and events (React 19 adds a listener for an
 * \`on<event-name>\` prop of a custom element).
 */
import type * as React from 'react';
${importLines(true).join('\n')}

/** What every tag takes: the HTML attributes, \`ref\`, \`class\`, and the element's own properties. */
type LeadKitElementProps<T> = React.DetailedHTMLProps<React.HTMLAttributes<T>, T> & { class?: string } & Partial<Omit<T, keyof HTMLElement>>;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
${jsxEntries.join('\n')}
    }
  }
}
`,
);
console.log(`react: ${elements.length} wrappers → src/react/index.ts, JSX types → src/react/jsx.ts`);
