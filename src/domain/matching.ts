/**
 * Person matching. A person is the same person when their normalized emails are equal:
 * trimmed, Unicode NFC, lower-cased. No provider-specific tricks (dots and `+tags` in Gmail
 * addresses are kept: `a.b@gmail.com` and `ab@gmail.com` are two people).
 * The stored `email` keeps what the person typed; `emailKey` is only for matching.
 */
export function emailKey(email: string): string {
  return email.trim().normalize('NFC').toLowerCase();
}

/** The email key of a record that may have no email. */
export function emailKeyOf(record: { email?: string }): string | undefined {
  return record.email ? emailKey(record.email) : undefined;
}

/** Letters that carry their accent in their shape (no combining mark to strip), folded as in PostgreSQL's unaccent. */
const BASE_LETTERS: Record<string, string> = { đ: 'd', ð: 'd', ł: 'l', ø: 'o', ħ: 'h', ı: 'i', ŀ: 'l', ŧ: 't', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th' };
const BASE_LETTER = new RegExp(`[${Object.keys(BASE_LETTERS).join('')}]`, 'g');

/**
 * A folded form of text for sorting and searching: compatibility-decomposed, combining marks
 * removed, lower-cased, letters like `đ` and `ł` to their base (`Đặng` -> `dang`, `Ștefan` ->
 * `stefan`, `Łódź` -> `lodz`). Never stored as a name. The server's search columns are folded
 * by this very function, so both find the same people.
 */
export function foldText(value: string | undefined): string {
  if (!value) return '';
  return value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(BASE_LETTER, (c) => BASE_LETTERS[c]);
}
