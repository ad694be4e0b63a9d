/**
 * `lead-kit/elements/people-list`: the `<people-list>` element's class and its event classes,
 * without registering a tag (`lead-kit/define/people-list` registers it).
 */
export { PeopleList } from '../components/people-list/people-list.js';
export * from '../components/people-list/people-list.events.js';
