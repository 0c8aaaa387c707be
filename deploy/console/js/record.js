// Recording a held meeting: a planned activity (or one planned here), attendance from the branch's
// party members (应到), minutes. Field errors come from the API's problem+json and are shown next to
// their fields; the API, not this form, decides what is valid.
import { request, get, ApiError } from './api.js';
import { esc, today, ACTIVITY_TYPES, loading, failure } from './format.js';

const EXPECTED_STATUSES = ['FULL', 'PROBATIONARY'];

export async function renderRecordForm(view, branchId) {
  view.innerHTML = `<h1>记录已召开的会议</h1>${loading()}`;
  let planned, roster, branch;
  try {
    [branch, planned, roster] = await Promise.all([
      get(`/organizations/${branchId}`),
      get(`/activities?branchId=${branchId}&status=PLANNED&size=100&sort=plannedFor`),
      get(`/members?organizationId=${branchId}&size=200&sort=fullName`),
    ]);
  } catch (error) {
    view.innerHTML = `<h1>记录已召开的会议</h1>${failure(error)}`;
    return;
  }
  const expected = roster.items.filter((m) => EXPECTED_STATUSES.includes(m.politicalStatus));
  view.innerHTML = `
    <h1>记录已召开的会议 · ${esc(branch.name)}</h1>
    <form id="record-form" class="card" novalidate>
      <p id="form-error" class="form-error" role="alert"></p>
      <div class="field">
        <label for="activity">活动</label>
        <select id="activity" name="activity">
          ${planned.items.map((a) => `<option value="${a.id}">${esc(a.plannedFor)} ${esc(a.typeLabel)}：${esc(a.title)}</option>`).join('')}
          <option value="">新建计划并记录</option>
        </select>
      </div>
      <fieldset id="new-activity" ${planned.items.length ? 'hidden' : ''}>
        <legend>新建活动</legend>
        <div class="field"><label for="type">类型</label><select id="type" data-field="type">
          ${Object.entries(ACTIVITY_TYPES).map(([k, v]) => `<option value="${k}">${esc(v)}</option>`).join('')}</select>
          <span class="field-error" data-error-for="type"></span></div>
        <div class="field"><label for="title">主题</label><input id="title" data-field="title" size="40">
          <span class="field-error" data-error-for="title"></span></div>
        <div class="field"><label for="plannedFor">计划日期</label><input id="plannedFor" type="date" data-field="plannedFor" value="${today()}">
          <span class="field-error" data-error-for="plannedFor"></span></div>
      </fieldset>
      <div class="field"><label for="heldOn">召开日期</label><input id="heldOn" type="date" data-field="heldOn" value="${today()}">
        <span class="field-error" data-error-for="heldOn"></span></div>
      <div class="field"><label for="place">地点</label><input id="place" data-field="place" size="30">
        <span class="field-error" data-error-for="place"></span></div>
      <fieldset>
        <legend>出勤（应到 <span id="expected-count">${expected.length}</span> 人）</legend>
        ${expected.length === 0 ? '<p class="state empty">支部没有应到党员</p>' : `<table><thead><tr><th>姓名</th><th>出勤</th><th>请假事由</th></tr></thead><tbody>
        ${expected.map((m, i) => `<tr><td><label for="status-${i}">${esc(m.fullName)}</label></td>
          <td><select id="status-${i}" data-member="${m.id}" data-field="attendance[${i}].status">
            <option value="PRESENT">出席</option><option value="EXCUSED">请假</option><option value="ABSENT">缺席</option></select></td>
          <td><input id="reason-${i}" aria-label="${esc(m.fullName)}的请假事由" data-field="attendance[${i}].reason">
            <span class="field-error" data-error-for="attendance[${i}].reason"></span>
            <span class="field-error" data-error-for="attendance[${i}].status"></span></td></tr>`).join('')}
        </tbody></table>`}
        <span class="field-error" data-error-for="attendance"></span>
      </fieldset>
      <div class="field"><label for="minutes">会议记录</label><textarea id="minutes" data-field="minutes"></textarea>
        <span class="field-error" data-error-for="minutes"></span></div>
      <button type="submit" id="submit-record">保存记录</button>
      <a class="button secondary" href="#/branch/${branchId}">返回支部</a>
    </form>`;
  const form = view.querySelector('#record-form');
  const select = form.querySelector('#activity');
  select.addEventListener('change', () => { form.querySelector('#new-activity').hidden = select.value !== ''; });
  // An activity planned by a submission whose record then failed is kept, so a second try does not plan it twice.
  let plannedHere = null;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const button = form.querySelector('#submit-record');
    button.disabled = true;
    try {
      let activity = select.value ? planned.items.find((a) => a.id === select.value) : plannedHere;
      if (!activity) {
        activity = (await request('/activities', {
          method: 'POST', headers: { 'Idempotency-Key': crypto.randomUUID() },
          body: { organizationId: branchId, type: value(form, '#type'), title: value(form, '#title'), plannedFor: value(form, '#plannedFor') },
        })).body;
        plannedHere = activity;
      }
      await request(`/activities/${activity.id}/record`, {
        method: 'POST', headers: { 'If-Match': `"${activity.version}"` }, body: recordOf(form),
      });
      location.hash = `#/branch/${branchId}`;
    } catch (error) {
      showErrors(form, error);
    } finally {
      button.disabled = false;
    }
  });
}

function value(form, selector) {
  const v = form.querySelector(selector).value.trim();
  return v === '' ? null : v;
}

function recordOf(form) {
  const attendance = [...form.querySelectorAll('[data-member]')].map((select, i) => ({
    memberId: select.dataset.member, status: select.value, reason: value(form, `#reason-${i}`),
  }));
  return { heldOn: value(form, '#heldOn'), place: value(form, '#place'), minutes: value(form, '#minutes'), attendance };
}

function clearErrors(form) {
  form.querySelector('#form-error').textContent = '';
  form.querySelectorAll('[data-error-for]').forEach((e) => { e.textContent = ''; });
  form.querySelectorAll('[aria-invalid]').forEach((e) => e.removeAttribute('aria-invalid'));
}

/** Each field error next to its field; what names no field here (a rule refusal, say) above the form. */
function showErrors(form, error) {
  const unplaced = [];
  if (error instanceof ApiError) {
    for (const [field, message] of Object.entries(error.fieldErrors())) {
      const slot = form.querySelector(`[data-error-for="${CSS.escape(field)}"]`);
      if (slot) {
        slot.textContent = message;
        form.querySelector(`[data-field="${CSS.escape(field)}"]`)?.setAttribute('aria-invalid', 'true');
      } else {
        unplaced.push(`${field}：${message}`);
      }
    }
  }
  const summary = error.problem?.title ?? error.message;
  form.querySelector('#form-error').textContent = unplaced.length ? `${summary}（${unplaced.join('；')}）` : summary;
  (form.querySelector('[aria-invalid]') ?? form.querySelector('#form-error')).focus?.();
}
