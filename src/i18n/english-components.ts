/** Side effect: adds the English strings of the elements beyond <lead-form> (imported by their modules). */
import { addEnglish } from './localize.js';
import { enComponents } from './messages/en-components.js';

addEnglish(enComponents);
