/**
 * Test-runner commands the built-in ones lack for Chromium through puppeteer:
 * `emulate-forced-colors` (Windows high contrast, `forced-colors: active`), which the built-in
 * emulateMedia only passes on with Playwright, and `save-screenshot`, to keep a picture of a
 * state for people to judge (written under .screenshots/, which git ignores).
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const SCREENSHOTS = resolve('.screenshots');
const sessions = new WeakMap();

export function mediaPlugin() {
  return {
    name: 'tis-media',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors' && command !== 'save-screenshot') return undefined;
      if (session.browser.type !== 'puppeteer')
        throw new Error(`${command} needs the Chromium launcher (puppeteer)`);
      const page = session.browser.getPage(session.id);
      if (command === 'emulate-forced-colors') {
        // Puppeteer's emulateMediaFeatures refuses this feature name: ask Chromium directly,
        // on a session kept open (an emulation ends with the session that set it).
        let client = sessions.get(page);
        if (!client) {
          client = await page.createCDPSession();
          sessions.set(page, client);
        }
        await client.send('Emulation.setEmulatedMedia', {
          features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
        });
        return true;
      }
      const path = resolve(SCREENSHOTS, String(payload?.name ?? 'shot').replace(/[^\w.-]/g, '_'));
      if (!path.startsWith(SCREENSHOTS)) throw new Error('screenshot name outside .screenshots/');
      mkdirSync(dirname(path), { recursive: true });
      await page.screenshot({ path: `${path}.png`, fullPage: true });
      return true;
    },
  };
}
