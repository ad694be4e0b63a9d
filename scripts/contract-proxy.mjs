// A validating proxy for the HTTP contract: forwards every request to a Lead Kit server (ours or
// another team's), and checks every JSON answer — status, body, headers — against
// docs/openapi.yaml with openapi-backend (Ajv under the hood). `GET /__contract` reports what
// was checked and every violation. Used by `npm test` (the REST contract suite runs through it)
// and by `npm run contract -- --base-url … --key …` for other backends.
import http from 'node:http';
import https from 'node:https';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import OpenAPIBackendModule from 'openapi-backend';
import addFormatsModule from 'ajv-formats';

const addFormats = addFormatsModule.default ?? addFormatsModule;

const OpenAPIBackend = OpenAPIBackendModule.default ?? OpenAPIBackendModule.OpenAPIBackend ?? OpenAPIBackendModule;

export async function startContractProxy({ target, port = 0, document = 'docs/openapi.yaml' }) {
  // quick: openapi-backend checks definitions against OpenAPI 3.0's meta-schema; ours is 3.1 (the
  // linter checks it). Responses are validated with Ajv and the standard formats.
  const api = new OpenAPIBackend({
    definition: parse(readFileSync(document, 'utf8')),
    strict: false,
    validate: true,
    quick: true,
    customizeAjv: (ajv) => (addFormats(ajv), ajv),
  });
  await api.init();
  const base = new URL(target);
  const agent = base.protocol === 'https:' ? new https.Agent({ keepAlive: true }) : new http.Agent({ keepAlive: true });
  const checked = { responses: 0, operations: new Set() };
  const violations = [];
  const server = http.createServer((req, res) => {
    if (req.url === '/__contract') {
      res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
      return res.end(JSON.stringify({ responses: checked.responses, operations: [...checked.operations].sort(), violations }));
    }
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const headers = { ...req.headers, host: base.host };
      const upstream = (base.protocol === 'https:' ? https : http).request(
        { protocol: base.protocol, hostname: base.hostname, port: base.port, path: `${base.pathname.replace(/\/$/, '')}${req.url}`, method: req.method, headers, agent },
        (up) => {
          const type = String(up.headers['content-type'] ?? '');
          if (!type.startsWith('application/json')) {
            res.writeHead(up.statusCode ?? 502, up.headers);
            return void up.pipe(res);
          }
          const out = [];
          up.on('data', (c) => out.push(c));
          up.on('end', () => {
            const text = Buffer.concat(out).toString('utf8');
            check(req, up.statusCode ?? 0, up.headers, text);
            res.writeHead(up.statusCode ?? 502, up.headers);
            res.end(text);
          });
        },
      );
      upstream.on('error', () => {
        if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
        res.end('upstream unreachable');
      });
      upstream.end(body);
    });
  });

  function check(req, status, headers, text) {
    const url = new URL(req.url, 'http://proxy.invalid');
    if (url.pathname.startsWith('/__') || req.method === 'OPTIONS') return; // test-only routes and CORS preflights are not the contract's
    const operation = api.matchOperation({ method: req.method, path: url.pathname, query: Object.fromEntries(url.searchParams), headers: req.headers });
    const where = `${req.method} ${url.pathname} → ${status}`;
    if (!operation) return void violations.push({ where, problem: 'no operation in the document' });
    checked.responses++;
    checked.operations.add(operation.operationId);
    if (!operation.responses?.[String(status)]) return void violations.push({ where, problem: `status ${status} is not documented for ${operation.operationId}` });
    let json;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      return void violations.push({ where, problem: 'the body is not JSON' });
    }
    const result = api.validateResponse(json, operation, status);
    if (result.errors?.length) violations.push({ where, problem: 'body', errors: result.errors.slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.message}`), body: text.slice(0, 300) });
    // Values of documented headers by the library; presence of those the document marks required.
    const hv = api.validateResponseHeaders(headers, operation, { statusCode: status, setMatchType: 'any' });
    const missing = Object.entries(resolve(operation.responses[String(status)]).headers ?? {})
      .filter(([name, h]) => h.required && headers[name.toLowerCase()] === undefined)
      .map(([name]) => `${name} is required`);
    const errors = [...(hv.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`), ...missing];
    if (errors.length) violations.push({ where, problem: 'headers', errors: errors.slice(0, 5) });
  }

  /** A response object, following its `$ref` into components. */
  function resolve(response) {
    const ref = response?.$ref;
    return ref ? ref.split('/').slice(1).reduce((o, k) => o?.[k], api.document) : response;
  }

  await new Promise((done) => server.listen(port, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    report: () => ({ responses: checked.responses, operations: [...checked.operations], violations }),
    stop: () => new Promise((resolve) => (server.closeAllConnections?.(), server.close(resolve), agent.destroy())),
  };
}
