import { expect } from '@open-wc/testing';
import { defineElement, VERSION } from '../../src/shared/define.js';

/** Unique tag names, so each test starts from tags nobody defined. */
let counter = 0;
const tag = (name: string) => `tis-test-${name}-${++counter}`;

describe('defineElement (guarded registration)', () => {
  let warnings: unknown[][];
  let originalWarn: typeof console.warn;

  beforeEach(() => {
    warnings = [];
    originalWarn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
  });

  afterEach(() => {
    console.warn = originalWarn;
  });

  it('defines a tag', () => {
    const name = tag('a');
    class A extends HTMLElement {}
    defineElement(name, A);
    expect(customElements.get(name)).to.equal(A);
    expect(document.createElement(name)).to.be.instanceOf(A);
    expect(warnings).to.deep.equal([]);
  });

  it('defining the same class twice does not throw, and says nothing', () => {
    const name = tag('twice');
    class A extends HTMLElement {}
    defineElement(name, A);
    expect(() => defineElement(name, A)).to.not.throw();
    expect(customElements.get(name)).to.equal(A);
    expect(warnings).to.deep.equal([]);
  });

  it('the same library loaded twice (another class, same version): first wins, silently', () => {
    const name = tag('copy');
    class First extends HTMLElement {
      static readonly version = VERSION;
    }
    class Second extends HTMLElement {
      static readonly version = VERSION;
    }
    defineElement(name, First);
    defineElement(name, Second);
    expect(customElements.get(name)).to.equal(First);
    expect(warnings).to.deep.equal([]);
  });

  it('a tag taken by the page: one warning, the page’s definition stays, the other tags register', () => {
    const taken = tag('taken');
    class PageOwn extends HTMLElement {}
    customElements.define(taken, PageOwn);
    class Ours extends HTMLElement {
      static readonly version = VERSION;
    }
    class Other extends HTMLElement {}
    const other = tag('other');
    expect(() => {
      defineElement(taken, Ours);
      defineElement(other, Other);
    }).to.not.throw();
    expect(customElements.get(taken)).to.equal(PageOwn);
    expect(customElements.get(other)).to.equal(Other);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.equal(
      `[1000territoires] <${taken}> is already defined by another script; keeping that definition.`,
    );
  });

  it('a tag taken by another version of the library names that version', () => {
    const name = tag('version');
    class Old extends HTMLElement {
      static readonly version = '0.0.1';
    }
    customElements.define(name, Old);
    defineElement(name, class extends HTMLElement {});
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.include('by version 0.0.1');
  });

  it('a class already registered under another tag: one warning, no throw', () => {
    class Shared extends HTMLElement {}
    const first = tag('first');
    defineElement(first, Shared);
    expect(() => defineElement(tag('second'), Shared)).to.not.throw();
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.include('could not define');
  });

  it('an invalid tag name: one warning, no throw', () => {
    expect(() => defineElement('NotAValidName', class extends HTMLElement {})).to.not.throw();
    expect(warnings).to.have.length(1);
  });

  it('no registry (a non-browser host): nothing happens', () => {
    expect(() =>
      defineElement(tag('none'), class extends HTMLElement {}, undefined),
    ).to.not.throw();
  });

  it('a custom registry (scoped registries, renamed tags)', () => {
    const defined: string[] = [];
    const registry = {
      get: () => undefined,
      define: (name: string) => void defined.push(name),
    } as unknown as CustomElementRegistry;
    defineElement('my-feed', class extends HTMLElement {}, registry);
    expect(defined).to.deep.equal(['my-feed']);
  });
});
