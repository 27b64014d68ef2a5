import { expect } from '@open-wc/testing';
import { textHash } from '../../src/data/client.js';
import { fnv1a } from '../../src/data/hash.js';

describe('text hashes', () => {
  it('FNV-1a, 32 bits, in base 36', () => {
    // The reference values of FNV-1a 32 (0xe40c292c for "a", 0x811c9dc5 for "").
    expect(fnv1a('a')).to.equal((0xe40c292c).toString(36));
    expect(fnv1a('')).to.equal((0x811c9dc5).toString(36));
  });

  it("tells a feed's texts apart by length and FNV-1a", () => {
    const a = textHash('{"version":1}');
    expect(a).to.equal(`d-${fnv1a('{"version":1}')}`);
    expect(textHash('{"version":1}')).to.equal(a);
    expect(textHash('{"version":2}')).to.not.equal(a);
  });
});
