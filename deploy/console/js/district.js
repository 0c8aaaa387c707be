// A bureau's district at a glance for a period: totals, trend, members by status, the compliance
// ranking (paged), branches falling short, development steps overdue, and the district's documents.
import { get, download } from './api.js';
import { esc, rate, currentQuarter, today, monthsEnding, STATUS_LABELS, loading, empty, failure, fill, instant } from './format.js';
import { lineChart, barChart } from './charts.js';

const PAGE_SIZE = 10;

/** The root organisations the caller may see (a bureau's district committee); one opens directly. */
export async function renderDistrictChooser(view) {
  view.innerHTML = `<h1>选择组织</h1>${loading()}`;
  try {
    const page = await get('/organizations?type=ORG_PARTY_COMMITTEE&size=100&sort=name');
    const roots = page.items.filter((o) => !o.parentId);
    if (roots.length === 1) {
      location.hash = `#/district/${roots[0].id}`;
      return;
    }
    view.innerHTML = `<h1>选择组织</h1><section class="card">${roots.length === 0 ? empty('没有可查看的上级党组织') : `<ul>${roots
      .map((o) => `<li><a href="#/district/${o.id}">${esc(o.name)}</a>（${esc(o.districtCode)}）</li>`).join('')}</ul>`}</section>`;
  } catch (error) {
    view.innerHTML = `<h1>选择组织</h1>${failure(error)}`;
  }
}

export async function renderDistrict(view, organizationId, period = currentQuarter(), page = 0) {
  const base = `/statistics/organizations/${organizationId}`;
  view.innerHTML = `
    <h1 id="district-name">区域概览</h1>
    <form class="toolbar" id="period-form">
      <div><label for="period">统计期间（如 2026、2026-Q3、2026-09）</label>
        <input id="period" name="period" value="${esc(period)}" required pattern="\\d{4}(-Q[1-4]|-S[12]|-\\d{2})?"></div>
      <button type="submit">查询</button>
      <button type="button" class="secondary" id="download-docx">下载工作总结（Word）</button>
      <button type="button" class="secondary" id="download-xlsx">导出统计表（Excel）</button>
      <span id="download-state" class="state" role="status"></span>
    </form>
    <div id="totals">${loading()}</div>
    <div class="grid">
      <section class="card"><h2>出勤率与达标率（按月）</h2><div id="trend" class="chart" role="img" aria-label="出勤率与达标率趋势图"></div></section>
      <section class="card"><h2>人员构成（期末）</h2><div id="by-status" class="chart" role="img" aria-label="人员按政治面貌统计：积极分子、发展对象、预备党员、正式党员"></div></section>
    </div>
    <section class="card"><h2>三会一课达标排名</h2><div id="ranking">${loading()}</div></section>
    <section class="card"><h2>未达标支部</h2><div id="falling-short">${loading()}</div></section>
    <section class="card"><h2>发展党员时限逾期</h2><div id="development">${loading()}</div></section>`;
  view.querySelector('#period-form').addEventListener('submit', (event) => {
    event.preventDefault();
    location.hash = `#/district/${organizationId}/${encodeURIComponent(view.querySelector('#period').value.trim())}/0`;
  });
  const status = view.querySelector('#download-state');
  const offer = (button, path, name) => view.querySelector(button).addEventListener('click', async () => {
    status.textContent = '正在生成…';
    try {
      status.textContent = `已下载 ${await download(path, name)}`;
    } catch (error) {
      status.textContent = `下载失败：${error.message}`;
    }
  });
  const query = `period=${encodeURIComponent(period)}`;
  offer('#download-docx', `/summaries/organizations/${organizationId}?${query}&format=docx`, `工作总结-${period}.docx`);
  offer('#download-xlsx', `/exports/organizations/${organizationId}?${query}`, `统计表-${period}.xlsx`);

  let statistics;
  try {
    statistics = await get(`${base}/branches?${query}&page=${page}&size=${PAGE_SIZE}`);
  } catch (error) {
    view.querySelector('#totals').innerHTML = failure(error);
    ['#ranking', '#falling-short', '#development'].forEach((s) => { view.querySelector(s).innerHTML = ''; });
    return;
  }
  view.querySelector('#district-name').textContent = `${statistics.organizationName} · ${statistics.periodLabel}`;
  view.querySelector('#totals').innerHTML = totals(statistics);
  view.querySelector('#ranking').innerHTML = ranking(statistics, organizationId, period, page);
  view.querySelector('#falling-short').innerHTML = fallingShort(statistics);
  const t = statistics.totals;
  barChart(view.querySelector('#by-status'), ['ACTIVIST', 'CANDIDATE', 'PROBATIONARY', 'FULL'].map((s) => STATUS_LABELS[s]),
    [t.activists, t.candidates, t.probationary, t.partyMembers - t.probationary]);
  drawTrend(view.querySelector('#trend'), base, statistics.to);
  fill(view.querySelector('#development'), get(`${base}/development-steps`), developmentSteps);
}

function figure(id, label, value) {
  return `<div class="figure"><div class="value" id="${id}">${esc(value)}</div><div class="label">${esc(label)}</div></div>`;
}

function totals({ totals: t, asOf }) {
  return `<div class="figures">
    ${figure('total-branches', '支部数', t.branches)}
    ${figure('total-party-members', '党员（含预备）', t.partyMembers)}
    ${figure('total-probationary', '预备党员', t.probationary)}
    ${figure('total-attendance', '出勤率', rate(t.attendanceRate))}
    ${figure('total-compliance', '三会一课达标率', rate(t.complianceRate))}
    ${figure('total-falling-short', '未达标支部', t.branchesFallingShort)}
    ${figure('total-terms', '换届到期/逾期', `${t.termsEnding}/${t.termsOverdue}`)}
  </div><p class="state">数据截至 ${esc(instant(asOf))}</p>`;
}

function ranking(statistics, organizationId, period, page) {
  if (statistics.branches.length === 0) return empty('该期间没有支部数据');
  const pages = Math.max(1, Math.ceil(statistics.totals.branches / PAGE_SIZE));
  const link = (p) => `#/district/${organizationId}/${encodeURIComponent(period)}/${p}`;
  return `<table id="ranking-table"><thead><tr><th>名次</th><th>支部</th><th>党员</th><th>出勤率</th><th>达标</th><th>达标率</th></tr></thead><tbody>
    ${statistics.branches.map((b) => `<tr data-branch="${b.branchId}"><td>${b.rank}</td>
      <td><a href="#/branch/${b.branchId}">${esc(b.branchName)}</a></td><td>${b.partyMembers}</td>
      <td class="attendance">${rate(b.attendanceRate)}</td><td>${b.complianceMet}/${b.complianceRequired}</td>
      <td class="compliance">${rate(b.complianceRate)}</td></tr>`).join('')}
  </tbody></table>
  <nav class="pager" aria-label="排名分页">
    ${page > 0 ? `<a class="button secondary" href="${link(page - 1)}">上一页</a>` : ''}
    <span>第 ${page + 1} / ${pages} 页</span>
    ${page + 1 < pages ? `<a class="button secondary" href="${link(page + 1)}">下一页</a>` : ''}
  </nav>`;
}

function fallingShort(statistics) {
  if (statistics.fallingShort.length === 0) return empty('本页支部均已达标');
  return `<table id="falling-short-table"><thead><tr><th>支部</th><th>达标率</th><th>未完成</th></tr></thead><tbody>
    ${statistics.fallingShort.map((s) => `<tr data-branch="${s.branchId}"><td><a href="#/branch/${s.branchId}">${esc(s.branchName)}</a></td>
      <td>${rate(s.complianceRate)}</td><td>${s.missed.map((m) => `<span class="tag bad">${esc(m.unit)} ${esc(m.typeLabel)}</span>`).join(' ')}</td></tr>`).join('')}
  </tbody></table>`;
}

function developmentSteps(steps) {
  if (steps.persons === 0) return empty('没有正在发展的人员');
  const rows = steps.overdueByStep.map((s) => `<tr><td>${esc(s.stepLabel)}</td><td>${s.persons}</td></tr>`).join('');
  return `<p>发展中 ${steps.persons} 人，时限逾期 <strong id="development-overdue">${steps.overdue}</strong> 项（${esc(steps.asOf)}）</p>
    ${rows ? `<table><thead><tr><th>环节</th><th>逾期人数</th></tr></thead><tbody>${rows}</tbody></table>` : ''}`;
}

/** One subtree call per month (size 1: only the totals are needed), the six months up to the period's end or today. */
async function drawTrend(element, base, periodEnd) {
  const end = periodEnd < today() ? periodEnd : today();
  const months = monthsEnding(end, 6);
  try {
    const figures = await Promise.all(months.map((m) => get(`${base}/branches?period=${m}&size=1`)));
    const percent = (v) => (v === null || v === undefined ? null : Math.round(Number(v) * 1000) / 10);
    lineChart(element, months, [
      { name: '出勤率', data: figures.map((f) => percent(f.totals.attendanceRate)) },
      { name: '达标率', data: figures.map((f) => percent(f.totals.complianceRate)) },
    ]);
  } catch (error) {
    element.innerHTML = failure(error);
  }
}
