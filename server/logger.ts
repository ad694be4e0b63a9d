/**
 * The server's log: pino, one JSON line per event — `time`, `level`, `message`, fields (never a
 * key, a body or a query string) — info on stdout, warnings and errors on stderr. A log reader
 * that went away (a pipe to a crashed collector: EPIPE) must not take the server with it, nor
 * make it spin logging its own write errors: that output is closed, the other kept.
 */
import pino from 'pino';
import type { Log } from './options.js';

export function createLogger(level: 'info' | 'warn' | 'error') {
  const closed = new Set<NodeJS.WriteStream>();
  for (const out of [process.stdout, process.stderr]) out.on('error', () => closed.add(out));
  const to = (preferred: NodeJS.WriteStream) => ({
    write(line: string) {
      const out = closed.has(preferred) ? process.stdout : preferred;
      if (!closed.has(out)) out.write(line);
    },
  });
  const logger = pino(
    {
      level,
      base: undefined,
      messageKey: 'message',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    pino.multistream(
      [
        { level: 'info', stream: to(process.stdout) },
        { level: 'warn', stream: to(process.stderr) },
      ],
      { dedupe: true },
    ),
  );
  const log: Log = (lvl, message, fields = {}) => logger[lvl](fields, message);
  return { logger, log };
}
