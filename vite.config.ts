import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/** The element tags with an entry of their own (`lead-kit/elements/<tag>`, `lead-kit/define/<tag>`). */
const ELEMENTS = ['lead-kit', 'lead-form', 'lead-convert-wizard', 'campaign-summary', 'campaign-opportunities', 'campaign-influence', 'lead-report', 'people-list', 'campaign-editor', 'person-campaigns', 'campaign-member-list', 'campaign-member-import', 'campaign-member-add', 'attendance-tracker'];

/** The package's entries (package.json "exports" maps each to its .js and its .d.ts). */
const entries: Record<string, string> = {
  index: 'src/index.ts',
  ...Object.fromEntries(ELEMENTS.flatMap((tag) => [[`elements/${tag}`, `src/elements/${tag}.ts`], [`define/${tag}`, `src/define/${tag}.ts`]])),
  'adapters/local': 'src/adapters/local/index.ts',
  'adapters/rest': 'src/adapters/rest/index.ts',
  'adapters/connectors': 'src/adapters/connectors/index.ts',
  model: 'src/model/index.ts',
  i18n: 'src/i18n/index.ts',
  react: 'src/react/index.ts',
};

/**
 * - `vite` / `npm start`: the demo (demo/index.html) on the dev server, with seeded data.
 * - `vite build`: the npm library, one ES module per entry, dependencies external.
 * - `vite build --mode bundle`: dist/lead-kit.js, everything in one file for a single
 *   `<script type="module">` on any page.
 */
export default defineConfig(({ command, mode }) => {
  if (command === 'serve') {
    return {
      root: 'demo',
      server: { host: '127.0.0.1', port: Number(process.env.PORT ?? 5173), fs: { allow: [resolve('.')] } },
    };
  }
  const bundle = mode === 'bundle';
  return {
    build: {
      outDir: 'dist',
      emptyOutDir: !bundle,
      sourcemap: true,
      target: 'es2022',
      minify: bundle,
      lib: bundle
        ? { entry: { 'lead-kit': 'src/index.ts' }, formats: ['es'] }
        : { entry: entries, formats: ['es'] },
      rollupOptions: bundle
        ? { output: { codeSplitting: false, minify: true } } // one self-contained file, whitespace too (library mode keeps it for bundlers; this one is for pages)
        : {
            external: (id: string) => /^(lit|@lit\/[^/]+|idb|zod|react)(\/|$)/.test(id),
            output: { preserveModules: false, chunkFileNames: 'chunks/[name]-[hash].js' },
          },
    },
  };
});
