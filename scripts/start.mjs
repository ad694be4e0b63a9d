// `npm start`: the demo on Vite's dev server (it prints the URL to open).
import { spawn } from 'node:child_process';

const child = spawn('node_modules/.bin/vite', ['--strictPort=false'], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
