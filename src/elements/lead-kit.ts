/**
 * `lead-kit/elements/lead-kit`: the `<lead-kit>` element's class and its event classes, without
 * registering a tag (`lead-kit/define/lead-kit` registers it).
 */
export { LeadKit, LeadKitAdapterChangeEvent } from '../context/lead-kit.js';
export { LeadKitConfigErrorEvent, type EmbedConfig } from '../context/embed-config.js';
