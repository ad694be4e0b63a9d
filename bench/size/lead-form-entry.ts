// What a landing page loads for <lead-form>: the element, Lit, the IndexedDB adapter, zod/mini, i18n.
import '../../src/define/lead-form.js';
