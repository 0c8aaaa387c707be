// The public /api/v1 through the same gateway that serves the console, with the signed-in token.
// The token lives in sessionStorage only: it goes when the tab closes, and nothing else is stored.
const TOKEN_KEY = 'partybranch.console.token';

export const session = {
  token: () => sessionStorage.getItem(TOKEN_KEY),
  signIn: (token) => sessionStorage.setItem(TOKEN_KEY, token.trim()),
  signOut: () => sessionStorage.removeItem(TOKEN_KEY),
  /** The token's claims (not verified here: the services verify every call). */
  claims() {
    const token = session.token();
    if (!token) return null;
    try {
      const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
      const json = new TextDecoder().decode(Uint8Array.from(atob(payload), (c) => c.charCodeAt(0)));
      return JSON.parse(json);
    } catch {
      return null;
    }
  },
};

/** An answer other than 2xx; problem is the problem+json body when there is one. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.title ? `${problem.title}${problem.detail ? '：' + problem.detail : ''}` : `请求失败（HTTP ${status}）`);
    this.status = status;
    this.problem = problem;
  }
  /** field name to message, from the problem's errors */
  fieldErrors() {
    return Object.fromEntries((this.problem?.errors ?? []).map((e) => [e.field, e.message]));
  }
}

export async function request(path, { method = 'GET', body, headers = {} } = {}) {
  const init = { method, headers: { Accept: 'application/json', ...headers } };
  const token = session.token();
  if (token) init.headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const response = await fetch(`/api/v1${path}`, init);
  if (!response.ok) throw await refusal(response);
  return { body: await json(response), etag: response.headers.get('ETag') };
}

/** The body as JSON; null when there is none or it is not JSON. */
async function json(response) {
  const text = await response.text();
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

/** A non-2xx answer as an ApiError; a 401 (the token expired or was refused) also signs out. */
async function refusal(response) {
  if (response.status === 401) {
    session.signOut();
    location.hash = '#/sign-in';
  }
  return new ApiError(response.status, await json(response));
}

export const get = async (path) => (await request(path)).body;

/** Downloads a document with the token (a plain link could not send it) under the server's file name. */
export async function download(path, fallbackName) {
  const response = await fetch(`/api/v1${path}`, { headers: { Authorization: `Bearer ${session.token()}` } });
  if (!response.ok) throw await refusal(response);
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const match = /filename\*=UTF-8''([^;]+)/i.exec(disposition) ?? /filename="?([^";]+)"?/i.exec(disposition);
  const name = match ? decodeURIComponent(match[1]) : fallbackName;
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return name;
}
