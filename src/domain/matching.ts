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

/**
 * A folded form of text for sorting and searching: compatibility-decomposed, combining marks
 * removed, lower-cased (`Đặng` -> `đang`, `Ștefan` -> `stefan`). Never stored as a name.
 */
export function foldText(value: string | undefined): string {
  if (!value) return '';
  return value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}
