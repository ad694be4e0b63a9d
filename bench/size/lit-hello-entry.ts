// Baseline: the smallest useful Lit element, built the same way.
import { html, LitElement } from 'lit';

class HelloLit extends LitElement {
  static override properties = { name: {} };
  name = 'world';
  override render() {
    return html`<form><label for="n">Name</label><input id="n" .value=${this.name} /></form>`;
  }
}
customElements.define('hello-lit', HelloLit);
