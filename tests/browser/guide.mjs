// The interview guide of the minimal fixture, filled in with every kind of
// answer, and the check that all of it is on the page.
import assert from 'node:assert/strict';
import { field } from './helpers.mjs';

// Every kind of answer of the interview guide of the minimal fixture.
export async function fillGuide(page) {
  await page.fill('[name=respondent_code]', 'R07');
  await page.locator('[name=respondent_code]').blur();
  await field(page, 'role').fill('Through a friend at the library.');
  await field(page, 'role.probe.1').check();
  await page.locator('details.question-notes summary').first().click();
  await field(page, 'role.notes').fill('Laughed when telling this.');
  await field(page, 'freq', 'other').check();
  await field(page, 'freq.other').fill('Every other week');
  await field(page, 'trust', '4').check();
  await field(page, 'msc').fill('I found a job.');
  await field(page, 'msc.why').fill('Because it changed everything.');
  await field(page, 'age').fill('34');
  await field(page, 'when').fill('2024-05-01');
  await field(page, 'things', 'walk').check();
  await field(page, 'things', 'talk').check();
  await field(page, 'name-of-group').fill('Tuesday walkers');
  await page.locator('.save-status', { hasText: 'Saved' }).waitFor();
}

export async function assertGuideFilled(page) {
  assert.equal(await page.inputValue('[name=respondent_code]'), 'R07');
  assert.equal(await field(page, 'role').inputValue(), 'Through a friend at the library.');
  assert.ok(await field(page, 'role.probe.1').isChecked());
  assert.equal(await field(page, 'role.notes').inputValue(), 'Laughed when telling this.');
  assert.ok(await field(page, 'freq', 'other').isChecked());
  assert.equal(await field(page, 'freq.other').inputValue(), 'Every other week');
  assert.ok(await field(page, 'trust', '4').isChecked());
  assert.equal(await field(page, 'msc').inputValue(), 'I found a job.');
  assert.equal(await field(page, 'msc.why').inputValue(), 'Because it changed everything.');
  assert.equal(await field(page, 'age').inputValue(), '34');
  assert.equal(await field(page, 'when').inputValue(), '2024-05-01');
  assert.ok(await field(page, 'things', 'walk').isChecked());
  assert.ok(await field(page, 'things', 'talk').isChecked());
  assert.equal(await field(page, 'name-of-group').inputValue(), 'Tuesday walkers');
}

