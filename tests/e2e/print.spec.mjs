// Print: every card, and the one-page summary.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { attribute, audit, base, check, count, expect, root, settle, shots, test, until } from './fixtures.mjs';
import { dataset, openRisks, pageCount, risks } from './shared.mjs';

test('print: every card expanded; the summary fits one A4 page', async ({ page }) => {
  await page.goto(base + '#summary');
  await page.waitForSelector('.rmp-summary');
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = pageCount(pdf);
  check(pages === 1, `summary prints on ${pages} pages`);
  await openRisks(page);
  await page.emulateMedia({ media: 'print' });
  await settle(() => page.locator('.rmp-card-body').evaluateAll((els) => els.filter((e) => !e.innerText.trim() || e.getBoundingClientRect().height < 20).length), (n) => n === 0, 'every card body prints with its content, opened or not');
});
