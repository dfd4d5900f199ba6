// The interface language: labels change, the document does not; the choice persists.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { attribute, audit, base, check, count, expect, root, settle, shots, test, until } from './fixtures.mjs';
import { dataset, openRisks, pageCount, risks } from './shared.mjs';

test('the English toggle changes labels, not the document', async ({ page }) => {
  await openRisks(page);
  await page.getByRole('button', { name: 'English' }).click();
  await count(page.getByRole('heading', { name: 'Important identified risks' }), 1, 'English heading');
  await count(page.getByRole('button', { name: 'サイトカイン放出症候群' }), 1, 'names stay as written');
  await attribute(page.locator('.rmp-root'), 'lang', 'en', 'the interface is English');
  await attribute(page.locator('#rmp-risk-crs-button span[lang]'), 'lang', 'ja', 'the document\'s text stays Japanese');
});

test('the language choice persists across visits', async ({ page }) => {
  await page.goto(base + '#summary');
  await page.getByRole('button', { name: 'English' }).click();
  await attribute(page.locator('.rmp-root'), 'lang', 'en', 'English');
  await page.reload();
  await page.waitForSelector('.rmp-root');
  await attribute(page.locator('.rmp-root'), 'lang', 'en', 'English after reload');
  await page.getByRole('button', { name: '日本語' }).click();
  await attribute(page.locator('.rmp-root'), 'lang', 'ja', 'Japanese again');
});
