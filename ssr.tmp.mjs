import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { unsafeStatic, html as shtml } from 'lit/static-html.js';
const tags = ['lead-kit', 'lead-form', 'lead-convert-wizard', 'campaign-summary', 'campaign-member-list', 'campaign-member-import', 'campaign-member-add', 'attendance-tracker'];
for (const t of tags) {
  try {
    await import(`lead-kit/define/${t}.js`);
    const out = await collectResult(render(shtml`<${unsafeStatic(t)} campaign="A" lead-id="L1" locale="vi"></${unsafeStatic(t)}>`));
    console.log('OK', t, out.length, out.includes('shadowroot') ? 'DSD' : 'no-DSD', out.slice(0, 300).replace(/\s+/g, ' '));
  } catch (e) { console.log('FAIL', t, e.stack.split('\n').slice(0, 4).join(' | ')); }
}
