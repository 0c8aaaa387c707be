// Sign-in. Locally the gateway serves dev-tokens.json (written by deploy/local/run.sh, served only by
// the local gateway's extra configuration); elsewhere that file does not exist and only the note about
// the identity provider shows.
import { session } from './api.js';
import { esc } from './format.js';

export async function renderSignIn(view, afterSignIn) {
  let tokens = null;
  try {
    const response = await fetch('dev-tokens.json', { cache: 'no-store' });
    if (response.ok) tokens = await response.json();
  } catch {
    tokens = null;
  }
  view.innerHTML = `
    <h1>登录</h1>
    ${tokens ? `
    <section class="card dev" id="dev-sign-in">
      <h2>开发环境登录</h2>
      <p>仅用于本地开发环境（deploy/local/run.sh 生成的开发令牌）；生产配置中没有此入口。</p>
      <div class="toolbar">
        ${tokens.map((t, i) => `<button type="button" data-token="${i}">${esc(t.label)}</button>`).join('')}
      </div>
      <form id="paste-form">
        <div class="field">
          <label for="paste-token">或粘贴一个开发令牌</label>
          <textarea id="paste-token" rows="3" required></textarea>
        </div>
        <button type="submit">使用此令牌登录</button>
      </form>
    </section>` : `
    <section class="card">
      <p>生产环境的统一身份认证（OIDC 授权码 + PKCE）尚未接入本控制台。</p>
    </section>`}`;
  view.querySelectorAll('[data-token]').forEach((button) => button.addEventListener('click', () => {
    session.signIn(tokens[Number(button.dataset.token)].token);
    afterSignIn();
  }));
  view.querySelector('#paste-form')?.addEventListener('submit', (event) => {
    event.preventDefault();
    session.signIn(view.querySelector('#paste-token').value);
    afterSignIn();
  });
}

/** Where a role starts: bureaus, auditors and administrators at the district, schools at their branch. */
export function homeOf(claims) {
  const groups = claims?.groups ?? [];
  if (groups.includes('school')) return '#/school';
  if (groups.some((g) => ['bureau', 'auditor', 'platform-admin'].includes(g))) return '#/district';
  return '#/sign-in';
}

export function describe(claims) {
  const groups = claims?.groups ?? [];
  if (groups.includes('platform-admin')) return '平台管理员';
  if (groups.includes('bureau')) return `区教育局（${(claims.districts ?? []).join('、')}）`;
  if (groups.includes('auditor')) return `审计（${(claims.districts ?? []).join('、')}）`;
  if (groups.includes('school')) return '学校党支部书记';
  return '';
}
