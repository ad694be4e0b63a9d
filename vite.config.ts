import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const entries = {
  index: 'src/index.ts',
  'define/lead-kit': 'src/define/lead-kit.ts',
  'define/lead-form': 'src/define/lead-form.ts',
  'define/lead-convert-wizard': 'src/define/lead-convert-wizard.ts',
  'define/campaign-summary': 'src/define/campaign-summary.ts',
  'define/campaign-member-list': 'src/define/campaign-member-list.ts',
  'define/attendance-tracker': 'src/define/attendance-tracker.ts',
  'adapters/local': 'src/adapters/local/index.ts',
  model: 'src/model/index.ts',
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
        ? { output: { inlineDynamicImports: true } } // one self-contained file
        : {
            external: (id: string) => /^(lit|@lit\/|idb|zod)(\/|$)/.test(id),
            output: { preserveModules: false, chunkFileNames: 'chunks/[name]-[hash].js' },
          },
    },
  };
});
