// A branch secretary's page: figures of the current quarter, what is due, activities planned and
// held, the members (masked as the API masks them) and the development pipeline.
import { get } from './api.js';
import { esc, rate, date, currentQuarter, loading, empty, failure, fill, instant } from './format.js';

/** A school's token names its organisations: one branch opens directly, otherwise its branches are listed. */
export async function renderSchool(view, claims) {
  view.innerHTML = `<h1>我的党组织</h1>${loading()}`;
  try {
    const organizations = await Promise.all((claims.organizations ?? []).map((id) => get(`/organizations/${id}`)));
    const branches = organizations.filter((o) => o.type === 'BRANCH' || o.type === 'JOINT_BRANCH');
    if (organizations.length === 1 && branches.length === 1) {
      location.hash = `#/branch/${branches[0].id}`;
      return;
    }
    const below = await Promise.all(organizations.filter((o) => !branches.includes(o))
      .map((o) => get(`/organizations?subtreeOf=${o.id}&type=BRANCH&size=100&sort=name`)));
    const all = [...branches, ...below.flatMap((p) => p.items)];
    view.innerHTML = `<h1>我的党组织</h1><section class="card">${all.length === 0 ? empty('没有可管理的党支部')
      : `<ul>${all.map((b) => `<li><a href="#/branch/${b.id}">${esc(b.name)}</a></li>`).join('')}</ul>`}</section>`;
  } catch (error) {
    view.innerHTML = `<h1>我的党组织</h1>${failure(error)}`;
  }
}

export async function renderBranch(view, branchId) {
  const period = currentQuarter();
  view.innerHTML = `
    <h1 id="branch-name">党支部</h1>
    <div class="toolbar"><a class="button" id="record-meeting" href="#/branch/${branchId}/record">记录已召开的会议</a></div>
    <section class="card"><h2>本季度（${esc(period)}）</h2><div id="branch-figures">${loading()}</div></section>
    <section class="card"><h2>待办事项</h2><div id="due">${loading()}</div></section>
    <section class="card"><h2>活动（计划与已召开）</h2><div id="activities">${loading()}</div></section>
    <div class="grid">
      <section class="card"><h2>党员名册</h2><div id="members">${loading()}</div></section>
      <section class="card"><h2>发展党员</h2><div id="pipeline">${loading()}</div></section>
    </div>`;
  get(`/organizations/${branchId}`).then((o) => { view.querySelector('#branch-name').textContent = o.name; },
    (error) => { view.querySelector('#branch-name').insertAdjacentHTML('afterend', failure(error)); });
  fill(view.querySelector('#branch-figures'), get(`/statistics/branches/${branchId}/period?period=${period}`), figures);
  fill(view.querySelector('#due'), get(`/statistics/branches/${branchId}/due`), due);
  fill(view.querySelector('#activities'), get(`/activities?branchId=${branchId}&size=50&sort=plannedFor,desc`), activities);
  fill(view.querySelector('#members'), get(`/members?organizationId=${branchId}&size=200&sort=fullName`), members);
  fill(view.querySelector('#pipeline'), get(`/statistics/branches/${branchId}/pipeline`), pipeline);
}

function figures(s) {
  const held = Object.values(s.activities ?? {}).reduce((sum, a) => sum + a.held, 0);
  const expected = Object.values(s.activities ?? {}).reduce((sum, a) => sum + a.expected, 0);
  const present = Object.values(s.activities ?? {}).reduce((sum, a) => sum + a.present, 0);
  return `<div class="figures">
    <div class="figure"><div class="value" id="branch-party-members">${s.members.partyMembers}</div><div class="label">党员（含预备）</div></div>
    <div class="figure"><div class="value" id="branch-held">${held}</div><div class="label">已召开活动</div></div>
    <div class="figure"><div class="value" id="branch-attendance">${expected ? rate(present / expected) : '—'}</div><div class="label">出勤率（实到 ${present} / 应到 ${expected}）</div></div>
    <div class="figure"><div class="value" id="branch-compliance">${rate(s.compliance.rate)}</div><div class="label">三会一课达标（${s.compliance.met}/${s.compliance.required}）</div></div>
  </div><p class="state">数据截至 ${esc(instant(s.asOf))}</p>`;
}

function due(list) {
  if (list.items.length === 0) return empty('当前没有待办事项');
  return `<ul id="due-list">${list.items.map((i) => `<li class="${i.urgent ? 'urgent' : ''}">${esc(i.text)}
    <span class="state">（${date(i.dueOn)}）</span></li>`).join('')}</ul>`;
}

function activities(page) {
  if (page.items.length === 0) return empty('还没有活动记录');
  return `<table id="activities-table"><thead><tr><th>日期</th><th>类型</th><th>主题</th><th>状态</th><th>实到/应到</th></tr></thead><tbody>
    ${page.items.map((a) => `<tr data-activity="${a.id}"><td>${date(a.heldOn ?? a.plannedFor)}</td><td>${esc(a.typeLabel)}</td>
      <td>${esc(a.title)}</td><td><span class="tag ${a.status === 'HELD' ? 'good' : ''}">${esc(a.statusLabel)}</span></td>
      <td>${a.figures ? `${a.figures.present}/${a.figures.expected}` : '—'}</td></tr>`).join('')}
  </tbody></table>`;
}

function members(page) {
  if (page.items.length === 0) return empty('支部还没有党员');
  return `<table id="members-table"><thead><tr><th>姓名</th><th>政治面貌</th><th>性别</th><th>联系电话</th></tr></thead><tbody>
    ${page.items.map((m) => `<tr><td>${esc(m.fullName)}</td><td>${esc(m.politicalStatusLabel)}</td><td>${esc(m.genderLabel)}</td>
      <td>${esc(m.phoneMasked ?? '—')}</td></tr>`).join('')}
  </tbody></table>${page.total > page.items.length ? `<p class="state">共 ${page.total} 人，显示前 ${page.items.length} 人</p>` : ''}`;
}

function pipeline(p) {
  if (p.stages.length === 0) return empty('没有正在发展的人员');
  return `<table id="pipeline-table"><thead><tr><th>姓名</th><th>阶段</th><th>下一时限</th></tr></thead><tbody>
    ${p.stages.map((s) => `<tr><td>${esc(s.fullName)}</td><td>${esc(s.currentStepLabel ?? s.status)}（${date(s.since)}起）</td>
      <td class="${s.nextStepOverdue ? 'urgent' : ''}">${s.nextStepLabel ? `${esc(s.nextStepLabel)} ${date(s.nextStepDueOn)}${s.nextStepOverdue ? ' 已逾期' : ''}` : '—'}</td></tr>`).join('')}
  </tbody></table>`;
}
