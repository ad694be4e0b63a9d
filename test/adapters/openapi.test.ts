import { expect } from '@open-wc/testing';
import { ROUTES } from '../../src/adapters/rest/routes.js';

describe('docs/openapi.yaml', () => {
  it('documents every route of the HTTP contract, with its verb and path', async () => {
    const text = await (await fetch('/docs/openapi.yaml')).text();
    const blocks = new Map<string, string>();
    for (const m of text.split('\npaths:\n')[1].split('\ncomponents:')[0].matchAll(/^ {2}(\/[^:\n]*):\n((?: {4}.*\n?)*)/gm)) blocks.set(m[1], m[2]);
    for (const [name, route] of Object.entries(ROUTES)) {
      const path = route.path.replace(/:(\w+)/g, '{$1}');
      const block = blocks.get(path);
      expect(block, `${name}: ${path}`).to.be.a('string');
      expect(block, name).to.match(new RegExp(`${route.verb.toLowerCase()}:\\n {6}operationId: ${name}\\n`));
      if (route.creates) expect(block!.split(`operationId: ${name}`)[1].split(/\n {4}\w+:\n/)[0], name).to.contain('IdempotencyKey');
    }
  });
});
