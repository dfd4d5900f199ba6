// Screenshots of the main views (tests/e2e/screenshots/), for looking at.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { attribute, audit, base, check, count, expect, root, settle, shots, test, until } from './fixtures.mjs';
import { dataset, openRisks, pageCount, risks } from './shared.mjs';

test('screenshots of the main views at 1280 and 375 px', async ({ page }) => {
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    for (const [name, hash] of [['summary', '#summary'], ['overview', '#overview'], ['risk', '#risk/crs'], ['board', '#board'], ['activity', '#activity/lun2501'], ['matrix', '#matrix'], ['plan', '#plan']]) {
      await page.goto(base + hash);
      await page.waitForSelector('.rmp-root');
      await page.screenshot({ path: join(shots, `${name}-${width}.png`), fullPage: true });
    }
  }
});
