// `npm run analyze`: custom-elements.json from the source's JSDoc.
// The plugin sorts modules by path (stable across checkouts) and keeps the manifest to the public contract: events inferred from
// `dispatchEvent(new SomeEvent(arg))` without an `@fires` description are dropped (the
// analyzer names them after the argument), and private/protected members are left out.
const publicContractOnly = {
  name: 'lead-kit-public-contract',
  packageLinkPhase({ customElementsManifest }) {
    // Modules in path order: the glob follows directory order, which differs between checkouts.
    customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const mod of customElementsManifest.modules) {
      for (const decl of mod.declarations ?? []) {
        if (!decl.customElement) continue;
        if (decl.events) decl.events = decl.events.filter((e) => e.description);
        if (decl.members) decl.members = decl.members.filter((m) => !m.privacy || m.privacy === 'public');
      }
    }
  },
};

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/internal/**', 'src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  plugins: [publicContractOnly],
};
