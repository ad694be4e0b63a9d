/**
 * The signed links of the mails — no login, the link is the key: `confirm` (one double opt-in,
 * one use, until the mail's expiry) and `withdraw` (take back consents; works as long as the
 * person exists, and again and again without harm). A token is base64url(JSON) + "." +
 * base64url(HMAC-SHA256) under the server's link secret; anything else — a changed character, a
 * token of another kind, a forged signature — is refused before the database is asked.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export type LinkClaims =
  | { k: 'confirm'; t: string; m: string }
  | { k: 'withdraw'; t: string; p: { type: 'lead' | 'contact'; id: string }; u: string[]; l?: string };

const b64 = (data: Buffer | string) => Buffer.from(data).toString('base64url');

export class LinkSigner {
  constructor(private readonly secret: Buffer) {}

  sign(claims: LinkClaims): string {
    const body = b64(JSON.stringify(claims));
    return `${body}.${this.mac(body)}`;
  }

  /** The claims of a well-signed token, else undefined. */
  verify(token: unknown): LinkClaims | undefined {
    if (typeof token !== 'string' || token.length > 2048) return undefined;
    const [body, mac, ...rest] = token.split('.');
    if (!body || !mac || rest.length) return undefined;
    const expected = Buffer.from(this.mac(body));
    const given = Buffer.from(mac);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
    try {
      const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as LinkClaims;
      if (claims?.k === 'confirm' && typeof claims.t === 'string' && typeof claims.m === 'string') return claims;
      if (claims?.k === 'withdraw' && typeof claims.t === 'string' && (claims.p?.type === 'lead' || claims.p?.type === 'contact') && typeof claims.p.id === 'string' && Array.isArray(claims.u)) return claims;
    } catch {
      // a signed token that is not ours cannot happen; refuse it anyway
    }
    return undefined;
  }

  private mac(body: string): string {
    return b64(createHmac('sha256', this.secret).update(body).digest());
  }
}
