import { expect } from '@open-wc/testing';
import { textHash } from '../../src/data/client.js';
import { fnv1a, sha256Hex } from '../../src/data/hash.js';

describe('text hashes', () => {
  it('digests a text with SHA-256, off the main thread (Web Crypto)', async () => {
    // The test vector of FIPS 180-2 for "abc".
    expect(await sha256Hex('abc')).to.equal(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    // UTF-8, as the feed's bytes are.
    expect(await sha256Hex('é')).to.equal(
      '4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c',
    );
  });

  it("tells a feed's texts apart by length and SHA-256", async () => {
    const a = await textHash('{"version":1}');
    expect(a).to.equal(`d-${await sha256Hex('{"version":1}')}`);
    expect(await textHash('{"version":1}')).to.equal(a);
    expect(await textHash('{"version":2}')).to.not.equal(a);
  });

  it('falls back to FNV-1a where Web Crypto is missing (a page served over http)', async () => {
    const subtle = Object.getOwnPropertyDescriptor(Crypto.prototype, 'subtle')!;
    Object.defineProperty(Crypto.prototype, 'subtle', { configurable: true, get: () => undefined });
    try {
      expect(await sha256Hex('abc')).to.equal(undefined);
      expect(await textHash('abc')).to.equal(`3-${fnv1a('abc')}`);
    } finally {
      Object.defineProperty(Crypto.prototype, 'subtle', subtle);
    }
    expect(await sha256Hex('abc')).to.have.length(64);
  });
});
