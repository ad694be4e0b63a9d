import { addEnglish } from './localize.js';
import { enComponents } from './messages/en-components.js';

let added = false;

/**
 * Adds the English strings of the elements beyond <lead-form>; each of their modules calls it
 * when it loads (a call, not a side-effect import, so bundlers that trust package.json
 * `sideEffects` keep it), so a page with only a form carries only the form's strings.
 */
export function addComponentStrings(): void {
  if (added) return;
  added = true;
  addEnglish(enComponents);
}
