#!/usr/bin/env node
// Screenshots a page at 320, 768 and 1280 px, light and dark, in headless Chromium:
//   node scripts/shot.mjs <url> <out-prefix> [--full] [--selector css]
// Dark: every tis-* element gets theme="dark" and the page body data-theme="dark".
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.js';

const [url, prefix = '.screenshots/shot', ...rest] = process.argv.slice(2);
if (!url) {
  console.error('usage: node scripts/shot.mjs <url> <out-prefix> [--full] [--selector css]');
  process.exit(2);
}
const full = rest.includes('--full');
const selIndex = rest.indexOf('--selector');
const selector = selIndex >= 0 ? rest[selIndex + 1] : undefined;

const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: chromiumArgs,
});
try {
  for (const width of [320, 768, 1280]) {
    for (const scheme of ['light', 'dark']) {
      const page = await browser.newPage({
        viewport: { width, height: 900 },
        colorScheme: scheme,
        locale: 'fr-FR',
        timezoneId: 'Europe/Paris',
      });
      page.on('pageerror', (error) =>
        console.error(`[pageerror ${width} ${scheme}]`, error.message),
      );
      await page.goto(url, { waitUntil: 'networkidle' });
      if (scheme === 'dark') {
        await page.evaluate(() => {
          document.body.dataset.theme = 'dark';
          for (const el of document.querySelectorAll('*'))
            if (el.localName.startsWith('tis-')) el.setAttribute('theme', 'dark');
        });
      }
      await page.waitForTimeout(600);
      const path = `${prefix}-${width}-${scheme}.png`;
      if (selector) await page.locator(selector).first().screenshot({ path });
      else await page.screenshot({ path, fullPage: full });
      console.log(path);
      await page.close();
    }
  }
} finally {
  await browser.close();
}
