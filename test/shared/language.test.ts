/**
 * WCAG 3.1.2 (RGAA 8.7), language of parts: every widget root carries the language of its
 * interface, and every text of the feed the language it is written in.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { langOf, localized } from '../../src/i18n/localize.js';
import { jsonResponse, smallFeed } from '../fixtures/small-feed.js';
import { mockNetwork, resetFeedClient, type MockNetwork } from '../support/network.js';

const NOW = Date.parse('2026-12-01T10:00:00+01:00');

/** The closest `lang` of a node, inside the widget's shadow tree (then the host's). */
const langAt = (node: Element): string | null => {
  let at: Element | null = node;
  while (at) {
    if (at.hasAttribute('lang')) return at.getAttribute('lang');
    at = at.parentElement ?? ((at.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
  }
  return null;
};

const rendered = (el: Element, selector: string) =>
  waitUntil(() => el.shadowRoot?.querySelector(selector), `${el.localName}: no ${selector}`, {
    timeout: 5000,
  });

describe('language of parts', () => {
  let network: MockNetwork;
  beforeEach(() => {
    resetFeedClient({ retries: 0 });
    const feed = smallFeed();
    // An English motto is missing on purpose: it falls back to French.
    (feed.campaign as { motto: unknown }).motto = { fr: 'Ensemble, partout.' };
    network = mockNetwork({ '/feed.json': jsonResponse(feed) });
  });
  afterEach(() => network.restore());

  it('localized() tells which language it fell back to', () => {
    expect(localized({ fr: 'Bonjour', en: 'Hello' }, 'en')).to.deep.equal({
      text: 'Hello',
      lang: 'en',
    });
    expect(localized({ fr: 'Bonjour' }, 'en')).to.deep.equal({ text: 'Bonjour', lang: 'fr' });
    expect(localized({ de: 'Hallo' }, 'en')).to.deep.equal({ text: 'Hallo', lang: 'de' });
    expect(langOf({ fr: 'Bonjour' }, 'en')).to.equal('fr');
    expect(langOf({ fr: 'Bonjour', en: 'Hello' }, 'en')).to.equal(undefined);
    expect(langOf({ fr: 'Bonjour' }, 'fr')).to.equal(undefined);
  });

  it('on an English page, French-only feed texts are marked lang="fr"', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div lang="en">
        <tis-initiative-feed src="/feed.json" page-size="20"></tis-initiative-feed>
        <tis-banner src="/feed.json" show-event now=${NOW}></tis-banner>
        <tis-event-calendar src="/feed.json" view="list" now=${NOW}></tis-event-calendar>
      </div>`,
    );
    const [feed, banner, calendar] = [...wrap.children] as HTMLElement[];
    await rendered(feed!, 'article .title');
    const titles = [...feed!.shadowRoot!.querySelectorAll('article .title')];
    const byText = (text: string) => titles.find((t) => t.textContent!.includes(text))!;
    expect(langAt(byText('Recyclerie solidaire').querySelector('a, span')!)).to.equal('fr');
    // Translated: in the interface's language.
    expect(langAt(byText('Neighbourhood fablab').querySelector('a, span')!)).to.equal('en');
    const summary = byText('Recyclerie solidaire').closest('article')!.querySelector('.summary')!;
    expect(langAt(summary)).to.equal('fr');
    const translated = byText('Neighbourhood fablab')
      .closest('article')!
      .querySelector('.summary')!;
    expect(langAt(translated)).to.equal('en');

    await rendered(banner!, '.event');
    expect(langAt(banner!.shadowRoot!.querySelector('.event strong')!)).to.equal('en');
    const eventTitle = banner!.shadowRoot!.querySelector('.event [lang]')!;
    expect(eventTitle.getAttribute('lang')).to.equal('fr');
    expect(langAt(banner!.shadowRoot!.querySelector('.motto')!)).to.equal('fr');

    await rendered(calendar!, '.title-text');
    expect(langAt(calendar!.shadowRoot!.querySelector('.title-text')!)).to.equal('fr');
    expect(langAt(calendar!.shadowRoot!.querySelector('.agenda-date')!)).to.equal('en');
  });

  it('on a German page, each root says the French of its interface', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div lang="de">
        <tis-banner src="/feed.json" now=${NOW}></tis-banner>
        <tis-event-calendar src="/feed.json" now=${NOW}></tis-event-calendar>
        <tis-initiative-feed src="/feed.json"></tis-initiative-feed>
        <tis-territory-counter src="/feed.json"></tis-territory-counter>
      </div>`,
    );
    for (const widget of [...wrap.children] as HTMLElement[]) {
      await rendered(widget, '.root:not(.is-loading)');
      const root = widget.shadowRoot!.querySelector('.root')!;
      expect(root.getAttribute('lang'), widget.localName).to.equal('fr');
      // No French feed text is marked: it is already in the interface's language.
      expect(widget.shadowRoot!.querySelector('.root [lang="fr"]'), widget.localName).to.equal(
        null,
      );
    }
  });

  it('every widget follows a change of the page language, without being touched', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div lang="fr">
        <tis-initiative-feed src="/feed.json"></tis-initiative-feed>
        <tis-banner src="/feed.json" now=${NOW}></tis-banner>
        <tis-event-calendar src="/feed.json" view="list" now=${NOW}></tis-event-calendar>
        <tis-territory-counter src="/feed.json" no-animation></tis-territory-counter>
      </div>`,
    );
    const widgets = [...wrap.children] as HTMLElement[];
    for (const el of widgets) await rendered(el, '.root:not(.is-loading)');
    const rootLangs = () =>
      widgets.map((el) => el.shadowRoot!.querySelector('.root')!.getAttribute('lang'));
    expect(rootLangs()).to.deep.equal(['fr', 'fr', 'fr', 'fr']);
    wrap.lang = 'en-GB';
    await waitUntil(
      () => rootLangs().every((lang) => lang === 'en'),
      'the widgets stayed in French',
      {
        timeout: 2000,
      },
    );
    // Back to the document's language when the wrapper loses its own.
    wrap.removeAttribute('lang');
    document.documentElement.lang = 'fr';
    await waitUntil(
      () => rootLangs().every((lang) => lang === 'fr'),
      'the widgets stayed in English',
      {
        timeout: 2000,
      },
    );
  });
});
