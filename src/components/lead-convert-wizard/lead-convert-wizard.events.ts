import type { ConversionResult } from '../../adapters/adapter.js';
import type { ConversionInput } from '../../model/conversion.js';

/** Fired before the conversion is performed; `preventDefault()` stops it. */
export class LeadConvertEvent extends Event {
  static readonly type = 'lead-convert';
  constructor(readonly detail: { input: ConversionInput }) {
    super(LeadConvertEvent.type, { bubbles: true, composed: true, cancelable: true });
  }
}

/** Fired after the lead was converted. */
export class LeadConvertedEvent extends Event {
  static readonly type = 'lead-converted';
  constructor(readonly detail: { result: ConversionResult }) {
    super(LeadConvertedEvent.type, { bubbles: true, composed: true });
  }
}

/** Fired when the conversion failed; nothing was written. */
export class LeadConvertErrorEvent extends Event {
  static readonly type = 'lead-convert-error';
  constructor(readonly detail: { error: Error }) {
    super(LeadConvertErrorEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lead-convert': LeadConvertEvent;
    'lead-converted': LeadConvertedEvent;
    'lead-convert-error': LeadConvertErrorEvent;
  }
}
