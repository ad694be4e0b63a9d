import type { MessageKey } from '../../i18n/localize.js';

/**
 * The input kinds a form field can have (HubSpot's set): single line (`text`), paragraph
 * (`textarea`), `number`, phone (`tel`), `email`, `url`, dropdown (`select`), `radio`, a single
 * `checkbox`, multiple checkboxes (`checkboxes`: a list of the ticked values), `date`,
 * `hidden`, and `consent`.
 */
export type FieldType = 'text' | 'email' | 'tel' | 'url' | 'number' | 'textarea' | 'select' | 'radio' | 'checkbox' | 'checkboxes' | 'date' | 'hidden' | 'consent';

/** The kinds a custom field may be declared as (`<lead-field type="…">`). */
const CUSTOM_TYPES: readonly FieldType[] = ['text', 'textarea', 'number', 'tel', 'email', 'url', 'select', 'radio', 'checkbox', 'checkboxes', 'date', 'hidden'];

/** One field of a form, resolved from `fields` or a `<lead-field>` child. */
export interface FieldSpec {
  /** Standard lead field name (`firstName`), or a custom field API name (`budget`). */
  name: string;
  /** True for standard lead fields; false for custom fields (stored under `custom`). */
  standard: boolean;
  type: FieldType;
  required: boolean;
  /** Label given by the page; otherwise the localized standard label. */
  label?: string;
  labelKey?: MessageKey;
  autocomplete?: string;
  inputmode?: string;
  options?: { value: string; label: string }[];
  /** Fixed value of a hidden field, or the initial value. */
  value?: string;
  placeholder?: string;
  /** Full width in the two-column layout. */
  wide?: boolean;
  /** The step (0-based) of a multi-step form the field is on. */
  step?: number;
  /** A consent checkbox's purpose (`contact`, `newsletter`…) and the version of its text. */
  purpose?: string;
  version?: string;
  /** Shown only while this holds (`show-if`); a field not shown is neither required nor sent. */
  showIf?: Condition;
  /** A queued question (progressive profiling): asked only in place of a field already known. */
  queued?: boolean;
}

/**
 * A field's `show-if`: `interest` (has a value, or is ticked), `country=Romania,Moldova` (one of
 * these), `role!=student` (none of these). Values compare as written, case aside.
 */
export interface Condition {
  field: string;
  values?: string[];
  not?: boolean;
}

export function parseCondition(text: string | null): Condition | undefined {
  const m = /^\s*([\w.-]+)\s*(?:(!?=)\s*(.*))?$/.exec(text ?? '');
  if (!m) return undefined;
  const values = m[3]?.split(',').map((v) => v.trim().toLowerCase()).filter(Boolean);
  return { field: m[1], ...(m[2] ? { values: values ?? [], not: m[2] === '!=' } : {}) };
}

/** Whether a condition holds for the form's values (a list: any of its items). */
export function conditionHolds(c: Condition | undefined, values: Readonly<Record<string, string | boolean | string[] | undefined>>): boolean {
  if (!c) return true;
  const raw = values[c.field];
  const have = (Array.isArray(raw) ? raw : raw === true ? ['true'] : raw ? [String(raw)] : []).map((v) => v.trim().toLowerCase()).filter(Boolean);
  if (!c.values) return have.length > 0;
  const hit = have.some((v) => c.values!.includes(v));
  return c.not ? !hit : hit;
}

/** The fields a form holds now: those whose condition holds (a condition on a field not shown does not hold). */
export function activeSpecs(specs: readonly FieldSpec[], values: Readonly<Record<string, string | boolean | string[] | undefined>>): FieldSpec[] {
  const active: FieldSpec[] = [];
  for (const s of specs) {
    const on = s.showIf ? active.some((a) => a.name === s.showIf!.field) || !specs.some((x) => x.name === s.showIf!.field) : true;
    if (on && conditionHolds(s.showIf, values)) active.push(s);
  }
  return active;
}

interface StandardField {
  type: FieldType;
  labelKey: MessageKey;
  autocomplete?: string;
  inputmode?: string;
  wide?: boolean;
}

/** The standard lead fields a form can show, with their autofill tokens. */
export const STANDARD_FIELDS: Record<string, StandardField> = {
  firstName: { type: 'text', labelKey: 'form.firstName', autocomplete: 'given-name' },
  lastName: { type: 'text', labelKey: 'form.lastName', autocomplete: 'family-name' },
  email: { type: 'email', labelKey: 'form.email', autocomplete: 'email', inputmode: 'email' },
  phone: { type: 'tel', labelKey: 'form.phone', autocomplete: 'tel', inputmode: 'tel' },
  company: { type: 'text', labelKey: 'form.company', autocomplete: 'organization' },
  title: { type: 'text', labelKey: 'form.title', autocomplete: 'organization-title' },
  industry: { type: 'text', labelKey: 'form.industry', autocomplete: 'off' },
  employees: { type: 'number', labelKey: 'form.employees', autocomplete: 'off', inputmode: 'numeric' },
  country: { type: 'text', labelKey: 'form.country', autocomplete: 'country-name' },
  website: { type: 'url', labelKey: 'form.website', autocomplete: 'url', inputmode: 'url' },
  message: { type: 'textarea', labelKey: 'form.message', autocomplete: 'off', wide: true },
};

/** The fields a form shows when the page chooses none. */
export const DEFAULT_FIELDS = 'firstName lastName email* company';

/**
 * The fields in the order shown: a first name directly followed by a last name change places
 * where names are written family name first (Vietnamese "Họ" before "Tên"). Other orders a page
 * chose stay as they are.
 */
export function inNameOrder(specs: FieldSpec[], order: 'given-first' | 'family-first'): FieldSpec[] {
  const i = specs.findIndex((s) => s.name === 'firstName');
  if (order === 'given-first' || i < 0 || specs[i + 1]?.name !== 'lastName') return specs;
  const shown = [...specs];
  [shown[i], shown[i + 1]] = [shown[i + 1], shown[i]];
  return shown;
}

/** Field name in the form -> lead field (the form says `message`, the lead `description`). */
export function leadFieldName(name: string): string {
  return name === 'message' ? 'description' : name;
}

/**
 * Parses the `fields` attribute: standard field names in order, separated by spaces or commas;
 * a trailing `*` makes one required. The email field is always present and required.
 */
export function parseFieldList(list: string): FieldSpec[] {
  const specs: FieldSpec[] = [];
  for (const token of list.split(/[\s,]+/).filter(Boolean)) {
    const required = token.endsWith('*');
    const name = required ? token.slice(0, -1) : token;
    const std = STANDARD_FIELDS[name];
    if (!std || specs.some((s) => s.name === name)) continue;
    specs.push(standardSpec(name, required));
  }
  return withEmail(specs);
}

export function standardSpec(name: string, required: boolean, overrides: Partial<FieldSpec> = {}): FieldSpec {
  const std = STANDARD_FIELDS[name];
  return {
    name,
    standard: true,
    type: std.type,
    required: required || name === 'email',
    labelKey: std.labelKey,
    autocomplete: std.autocomplete,
    inputmode: std.inputmode,
    wide: std.wide,
    ...overrides,
  };
}

/**
 * Adds the `queue` attribute's standard fields (`title phone country`) as queued questions, after
 * the form's own (on its last step); a name the form already has is left out.
 */
export function withQueue(specs: FieldSpec[], queue: string | undefined, steps: number): FieldSpec[] {
  const queued: FieldSpec[] = [];
  for (const token of (queue ?? '').split(/[\s,]+/).filter(Boolean)) {
    const name = token.replace(/\*$/, '');
    if (!STANDARD_FIELDS[name] || name === 'email' || [...specs, ...queued].some((s) => s.name === name)) continue;
    queued.push(standardSpec(name, token.endsWith('*'), { queued: true, ...(steps ? { step: steps - 1 } : {}) }));
  }
  return queued.length ? [...specs, ...queued] : specs;
}

/** The name progressive profiling knows a field by (the adapter's: `description`, `custom.budget`). */
export function profileKey(spec: FieldSpec): string {
  return spec.standard ? leadFieldName(spec.name) : `custom.${spec.name}`;
}

/** Makes sure the email field is there (matching needs it) and required. */
export function withEmail(specs: FieldSpec[]): FieldSpec[] {
  const email = specs.find((s) => s.name === 'email');
  if (email) {
    email.required = true;
    return specs;
  }
  return [...specs, standardSpec('email', true)];
}

/** `a, b` or `a=Label A; b=Label B` into the options of a select, radio group or checkboxes. */
export function parseOptions(text: string | null): { value: string; label: string }[] {
  if (!text) return [];
  const parts = text.includes(';') ? text.split(';') : text.split(',');
  return parts
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => {
      const eq = p.indexOf('=');
      return eq > 0 ? { value: p.slice(0, eq).trim(), label: p.slice(eq + 1).trim() } : { value: p, label: p };
    });
}

/**
 * The fields `<lead-field>` children declare, in order (a name declared twice counts once): a
 * standard field with the page's label and placeholder, a consent checkbox, or a custom field.
 * The email field is added when missing.
 */
export function specsFromDeclarations(children: readonly Element[]): FieldSpec[] {
  return withEmail(declared(children, []));
}

/**
 * The fields of a multi-step form: each `<lead-form-step>`'s `<lead-field>` children, tagged with
 * their step. The email field, when no step declares it, is added to the last.
 */
export function specsFromSteps(steps: readonly Element[]): FieldSpec[] {
  const specs: FieldSpec[] = [];
  steps.forEach((step, i) => declared([...step.querySelectorAll(':scope > lead-field')], specs, i));
  if (!specs.some((s) => s.name === 'email')) specs.push(standardSpec('email', true, { step: steps.length - 1 }));
  return withEmail(specs);
}

function declared(children: readonly Element[], specs: FieldSpec[], step?: number): FieldSpec[] {
  for (const el of children) {
    const name = el.getAttribute('name')?.trim() ?? '';
    if (!name || specs.some((s) => s.name === name)) continue;
    const type = (el.getAttribute('type') ?? '') as FieldType;
    const showIf = parseCondition(el.getAttribute('show-if'));
    const overrides: Partial<FieldSpec> = {
      label: el.getAttribute('label') ?? undefined,
      placeholder: el.getAttribute('placeholder') ?? undefined,
      value: el.getAttribute('value') ?? undefined,
      ...(step !== undefined ? { step } : {}),
      ...(showIf && name !== 'email' ? { showIf } : {}),
      ...(el.hasAttribute('queued') && name !== 'email' ? { queued: true } : {}),
    };
    const required = el.hasAttribute('required');
    if (STANDARD_FIELDS[name]) {
      specs.push(standardSpec(name, required, { ...overrides, ...(type === 'hidden' ? { type } : {}) }));
    } else if (type === 'consent') {
      // A purpose as the records keep it: lower case letters, digits, - and _ (`News letter` → `news-letter`).
      const purpose = (el.getAttribute('purpose') ?? '').trim().toLowerCase().replace(/[^a-z0-9_-]+/g, '-').replace(/^[-_]+/, '').slice(0, 40) || undefined;
      const version = el.getAttribute('version')?.trim() || undefined;
      specs.push({ name, standard: false, type, required, ...overrides, wide: true, ...(purpose ? { purpose } : {}), ...(version ? { version } : {}) });
    } else {
      const kind: FieldType = CUSTOM_TYPES.includes(type) ? type : 'text';
      specs.push({ name, standard: false, type: kind, required, options: parseOptions(el.getAttribute('options')), ...overrides });
    }
  }
  return specs;
}
