// `npm run build` (its last step): one file per element for a CDN, dist/cdn/<tag>.js. Each is a
// single ES module with no bare import — Lit and everything the element needs before its first
// render inside — so `<script type="module" src=".../dist/cdn/lead-form.js">` is the whole
// installation. What it needs later (the REST adapter, the IndexedDB store, the CRM connectors,
// other languages) is loaded on demand from dist/cdn/chunks/, next to it. One build per element,
// so no element's file imports another's. (lead-form.js and lead-kit.js, a landing page's, are
// one module each; the bundler may share a chunk or two between another element's file and its
// on-demand code — same folder, still no bare import.)
import { rmSync } from 'node:fs';
import { build } from 'vite';

/** Elements with a CDN file (lead-field and lead-form-step come with lead-form; import and add with the list, and on their own). */
export const CDN_ELEMENTS = ['lead-form', 'lead-kit', 'campaign-member-list', 'campaign-member-import', 'campaign-member-add', 'attendance-tracker', 'lead-convert-wizard', 'campaign-summary', 'campaign-opportunities', 'campaign-influence', 'lead-report', 'people-list', 'campaign-editor', 'person-campaigns'];

/**
 * After minification: dynamic imports of the on-demand chunks with plain quotes. The minifier
 * prints every string as a template literal (`import(\`./chunks/x.js\`)`), which browsers load
 * but tools that read a module's imports without running it (es-module-lexer: preloaders, CDNs'
 * analysis, our own test) do not see.
 */
const quotedChunkImports = {
  name: 'lead-kit:quoted-chunk-imports',
  generateBundle(_options, bundle) {
    for (const file of Object.values(bundle)) if (file.type === 'chunk') file.code = file.code.replace(/import\(`(\.\/[^`$\\]+)`\)/g, 'import("$1")');
  },
};

/** Builds every element's CDN file into `outDir` (default dist/cdn). */
export async function buildCdn(outDir = 'dist/cdn') {
  rmSync(outDir, { recursive: true, force: true });
  for (const tag of CDN_ELEMENTS) {
    await build({
      configFile: false,
      logLevel: 'warn',
      plugins: [quotedChunkImports],
      build: {
        outDir,
        emptyOutDir: false,
        target: 'es2022',
        minify: true,
        sourcemap: false,
        lib: { entry: { [tag]: `src/define/${tag}.ts` }, formats: ['es'] },
        // The entry may export more than its own API (what its on-demand chunks import from it), so
        // everything needed before the first render stays in the one file.
        // `minify: true` on the output: Vite's library mode leaves an ES module's whitespace for a
        // bundler to see, but these files go to browsers as they are (lead-form.js: 77 KB → 65 KB, 22.2 → 20.3 KB gzipped).
        rollupOptions: { preserveEntrySignatures: 'allow-extension', output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', minify: true } },
      },
    });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildCdn(process.argv[2]);
  console.log(`> ${process.argv[2] ?? 'dist/cdn'}: ${CDN_ELEMENTS.map((t) => `${t}.js`).join(', ')}`);
}
