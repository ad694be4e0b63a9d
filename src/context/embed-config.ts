import type { DataAdapter } from '../adapters/adapter.js';
import { ConfigurationError } from '../adapters/errors.js';
import { LazyAdapter } from '../adapters/lazy-adapter.js';

/** Whether a connector of this configuration kept submissions on this device (connectors.ts, pacing.ts). */
function keptOnDevice(config: EmbedConfig): boolean {
  const key = config.salesforceOrg ? `lead-kit:salesforce-sent:${config.salesforceOrg.trim()}:kept` : config.hubspotPortal && config.hubspotForm ? `lead-kit:hubspot-sent:${config.hubspotPortal.trim()}:${config.hubspotForm.trim()}:kept` : undefined;
  try {
    return !!key && (globalThis.localStorage?.getItem(key) ?? '[]') !== '[]';
  } catch {
    return false;
  }
}

/**
 * Where leads go, said with HTML alone (a landing page builder's HTML box has no build step):
 * the attributes of `<lead-kit>` or `<lead-form>`, or the page's `<meta name="lead-kit:…">` tags.
 * The adapter code for the destination is loaded on first use, so a form renders before it.
 */
export interface EmbedConfig {
  /** The Lead Kit server's base URL (`server="https://leads.example.com"`). */
  server?: string;
  /** Its publishable key (`key="lk_pub_…"`); a secret key is refused on a page. */
  key?: string;
  /** Salesforce Web-to-Lead organization id (`salesforce-org="00D…"`). */
  salesforceOrg?: string;
  /** HubSpot portal id and form GUID (`hubspot-portal`, `hubspot-form`). */
  hubspotPortal?: string;
  hubspotForm?: string;
  /**
   * Custom field mapping for a CRM: the kit's field name → the CRM's (Salesforce `00N…` field
   * ids, HubSpot property names), from a `<script type="application/json">` child.
   */
  fields?: Record<string, string>;
  /** Where the CRM connector posts, when not its public endpoint (a proxy, a sandbox, a test stand-in): from the JSON child. */
  endpoint?: string;
}

/** The attributes an element reads an {@link EmbedConfig} from. */
export const EMBED_ATTRIBUTES = ['server', 'key', 'salesforce-org', 'hubspot-portal', 'hubspot-form'] as const;

const SECRET_KEY = /^lk_sec_/;
const PUBLISHABLE_KEY = /^lk_pub_[a-z0-9]{12}_[A-Za-z0-9_-]{32,64}$/;

/** Adapters made from a configuration, one per distinct configuration on the page. */
const KEY = Symbol.for('lead-kit.embed-adapters.v1');
const made: Map<string, DataAdapter> = ((globalThis as Record<symbol, unknown>)[KEY] as Map<string, DataAdapter> | undefined) ??
  ((globalThis as Record<symbol, unknown>)[KEY] = new Map<string, DataAdapter>());

/** True when the configuration names a destination at all. */
export function hasDestination(config: EmbedConfig): boolean {
  return !!(config.server || config.key || config.salesforceOrg || config.hubspotPortal || config.hubspotForm);
}

/**
 * What is wrong with a configuration, or undefined. A secret key is refused whatever else is
 * set: anyone who opens the page's source can read it, and it opens the tenant's whole API.
 */
export function configurationProblem(config: EmbedConfig): ConfigurationError | undefined {
  if (config.key && SECRET_KEY.test(config.key.trim())) {
    return new ConfigurationError(
      'A secret key (lk_sec_…) must never be put in a web page: anyone can read it in the page source and use your whole API. Nothing was sent. Use a publishable key: npm run keys -- create --tenant <name> --kind publishable --origin https://your.site',
      'key',
    );
  }
  const destinations = [config.server || config.key ? 'server' : '', config.salesforceOrg ? 'salesforce-org' : '', config.hubspotPortal || config.hubspotForm ? 'hubspot-portal' : ''].filter(Boolean);
  if (destinations.length > 1) return new ConfigurationError(`Leads can go to one destination; this page names ${destinations.join(' and ')}. Keep one.`, destinations[1]);
  if (config.server || config.key) {
    if (!config.server) return new ConfigurationError('A key needs the server it belongs to: add server="https://…" (or <meta name="lead-kit:server">).', 'server');
    let url: URL;
    try {
      url = new URL(config.server);
    } catch {
      return new ConfigurationError(`server="${config.server}" is not a URL (expected https://leads.example.com).`, 'server');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return new ConfigurationError(`server="${config.server}" must be an https:// URL.`, 'server');
    if (!config.key) return new ConfigurationError('The server needs a publishable key: add key="lk_pub_…" (npm run keys -- create --kind publishable).', 'key');
    if (!PUBLISHABLE_KEY.test(config.key.trim())) return new ConfigurationError(`key="${config.key.slice(0, 12)}…" is not a publishable key (lk_pub_…).`, 'key');
  }
  if (config.salesforceOrg && !/^00D[A-Za-z0-9]{12}([A-Za-z0-9]{3})?$/.test(config.salesforceOrg.trim())) {
    return new ConfigurationError(`salesforce-org="${config.salesforceOrg}" is not a Salesforce organization id (00D followed by 12 or 15 characters).`, 'salesforce-org');
  }
  if (config.hubspotPortal || config.hubspotForm) {
    if (!config.hubspotPortal || !/^\d{1,12}$/.test(config.hubspotPortal.trim())) return new ConfigurationError(`hubspot-portal="${config.hubspotPortal ?? ''}" must be your HubSpot portal id (digits).`, 'hubspot-portal');
    if (!config.hubspotForm || !/^[0-9a-f-]{36}$/i.test(config.hubspotForm.trim())) return new ConfigurationError(`hubspot-form="${config.hubspotForm ?? ''}" must be the form's GUID.`, 'hubspot-form');
  }
  return undefined;
}

/**
 * The adapter a configuration names (undefined: none named). A configuration the kit refuses
 * gives an adapter whose every call fails with that `ConfigurationError`: nothing is sent.
 */
export function adapterFromConfig(config: EmbedConfig): DataAdapter | undefined {
  if (!hasDestination(config)) return undefined;
  const id = JSON.stringify([config.server, config.key, config.salesforceOrg, config.hubspotPortal, config.hubspotForm, config.fields, config.endpoint]);
  let adapter = made.get(id);
  if (adapter) return adapter;
  const problem = configurationProblem(config);
  const fields = config.fields ?? {};
  if (problem) adapter = new LazyAdapter('misconfigured', () => Promise.reject(problem));
  else if (config.server) {
    const baseUrl = config.server.trim().replace(/\/+$/, '');
    const key = config.key!.trim();
    adapter = new LazyAdapter(`rest:${baseUrl}`, async () => new (await import('../adapters/rest/rest-adapter.js')).RestAdapter({ baseUrl, key }));
  } else if (config.salesforceOrg) {
    const oid = config.salesforceOrg.trim();
    const endpoint = config.endpoint;
    adapter = new LazyAdapter('salesforce', async () => new (await import('../adapters/connectors/connectors.js')).SalesforceWebToLead({ oid, customFields: fields, ...(endpoint ? { endpoint } : {}) }));
  } else {
    const portalId = config.hubspotPortal!.trim();
    const formGuid = config.hubspotForm!.trim();
    const baseUrl = config.endpoint;
    adapter = new LazyAdapter('hubspot', async () => new (await import('../adapters/connectors/connectors.js')).HubSpotForms({ portalId, formGuid, fields, ...(baseUrl ? { baseUrl } : {}) }));
  }
  // Submissions a CRM's limit kept on this device on an earlier visit: the connector loads now and
  // sends them when the limit allows (a page with nothing kept loads it on first use only).
  if (keptOnDevice(config)) void (adapter as LazyAdapter).loaded?.().catch(() => {});
  made.set(id, adapter);
  return adapter;
}

/**
 * The configuration an element's attributes give, with its `<script type="application/json">`
 * child: `{"fields": {"budget": "00N…"}, "endpoint": "https://…"}` (a bare object is the field map).
 */
export function configFromElement(element: Element): EmbedConfig {
  const attr = (name: string) => element.getAttribute(name)?.trim() || undefined;
  const config: EmbedConfig = {
    server: attr('server'),
    key: attr('key'),
    salesforceOrg: attr('salesforce-org'),
    hubspotPortal: attr('hubspot-portal'),
    hubspotForm: attr('hubspot-form'),
  };
  const script = element.querySelector(':scope > script[type="application/json"]');
  if (script?.textContent?.trim()) {
    try {
      const parsed = JSON.parse(script.textContent) as { fields?: unknown; endpoint?: unknown };
      const fields = parsed.fields ?? (parsed.endpoint === undefined ? parsed : undefined);
      if (fields && typeof fields === 'object' && Object.values(fields).every((v) => typeof v === 'string')) config.fields = fields as Record<string, string>;
      if (typeof parsed.endpoint === 'string') config.endpoint = parsed.endpoint;
    } catch {
      /* reported by the element: not JSON */
    }
  }
  return config;
}

/** The page-wide default: `<meta name="lead-kit:server">` and `<meta name="lead-kit:key">` (also `:salesforce-org`, `:hubspot-portal`, `:hubspot-form`). */
export function configFromMeta(doc: Document | undefined = typeof document === 'undefined' ? undefined : document): EmbedConfig {
  const meta = (name: string) => doc?.querySelector<HTMLMetaElement>(`meta[name="lead-kit:${name}"]`)?.content.trim() || undefined;
  return { server: meta('server'), key: meta('key'), salesforceOrg: meta('salesforce-org'), hubspotPortal: meta('hubspot-portal'), hubspotForm: meta('hubspot-form') };
}

/** Fired on the element whose configuration the kit refuses (also written to the console once). */
export class LeadKitConfigErrorEvent extends Event {
  static readonly type = 'lead-kit-config-error';
  constructor(readonly detail: { error: ConfigurationError; attribute: string; message: string }) {
    super(LeadKitConfigErrorEvent.type, { bubbles: true, composed: true });
  }
}

const reported = new WeakMap<Element, string>();

/**
 * Tells the site owner (console and a `lead-kit-config-error` event on `element`) what is wrong
 * with its configuration, once per element and problem. Visitors see only a neutral message.
 */
export function reportConfiguration(element: Element, config: EmbedConfig): ConfigurationError | undefined {
  const problem = hasDestination(config) ? configurationProblem(config) : undefined;
  if (!problem || reported.get(element) === problem.message) return problem;
  reported.set(element, problem.message);
  console.error(`<${element.localName}> ${problem.message}`);
  element.dispatchEvent(new LeadKitConfigErrorEvent({ error: problem, attribute: problem.attribute, message: problem.message }));
  return problem;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lead-kit-config-error': LeadKitConfigErrorEvent;
  }
}
