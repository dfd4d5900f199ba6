// On a phone: nothing scrolls sideways at 320, 375 and 768 px; an incidence
// table's rows are stacked with each value beside its cohort; the chart is
// drawn for the width; the matrix lists each concern's activities.
import { audit, base, check, count, expect, settle, test, until } from './fixtures.mjs';
import { risks } from './shared.mjs';

/** Each view and what shows it is drawn. */
const views = [
  ['#summary', '.rmp-summary'],
  ['#overview', '.rmp-overview'],
  ['#risks', '.rmp-card'],
  ['#board', '.rmp-timeline'],
  ['#matrix', '.rmp-matrix-table tbody tr'],
  ['#plan', '.rmp-plan .rmp-incidence'],
  ['#activity/lun2501', '.rmp-activity-page'],
  ['#activity/conditions-of-use', '.rmp-activity-page'],
];

/**
 * What sticks out of the page to the right or left: the page itself, and each
 * control, but for one inside a table's own scroll box that is within the
 * page (a tablet's matrix), which scrolls to it when it takes focus.
 */
function overflow() {
  const width = document.documentElement.clientWidth;
  const out = [];
  if (document.documentElement.scrollWidth > width) out.push(`page ${document.documentElement.scrollWidth} > ${width}`);
  for (const el of document.querySelectorAll('a, button, input, select, summary, [tabindex="0"]')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    const box = el.closest('.rmp-table-scroll')?.getBoundingClientRect();
    if (box && box.left >= 0 && box.right <= width) continue;
    if (r.right > width + 0.5 || r.left < -0.5) out.push(`${el.tagName} ${el.textContent.trim().slice(0, 30)} ${Math.round(r.left)}–${Math.round(r.right)}`);
  }
  return out;
}

for (const width of [320, 375, 768]) {
  test(`at ${width} px no view scrolls sideways and every control is within the page`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    for (const [hash, drawn] of views) {
      await page.goto(base + hash);
      await page.locator(drawn).first().waitFor({ state: 'attached' });
      await settle(() => page.evaluate(overflow), (o) => o.length === 0, `${hash} at ${width} px`);
    }
  });
}

test('at 320 px every incidence value stands beside its cohort and N, as printed', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(base + '#plan');
  const tables = page.locator('.rmp-plan table.rmp-incidence');
  await count(tables, risks.length, 'the six tables');
  const read = await tables.evaluateAll((all) => all.map((t) => [...t.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => {
    const r = td.getBoundingClientRect();
    return {
      column: getComputedStyle(td, '::before').content,
      value: td.firstChild?.textContent ?? '',
      inside: r.left >= 0 && r.right <= document.documentElement.clientWidth,
      header: getComputedStyle(td.closest('table').querySelector('thead')).position,
    };
  }))));
  let cells = 0;
  risks.forEach((risk, k) => {
    const table = risk.incidence[0];
    const cohorts = table.column_groups.flatMap((g) => g.cohorts.map((c) => ({ ...c, group: g.label })));
    const rows = table.events.flatMap((e) => e.grades);
    check(read[k].length === rows.length, `${risk.name}: ${rows.length} rows`);
    rows.forEach((grade, i) => grade.cells.forEach((cell, j) => {
      const seen = read[k][i][j];
      const c = cohorts[j];
      const printed = cell.percent == null ? String(cell.n) : `${cell.n}（${cell.percent}%）`;
      check(seen.value === printed, `${risk.name} row ${i} column ${j}: ${seen.value} is ${printed}`);
      for (const part of [c.group, c.study_label, c.label, `（${c.n}例）`]) {
        check(seen.column.includes(part), `${risk.name} column ${j} names ${part}: ${seen.column}`);
      }
      check(seen.inside, `${risk.name} row ${i} column ${j} within the page`);
      check(seen.header === 'absolute', 'the header row is out of sight, for screen readers only');
      cells += 1;
    }));
  });
  check(cells === 144, `all 144 cells (${cells})`);
  await audit(page, 'the full plan at 320 px');
});

test('the chart is drawn for the width it has: labels above the bars on a phone', async ({ page }) => {
  for (const [width, frame] of [[320, 340], [1280, 760]]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('about:blank');
    await page.goto(base + '#risk/infections');
    const card = page.locator('#risk-infections');
    await card.getByRole('button', { name: 'グラフ' }).click();
    const chart = card.getByRole('img');
    await count(chart, 1, 'one chart');
    await expect(chart).toHaveAttribute('viewBox', new RegExp(`^0 0 ${frame} `));
    const fits = await chart.evaluate((svg) => {
      const box = svg.getBoundingClientRect();
      const outside = [...svg.querySelectorAll('text')].filter((t) => {
        const r = t.getBoundingClientRect();
        return r.left < box.left - 1 || r.right > box.right + 1;
      }).map((t) => t.textContent);
      return { outside, right: box.right, page: document.documentElement.clientWidth };
    });
    check(fits.outside.length === 0, `at ${width} px every label and value inside the chart: ${fits.outside}`);
    check(fits.right <= fits.page, `at ${width} px the chart within the page`);
    // Every cohort's route, study and N is on its row, as in the table.
    const labels = (await chart.locator('.rmp-chart-label').allTextContents()).join('|');
    for (const part of ['点滴静注', 'GO43643 試験', '（135例）']) check(labels.includes(part), `${part} in the labels`);
  }
});

test('at 375 px the matrix lists, for each concern, the activities that address it', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(base + '#matrix');
  const rows = page.locator('.rmp-matrix-table tbody tr');
  await count(rows, risks.length, 'a row per concern');
  const seen = await until(async () => {
    const r = await rows.evaluateAll((all) => all.map((tr) => ({
      risk: tr.querySelector('th').textContent,
      shown: [...tr.querySelectorAll('td')].filter((td) => td.getBoundingClientRect().height > 0).map((td) => getComputedStyle(td, '::before').content),
      on: tr.querySelectorAll('td.rmp-on').length,
    })));
    return r.every((x) => x.shown.length > 0) && r;
  }, 'each row lists its activities');
  for (const row of seen) {
    check(row.shown.length === row.on, `${row.risk}: only what addresses it (${row.shown.length} of ${row.on})`);
    check(row.shown.every((c) => c.startsWith('"● ') && c.length > 5), `${row.risk}: each named ${row.shown[0]}`);
  }
  check(seen[0].shown.some((c) => c.includes('患者向け資材の作成及び提供')), 'CRS: the patient handbook');
  await audit(page, 'the matrix at 375 px');
});
