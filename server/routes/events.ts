/**
 * The change feed over HTTP: `POST /events/tickets` gives a secret key's short-lived ticket (an
 * EventSource cannot send headers), `GET /events` streams the tenant's committed changes as
 * Server-Sent Events (events.ts), replaying what a client missed since `Last-Event-ID`.
 */
import type { FastifyInstance } from 'fastify';
import { HttpError, send } from '../http.js';
import { targetOf } from '../plugins/access.js';
import type { Principal, ServerState } from '../plugins/context.js';

const secretOnly = (principal: Principal) => {
  if (principal.key && principal.key.kind !== 'secret') throw new HttpError(403, 'forbidden', 'A publishable key cannot read the change feed');
};

export async function eventRoutes(app: FastifyInstance, { state }: { state: ServerState }) {
  app.post('/events/tickets', async (request, reply) => {
    const principal = request.principal!;
    const tickets = state.options.tickets();
    if (!principal.key) return send(reply, 201, { ticket: '', expiresAt: new Date(Date.now() + tickets.ttlMs).toISOString() });
    secretOnly(principal);
    return send(reply, 201, tickets.issue(principal.key));
  });

  app.get('/events', async (request, reply) => {
    const principal = request.principal!;
    secretOnly(principal);
    // The last change the client had (EventSource sends Last-Event-ID when it reconnects; a new
    // EventSource passes it as `lastEventId`): what it missed is replayed first.
    const lastRaw = request.headers['last-event-id'] ?? targetOf(request).searchParams.get('lastEventId') ?? undefined;
    const lastId = lastRaw === undefined || lastRaw === '' ? undefined : Number(lastRaw);
    if (lastId !== undefined && !(Number.isSafeInteger(lastId) && lastId >= 0)) throw new HttpError(400, 'bad-request', 'Last-Event-ID must be a change number');
    // The stream is written by hand from here, with the headers the hooks set (CORS, request id).
    reply.hijack();
    for (const [name, value] of Object.entries(reply.getHeaders())) if (value !== undefined) reply.raw.setHeader(name, value);
    state.events.open(reply.raw, principal.tenant, principal.key, lastId);
  });
}
