import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import './preview.css';

setCustomElementsManifest(manifest);

/**
 * The manifest gives each attribute its TypeScript type as text ("'stacked' | 'two-column'",
 * "string | undefined"), which Storybook neither builds a fitting control for (an object editor)
 * nor accepts from the URL (`?args=layout:two-column` was dropped). Map them to Storybook's types:
 * literal unions to a select, strings to text, numbers and booleans to their controls.
 */
const normalizeArgTypes: NonNullable<Preview['argTypesEnhancers']>[number] = (context) => {
  const argTypes = { ...context.argTypes };
  for (const [key, argType] of Object.entries(argTypes)) {
    const text = String((argType.type as { name?: string } | undefined)?.name ?? '');
    const parts = text.split('|').map((p) => p.trim()).filter((p) => p && p !== 'undefined' && p !== 'null');
    if (!parts.length || ['string', 'number', 'boolean', 'enum', 'array', 'object', 'function', 'symbol', 'other'].includes(text)) continue;
    const literals = parts.every((p) => /^'[^']*'$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : undefined;
    const control = (argType.control ?? {}) as { type?: string };
    if (literals) argTypes[key] = { ...argType, type: { name: 'enum', value: literals }, options: argType.options ?? literals, control: control.type && control.type !== 'object' ? argType.control : { type: literals.length <= 3 ? 'inline-radio' : 'select' } };
    else if (parts.length === 1 && ['string', 'number', 'boolean'].includes(parts[0])) argTypes[key] = { ...argType, type: { name: parts[0] as 'string' }, control: { type: parts[0] === 'string' ? 'text' : parts[0] } };
  }
  return argTypes;
};

const preview: Preview = {
  // A Docs page per element, from custom-elements.json: attributes, properties, events, slots, parts, CSS properties.
  tags: ['autodocs'],
  argTypesEnhancers: [normalizeArgTypes],
  globalTypes: {
    locale: {
      description: 'Language of the built-in text',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'uk', title: 'Українська' },
          { value: 'ru', title: 'Русский' },
          { value: 'fr', title: 'Français' },
          { value: 'vi', title: 'Tiếng Việt' },
          { value: 'ro', title: 'Română' },
        ],
      },
    },
    theme: {
      description: 'Colour scheme: light, dark, or the OS setting (prefers-color-scheme)',
      toolbar: { title: 'Theme', icon: 'mirror', items: ['light', 'dark', 'os'] },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
  decorators: [
    (story, context) => {
      const locale = (context.args.locale as string | undefined) ?? (context.globals.locale as string);
      const theme = (context.parameters.theme as string | undefined) ?? (context.globals.theme as string);
      document.documentElement.lang = locale;
      document.documentElement.classList.toggle('dark', theme === 'dark');
      document.documentElement.classList.toggle('light', theme === 'light');
      return story();
    },
  ],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};

export default preview;
