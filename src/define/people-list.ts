/** `lead-kit/define/people-list`: registers `<people-list>` (once per page) and exports its class and event classes. */
import { PeopleList } from '../elements/people-list.js';
import { defineElement } from './define.js';

defineElement('people-list', PeopleList);
export * from '../elements/people-list.js';
