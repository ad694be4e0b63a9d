/** Languages that name the family first ("Nguyễn Văn An"): Vietnamese, Hungarian, Chinese, Japanese, Korean. */
const FAMILY_FIRST = new Set(['vi', 'hu', 'zh', 'ja', 'ko']);

/** The name order of `locale` (a BCP 47 tag or language), or `override` when set. */
export function nameOrder(locale: string | undefined, override?: 'given-first' | 'family-first'): 'given-first' | 'family-first' {
  if (override) return override;
  return FAMILY_FIRST.has((locale ?? '').toLowerCase().split(/[-_]/)[0]) ? 'family-first' : 'given-first';
}
