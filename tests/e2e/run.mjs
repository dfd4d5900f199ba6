// End-to-end tests in headless Chromium against the built page served on localhost.
// Prints "N passed, N failed" and exits non-zero on any failure.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const shots = join(root, 'tests', 'e2e', 'screenshots');
mkdirSync(shots, { recursive: true });
const port = 18000 + Math.floor(Math.random() * 2000);
const base = `http://127.0.0.1:${port}/`;
const server = spawn('python3', [join(root, 'scripts', 'serve.py'), '--port', String(port), '--dir', root], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((resolve) => server.stdout.once('data', resolve));

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const dataset = JSON.parse(readFileSync(join(root, 'data', 'lunsumio.json'), 'utf8'));
const risks = dataset.safety_specification.identified_risks;
let passed = 0, failed = 0;

async function test(name, body) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    await body(page);
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    passed++;
    console.log(`ok   ${name}`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}\n     ${e.message.split('\n').join('\n     ')}`);
  } finally {
    await page.close();
  }
}

function expect(cond, message) { if (!cond) throw new Error(message); }

async function openRisks(page, hash = '#risks') {
  await page.goto(base + hash);
  await page.waitForSelector('.rmp-card-heading button');
}

await test('the default RMP shows six risk cards with the right names', async (page) => {
  await openRisks(page);
  const names = await page.locator('.rmp-card-heading button').allTextContents();
  expect(JSON.stringify(names) === JSON.stringify(risks.map((r) => r.name)), `got ${JSON.stringify(names)}`);
  const none = await page.locator('.rmp-category .rmp-none').count();
  expect(none === 3, `potential risks, missing information and efficacy show なし (${none})`);
});

await test('a card opens and closes with a click and with the keyboard', async (page) => {
  await openRisks(page);
  const button = page.getByRole('button', { name: '感染症', exact: true });
  expect(await button.getAttribute('aria-expanded') === 'false', 'starts closed');
  const panel = page.locator('#' + await button.getAttribute('aria-controls'));
  expect(await panel.getAttribute('hidden') === 'until-found', 'collapsed body is hidden="until-found"');
  await button.click();
  expect(await button.getAttribute('aria-expanded') === 'true', 'click opens');
  expect(await panel.isVisible(), 'body visible');
  expect(page.url().endsWith('#risk/infections'), `URL names the open card: ${page.url()}`);
  await button.focus();
  await page.keyboard.press('Enter');
  expect(await button.getAttribute('aria-expanded') === 'false', 'Enter closes');
  await page.keyboard.press('Space');
  expect(await button.getAttribute('aria-expanded') === 'true', 'Space opens');
});

await test('a deep link opens its card', async (page) => {
  await openRisks(page, '#risk/tumor-flare');
  const button = page.getByRole('button', { name: '腫瘍フレア', exact: true });
  expect(await button.getAttribute('aria-expanded') === 'true', 'opened by the link');
});

await test('every incidence number of the document appears in its table', async (page) => {
  await openRisks(page);
  await page.getByRole('button', { name: 'すべて開く' }).click();
  for (const [i, risk] of risks.entries()) {
    const table = page.locator('.rmp-card').nth(i).locator('table.rmp-incidence');
    const cells = await table.locator('tbody td').allTextContents();
    const expected = risk.incidence.flatMap((t) => t.events.flatMap((e) => e.grades.flatMap((g) => g.cells.map((c) => c.percent ? `${c.n}（${c.percent}%）` : `${c.n}`))));
    expect(cells.length === expected.length, `${risk.name}: ${cells.length} cells, expected ${expected.length}`);
    expected.forEach((text, k) => expect(cells[k].startsWith(text), `${risk.name} cell ${k}: "${cells[k]}" should start with "${text}"`));
    const headers = await table.locator('thead th[scope="col"]').allTextContents();
    expect(headers.length === 6 && headers[5].includes('（135例）'), `cohort headers: ${headers}`);
    const caption = await table.locator('caption').textContent();
    expect(caption === risk.incidence[0].intro, `caption: ${caption}`);
  }
  const flagged = await page.locator('td.rmp-flagged').allTextContents();
  expect(flagged.length === 1 && flagged[0].includes('16.7'), `one mismatch flagged with 16.7: ${flagged}`);
});

await test('the English toggle changes labels, not the document', async (page) => {
  await openRisks(page);
  await page.getByRole('button', { name: 'English' }).click();
  expect(await page.getByRole('heading', { name: 'Important identified risks' }).count() === 1, 'English heading');
  expect(await page.getByRole('button', { name: 'サイトカイン放出症候群' }).count() === 1, 'names stay as written');
  expect(await page.locator('.rmp-root').getAttribute('lang') === 'en', 'lang attribute');
});

await test('the board shows activities by status, including the completed IV EPPV', async (page) => {
  await page.goto(base + '#board');
  await page.waitForSelector('.rmp-activity');
  const completed = await page.locator('.rmp-column').nth(3).locator('.rmp-activity h4').allTextContents();
  expect(completed.length === 2 && completed[0].includes('点滴静注製剤'), `completed: ${completed}`);
  const ongoing = await page.locator('.rmp-column').nth(2).locator('.rmp-activity').count();
  expect(ongoing === 6, `ongoing: ${ongoing}`);
});

await test('screenshots of the main views at 1280 and 375 px', async (page) => {
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    for (const [name, hash] of [['summary', '#summary'], ['risk', '#risk/crs'], ['board', '#board']]) {
      await page.goto(base + hash);
      await page.waitForSelector('.rmp-root');
      await page.screenshot({ path: join(shots, `${name}-${width}.png`), fullPage: true });
    }
  }
});

await browser.close();
server.kill();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
