import { expect } from '@open-wc/testing';
import { formatDate, formatNumber, formatTime, zonedParts } from '../../src/i18n/format.js';
import { formatRelative } from '../../src/i18n/relative.js';
import { localize, resolveLang, toLang } from '../../src/i18n/localize.js';
import { commonMessages, defineMessages } from '../../src/i18n/messages.js';

const NNBSP = '\u202f';

describe('i18n', () => {
  describe('resolveLang', () => {
    let documentLang: string;
    let container: HTMLElement;

    /** Puts `markup` (static test HTML) into the page and returns its first element. */
    const mount = (markup: string): Element => {
      container.innerHTML = markup;
      return container.firstElementChild!;
    };

    beforeEach(() => {
      documentLang = document.documentElement.lang;
      container = document.body.appendChild(document.createElement('div'));
    });

    afterEach(() => {
      document.documentElement.lang = documentLang;
      container.remove();
    });

    it('uses the element’s own lang first', () => {
      const el = mount('<div lang="fr"><span lang="en">x</span></div>');
      expect(resolveLang(el.querySelector('span')!)).to.equal('en');
      expect(resolveLang(el)).to.equal('fr');
    });

    it('else the closest [lang] ancestor', () => {
      const el = mount('<section lang="en"><div lang="fr"><p><b>x</b></p></div></section>');
      expect(resolveLang(el.querySelector('b')!)).to.equal('fr');
      const outer = mount('<section lang="en-GB"><div><p><b>x</b></p></div></section>');
      expect(resolveLang(outer.querySelector('b')!)).to.equal('en');
    });

    it('crosses shadow roots to reach the host’s ancestors', () => {
      const page = mount('<div lang="en"><div class="host"></div></div>');
      const host = page.querySelector('.host')!;
      const root = host.attachShadow({ mode: 'open' });
      root.innerHTML = '<div><span>inside</span></div>';
      expect(resolveLang(root.querySelector('span')!)).to.equal('en');
      // A nearer lang inside the shadow root wins.
      root.firstElementChild!.setAttribute('lang', 'fr');
      expect(resolveLang(root.querySelector('span')!)).to.equal('fr');
    });

    it('else the document, else French', () => {
      const el = mount('<div><span>x</span></div>');
      document.documentElement.lang = 'en-US';
      expect(resolveLang(el.querySelector('span')!)).to.equal('en');
      document.documentElement.removeAttribute('lang');
      expect(resolveLang(el.querySelector('span')!)).to.equal('fr');
      const detached = document.createElement('span');
      expect(resolveLang(detached)).to.equal('fr');
    });

    it('maps tags to the supported languages', () => {
      expect(toLang('en-GB')).to.equal('en');
      expect(toLang('EN')).to.equal('en');
      expect(toLang('fr-CA')).to.equal('fr');
      expect(toLang('de')).to.equal('fr');
      expect(toLang('')).to.equal('fr');
      expect(toLang(null)).to.equal('fr');
    });
  });

  describe('localize', () => {
    it('asked language, then its base language, then French, then any', () => {
      expect(localize({ fr: 'Bonjour', en: 'Hello' }, 'en')).to.equal('Hello');
      expect(localize({ fr: 'Bonjour', en: 'Hello' }, 'en-GB')).to.equal('Hello');
      expect(localize({ fr: 'Bonjour', en: 'Hello' }, 'de')).to.equal('Bonjour');
      expect(localize({ en: 'Hello' }, 'fr')).to.equal('Hello');
      expect(localize(undefined, 'fr')).to.equal('');
    });
  });

  describe('messages', () => {
    it('defineMessages returns the catalogue of a language', () => {
      const messages = defineMessages(
        { hello: 'Bonjour', count: (n: number) => `${n} territoires` },
        { hello: 'Hello', count: (n: number) => `${n} territories` },
      );
      expect(messages('fr').hello).to.equal('Bonjour');
      expect(messages('en').count(3)).to.equal('3 territories');
    });

    it('the common catalogue has every key in both languages', () => {
      const fr = commonMessages('fr');
      const en = commonMessages('en');
      expect(Object.keys(en).sort()).to.deep.equal(Object.keys(fr).sort());
      expect(fr.loading).to.equal('Chargement…');
      expect(en.loading).to.equal('Loading…');
      expect(fr.staleSince('8 avril')).to.include('8 avril');
    });
  });

  describe('formatNumber', () => {
    it('French groups thousands with a narrow no-break space', () => {
      expect(formatNumber(1000, 'fr')).to.equal(`1${NNBSP}000`);
      expect(formatNumber(1234567.5, 'fr')).to.equal(`1${NNBSP}234${NNBSP}567,5`);
      expect(formatNumber(1000, 'en')).to.equal('1,000');
    });
  });

  describe('formatDate', () => {
    it('French long date: "mardi 8 avril 2025"', () => {
      expect(formatDate('2025-04-08T10:00:00+02:00', 'fr')).to.equal('mardi 8 avril 2025');
      expect(formatDate(new Date('2025-04-08T10:00:00+02:00'), 'en')).to.equal(
        'Tuesday, 8 April 2025',
      );
      expect(
        formatDate(Date.parse('2025-04-08T10:00:00+02:00'), 'fr', {
          day: 'numeric',
          month: 'short',
        }),
      ).to.equal('8 avr.');
    });

    it('shows the date in the visitor’s zone (Europe/Paris in the runner)', () => {
      // 01:00 on the 8th in Réunion is 23:00 on the 7th in Paris.
      expect(formatDate('2025-04-08T01:00:00+04:00', 'fr')).to.equal('lundi 7 avril 2025');
      expect(
        formatDate('2025-04-08T01:00:00+04:00', 'fr', {
          dateStyle: 'full',
          timeZone: 'Indian/Reunion',
        }),
      ).to.equal('mardi 8 avril 2025');
    });
  });

  describe('formatTime', () => {
    it('French: "9 h", "9 h 30", in Europe/Paris', () => {
      expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('Europe/Paris');
      expect(formatTime('2025-04-08T09:00:00+02:00', 'fr')).to.equal('9\u00a0h');
      expect(formatTime('2025-04-08T09:30:00+02:00', 'fr')).to.equal('9\u00a0h\u00a030');
      expect(formatTime('2025-04-08T09:05:00+02:00', 'fr')).to.equal('9\u00a0h\u00a005');
      expect(formatTime('2025-04-08T00:00:00+02:00', 'fr')).to.equal('0\u00a0h');
      expect(formatTime('2025-04-08T21:30:00+02:00', 'fr')).to.equal('21\u00a0h\u00a030');
    });

    it('French, in another zone: the event’s own time', () => {
      const instant = '2025-04-08T09:30:00+02:00';
      expect(formatTime(instant, 'fr', 'America/Toronto')).to.equal('3\u00a0h\u00a030');
      expect(formatTime(instant, 'fr', 'Pacific/Noumea')).to.equal('18\u00a0h\u00a030');
      expect(formatTime(instant, 'fr', 'Indian/Reunion')).to.equal('11\u00a0h\u00a030');
      expect(formatTime(instant, 'en', 'Indian/Reunion')).to.equal('11:30');
    });

    it('English: "9:00", "21:30"', () => {
      expect(formatTime('2025-04-08T09:00:00+02:00', 'en')).to.equal('9:00');
      expect(formatTime('2025-04-08T21:30:00+02:00', 'en')).to.equal('21:30');
    });

    it('zonedParts gives the wall-clock parts in a zone', () => {
      expect(zonedParts(Date.parse('2025-12-31T23:30:00Z'), 'Pacific/Noumea')).to.deep.equal({
        year: 2026,
        month: 1,
        day: 1,
        hour: 10,
        minute: 30,
      });
      expect(zonedParts(Date.parse('2025-04-08T00:15:00+02:00'))).to.deep.include({
        day: 8,
        hour: 0,
        minute: 15,
      });
    });
  });

  describe('formatRelative', () => {
    const now = Date.parse('2026-11-28T12:00:00+01:00');
    const HOUR = 36e5;
    const DAY = 24 * HOUR;

    it('picks the largest unit that fits', () => {
      expect(formatRelative(now - 3 * DAY, now, 'fr')).to.equal('il y a 3 jours');
      expect(formatRelative(now - 3 * DAY, now, 'en')).to.equal('3 days ago');
      expect(formatRelative(now + 2 * HOUR, now, 'en')).to.equal('in 2 hours');
      expect(formatRelative(now + 2 * HOUR, now, 'fr')).to.equal('dans 2 heures');
      expect(formatRelative(now - 14 * DAY, now, 'fr')).to.equal('il y a 2 semaines');
      expect(formatRelative(now - 400 * DAY, now, 'en')).to.equal('last year');
    });

    it('says "hier" and "demain" rather than "il y a 1 jour"', () => {
      expect(formatRelative(now - DAY, now, 'fr')).to.equal('hier');
      expect(formatRelative(new Date(now + DAY), new Date(now), 'fr')).to.equal('demain');
      expect(formatRelative(now - 5 * 6e4, now, 'fr')).to.equal('il y a 5 minutes');
    });
  });
});
