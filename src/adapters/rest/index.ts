/**
 * `lead-kit/adapters/rest`: the REST adapter (the Lead Kit server's HTTP contract, with its
 * offline outbox), the DataAdapter interface and the errors, without any element.
 */
export * from '../adapter.js';
/** Sets the adapter of every element that has no `<lead-kit>` provider: `configureDefaultAdapter({ adapter })`. */
export { configureDefaultAdapter } from '../../context/default-adapter.js';
export { RestAdapter, type RestAdapterOptions, type DrainResult } from './rest-adapter.js';
export { Outbox, type OutboxEntry } from './outbox.js';
export { ROUTES } from './routes.js';
