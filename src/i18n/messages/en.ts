import { enComponents } from './en-components.js';
import { enCore } from './en-core.js';

/** English: the reference set. Every other locale must have every key (checked by the compiler). */
export const en = { ...enCore, ...enComponents } as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
/** Strings every page with a kit element needs (each language's `-core` file). */
export type CoreMessages = Record<keyof typeof enCore, string>;
/** Strings of the elements beyond the form (each language's `-components` file). */
export type ComponentMessages = Record<keyof typeof enComponents, string>;
