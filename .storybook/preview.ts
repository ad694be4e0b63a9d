import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import './preview.css';

setCustomElementsManifest(manifest);

const preview: Preview = {
  // A Docs page per element, from custom-elements.json: attributes, properties, events, slots, parts, CSS properties.
  tags: ['autodocs'],
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
      description: 'Page theme',
      toolbar: { title: 'Theme', icon: 'mirror', items: ['light', 'dark'] },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
  decorators: [
    (story, context) => {
      const locale = (context.args.locale as string | undefined) ?? (context.globals.locale as string);
      const theme = (context.parameters.theme as string | undefined) ?? (context.globals.theme as string);
      document.documentElement.lang = locale;
      document.documentElement.classList.toggle('dark', theme === 'dark');
      return story();
    },
  ],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};

export default preview;
