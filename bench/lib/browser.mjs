/** Headless Chromium through playwright-core, with the project's flags (see TOOLCHAIN.md). */
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.js';

export function launchBrowser() {
  return chromium.launch({
    executablePath: chromiumPath,
    args: chromiumArgs,
  });
}

/**
 * A fresh context and page (no cache, no storage from an earlier run), French, Paris time,
 * 1280x900. Uncaught errors are collected and thrown by `check()`: a benchmark of a broken page
 * measures nothing.
 */
export async function freshPage(browser, { viewport = { width: 1280, height: 900 } } = {}) {
  const context = await browser.newContext({
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    viewport,
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return {
    page,
    context,
    check() {
      if (errors.length) throw new Error(`page errors: ${errors.slice(0, 3).join(' | ')}`);
    },
    close: () => context.close(),
  };
}
