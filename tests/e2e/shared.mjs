// The Lunsumio document as the specs compare against it, and small steps
// several specs take.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { base, root } from './launch.mjs';

export const dataset = JSON.parse(readFileSync(join(root, 'data', 'lunsumio.json'), 'utf8'));
export const risks = dataset.safety_specification.identified_risks;

/** Pages in a PDF from Chromium: the root of the page tree counts them all (the largest /Count). */
export const pageCount = (pdf) => Math.max(0, ...[...pdf.toString('latin1').matchAll(/\/Count (\d+)/g)].map((m) => Number(m[1])));

/** Opens the risk view (or `hash`) and waits for the cards. */
export async function openRisks(page, hash = '#risks') {
  await page.goto(base + hash);
  await page.waitForSelector('.rmp-card-heading button');
}
