import { expect } from '@open-wc/testing';
import { emailKey, foldText } from '../../src/domain/matching.js';
import { isEmailAddress } from '../../src/model/common.js';

describe('domain: person matching', () => {
  it('normalizes an email by trimming, NFC and lower case only', () => {
    expect(emailKey(' Ana.Pop@Example.COM ')).to.equal('ana.pop@example.com');
    expect(emailKey('a.b+news@gmail.com')).to.equal('a.b+news@gmail.com');
    expect(emailKey('ab@gmail.com')).not.to.equal(emailKey('a.b@gmail.com'));
    const nfd = 'JOSÉ@Example.com'.normalize('NFD');
    expect(emailKey(nfd)).to.equal('josé@example.com'.normalize('NFC'));
  });

  it('folds text for sorting and search without touching stored names', () => {
    expect(foldText('Ștefan')).to.equal('stefan');
    expect(foldText('Nguyễn')).to.equal('nguyen');
    expect(foldText('Олена')).to.equal('олена');
    // Letters whose accent is their shape fold as PostgreSQL's unaccent does: đ is d.
    expect(foldText('Đặng Đức')).to.equal('dang duc');
    expect(foldText('Łódź Øresund Straße')).to.equal('lodz oresund strasse');
    expect(foldText(undefined)).to.equal('');
  });

  it('accepts internationalized addresses and refuses malformed ones', () => {
    for (const ok of ['ana@example.com', 'олена@приклад.укр', 'nguyễn@ví-dụ.vn', 'a.b+tag@sub.example.co.uk', 'x@xn--80ak6aa92e.com', 'ștefan@exemplu.ro']) {
      expect(isEmailAddress(ok), ok).to.equal(true);
    }
    for (const bad of ['', 'plain', '@example.com', 'a@', 'a@b', 'a@b.c', 'a b@example.com', 'a..b@example.com', '.a@example.com', 'a@-x.com', 'a@x..com', `${'x'.repeat(65)}@example.com`]) {
      expect(isEmailAddress(bad), bad).to.equal(false);
    }
  });
});
