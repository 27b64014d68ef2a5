import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/initiative-feed/define.js';
import '../../src/banner/define.js';
import { dismissKey, type TisBanner } from '../../src/banner/banner.js';
import type { TisDismissEvent } from '../../src/banner/events.js';
import { parseFeed } from '../../src/data/parse.js';
import { jsonResponse } from '../fixtures/small-feed.js';
import { mockNetwork, resetFeedClient, type MockNetwork } from '../support/network.js';
import {
  $,
  NOW,
  breakLocalStorage,
  clearDismissals,
  settled,
  storedDismissals,
  suiteFeed,
  wrapperFixture,
} from './helpers.js';

const ID = 'dismiss-suite';
const smallFeed = () => suiteFeed(ID);

const DAY = 864e5;

describe('<tis-banner> dismissal', () => {
  let network: MockNetwork;

  const serve = (feed: ReturnType<typeof suiteFeed>) => {
    network?.restore();
    resetFeedClient({ retries: 0 });
    network = mockNetwork({ '/feed.json': jsonResponse(feed) });
  };

  const mount = async (now = NOW, days?: number) => {
    const el = await fixture<TisBanner>(
      html`<tis-banner
        src="/feed.json"
        dismissible
        now=${now}
        dismiss-days=${days ?? 30}
      ></tis-banner>`,
    );
    await settled(el);
    return el;
  };

  beforeEach(() => {
    clearDismissals(ID);
    serve(smallFeed());
  });

  afterEach(() => {
    network.restore();
    clearDismissals(ID);
  });

  it('has a real close button with an accessible name', async () => {
    const el = await mount();
    const close = $<HTMLButtonElement>(el, 'button.close')!;
    expect(close.type).to.equal('button');
    expect(close.textContent?.trim()).to.equal('Masquer le bandeau de campagne');
  });

  it('takes dismissible="" set as a property (React 19) as true, false as false', async () => {
    const el = await fixture<TisBanner>(
      html`<tis-banner src="/feed.json" now=${NOW}></tis-banner>`,
    );
    await settled(el);
    expect($(el, 'button.close'), 'not dismissible by default').to.not.exist;
    (el as unknown as { dismissible: unknown }).dismissible = '';
    await el.updateComplete;
    expect(el.dismissible).to.equal(true);
    expect($(el, 'button.close'), 'dismissible = ""').to.exist;
    el.dismissible = false;
    await el.updateComplete;
    expect($(el, 'button.close'), 'dismissible = false').to.not.exist;
  });

  it('closes, fires tis-dismiss and remembers it in localStorage only', async () => {
    const cookiesBefore = document.cookie;
    const el = await mount();
    const dismissed = oneEvent(el, 'tis-dismiss');
    $<HTMLButtonElement>(el, 'button.close')!.click();
    const event = (await dismissed) as unknown as TisDismissEvent;
    await el.updateComplete;
    expect(event.campaignId).to.equal(ID);
    expect(event.until).to.equal(NOW + 30 * DAY);
    expect(el.visible).to.equal(false);
    expect($(el, 'section')).to.be.null;
    expect(el.getBoundingClientRect().height).to.equal(0);
    const keys = storedDismissals(ID);
    expect(keys).to.have.length(1);
    expect(keys[0]).to.match(/^tis-widgets:banner:dismissed:dismiss-suite:[0-9a-z]+$/);
    expect(localStorage.getItem(keys[0]!)).to.equal(String(NOW + 30 * DAY));
    expect(document.cookie).to.equal(cookiesBefore);
    await expect(el).to.be.accessible();
  });

  it('stays closed after a reload', async () => {
    const first = await mount();
    $<HTMLButtonElement>(first, 'button.close')!.click();
    await first.updateComplete;
    serve(smallFeed());
    const second = await mount(NOW + DAY);
    expect($(second, 'section')).to.be.null;
    expect(second.visible).to.equal(false);
  });

  it('shows again once dismiss-days have passed', async () => {
    const first = await mount(NOW, 7);
    $<HTMLButtonElement>(first, 'button.close')!.click();
    await first.updateComplete;
    serve(smallFeed());
    expect($(await mount(NOW + 6 * DAY, 7), 'section')).to.be.null;
    serve(smallFeed());
    expect($(await mount(NOW + 8 * DAY, 7), 'section')).to.exist;
  });

  it('shows again when the campaign message changes, and forgets the old key', async () => {
    const first = await mount();
    $<HTMLButtonElement>(first, 'button.close')!.click();
    await first.updateComplete;
    const changed = smallFeed();
    changed.campaign.motto = { fr: 'Un nouveau mot d’ordre.', en: 'A new motto.' };
    serve(changed);
    const second = await mount();
    expect($(second, 'section')).to.exist;
    $<HTMLButtonElement>(second, 'button.close')!.click();
    await second.updateComplete;
    expect(storedDismissals(ID)).to.deep.equal([dismissKey(parseFeed(changed).feed!.campaign!)]);
  });

  it('does not come back for a mere regeneration of the feed', async () => {
    const first = await mount();
    $<HTMLButtonElement>(first, 'button.close')!.click();
    await first.updateComplete;
    const regenerated = smallFeed();
    regenerated.generatedAt = '2026-11-29T08:00:00+01:00';
    serve(regenerated);
    expect($(await mount(), 'section')).to.be.null;
  });

  it('ignores a stored dismissal when the banner is not dismissible', async () => {
    const first = await mount();
    $<HTMLButtonElement>(first, 'button.close')!.click();
    await first.updateComplete;
    serve(smallFeed());
    const el = await fixture<TisBanner>(
      html`<tis-banner src="/feed.json" now=${NOW}></tis-banner>`,
    );
    await settled(el);
    expect($(el, 'section')).to.exist;
  });

  it('still closes for the page view when storage is unavailable', async () => {
    const restore = breakLocalStorage();
    try {
      const el = await mount();
      const dismissed = oneEvent(el, 'tis-dismiss');
      $<HTMLButtonElement>(el, 'button.close')!.click();
      const event = (await dismissed) as unknown as TisDismissEvent;
      await el.updateComplete;
      expect(event.until).to.equal(undefined);
      expect($(el, 'section')).to.be.null;
    } finally {
      restore();
    }
    expect(storedDismissals(ID)).to.deep.equal([]);
  });

  it('with dismiss-days="0", closes for the page view only', async () => {
    const el = await mount(NOW, 0);
    const dismissed = oneEvent(el, 'tis-dismiss');
    $<HTMLButtonElement>(el, 'button.close')!.click();
    const event = (await dismissed) as unknown as TisDismissEvent;
    expect(event.until).to.equal(undefined);
    expect(storedDismissals(ID)).to.deep.equal([]);
    serve(smallFeed());
    expect($(await mount(NOW, 0), 'section')).to.exist;
  });

  it('moves focus to what follows the banner, without trapping it', async () => {
    const wrap = await wrapperFixture(
      html`<div>
        <tis-banner src="/feed.json" dismissible now=${NOW}></tis-banner>
        <p>Texte</p>
        <a id="next" href="#next">Lien suivant</a>
      </div>`,
    );
    const el = wrap.querySelector('tis-banner')!;
    await settled(el);
    const close = $<HTMLButtonElement>(el, 'button.close')!;
    close.focus();
    close.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(document.activeElement?.id).to.equal('next');
  });

  it('moves focus into the next widget, inside its shadow tree, on Enter', async () => {
    const wrap = await wrapperFixture(
      html`<div>
        <tis-banner src="/feed.json" dismissible now=${NOW}></tis-banner>
        <tis-initiative-feed src="/feed.json" page-size="2"></tis-initiative-feed>
        <a id="after" href="#after">Lien après le fil</a>
      </div>`,
    );
    const el = wrap.querySelector('tis-banner')!;
    const feed = wrap.querySelector('tis-initiative-feed')!;
    await settled(el);
    await waitUntil(() => feed.shadowRoot?.querySelector('input'), 'the feed never rendered');
    $<HTMLButtonElement>(el, 'button.close')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await waitUntil(() => document.activeElement === feed, 'focus left the page');
    const inner = feed.shadowRoot!.activeElement as HTMLElement;
    expect(inner).to.exist;
    // The first control of the feed, not the link after it.
    const first = feed.shadowRoot!.querySelector('input, button, a[href], select');
    expect(inner).to.equal(first);
  });
});
