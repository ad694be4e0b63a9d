/** English: the reference set. Every other locale must have every key (checked by the compiler). */
export const en = {
  'state.loading': 'Loading…',
  'state.empty': 'Nothing here yet.',
  'state.error': 'Something went wrong.',
  'action.retry': 'Try again',
  'error.validation': 'Please correct the highlighted fields.',
  'error.not-found': 'It was not found. It may have been removed.',
  'error.conflict': 'Someone changed this in the meantime. Reload and try again.',
  'error.unavailable': 'The data cannot be reached right now. Your input is kept; try again shortly.',
  'field.required': 'This field is required.',
  'field.email': 'Enter an email address like name@example.com.',
  'field.too_long': 'This is too long.',
  'field.too_small': 'This value is too small.',
  'field.too_big': 'This value is too large.',
  'field.number': 'Enter a number.',
  'field.integer': 'Enter a whole number.',
  'field.date': 'Enter a valid date.',
  'field.invalid': 'This value is not valid.',
  'field.unknown_status': 'This status does not exist for the campaign.',
  'adapter.provided': 'Data from the page’s provider: {name}',
  'adapter.default': 'Data stored in this browser: {name}',
  'inspector.campaign': 'Campaign',
  'inspector.members': 'Members',
  'inspector.by-status': 'By status',
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
