/**
 * The reference server: the DataAdapter HTTP contract (src/adapters/rest/routes.ts,
 * docs/openapi.yaml) over PostgreSQL, on Fastify. `buildApp()` registers one plugin per concern —
 * errors and request ids, test faults (test mode only), access (CORS, keys, tenants), rate
 * limits, bodies — and the route modules: health, the change feed, one route per use case, the
 * lead submission with its group commit, and the pages of the mails' signed links. Connections are guarded before Fastify sees them
 * (connections.ts). No request can crash the process.
 */
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import type http from 'node:http';
import { clientError, createHttpServer } from './connections.js';
import { EventStreams } from './events.js';
import { limitsOf, type ServerOptions } from './options.js';
import { accessPlugin } from './plugins/access.js';
import { bodyPlugin } from './plugins/body.js';
import type { ServerState } from './plugins/context.js';
import { errorsPlugin, requestId } from './plugins/errors.js';
import { rateLimitPlugin } from './plugins/rate-limits.js';
import { testFaultsPlugin } from './plugins/test-faults.js';
import { eventRoutes } from './routes/events.js';
import { healthRoutes } from './routes/health.js';
import { linkRoutes } from './routes/links.js';
import { submitLeadRoute } from './routes/submit-lead.js';
import { useCaseRoutes } from './routes/use-cases.js';

export { IMPORT_ROW_LIMIT, type ServerOptions } from './options.js';
// What a Node program needs to run the app in its own process (and the in-process tests).
export { KeyRing, Tickets } from './auth/api-keys.js';
export { migrate } from './migrations/index.js';
export { ticketSecret } from './store/api-keys.js';
export { Db } from './store/db.js';
export { LinkSigner } from './mail/links.js';
export { MailSender } from './mail/sender.js';
export { linkSecret } from './store/mail-outbox.js';

export interface LeadKitServer {
  app: FastifyInstance;
  server: http.Server;
  /** Stops accepting, lets requests in flight finish within `graceMs`, closes event streams. */
  shutdown(graceMs: number): Promise<void>;
  /** Ends open mode for good (a key exists); true if it was open. */
  requireKeys(): boolean;
}

export async function buildApp(options: ServerOptions): Promise<LeadKitServer> {
  const log = options.log ?? (() => {});
  /** Open mode (ServerOptions.openMode): closes for good when the first key appears. */
  let openMode = options.openMode ?? false;
  const requireKeys = (): boolean => {
    if (!openMode) return false;
    openMode = false;
    state.events.endKeyless();
    return true;
  };
  const isReady = options.isReady ?? (() => true);
  const state: ServerState = {
    options,
    limits: limitsOf(options),
    closing: false,
    isReady,
    isOpen: async () => {
      if (!openMode || !isReady()) return false;
      const { count } = await options.keys.overview();
      if (count > 0 && requireKeys()) log('warn', 'an API key exists now: every request needs a key from here on (open development mode ended; event streams opened without a key closed)');
      return openMode;
    },
    events: undefined as unknown as EventStreams,
  };
  state.events = new EventStreams(options.db, options.keys, () => state.isOpen(), options.feed);

  const app = Fastify({
    serverFactory: (handler) =>
      createHttpServer(
        {
          requestTimeoutMs: options.requestTimeoutMs ?? 60_000,
          headersTimeoutMs: options.headersTimeoutMs ?? 10_000,
          maxConnections: options.maxConnections ?? 10_000,
          // Behind a trusted proxy every connection comes from the proxy: limit there.
          maxConnectionsPerClient: (options.trustProxy ?? 0) > 0 ? Infinity : (options.maxConnectionsPerClient ?? 256),
        },
        handler,
      ),
    clientErrorHandler: clientError,
    genReqId: requestId,
    requestIdHeader: false,
    // Fastify's own messages in the server's log, never a line per request (plugins/errors.ts logs 5xx).
    ...(options.logger ? { loggerInstance: options.logger, logController: new LogController({ disableRequestLogging: true }) } : { logger: false }),
    exposeHeadRoutes: false,
    return503OnClosing: false,
    routerOptions: { maxParamLength: 2048 },
  });
  const opts = { state };
  await app.register(errorsPlugin, opts);
  if (options.faults) await app.register(testFaultsPlugin, opts);
  await app.register(accessPlugin, opts);
  await app.register(rateLimitPlugin, opts);
  await app.register(bodyPlugin, opts);
  await app.register(healthRoutes, opts);
  await app.register(eventRoutes, opts);
  await app.register(useCaseRoutes, opts);
  await app.register(submitLeadRoute, opts);
  await app.register(linkRoutes, opts);
  await app.ready();

  const shutdown = async (graceMs: number) => {
    state.closing = true;
    state.events.endAll();
    const closed = app.close();
    await Promise.race([closed, new Promise((r) => setTimeout(r, graceMs).unref())]);
    app.server.closeAllConnections();
  };
  return { app, server: app.server, shutdown, requireKeys };
}
