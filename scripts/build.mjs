// `npm run build`: the library (dist/*.js, one module per entry, deps external), type
// declarations (dist/types), the all-in-one bundle (dist/lead-kit.js) and one file per element
// for a CDN (dist/cdn/<tag>.js).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync } from 'node:fs';

const step = (label, cmd, args) => {
  console.log(`> ${label}`);
  const status = spawnSync(cmd, args, { stdio: 'inherit' }).status;
  if (status !== 0) process.exit(status ?? 1);
};

step('vite build (library)', 'node_modules/.bin/vite', ['build']);
step('vite build --mode bundle (dist/lead-kit.js)', 'node_modules/.bin/vite', ['build', '--mode', 'bundle']);
step('tsc (declarations)', 'node_modules/.bin/tsc', ['-p', 'tsconfig.build.json']);
step('CDN files (dist/cdn/<tag>.js: one self-contained module per element)', process.execPath, ['scripts/build-cdn.mjs']);

mkdirSync('dist/themes', { recursive: true });
cpSync('src/styles/dark.css', 'dist/themes/dark.css');
console.log('> dist/themes/dark.css');
