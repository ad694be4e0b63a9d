/**
 * docs/openapi.yaml, generated: the route table (src/adapters/rest/routes.ts) gives verbs, paths
 * and which calls create; the zod schemas of src/model/ give every request and response body
 * (zod 4's JSON Schema output). `npm run openapi` writes the file and docs/api.html; the server
 * tests fail when the committed file is not what this produces.
 */
import * as z from 'zod/mini';
import type { ZodMiniType } from 'zod/mini';
import { ROUTES, type Method } from '../src/adapters/rest/routes.js';
import { OPERATIONS, requests, responses, type Body } from './openapi/operations.js';

const ERRORS: Record<number, string> = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  409: 'Conflict',
  412: 'PreconditionFailed',
  413: 'TooLarge',
  415: 'UnsupportedMediaType',
  422: 'Invalid',
  429: 'TooMany',
  500: 'Internal',
  503: 'Unavailable',
};

type Json = Record<string, unknown>;

/** JSON Schema of `schema` for the document: no `$schema`, refs to components. */
function jsonSchema(schema: ZodMiniType, io: 'input' | 'output'): Json {
  return tidy(z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }), io) as Json;
}

/**
 * Cleans zod's output for OpenAPI: drops `$schema`/`$id`, and on responses the
 * `additionalProperties: false` (clients ignore fields they do not know: the contract can grow).
 * Integers keep their JavaScript safe range out (noise for readers).
 */
function tidy(value: unknown, io: 'input' | 'output'): unknown {
  if (Array.isArray(value)) return value.map((v) => tidy(v, io));
  if (!value || typeof value !== 'object') return value;
  const out: Json = {};
  for (const [k, v] of Object.entries(value as Json)) {
    if (k === '$schema' || k === '$id') continue;
    if (k === 'additionalProperties' && v === false && io === 'output') continue;
    if ((k === 'minimum' && v === -9007199254740991) || (k === 'maximum' && v === 9007199254740991)) continue;
    // `format` says it; zod's exact ISO regex is noise for readers.
    if (k === 'pattern' && ['date-time', 'date'].includes(String((value as Json).format))) continue;
    out[k] = tidy(v, io);
  }
  return out;
}

/**
 * Fills what the output schema cannot show (a value after a transform, e.g. optional text that
 * is trimmed and dropped when empty: `{}`) with the input schema of the same place.
 */
function fillFrom(output: unknown, input: unknown): unknown {
  if (output && typeof output === 'object' && !Array.isArray(output) && Object.keys(output).length === 0 && input && typeof input === 'object') return input;
  if (!output || typeof output !== 'object' || !input || typeof input !== 'object') return output;
  if (Array.isArray(output)) return output.map((o, i) => fillFrom(o, (input as unknown[])[i]));
  const out: Json = {};
  for (const [k, v] of Object.entries(output as Json)) out[k] = fillFrom(v, (input as Json)[k]);
  return out;
}

/** Component schemas from a set of zod schemas, with `$ref`s between them. */
function components(set: Record<string, ZodMiniType>, io: 'input' | 'output'): Record<string, Json> {
  const generate = (mode: 'input' | 'output') => {
    const registry = z.registry<{ id: string }>();
    for (const [id, schema] of Object.entries(set)) registry.add(schema, { id });
    return (z.toJSONSchema(registry, { io: mode, unrepresentable: 'any', target: 'draft-2020-12', uri: (id) => `#/components/schemas/${id}` }) as { schemas: Record<string, Json> }).schemas;
  };
  const schemas = generate(io);
  const inputs = io === 'output' ? generate('input') : schemas;
  return Object.fromEntries(Object.entries(schemas).map(([id, s]) => [id, tidy(fillFrom(s, inputs[id]), io) as Json]));
}

function bodySchema(body: Body): Json {
  if (body === 'null') return { type: 'null' };
  if (body.endsWith('[]')) return { type: 'array', items: { $ref: `#/components/schemas/${body.slice(0, -2)}` } };
  if (body.endsWith('?')) return { oneOf: [{ $ref: `#/components/schemas/${body.slice(0, -1)}` }, { type: 'null' }] };
  return { $ref: `#/components/schemas/${body}` };
}

/** Response headers (inlined where used: validators read `required` on them). */
const HEADERS: Record<string, Json> = {
  ETag: { description: 'The record\'s version, quoted ("3")', required: true, schema: { type: 'string', pattern: '^"[1-9][0-9]*"$' } },
  IdempotentReplay: { description: '"true" when this is the stored answer of an earlier request with the same Idempotency-Key', required: false, schema: { type: 'string', enum: ['true'] } },
  RetryAfter: { description: 'Seconds to wait before retrying', required: true, schema: { type: 'string', pattern: '^[1-9][0-9]*$' } },
  RequestId: { description: 'This request\'s id (also in the server log)', required: true, schema: { type: 'string', pattern: '^[\\w-]{1,64}$' } },
};

/** The OpenAPI 3.1 document of the HTTP contract. */
export function openApiDocument(): Json {
  const schemas = { ...components(responses, 'output'), ...components(requests, 'input') };
  const paths: Record<string, Json> = {};
  for (const [method, route] of Object.entries(ROUTES) as [Method, (typeof ROUTES)[Method]][]) {
    const op = OPERATIONS[method];
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    const parameters: Json[] = [...route.path.matchAll(/:(\w+)/g)].map(([, name]) => ({ name, in: 'path', required: true, schema: { type: 'string', minLength: 1, maxLength: 128 } }));
    for (const [name, [schema, description, required]] of Object.entries(op.query ?? {})) {
      parameters.push({ name, in: 'query', required: !!required, description, schema: jsonSchema(schema, 'input') });
    }
    if (route.verb === 'PATCH' || route.ifMatch === 'required') parameters.push({ $ref: '#/components/parameters/IfMatchRequired' });
    else if (route.ifMatch === 'optional') parameters.push({ $ref: '#/components/parameters/IfMatch' });
    if (route.creates) parameters.push({ $ref: '#/components/parameters/IdempotencyKey' });
    parameters.push({ $ref: '#/components/parameters/Client' });
    const status = route.creates ? '201' : '200';
    const headers: Json = { 'X-Request-Id': HEADERS.RequestId };
    if (op.etag) headers.ETag = HEADERS.ETag;
    if (route.creates) headers['Idempotent-Replay'] = HEADERS.IdempotentReplay;
    const ok: Json = {
      description: route.creates ? 'Done (a replay of the same Idempotency-Key answers the first result)' : 'OK',
      headers,
      content: { 'application/json': { schema: bodySchema(op.response), ...(op.example?.response ? { example: op.example.response } : {}) } },
    };
    const errorStatuses = [...new Set([400, 401, 403, ...(route.verb === 'GET' ? [] : [413, 415]), ...op.errors, 429, 500, 503])].sort();
    const operation: Json = {
      operationId: method,
      summary: op.summary,
      tags: [op.tag],
      security: route.publishable ? [{ secretKey: [] }, { publishableKey: [] }] : [{ secretKey: [] }],
      parameters,
      ...(op.request
        ? { requestBody: { required: true, content: { 'application/json': { schema: { $ref: `#/components/schemas/${op.request}` }, ...(op.example?.request ? { example: op.example.request } : {}) } } } }
        : {}),
      responses: { [status]: ok, ...Object.fromEntries(errorStatuses.map((s) => [String(s), { $ref: `#/components/responses/${ERRORS[s]}` }])) },
    };
    paths[path] = { ...paths[path], [route.verb.toLowerCase()]: operation };
  }
  const errorResponse = (description: string, retry = false): Json => ({
    description,
    headers: { 'X-Request-Id': HEADERS.RequestId, ...(retry ? { 'Retry-After': HEADERS.RetryAfter } : {}) },
    content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
  });
  return {
    openapi: '3.1.0',
    info: {
      title: 'Lead Kit data API',
      version: '1.0.0',
      license: { name: 'MIT', identifier: 'MIT' },
      description: [
        'The DataAdapter use cases over HTTP, as the RestAdapter (src/adapters/rest/rest-adapter.ts) speaks them and the Lead Kit server (server/) serves them.',
        'Generated by `npm run openapi` from the route table (src/adapters/rest/routes.ts) and the zod schemas of src/model/: do not edit by hand.',
        '',
        'Every request carries an API key (`Authorization: Bearer lk_…`); the tenant is the key\'s. A secret key (`lk_sec_…`) may call every operation; a publishable key (`lk_pub_…`) only those that list it (403 otherwise). A key restricted to origins is refused (403) from any other origin.',
        'Records are versioned: reads return `ETag: "<version>"`; updates send `If-Match: "<version>"` and a stale one is refused with 412. Creates send an `Idempotency-Key`: a retry with the same key and body returns the first response (`Idempotent-Replay: true`); the same key with another body is refused with 409.',
        'Errors are JSON (`Error`): 422 lists each field in `error.issues`. Bodies over 1 MB (imports 20 MB) get 413, JSON nested deeper than 32 levels 400, a body that is not application/json 415, text with NUL characters or lone surrogates 422. When the database cannot serve, 503 with Retry-After; rate limits 429 with Retry-After.',
        'Changes stream as Server-Sent Events on /events, opened with a ticket from POST /events/tickets.',
      ].join('\n'),
    },
    servers: [{ url: 'http://127.0.0.1:8787', description: 'npm run server' }],
    security: [{ secretKey: [] }],
    tags: [
      { name: 'Campaigns', description: 'Campaigns and their ordered member statuses (defaults by campaign type).' },
      { name: 'People', description: 'Leads and contacts; a person is matched by normalized email.' },
      { name: 'Members', description: "A campaign's members: pages, counts, bulk status changes, check-ins." },
      { name: 'Capture', description: 'Lead submissions from forms and CSV imports: match by email, else create; add the membership.' },
      { name: 'Accounts and opportunities', description: 'Accounts a lead converts into, and the deals credited to campaigns.' },
      { name: 'Conversion', description: 'Lead conversion: the proposal and the atomic conversion.' },
      { name: 'Results', description: 'Campaign results from maintained counters.' },
      { name: 'Change feed', description: 'Server-Sent Events of every committed change of the tenant.' },
      { name: 'Health', description: 'For load balancers and orchestrators; no key needed.' },
    ],
    paths: {
      '/events/tickets': {
        post: {
          operationId: 'eventTicket',
          summary: 'A ticket for the change feed, valid 5 minutes (secret keys only)',
          tags: ['Change feed'],
          responses: {
            '201': { description: 'A ticket', headers: { 'X-Request-Id': HEADERS.RequestId }, content: { 'application/json': { schema: { $ref: '#/components/schemas/EventTicket' } } } },
            '401': { $ref: '#/components/responses/Unauthorized' },
            '403': { $ref: '#/components/responses/Forbidden' },
            '503': { $ref: '#/components/responses/Unavailable' },
          },
        },
      },
      '/events': {
        get: {
          operationId: 'events',
          summary: 'Change feed (text/event-stream): one `data:` JSON per committed change {stores, campaignIds, ids?, client}',
          tags: ['Change feed'],
          security: [{ ticket: [] }, { secretKey: [] }],
          parameters: [
            { name: 'ticket', in: 'query', description: 'From POST /events/tickets (EventSource cannot send headers)', schema: { type: 'string' } },
            { name: 'client', in: 'query', description: "The client's id: its own changes carry it", schema: { type: 'string', pattern: '^[\\w-]{1,64}$' } },
          ],
          responses: {
            '200': { description: 'Event stream', content: { 'text/event-stream': { schema: { type: 'string' } } } },
            '401': { $ref: '#/components/responses/Unauthorized' },
            '403': { $ref: '#/components/responses/Forbidden' },
          },
        },
      },
      '/health/live': {
        get: { operationId: 'healthLive', summary: 'Liveness: 200 while the process serves (also /health)', tags: ['Health'], security: [], responses: { '200': { description: 'Alive', content: { 'application/json': { schema: { type: 'object', properties: { ok: { const: true } } } } } } } },
      },
      '/health/ready': {
        get: {
          operationId: 'healthReady',
          summary: 'Readiness: 200 when the database answers, migrations are done and the change feed listens; 503 otherwise and while shutting down',
          tags: ['Health'],
          security: [],
          responses: {
            '200': { description: 'Ready', content: { 'application/json': { schema: { type: 'object', properties: { ok: { const: true } } } } } },
            '503': { description: 'Not ready', headers: { 'Retry-After': HEADERS.RetryAfter }, content: { 'application/json': { schema: { type: 'object', properties: { ok: { const: false } } } } } },
          },
        },
      },
      ...linkPages(),
      ...paths,
    },
    components: {
      securitySchemes: {
        secretKey: { type: 'http', scheme: 'bearer', description: 'A secret key (lk_sec_…): the whole API of its tenant. Never in a URL.' },
        publishableKey: { type: 'http', scheme: 'bearer', description: 'A publishable key (lk_pub_…): submitLead and getMemberStatuses only; optionally restricted to origins.' },
        ticket: { type: 'apiKey', in: 'query', name: 'ticket', description: 'A short-lived change-feed ticket from POST /events/tickets.' },
      },
      parameters: {
        IfMatch: { name: 'If-Match', in: 'header', required: false, description: 'The version read, quoted ("3"): the write is refused with 412 if the record changed since', schema: { type: 'string', pattern: '^(W/)?"?[1-9][0-9]*"?$' } },
        IfMatchRequired: { name: 'If-Match', in: 'header', required: true, description: 'The version read, quoted ("3")', schema: { type: 'string', pattern: '^(W/)?"?[1-9][0-9]*"?$' } },
        IdempotencyKey: { name: 'Idempotency-Key', in: 'header', required: false, description: 'One per logical request, kept across its retries (1-128 visible ASCII characters); remembered 72 h', schema: { type: 'string', pattern: '^[\\x21-\\x7e]{1,128}$' } },
        Client: { name: 'X-Lead-Kit-Client', in: 'header', required: false, description: "The client's id, echoed in the change feed so it can tell its own changes", schema: { type: 'string', pattern: '^[\\w-]{1,64}$' } },
      },
      responses: {
        BadRequest: errorResponse('Malformed request: target, percent-encoding, JSON, nesting deeper than 32, If-Match, Idempotency-Key'),
        Unauthorized: errorResponse('No API key, or an unknown, revoked or malformed one'),
        Forbidden: errorResponse('The key may not do this: another tenant named, a publishable key on a secret route, or an origin the key or server does not allow'),
        NotFound: errorResponse('A record the call needs does not exist (error.entity, error.id)'),
        Conflict: errorResponse('A unique key is taken, the Idempotency-Key was used for another body, or the lead is converted (error.reason)'),
        PreconditionFailed: errorResponse('A record changed since it was read (stale If-Match or member version)'),
        TooLarge: errorResponse('The body is over the limit (1 MB; imports 20 MB)'),
        UnsupportedMediaType: errorResponse('The body is not application/json'),
        Invalid: errorResponse('Invalid input; error.issues lists each field (path, stable code, message)'),
        TooMany: errorResponse('Rate limited (per key and client address)', true),
        Internal: errorResponse('An unexpected error; the message names the request id'),
        Unavailable: errorResponse('The database cannot serve now (restarting, down, every connection busy): retry after Retry-After', true),
      },
      schemas,
    },
  };
}

/** The pages of the mails' signed links (routes/links.ts): HTML for a person, no key. */
function linkPages() {
  const token = { name: 'token', in: 'query', required: true, description: 'The signed token of the mail link', schema: { type: 'string', maxLength: 2048 } };
  const html = (description: string) => ({ description, content: { 'text/html': { schema: { type: 'string' } } } });
  const pages = {
    '400': html('Not a valid link (tampered, forged, of another kind): nothing changed'),
    '503': { ...html('The database cannot answer: nothing changed, try again'), headers: { 'Retry-After': HEADERS.RetryAfter } },
  };
  const op = (operationId: string, summary: string, responses: Record<string, unknown>, form = false) => ({
    operationId,
    summary,
    tags: ['Mail links'],
    security: [],
    parameters: [token],
    ...(form ? { requestBody: { required: false, content: { 'application/x-www-form-urlencoded': { schema: { type: 'object', properties: { 'List-Unsubscribe': { const: 'One-Click' } } } } } } } : {}),
    responses: { ...responses, ...pages },
  });
  const confirmStates = { '404': html('The sign-up no longer exists'), '409': html('Used before: nothing changed'), '410': html('Expired: nothing changed') };
  return {
    '/links/confirm': {
      get: op('confirmPage', "A double opt-in's confirmation page: its button, or why it cannot be used (nothing changes)", { '200': html('The page with its Confirm button'), ...confirmStates }),
      post: op('confirmOptIn', 'Confirms the double opt-in (once): the status the form asked for applies', { '200': html('Confirmed'), ...confirmStates }, true),
    },
    '/links/withdraw': {
      get: op('withdrawPage', 'The unsubscribe page: which consents the link withdraws, and its button (nothing changes)', { '200': html('The page with its Unsubscribe button') }),
      post: op('withdrawConsents', 'Withdraws the consents (RFC 8058 one-click unsubscribe too); again: nothing more recorded', { '200': html('Withdrawn'), '404': html('The person no longer exists') }, true),
    },
  };
}
