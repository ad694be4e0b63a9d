/**
 * Request bodies: read as they stream with a size limit (413 as soon as it is passed, declared or
 * not; imports have their own) and an idle limit (408), then JSON only (415 otherwise) with its
 * nesting checked before parsing (400); a link page's route (`formBody`) also takes a small form.
 * Replaces Fastify's parsers for every content type, so the same rules hold whatever a client
 * declares; an empty body is no body.
 */
import type http from 'node:http';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { HttpError, parseJson, readBody } from '../http.js';
import type { ServerState } from './context.js';

async function body(app: FastifyInstance, { state }: { state: ServerState }) {
  const { bodyLimit, importBodyLimit, bodyIdleTimeoutMs, maxDepth } = state.limits;
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', async (request: { headers: http.IncomingHttpHeaders; routeOptions: { config: { largeBody?: boolean; formBody?: boolean } } }, payload: http.IncomingMessage) => {
    const { largeBody, formBody } = request.routeOptions.config;
    const raw = await readBody(payload, largeBody ? importBodyLimit : formBody ? 4096 : bodyLimit, bodyIdleTimeoutMs);
    if (!raw.length) return undefined;
    // A link page's button or a mail client's one-click unsubscribe (RFC 8058) posts a form.
    if (formBody && /^application\/x-www-form-urlencoded\s*(;|$)/i.test(String(request.headers['content-type'] ?? ''))) {
      return Object.fromEntries(new URLSearchParams(raw.toString('utf8')));
    }
    if (!/^application\/json\s*(;|$)/i.test(String(request.headers['content-type'] ?? ''))) {
      throw new HttpError(415, 'unsupported-media-type', 'The body must be application/json');
    }
    return parseJson(raw, maxDepth);
  });
}

export const bodyPlugin = fp(body, { name: 'lead-kit-body' });
