// Local stand-ins for the two CRM endpoints the connectors post to, checking each request the
// way the vendors document it (Salesforce Web-to-Lead; HubSpot Forms Submission API v3), and
// recording what they received for the tests (GET /__requests).
import http from 'node:http';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function startCrmStubs(port = 8791) {
  const requests = [];
  const rateLimited = new Set();
  const server = http.createServer((req, res) => {
    res.setHeader('access-control-allow-origin', '*');
    res.setHeader('access-control-allow-headers', 'content-type');
    res.setHeader('access-control-expose-headers', 'retry-after');
    if (req.method === 'OPTIONS') return res.writeHead(204).end();
    const url = new URL(req.url, 'http://localhost');
    if (req.method === 'GET' && url.pathname === '/__requests') {
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(JSON.stringify(requests));
    }
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const type = req.headers['content-type'] ?? '';
      // Salesforce Web-to-Lead: form-encoded POST, oid required; answers HTML (opaque to the page).
      if (url.pathname === '/servlet/servlet.WebToLead') {
        const ok = req.method === 'POST' && type.startsWith('application/x-www-form-urlencoded') && url.searchParams.get('encoding') === 'UTF-8';
        const form = Object.fromEntries(new URLSearchParams(text));
        requests.push({ api: 'salesforce', ok: ok && !!form.oid, form, at: Date.now() });
        res.writeHead(ok && form.oid ? 200 : 400, { 'content-type': 'text/html' });
        return res.end('<html><body></body></html>');
      }
      // HubSpot Forms v3: JSON { fields: [{ name, value }], context?, legalConsentOptions? }.
      const m = /^\/submissions\/v3\/integration\/submit\/([^/]+)\/([^/]+)$/.exec(url.pathname);
      if (m && req.method === 'POST') {
        let body;
        try {
          body = JSON.parse(text);
        } catch {
          body = undefined;
        }
        const fields = Array.isArray(body?.fields) ? body.fields : undefined;
        const valid = type.startsWith('application/json') && fields && fields.every((f) => typeof f.name === 'string' && typeof f.value === 'string');
        requests.push({ api: 'hubspot', portalId: m[1], formGuid: m[2], ok: !!valid, body, at: Date.now() });
        const fail = (status, errors, retryAfter = '0') => {
          res.writeHead(status, { 'content-type': 'application/json', ...(status === 429 ? { 'retry-after': retryAfter } : {}) });
          res.end(JSON.stringify({ status: 'error', message: status === 429 ? 'You have reached your secondly limit.' : 'The request is not valid', correlationId: 'stub', errors }));
        };
        if (!valid) return fail(400, [{ message: 'Invalid input JSON on line 1', errorType: 'INVALID_JSON' }]);
        const email = fields.find((f) => f.name === 'email')?.value;
        const company = fields.find((f) => f.name === 'company')?.value;
        if (company === 'RATE-LIMIT-ME' && !rateLimited.has(email)) {
          rateLimited.add(email);
          return fail(429, []);
        }
        // HubSpot's "secondly limit" with a Retry-After to honour (once per address), or a limit that lasts.
        if (company === 'RETRY-AFTER-1' && !rateLimited.has(email)) {
          rateLimited.add(email);
          return fail(429, [], '1');
        }
        if (company === 'ALWAYS-429') return fail(429, []);
        if (!email) return fail(400, [{ message: "Error in 'fields.email'. Required field 'email' is missing", errorType: 'REQUIRED_FIELD' }]);
        // HubSpot also refuses addresses whose domain cannot receive mail (a reserved TLD here).
        if (!EMAIL.test(email) || email.endsWith('.invalid')) return fail(400, [{ message: "Error in 'fields.email'. Invalid email address", errorType: 'INVALID_EMAIL' }]);
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.end(JSON.stringify({ inlineMessage: 'Thanks for submitting the form.' }));
      }
      res.writeHead(404).end();
    });
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${port}`, stop: () => server.close() })));
}
