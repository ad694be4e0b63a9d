/**
 * The HTTP contract of the DataAdapter use cases, written once and used by both sides: the
 * RestAdapter encodes a call into a request with `encode`, the reference server decodes the
 * request back into the call's arguments with `decode`. docs/openapi.yaml documents the same
 * routes for other servers. Versions travel as ETag / If-Match (`"3"`); creates carry an
 * `Idempotency-Key` (one per call, kept across its retries). Submissions and check-ins are also
 * idempotent in the domain by their own ids (`submissionId`, `checkInId`), whatever the key.
 */
import type { DataAdapter, UseCase } from '../adapter.js';

export type Verb = 'GET' | 'POST' | 'PUT' | 'PATCH';

/** A request as both sides see it. */
export interface WireRequest {
  params: Record<string, string>;
  query: Record<string, string>;
  body?: unknown;
  /** Version the write expects (If-Match). */
  ifMatch?: number;
  /** Idempotency-Key of a create. */
  idempotencyKey?: string;
}

/** A use case, as the routes name it. */
export type Method = UseCase;

interface Route<M extends Method> {
  verb: Verb;
  /** Path with `:name` parameters. */
  path: string;
  /** True when the call creates something: it carries an Idempotency-Key and is safe to retry. */
  creates?: boolean;
  /**
   * A publishable key (visible in a landing page's source) may call it. Every other route needs a
   * secret key; the server refuses the rest with 403, and its access tests walk this table.
   */
  publishable?: true;
  /** The call carries the version read as If-Match (PATCH always does): required, or only for an update. */
  ifMatch?: 'required' | 'optional';
  encode: (...args: Parameters<DataAdapter[M]>) => WireRequest;
  decode: (req: WireRequest) => Parameters<DataAdapter[M]>;
}

type Routes = { [M in Method]: Route<M> };

const none = (): WireRequest => ({ params: {}, query: {} });
const q = (o: Record<string, unknown>): Record<string, string> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => [k, String(v)]));
const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));
const body = <T>(req: WireRequest) => (req.body ?? {}) as T;
/** A query flag: `true`/`false`, else the text as sent (validation names it). */
const flag = (v: string) => (v === 'true' ? true : v === 'false' ? false : v);
/** A query parameter holding JSON (`filters`), else the text as sent (validation names it). */
const json = (v: string): unknown => {
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
};

export const ROUTES: Routes = {
  getCampaign: { verb: 'GET', path: '/campaigns/:id', encode: (id) => ({ params: { id }, query: {} }), decode: (r) => [r.params.id] },
  listCampaigns: { verb: 'GET', path: '/campaigns', encode: none, decode: () => [] },
  saveCampaign: {
    verb: 'POST',
    path: '/campaigns',
    creates: true,
    ifMatch: 'optional',
    encode: (input) => ({ params: {}, query: {}, body: input, ...(input.version !== undefined ? { ifMatch: input.version } : {}) }),
    decode: (r) => [{ ...body<Parameters<DataAdapter['saveCampaign']>[0]>(r), ...(r.ifMatch !== undefined ? { version: r.ifMatch } : {}) }],
  },
  getMemberStatuses: { verb: 'GET', path: '/campaigns/:id/statuses', publishable: true, encode: (id) => ({ params: { id }, query: {} }), decode: (r) => [r.params.id] },
  changeMemberStatuses: {
    verb: 'PUT',
    path: '/campaigns/:id/statuses',
    ifMatch: 'required',
    encode: ({ campaignId, version, ...rest }) => ({ params: { id: campaignId }, query: {}, body: rest, ifMatch: version }),
    decode: (r) => [{ ...body<object>(r), campaignId: r.params.id, version: r.ifMatch ?? -1 } as Parameters<DataAdapter['changeMemberStatuses']>[0]],
  },
  deleteCampaign: {
    verb: 'POST',
    path: '/campaigns/:id/delete',
    ifMatch: 'required',
    encode: (id, version) => ({ params: { id }, query: {}, ifMatch: version }),
    decode: (r) => [r.params.id, r.ifMatch ?? -1],
  },
  createQuickCampaign: {
    verb: 'POST',
    path: '/quick-campaigns',
    creates: true,
    encode: (input) => ({ params: {}, query: {}, body: input }),
    decode: (r) => [body(r)],
  },
  listMaterials: { verb: 'GET', path: '/campaigns/:id/materials', encode: (id) => ({ params: { id }, query: {} }), decode: (r) => [r.params.id] },
  getMaterial: { verb: 'GET', path: '/materials/:id', encode: (id) => ({ params: { id }, query: {} }), decode: (r) => [r.params.id] },
  saveMaterial: {
    verb: 'POST',
    path: '/campaigns/:id/materials',
    creates: true,
    ifMatch: 'optional',
    encode: ({ campaignId, version, ...rest }) => ({ params: { id: campaignId }, query: {}, body: rest, ...(version !== undefined ? { ifMatch: version } : {}) }),
    decode: (r) => [{ ...body<object>(r), campaignId: r.params.id, ...(r.ifMatch !== undefined ? { version: r.ifMatch } : {}) } as Parameters<DataAdapter['saveMaterial']>[0]],
  },
  deleteMaterial: {
    verb: 'POST',
    path: '/materials/:id/delete',
    ifMatch: 'required',
    encode: (id, version) => ({ params: { id }, query: {}, ifMatch: version }),
    decode: (r) => [r.params.id, r.ifMatch ?? -1],
  },
  getLead: { verb: 'GET', path: '/leads/:id', encode: (id) => ({ params: { id }, query: {} }), decode: (r) => [r.params.id] },
  getContact: { verb: 'GET', path: '/contacts/:id', encode: (id) => ({ params: { id }, query: {} }), decode: (r) => [r.params.id] },
  createLead: { verb: 'POST', path: '/leads', creates: true, encode: (fields) => ({ params: {}, query: {}, body: fields }), decode: (r) => [body(r)] },
  updateLead: {
    verb: 'PATCH',
    path: '/leads/:id',
    encode: (id, version, patch) => ({ params: { id }, query: {}, body: patch, ifMatch: version }),
    decode: (r) => [r.params.id, r.ifMatch ?? -1, body(r)],
  },
  findPersonByEmail: { verb: 'GET', path: '/people/by-email', encode: (email) => ({ params: {}, query: { email } }), decode: (r) => [r.query.email ?? ''] },
  searchPeople: { verb: 'GET', path: '/people', encode: (text) => ({ params: {}, query: { search: text } }), decode: (r) => [r.query.search ?? ''] },
  pagePeople: { verb: 'POST', path: '/people/query', encode: (query) => ({ params: {}, query: {}, body: query }), decode: (r) => [body(r)] },
  listPeopleViews: { verb: 'GET', path: '/people/views', encode: none, decode: () => [] },
  savePeopleView: {
    verb: 'POST',
    path: '/people/views',
    creates: true,
    ifMatch: 'optional',
    encode: ({ version, ...rest }) => ({ params: {}, query: {}, body: rest, ...(version !== undefined ? { ifMatch: version } : {}) }),
    decode: (r) => [{ ...body<object>(r), ...(r.ifMatch !== undefined ? { version: r.ifMatch } : {}) } as Parameters<DataAdapter['savePeopleView']>[0]],
  },
  deletePeopleView: {
    verb: 'POST',
    path: '/people/views/:id/delete',
    ifMatch: 'required',
    encode: (id, version) => ({ params: { id }, query: {}, ifMatch: version }),
    decode: (r) => [r.params.id, r.ifMatch ?? -1],
  },
  classifyLeads: { verb: 'POST', path: '/leads/classify', encode: (input) => ({ params: {}, query: {}, body: input }), decode: (r) => [body(r)] },
  recordConsent: {
    verb: 'POST',
    path: '/people/:type/:id/consents',
    encode: ({ person, ...rest }) => ({ params: { type: person.type, id: person.id }, query: {}, body: rest }),
    decode: (r) => [{ ...body<object>(r), person: { type: r.params.type, id: r.params.id } } as Parameters<DataAdapter['recordConsent']>[0]],
  },
  pageMembers: {
    verb: 'GET',
    path: '/campaigns/:id/members',
    encode: ({ campaignId, filters, ...rest }) => ({ params: { id: campaignId }, query: q({ ...rest, ...(filters?.length ? { filters: JSON.stringify(filters) } : {}) }) }),
    decode: (r) => {
      const { limit, offset, counts, people, filters, ...rest } = r.query;
      return [
        {
          campaignId: r.params.id,
          ...rest,
          ...(limit ? { limit: num(limit) } : {}),
          ...(offset ? { offset: num(offset) } : {}),
          ...(counts ? { counts: flag(counts) } : {}),
          ...(people ? { people: flag(people) } : {}),
          ...(filters !== undefined ? { filters: json(filters) } : {}),
        } as Parameters<DataAdapter['pageMembers']>[0],
      ];
    },
  },
  getMembers: { verb: 'POST', path: '/members/lookup', encode: (ids) => ({ params: {}, query: {}, body: { ids } }), decode: (r) => [body<{ ids: string[] }>(r).ids ?? []] },
  countMembers: { verb: 'GET', path: '/campaigns/:id/counts', encode: (id) => ({ params: { id }, query: {} }), decode: (r) => [r.params.id] },
  listPersonCampaigns: {
    verb: 'GET',
    path: '/people/:type/:id/campaigns',
    encode: (person) => ({ params: { type: person.type, id: person.id }, query: {} }),
    decode: (r) => [{ type: r.params.type, id: r.params.id } as Parameters<DataAdapter['listPersonCampaigns']>[0]],
  },
  addMembers: {
    verb: 'POST',
    path: '/campaigns/:id/members',
    creates: true,
    encode: ({ campaignId, ...rest }) => ({ params: { id: campaignId }, query: {}, body: rest }),
    decode: (r) => [{ ...body<object>(r), campaignId: r.params.id } as Parameters<DataAdapter['addMembers']>[0]],
  },
  removeMembers: {
    verb: 'POST',
    path: '/campaigns/:id/members/remove',
    encode: ({ campaignId, ...rest }) => ({ params: { id: campaignId }, query: {}, body: rest }),
    decode: (r) => [{ ...body<object>(r), campaignId: r.params.id } as Parameters<DataAdapter['removeMembers']>[0]],
  },
  setMemberStatus: {
    verb: 'POST',
    path: '/campaigns/:id/members/status',
    encode: ({ campaignId, ...rest }) => ({ params: { id: campaignId }, query: {}, body: rest }),
    decode: (r) => [{ ...body<object>(r), campaignId: r.params.id } as Parameters<DataAdapter['setMemberStatus']>[0]],
  },
  checkIn: {
    verb: 'POST',
    path: '/campaigns/:id/check-ins',
    creates: true,
    encode: ({ campaignId, ...rest }) => ({ params: { id: campaignId }, query: {}, body: rest }),
    decode: (r) => [{ ...body<object>(r), campaignId: r.params.id } as Parameters<DataAdapter['checkIn']>[0]],
  },
  undoCheckIn: {
    verb: 'POST',
    path: '/campaigns/:id/check-ins/undo',
    encode: ({ campaignId, ...rest }) => ({ params: { id: campaignId }, query: {}, body: rest }),
    decode: (r) => [{ ...body<object>(r), campaignId: r.params.id } as Parameters<DataAdapter['undoCheckIn']>[0]],
  },
  knownFields: {
    verb: 'GET',
    path: '/visitors/:id/known-fields',
    publishable: true,
    encode: (id) => ({ params: { id }, query: {} }),
    decode: (r) => [r.params.id],
  },
  submitLead: {
    verb: 'POST',
    path: '/submissions',
    creates: true,
    publishable: true,
    encode: (input) => ({ params: {}, query: {}, body: input }),
    decode: (r) => [body(r)],
  },
  holdSubmission: {
    verb: 'POST',
    path: '/held-submissions',
    creates: true,
    publishable: true,
    encode: (input) => ({ params: {}, query: {}, body: input }),
    decode: (r) => [body(r)],
  },
  listHeldSubmissions: { verb: 'GET', path: '/campaigns/:id/held-submissions', encode: (id) => ({ params: { id }, query: {} }), decode: (r) => [r.params.id] },
  releaseHeldSubmission: {
    verb: 'POST',
    path: '/held-submissions/:id/release',
    creates: true,
    encode: (id) => ({ params: { id }, query: {} }),
    decode: (r) => [r.params.id],
  },
  discardHeldSubmission: { verb: 'POST', path: '/held-submissions/:id/discard', encode: (id) => ({ params: { id }, query: {} }), decode: (r) => [r.params.id] },
  importLeads: {
    verb: 'POST',
    path: '/campaigns/:id/imports',
    creates: true,
    encode: ({ campaignId, ...rest }, rows) => ({ params: { id: campaignId }, query: {}, body: { ...rest, rows } }),
    decode: (r) => {
      const { rows, ...rest } = body<{ rows?: unknown[] }>(r);
      return [{ ...rest, campaignId: r.params.id } as Parameters<DataAdapter['importLeads']>[0], (rows ?? []) as Parameters<DataAdapter['importLeads']>[1]];
    },
  },
  importPeople: {
    verb: 'POST',
    path: '/people/imports',
    creates: true,
    encode: (input, rows) => ({ params: {}, query: {}, body: { ...input, rows } }),
    decode: (r) => {
      const { rows, ...rest } = body<{ rows?: unknown[] }>(r);
      return [rest as Parameters<DataAdapter['importPeople']>[0], (rows ?? []) as Parameters<DataAdapter['importPeople']>[1]];
    },
  },
  getAccount: { verb: 'GET', path: '/accounts/:id', encode: (id) => ({ params: { id }, query: {} }), decode: (r) => [r.params.id] },
  searchAccounts: { verb: 'GET', path: '/accounts', encode: (text) => ({ params: {}, query: { search: text } }), decode: (r) => [r.query.search ?? ''] },
  listOpportunities: { verb: 'GET', path: '/opportunities', encode: (filter) => ({ params: {}, query: q(filter) }), decode: (r) => [r.query] },
  createOpportunityFromMember: {
    verb: 'POST',
    path: '/members/:id/opportunities',
    creates: true,
    encode: ({ memberId, ...rest }) => ({ params: { id: memberId }, query: {}, body: rest }),
    decode: (r) => [{ ...body<object>(r), memberId: r.params.id } as Parameters<DataAdapter['createOpportunityFromMember']>[0]],
  },
  updateOpportunity: {
    verb: 'PATCH',
    path: '/opportunities/:id',
    encode: (id, version, patch) => ({ params: { id }, query: {}, body: patch, ifMatch: version }),
    decode: (r) => [r.params.id, r.ifMatch ?? -1, body(r)],
  },
  conversionContext: { verb: 'GET', path: '/leads/:id/conversion', encode: (id) => ({ params: { id }, query: {} }), decode: (r) => [r.params.id] },
  convertLead: {
    verb: 'POST',
    path: '/conversions',
    creates: true,
    encode: (input) => ({ params: {}, query: {}, body: input }),
    decode: (r) => [body(r)],
  },
  campaignResults: { verb: 'GET', path: '/campaigns/:id/results', encode: (id) => ({ params: { id }, query: {} }), decode: (r) => [r.params.id] },
  leadReport: { verb: 'GET', path: '/results/leads', encode: () => ({ params: {}, query: {} }), decode: () => [] },
  influenceReport: {
    verb: 'GET',
    path: '/results/influence',
    encode: (input = {}) => ({ params: {}, query: q({ halfLifeDays: input.halfLifeDays, weights: input.weights && [input.weights.first, input.weights.leadCreation, input.weights.last, input.weights.middle].join(',') }) }),
    decode: (r) => {
      const w = r.query.weights?.split(',').map(Number);
      return [{ ...(r.query.halfLifeDays !== undefined ? { halfLifeDays: num(r.query.halfLifeDays) } : {}), ...(w ? { weights: { first: w[0], leadCreation: w[1], last: w[2], middle: w[3] } } : {}) }];
    },
  },
};

/** Fills a route's path with its parameters. */
export function routePath(path: string, params: Record<string, string>): string {
  return path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
}

/** The route a request matches, with its path parameters. */
export function matchRoute(verb: string, pathname: string): { method: Method; params: Record<string, string> } | undefined {
  for (const [method, route] of Object.entries(ROUTES) as [Method, Route<Method>][]) {
    if (route.verb !== verb) continue;
    const names: string[] = [];
    const re = new RegExp(`^${route.path.replace(/:(\w+)/g, (_, n: string) => (names.push(n), '([^/]+)'))}$`);
    const m = re.exec(pathname);
    if (m) return { method, params: Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(m[i + 1])])) };
  }
  return undefined;
}

/** The body of an error response. */
export interface WireError {
  error: { code: string; message: string; reason?: string; entity?: string; id?: string; issues?: { path: string; code: string; message: string }[] };
}
