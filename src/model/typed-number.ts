// Reading numbers as people type them, without the schemas (a form reads numbers before its
// validation code has loaded).

/**
 * A number as people type it: spaces (also no-break and narrow no-break) as group separators, a
 * comma or a point as the decimal mark. With the page's `locale`, its own group mark counts too:
 * "2,000.50" in English and "2.000,50" in Romanian or Vietnamese are 2000.5 (without a locale,
 * or where the text is not grouped that way, a single comma is a decimal mark: "2,5" is 2.5).
 * Empty text is `undefined`; text that is not a number is `NaN` (the schemas then refuse it).
 */
export function typedNumber(text: string, locale?: string): number | undefined {
  let t = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (!t) return undefined;
  const point = locale ? new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value !== ',' : undefined;
  if (point === true && /^[-+]?\d{1,3}(,\d{3})+(\.\d*)?$/.test(t)) t = t.replace(/,/g, '');
  else if (point === false && /^[-+]?\d{1,3}(\.\d{3})+(,\d*)?$/.test(t)) t = t.replace(/\./g, '');
  const n = Number(t.replace(',', '.'));
  return Number.isFinite(n) ? n : Number.NaN;
}
