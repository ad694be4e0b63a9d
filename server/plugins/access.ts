/**
 * Who may call, from where: CORS (@fastify/cors answers preflights and gives the headers to the
 * origins some key may be used from), then every route but the `public` ones needs a key —
 * a secret or publishable API key (`Authorization: Bearer lk_…`), an event ticket on `/events`,
 * or nothing on an open development server — bound to its tenant and its origins; a publishable
 * key may call only the routes ROUTES marks `publishable`.
 */
import cors from '@fastify/cors';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { ROUTES } from '../../src/adapters/rest/routes.js';
import { CORS, HttpError, RETRY_AFTER_UNAVAILABLE } from '../http.js';
import { originAllowed, TENANT_FORMAT, type ApiKey } from '../auth/api-keys.js';
import type { Principal, ServerState } from './context.js';

const LOOPBACK_ORIGINS = ['http://localhost:*', 'http://127.0.0.1:*', 'http://[::1]:*', 'http://localhost', 'http://127.0.0.1'];
/** The test routes may be called from a loopback page (plugins/test-faults.ts). */
const TEST_PATHS = new Set(['/__faults', '/__keys']);

/** The request's path and query (the target was checked before routing: connections.ts). */
export const targetOf = (request: FastifyRequest): URL => new URL(request.url, 'http://server.invalid');

async function access(app: FastifyInstance, { state }: { state: ServerState }) {
  const { options } = state;
  const { keys } = options;
  const globalOrigins = options.corsOrigins ?? [];

  /** Whether a browser on `origin` may use `key` (undefined: before any key is seen). */
  const originOk = async (origin: string, key: ApiKey | undefined, open: boolean): Promise<boolean> => {
    if (originAllowed(origin, globalOrigins)) return !key?.origins.length || originAllowed(origin, key.origins);
    if (open && originAllowed(origin, LOOPBACK_ORIGINS)) return true;
    if (key) return key.origins.length ? originAllowed(origin, key.origins) : key.kind === 'publishable';
    const overview = await keys.overview();
    return overview.anyOrigin || originAllowed(origin, overview.origins);
  };

  // A page that may send a preflight may read the answer (a 401 too); the key decides later.
  await app.register(cors, {
    hook: 'onRequest',
    delegator: async (request: FastifyRequest) => {
      const origin = request.headers.origin;
      const allowed = !origin
        ? false
        : TEST_PATHS.has(request.routeOptions.url ?? '')
          ? originAllowed(origin, [...globalOrigins, ...LOOPBACK_ORIGINS])
          : await state
              .isOpen()
              .then((open) => originOk(origin, undefined, open))
              .catch(() => false);
      return { origin: allowed, strictPreflight: false, ...CORS };
    },
  });

  const clientAddress = (request: FastifyRequest): string => {
    const hops = options.trustProxy ?? 0;
    if (hops > 0) {
      const chain = String(request.headers['x-forwarded-for'] ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      const address = chain[chain.length - hops];
      if (address) return address;
    }
    return request.socket.remoteAddress ?? 'unknown';
  };

  const authenticate = async (request: FastifyRequest, url: URL, open: boolean): Promise<Principal> => {
    const auth = request.headers.authorization;
    const headerTenant = request.headers['x-lead-kit-tenant'] === undefined ? undefined : String(request.headers['x-lead-kit-tenant']);
    const asked = headerTenant ?? url.searchParams.get('tenant') ?? undefined;
    if (asked !== undefined && !TENANT_FORMAT.test(asked)) throw new HttpError(400, 'bad-request', 'Invalid tenant');
    let principal: Principal | undefined;
    if (auth !== undefined) {
      const m = /^Bearer\s+(\S+)\s*$/i.exec(auth);
      const key = m ? await keys.verify(m[1]) : null;
      if (!key) throw new HttpError(401, 'unauthorized', 'The API key is unknown, revoked or malformed', { 'www-authenticate': 'Bearer' });
      principal = { tenant: key.tenant, key };
    } else if (url.pathname === '/events' && url.searchParams.has('ticket')) {
      const t = options.tickets().check(url.searchParams.get('ticket') ?? '');
      const key = t ? await keys.byId(t.keyId) : null;
      // The ticket's tenant must be its key's (a ticket is signed, but never trusted beyond its key).
      if (!t || !key || key.tenant !== t.tenant) throw new HttpError(401, 'unauthorized', 'The event ticket is invalid or expired; get a new one from POST /events/tickets');
      principal = { tenant: t.tenant, key };
    } else if (open) {
      principal = { tenant: asked ?? 'default' };
    } else {
      throw new HttpError(401, 'unauthorized', 'An API key is required: Authorization: Bearer lk_…', { 'www-authenticate': 'Bearer' });
    }
    // The tenant is the key's; a header or parameter naming another is refused, never obeyed.
    if (principal.key && asked !== undefined && asked !== principal.tenant) throw new HttpError(403, 'forbidden', 'This key belongs to another tenant');
    return principal;
  };

  /** The origin with this key: refused (403, and no CORS header), or allowed. */
  const checkOrigin = async (request: FastifyRequest, reply: FastifyReply, principal: Principal, open: boolean) => {
    const origin = request.headers.origin;
    if (origin !== undefined) {
      if (!(await originOk(origin, principal.key, open))) {
        reply.removeHeader('access-control-allow-origin');
        throw new HttpError(403, 'forbidden', `Origin ${origin} may not use this server${principal.key ? ' with this key' : ''}`);
      }
      reply.header('access-control-allow-origin', origin).header('access-control-expose-headers', CORS.exposedHeaders);
    } else if (principal.key?.origins.length) {
      throw new HttpError(403, 'forbidden', 'This key is restricted to browser origins and the request has none');
    }
  };

  app.addHook('onRequest', async (request, reply) => {
    const { config } = request.routeOptions;
    if (config.access === 'public' || request.method === 'OPTIONS') return;
    if (state.closing) throw new HttpError(503, 'unavailable', 'The server is shutting down; retry', { 'retry-after': RETRY_AFTER_UNAVAILABLE, connection: 'close' });
    if (!state.isReady()) throw new HttpError(503, 'unavailable', 'The server is starting (waiting for PostgreSQL); retry shortly', { 'retry-after': RETRY_AFTER_UNAVAILABLE });
    const open = await state.isOpen().catch(() => false);
    const principal = await authenticate(request, targetOf(request), open);
    await checkOrigin(request, reply, principal, open);
    if (principal.key?.kind === 'publishable' && config.useCase && !ROUTES[config.useCase].publishable) {
      throw new HttpError(403, 'forbidden', "A publishable key can only submit leads (or hold suspected ones) and read a campaign's member statuses; use a secret key for this");
    }
    request.principal = principal;
    request.limitKey = `${principal.key?.id ?? `open:${principal.tenant}`}|${clientAddress(request)}`;
  });
}

export const accessPlugin = fp(access, { name: 'lead-kit-access' });
