// Hostile strings in a document stay text.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { attribute, audit, base, check, count, expect, root, settle, shots, test, until } from './fixtures.mjs';
import { dataset, openRisks, pageCount, risks } from './shared.mjs';

test('hostile strings stay text: no script runs, no request leaves, long words wrap', async ({ page }) => {
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(base + '#summary');
  await page.waitForSelector('.rmp-summary');
  const doc = JSON.parse(JSON.stringify(dataset));
  const risk = doc.safety_specification.identified_risks[0];
  risk.name = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">\u202eevil\u200b';
  risk.reason = ['javascript:window.__pwned = 3', '<a href="javascript:window.__pwned=4">click</a>', 'x'.repeat(400)];
  doc.summary.identified_risks[0].name = risk.name;
  doc.document.product_name = '<style>*{display:none}</style>';
  const rm = doc.rm_plan.additional;
  rm[0].url = 'javascript:window.__pwned = 5';
  rm[1].url = 'https://example.org/guide.pdf';
  rm[2].url = 'data:text/html,<script>window.__pwned = 6</script>';
  rm[3].url = 'java\tscript:window.__pwned = 7';
  // A custom property the stylesheet reads, set to something that would fetch.
  await page.evaluate(() => document.documentElement.style.setProperty('--rmp-font-size', 'url(https://evil.example/x)'));
  await page.locator('input[type=file]').setInputFiles({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
  await page.waitForSelector('.rmp-summary');
  await page.getByRole('link', { name: '活動の状況', exact: true }).click();
  await settle(() => page.locator('.rmp-activity dd a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))), (l) => JSON.stringify(l) === JSON.stringify(['https://example.org/guide.pdf']), 'only the https material is a link');
  await settle(() => page.locator('.rmp-unsafe-link').allTextContents(), (s) => s.length === 3 && s[0] === 'javascript:window.__pwned = 5', 'the others are text');
  // The same on the activity's own page.
  await page.locator('.rmp-activity h4 a').filter({ hasText: '適正使用ガイド' }).click();
  await count(page.locator('.rmp-activity-page a[href="https://example.org/guide.pdf"]'), 1, 'the material links from its page');
  await page.goBack();
  await count(page.locator('.rmp-activity'), (n) => n > 0, 'back on the board');
  const warnings = await page.locator('.rmp-warnings').textContent();
  check(warnings.includes('unsafe-link') || warnings.includes('https:'), `the reader is told: ${warnings}`);
  await page.getByRole('link', { name: '安全性検討事項' }).click();
  const card = page.locator('.rmp-card-heading button').first();
  await card.click();
  await attribute(card, 'aria-expanded', 'true', 'opened');
  check((await card.textContent()).includes('<script>'), 'the name shows as text');
  await count(page.locator('.rmp-card-body').first().locator('p'), (n) => n >= 3, 'the body is drawn');
  check(await page.locator('.rmp-root img, .rmp-root script, .rmp-root style, .rmp-card-body a[href^="javascript"]').count() === 0, 'no element made from content');
  check(await page.evaluate(() => window.__pwned) === undefined, 'no script ran');
  const overflow = await page.locator('.rmp-card-body').first().evaluate((el) => el.scrollWidth <= el.clientWidth + 1);
  check(overflow, 'a 400-character word wraps inside the card');
  check(requests.every((u) => u.startsWith(base)), `requests left the page: ${requests.filter((u) => !u.startsWith(base))}`);
  check(requests.every((u) => !u.endsWith('/x')), 'the img was never requested');
});
