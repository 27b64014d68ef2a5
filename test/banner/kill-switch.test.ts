import { expect, fixture, html } from '@open-wc/testing';
import '../../src/banner/define.js';
import { campaignPhase, type TisBanner } from '../../src/banner/banner.js';
import type { Campaign } from '../../src/data/schema.js';
import { jsonResponse, smallFeed } from '../fixtures/small-feed.js';
import { mockNetwork, resetFeedClient, type MockNetwork } from '../support/network.js';
import { $, NOW, settled } from './helpers.js';

type FeedInput = ReturnType<typeof smallFeed>;

describe('<tis-banner> kill switch', () => {
  let network: MockNetwork;

  const mount = async (change: (feed: FeedInput) => void, now = NOW) => {
    const feed = smallFeed();
    change(feed);
    network = mockNetwork({ '/feed.json': jsonResponse(feed) });
    const el = await fixture<TisBanner>(
      html`<tis-banner src="/feed.json" now=${now}>
        <a href="https://example.org/c">Fallback</a>
      </tis-banner>`,
    );
    await settled(el);
    return el;
  };

  const expectHidden = async (el: TisBanner) => {
    expect($(el, '.root')).to.be.null;
    expect($(el, 'slot')).to.be.null;
    expect(el.visible).to.equal(false);
    expect(el.getBoundingClientRect().height).to.equal(0);
    // Not even the fallback: the campaign is over everywhere.
    expect(el.querySelector('a')!.getClientRects().length).to.equal(0);
    await expect(el).to.be.accessible();
  };

  beforeEach(() => {
    resetFeedClient({ retries: 0 });
  });

  afterEach(() => {
    network.restore();
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  });

  it('shows an active campaign', async () => {
    const el = await mount(() => {});
    expect(el.visible).to.equal(true);
    expect($(el, 'section')).to.exist;
    expect($(el, '.preview')).to.be.null;
  });

  it('renders nothing once the status is ended', async () => {
    await expectHidden(await mount((feed) => (feed.campaign.status = 'ended')));
  });

  it('renders nothing while the campaign is paused', async () => {
    await expectHidden(await mount((feed) => (feed.campaign.status = 'paused')));
  });

  it('renders nothing before the start date', async () => {
    await expectHidden(await mount((feed) => (feed.campaign.startDate = '2026-12-01')));
  });

  it('renders nothing after the end date, at midnight in Paris', async () => {
    const endToday = (feed: FeedInput) => (feed.campaign.endDate = '2026-11-28');
    const lateEvening = await mount(endToday, Date.parse('2026-11-28T23:30:00+01:00'));
    expect($(lateEvening, 'section')).to.exist;
    network.restore();
    resetFeedClient({ retries: 0 });
    await expectHidden(await mount(endToday, Date.parse('2026-11-29T00:10:00+01:00')));
  });

  it('disappears when the feed is updated to ended, without touching the page', async () => {
    const el = await mount(() => {});
    expect($(el, 'section')).to.exist;
    el.now = Date.parse('2028-01-02T12:00:00+01:00');
    await el.updateComplete;
    await expectHidden(el);
  });

  it('shows anyway, with a notice, when the URL has #tis-preview', async () => {
    location.hash = '#tis-preview';
    const el = await mount((feed) => (feed.campaign.startDate = '2027-01-01'));
    expect($(el, 'section')).to.exist;
    expect($(el, '.preview')!.textContent).to.contain('Aperçu');
    await expect(el).to.be.accessible();
    history.replaceState(null, '', location.pathname + location.search);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await el.updateComplete;
    expect($(el, 'section')).to.be.null;
  });

  it('campaignPhase reads status first, then Paris calendar dates', () => {
    const campaign = {
      status: 'active',
      startDate: '2026-01-15',
      endDate: '2027-12-31',
    } as Campaign;
    expect(campaignPhase(campaign, NOW)).to.equal('active');
    expect(campaignPhase({ ...campaign, status: 'paused' }, NOW)).to.equal('paused');
    expect(campaignPhase(campaign, Date.parse('2026-01-14T23:30:00Z'))).to.equal('active');
    expect(campaignPhase(campaign, Date.parse('2026-01-14T22:30:00Z'))).to.equal('not-started');
    expect(campaignPhase({ status: 'active' } as Campaign, 0)).to.equal('active');
  });
});
