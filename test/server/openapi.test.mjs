// docs/openapi.yaml is generated from the code and must stay so: current, linted by a standard
// OpenAPI linter (Redocly), with real schemas for every record, and the generated client types
// current too.
import assert from 'node:assert/strict';

/** The child processes report their coverage too (npm test). */
const coverageEnv = { ...process.env, ...(process.env.LEAD_KIT_SERVER_COVERAGE ? { NODE_V8_COVERAGE: process.env.LEAD_KIT_SERVER_COVERAGE } : {}) };
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';

const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };
const committed = readFileSync('docs/openapi.yaml', 'utf8');
const doc = parse(committed);

describe('docs/openapi.yaml', () => {
  it('is what the route table and src/model/ generate (run npm run openapi after changing them)', () => {
    const r = spawnSync(process.execPath, ['.server/openapi.js'], { encoding: 'utf8', env: coverageEnv });
    assert.equal(r.status, 0, r.stderr);
    assert.ok(r.stdout === committed, 'docs/openapi.yaml is stale: run npm run openapi and commit it');
  });

  it('passes the Redocly linter with no errors', () => {
    const r = spawnSync('node_modules/.bin/redocly', ['lint', 'docs/openapi.yaml', '--format', 'json'], { encoding: 'utf8', env });
    assert.equal(r.status, 0, r.stdout.slice(0, 2000) + r.stderr.slice(0, 2000));
    const report = JSON.parse(r.stdout);
    assert.equal(report.totals.errors, 0);
  });

  it('has no placeholder schema: every record and result is an object with its properties, every body a real schema', () => {
    const schemas = doc.components.schemas;
    const records = ['Campaign', 'MemberStatus', 'Lead', 'Contact', 'Account', 'Opportunity', 'CampaignMember', 'PersonRef', 'PersonMatch', 'MemberPage', 'MemberCounts', 'SubmitLeadResult', 'CheckInResult', 'ImportResult', 'ConversionContext', 'ConversionResult', 'CampaignResults', 'Error'];
    const inputs = ['CampaignInput', 'LeadFields', 'LeadSubmission', 'MemberLookup', 'AddMembers', 'RemoveMembers', 'SetMemberStatus', 'CheckIn', 'UndoCheckIn', 'LeadImport', 'OpportunityPatch', 'ConversionInput'];
    for (const name of [...records, ...inputs]) {
      const s = schemas[name];
      assert.ok(s, `${name} is defined`);
      assert.equal(s.type, 'object', `${name} is an object`);
      assert.ok(Object.keys(s.properties ?? {}).length >= 1, `${name} lists its properties`);
      for (const [prop, p] of Object.entries(s.properties)) {
        assert.ok(Object.keys(p).length > 0, `${name}.${prop} has a schema`);
        assert.ok(!/src\/model|placeholder/i.test(JSON.stringify(p)), `${name}.${prop} is not prose`);
      }
    }
    // Every success body of every operation is a $ref, an array of $refs, or null (the mail links answer HTML pages).
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [verb, op] of Object.entries(item)) {
        for (const [status, res] of Object.entries(op.responses)) {
          if (!status.startsWith('2') || path.startsWith('/health') || path.startsWith('/links/') || path === '/events') continue;
          const schema = res.content['application/json'].schema;
          const ok = schema.$ref || schema.items?.$ref || schema.type === 'null' || schema.oneOf?.every((s) => s.$ref || s.type === 'null');
          assert.ok(ok, `${verb.toUpperCase()} ${path} ${status}: ${JSON.stringify(schema)}`);
        }
      }
    }
    assert.ok(doc.paths['/submissions'].post.requestBody.content['application/json'].example, 'the main routes have examples');
  });

  it('the client types generated from it (test/generated/openapi.d.ts, openapi-typescript) are current', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'lead-kit-openapi-')), 'openapi.d.ts');
    const r = spawnSync('node_modules/.bin/openapi-typescript', ['docs/openapi.yaml', '--output', out], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.ok(readFileSync(out, 'utf8') === readFileSync('test/generated/openapi.d.ts', 'utf8'), 'stale: run npm run openapi');
  });

  it('docs/api.html renders the reference', () => {
    const html = readFileSync('docs/api.html', 'utf8');
    assert.ok(html.includes('Lead Kit data API'));
    for (const op of ['submitLead', 'pageMembers', 'convertLead']) assert.ok(html.includes(op), op);
  });
});
