// The console in headless Chromium (the distribution's package), against a running stack whose data
// ConsoleBrowserIT created. Every figure the page shows is compared with what the API answers for the
// same call. Usage: node test/console-browser-test.mjs <fixture.json> <screenshot-folder>
// (CHROMIUM overrides the browser's path, /usr/bin/chromium by default).
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';

const [fixturePath, shots] = process.argv.slice(2);
const fixture = JSON.parse(await readFile(fixturePath, 'utf8'));
const console_ = `${fixture.gateway}/console/`;
await mkdir(shots, { recursive: true });

const api = async (token, path, init = {}) => {
  const response = await fetch(`${fixture.gateway}/api/v1${path}`, {
    ...init, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...(init.headers ?? {}) },
  });
  return { status: response.status, body: await response.json() };
};
const rate = (v) => (v === null || v === undefined ? '—' : `${(Number(v) * 100).toFixed(1)}%`);
const quarter = () => { const [y, m] = fixture.today.split('-').map(Number); return `${y}-Q${Math.floor((m - 1) / 3) + 1}`; };
const tomorrow = () => new Date(Date.parse(`${fixture.today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const step = (text) => console.log(`[console-test] ${text}`);

/** Polls until check passes (the read models follow the writes through Kafka); never a fixed sleep. */
async function eventually(check, what, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`${what}: ${error.message}`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-dev-shm-usage'],
});
const problems = [];
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  // A script error or a policy violation (a CDN, an inline script) fails the test at the end.
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/Failed to load resource/.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(fixture.gateway) && !request.url().startsWith('blob:') && !request.url().startsWith('data:')) {
      problems.push(`request outside the gateway: ${request.url()}`);
    }
  });

  // --- A bureau, through the development sign-in ------------------------------------------------
  step('bureau signs in');
  await page.goto(console_);
  await page.getByRole('heading', { name: '开发环境登录' }).waitFor();
  assert.equal(await page.getByRole('button', { name: '退出' }).isVisible(), false, 'no sign-out before signing in');
  await page.screenshot({ path: `${shots}/sign-in.png`, fullPage: true });
  const devTokens = await (await fetch(`${console_}dev-tokens.json`)).json();
  const bureauToken = devTokens.find((t) => t.label.startsWith('区教育局')).token;
  await page.getByRole('button', { name: /区教育局/ }).click();
  assert.equal(await page.evaluate(() => sessionStorage.length), 1, 'the token alone is kept, in sessionStorage');
  assert.equal(await page.evaluate(() => localStorage.length), 0, 'nothing in localStorage');

  const period = quarter();
  const statistics = (await api(bureauToken, `/statistics/organizations/${fixture.committee}/branches?period=${period}&page=0&size=10`)).body;
  // A district with one bureau committee opens it directly; with more, the bureau picks it from a list.
  const chooser = page.locator(`a[href="#/district/${fixture.committee}"]`);
  await page.locator('#ranking-table').or(chooser).waitFor();
  if (await chooser.isVisible()) await chooser.click();
  await page.locator('#ranking-table').waitFor();
  assert.equal(await page.locator('#district-name').textContent(), `${statistics.organizationName} · ${statistics.periodLabel}`);
  const t = statistics.totals;
  assert.equal(await page.locator('#total-branches').textContent(), String(t.branches));
  assert.equal(t.partyMembers, 5, 'the API counts the five members the test registered');
  assert.equal(await page.locator('#total-party-members').textContent(), String(t.partyMembers));
  assert.equal(await page.locator('#total-attendance').textContent(), rate(t.attendanceRate));
  assert.equal(await page.locator('#total-compliance').textContent(), rate(t.complianceRate));
  assert.equal(await page.locator('#total-falling-short').textContent(), String(t.branchesFallingShort));
  for (const branch of statistics.branches) {
    const row = page.locator(`#ranking-table tr[data-branch="${branch.branchId}"]`);
    assert.equal(await row.locator('td').first().textContent(), String(branch.rank));
    assert.equal(await row.locator('.attendance').textContent(), rate(branch.attendanceRate));
    assert.equal(await row.locator('.compliance').textContent(), rate(branch.complianceRate));
  }
  for (const shortfall of statistics.fallingShort) {
    const missed = await page.locator(`#falling-short-table tr[data-branch="${shortfall.branchId}"] .tag`).allTextContents();
    assert.deepEqual(missed, shortfall.missed.map((m) => `${m.unit} ${m.typeLabel}`));
  }
  // The trend chart (SVG, so its labels are text) has one point per month, the last being this month.
  await page.locator('#trend svg').waitFor();
  assert.ok((await page.locator('#trend').textContent()).includes(fixture.today.slice(0, 7)), 'the trend ends with this month');
  await page.locator('#by-status svg').waitFor();
  assert.ok((await page.locator('#by-status').textContent()).includes(`正式党员`), 'people by status');
  // All of the test's activities are in this month, so its point equals the period's rate (the chart rounds to 0.1).
  assert.ok((await page.locator('#trend').textContent()).includes(`${Math.round(Number(t.attendanceRate) * 1000) / 10}%`),
    'the trend shows this month\'s attendance');
  const steps = (await api(bureauToken, `/statistics/organizations/${fixture.committee}/development-steps`)).body;
  if (steps.persons > 0) assert.equal(await page.locator('#development-overdue').textContent(), String(steps.overdue));
  await page.screenshot({ path: `${shots}/district.png`, fullPage: true });

  step('bureau downloads the district summary and export');
  for (const [button, suffix] of [['#download-docx', '.docx'], ['#download-xlsx', '.xlsx']]) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
    assert.ok(download.suggestedFilename().endsWith(suffix), `${download.suggestedFilename()} ends with ${suffix}`);
    const bytes = await readFile(await download.path());
    assert.equal(bytes.subarray(0, 2).toString(), 'PK', `${suffix} is a zip`);
  }

  step('bureau drills down to a branch');
  await page.locator(`#ranking-table tr[data-branch="${fixture.lakeside}"] a`).click();
  await page.locator('#members-table').waitFor();
  await page.locator('#branch-name').filter({ hasText: /^东湖小学党支部$/ }).waitFor();
  await page.locator('#activities-table').waitFor();
  await page.screenshot({ path: `${shots}/branch-drilldown.png`, fullPage: true });

  // --- A school's secretary, with a pasted token --------------------------------------------------
  step('school signs in');
  await page.getByRole('button', { name: '退出' }).click();
  await page.locator('#paste-token').fill(fixture.schoolToken);
  await page.getByRole('button', { name: '使用此令牌登录' }).click();
  await page.locator('#members-table').waitFor();
  await page.locator('#branch-name').filter({ hasText: /^东湖小学党支部$/ }).waitFor();
  const roster = (await api(fixture.schoolToken, `/members?organizationId=${fixture.lakeside}&size=200&sort=fullName`)).body;
  assert.deepEqual(await page.locator('#members-table tbody td:first-child').allTextContents(), roster.items.map((m) => m.fullName));
  const before = (await api(fixture.schoolToken, `/statistics/branches/${fixture.lakeside}/period?period=${period}`)).body;
  const heldBefore = Object.values(before.activities).reduce((sum, a) => sum + a.held, 0);
  await page.locator('#branch-figures .figures').waitFor();
  assert.equal(await page.locator('#branch-held').textContent(), String(heldBefore));

  step('school submits an invalid record and sees the API\'s field error');
  await page.getByRole('link', { name: '记录已召开的会议' }).click();
  await page.getByLabel('活动').selectOption(fixture.planned);
  await page.getByLabel('召开日期').fill(tomorrow());
  await page.getByLabel('会议记录').fill('学习贯彻上级精神，讨论本学期工作安排。');
  await page.getByRole('button', { name: '保存记录' }).click();
  const invalid = await api(fixture.schoolToken, `/activities/${fixture.planned}/record`, {
    method: 'POST', body: JSON.stringify({ heldOn: tomorrow(), attendance: [] }),
  });
  assert.equal(invalid.status, 400);
  const apiMessage = invalid.body.errors.find((e) => e.field === 'heldOn').message;
  await page.locator('[data-error-for="heldOn"]').filter({ hasText: apiMessage }).waitFor();
  assert.equal(await page.locator('#heldOn').getAttribute('aria-invalid'), 'true');
  assert.equal(await page.locator('#form-error').textContent(), invalid.body.title);
  await page.screenshot({ path: `${shots}/record-invalid.png`, fullPage: true });

  step('school records the meeting');
  await page.getByLabel('召开日期').fill(fixture.today);
  await page.getByLabel('周明远', { exact: true }).selectOption('EXCUSED');
  await page.getByLabel('周明远的请假事由').fill('外出培训');
  await page.getByRole('button', { name: '保存记录' }).click();
  const row = page.locator(`#activities-table tr[data-activity="${fixture.planned}"]`);
  await row.waitFor();
  const activity = (await api(fixture.schoolToken, `/activities/${fixture.planned}`)).body;
  assert.equal(activity.status, 'HELD');
  assert.equal(await row.locator('.tag').textContent(), activity.statusLabel);
  assert.equal(await row.locator('td').last().textContent(), `${activity.figures.present}/${activity.figures.expected}`);
  assert.equal(activity.figures.expected, 3, '应到: the three members on the roster');

  step('the meeting reaches the statistics and the branch page');
  const after = await eventually(async () => {
    const s = (await api(fixture.schoolToken, `/statistics/branches/${fixture.lakeside}/period?period=${period}`)).body;
    assert.equal(Object.values(s.activities).reduce((sum, a) => sum + a.held, 0), heldBefore + 1);
    return s;
  }, 'reporting counts the recorded meeting');
  await page.reload();
  await page.locator('#branch-figures .figures').waitFor();
  assert.equal(await page.locator('#branch-held').textContent(), String(heldBefore + 1));
  assert.equal(await page.locator('#branch-compliance').textContent(), rate(after.compliance.rate));
  await page.screenshot({ path: `${shots}/branch-after-record.png`, fullPage: true });

  step('the branch page on a tablet');
  await page.setViewportSize({ width: 820, height: 1180 });
  await page.locator('#pipeline').waitFor();
  const [members, pipeline] = [await page.locator('#members').boundingBox(), await page.locator('#pipeline').boundingBox()];
  assert.ok(pipeline.y > members.y && Math.abs(pipeline.x - members.x) < 1, 'one column on a narrow screen');
  await page.screenshot({ path: `${shots}/branch-tablet.png`, fullPage: true });

  assert.deepEqual(problems, [], 'no script errors, policy violations or requests outside the gateway');
  step('passed');
} finally {
  await browser.close();
}
