import { expect } from '@open-wc/testing';
import '../../src/define.js';

/** Every boolean property of every widget, as the custom elements manifest lists them. */
const FLAGS: Record<string, string[]> = {
  'tis-banner': ['dismissible', 'showEvent', 'showCount'],
  'tis-initiative-feed': ['syncUrl'],
  'tis-event-calendar': ['includeInvited', 'hideFilters'],
  'tis-territory-counter': [
    'noAnimation',
    'hideGoal',
    'hideProgress',
    'hideMilestones',
    'hideFreshness',
    'hideCaption',
  ],
};

describe('boolean properties (flagged)', () => {
  for (const [tag, names] of Object.entries(FLAGS)) {
    it(`${tag}: "" set as a property is true, like the empty attribute`, () => {
      const el = document.createElement(tag) as unknown as Record<string, unknown>;
      for (const name of names) {
        expect(el[name], `${name} default`).to.equal(false);
        el[name] = '';
        expect(el[name], `${name} = ""`).to.equal(true);
        el[name] = false;
        expect(el[name], `${name} = false`).to.equal(false);
        el[name] = true;
        expect(el[name], `${name} = true`).to.equal(true);
      }
    });
  }

  it('still reads the attributes as before (present: true, removed: false)', async () => {
    const el = document.createElement('tis-banner');
    document.body.append(el);
    el.setAttribute('show-count', '');
    expect(el.showCount).to.equal(true);
    el.removeAttribute('show-count');
    expect(el.showCount).to.equal(false);
    el.remove();
  });
});
