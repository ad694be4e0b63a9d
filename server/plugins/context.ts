/**
 * What the plugins and routes share: who is calling (`request.principal`), the route's access and
 * use case (`config`), and the server's state (open mode, readiness, shutting down).
 */
import type { Method } from '../../src/adapters/rest/routes.js';
import type { EventStreams } from '../events.js';
import type { ApiKey } from '../auth/api-keys.js';
import type { Limits, ServerOptions } from '../options.js';
import type { Fault } from './test-faults.js';

/** Who is calling: a verified key, or nobody on a development server without keys. */
export interface Principal {
  tenant: string;
  key?: ApiKey;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the access plugin on every route that is not `public`. */
    principal?: Principal;
    /** The request's rate-limit bucket: its key (or open tenant) and client address. */
    limitKey?: string;
    /** Tests only: the fault planned for this request (plugins/test-faults.ts). */
    fault?: Fault;
  }
  interface FastifyContextConfig {
    /** `public`: no key (health, test routes); otherwise a key is needed (or open mode). */
    access?: 'public';
    /** The use case the route serves (src/adapters/rest/routes.ts). */
    useCase?: Method;
    /** The route takes a large body (imports). */
    largeBody?: boolean;
    /** The route takes a small HTML form's body (the mail links' pages, routes/links.ts). */
    formBody?: boolean;
  }
}

/** The server's state, shared by the plugins. */
export interface ServerState {
  options: ServerOptions;
  limits: Limits;
  /** Shutting down: data routes answer 503. */
  closing: boolean;
  isReady(): boolean;
  /** Whether requests may come without a key (open mode, while no key exists). */
  isOpen(): Promise<boolean>;
  events: EventStreams;
}
