// Formatting shared by the views: HTML escaping, business dates in Asia/Shanghai, rates, labels.
const ZONE = 'Asia/Shanghai';

export function esc(value) {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

/** Today in business time, YYYY-MM-DD. */
export function today() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** The current quarter in business time, e.g. 2026-Q4. */
export function currentQuarter() {
  const [year, month] = today().split('-').map(Number);
  return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
}

/** A calendar date (YYYY-MM-DD) as 2026年9月8日. */
export function date(value) {
  if (!value) return '—';
  const [y, m, d] = value.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** An instant shown in Asia/Shanghai. */
export function instant(value) {
  if (!value) return '—';
  return new Intl.DateTimeFormat('zh-CN', { timeZone: ZONE, dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value));
}

export function rate(value) {
  return value === null || value === undefined ? '—' : `${(Number(value) * 100).toFixed(1)}%`;
}

/** The months (YYYY-MM) of the n months ending with the month of the given date. */
export function monthsEnding(isoDate, n) {
  let [year, month] = isoDate.split('-').map(Number);
  const months = [];
  for (let i = 0; i < n; i++) {
    months.unshift(`${year}-${String(month).padStart(2, '0')}`);
    month -= 1;
    if (month === 0) { month = 12; year -= 1; }
  }
  return months;
}

export const STATUS_LABELS = {
  APPLICANT: '入党申请人', ACTIVIST: '入党积极分子', CANDIDATE: '发展对象', PROBATIONARY: '预备党员', FULL: '正式党员',
};

export const ACTIVITY_TYPES = {
  GENERAL_MEETING: '支部党员大会', COMMITTEE_MEETING: '支部委员会', PARTY_LECTURE: '党课', THEME_DAY: '主题党日',
  ORGANIZATIONAL_LIFE_MEETING: '组织生活会', STUDY_SESSION: '理论学习', FIELD_VISIT: '参观/实践', VOLUNTEER_SERVICE: '志愿服务',
};

export function loading(text = '加载中…') {
  return `<p class="state loading">${esc(text)}</p>`;
}

export function empty(text) {
  return `<p class="state empty">${esc(text)}</p>`;
}

export function failure(error) {
  return `<p class="state error" role="alert">加载失败：${esc(error.message)}</p>`;
}

/** Fills a section's body from a promise, with its loading, empty and error states. */
export async function fill(element, promise, render) {
  element.innerHTML = loading();
  try {
    element.innerHTML = render(await promise);
  } catch (error) {
    element.innerHTML = failure(error);
  }
}
