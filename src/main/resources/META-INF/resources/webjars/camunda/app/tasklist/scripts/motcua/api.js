// Motcua: what the desk's Tasklist scripts read from the application's API (README: 'Tasklist: the
// dossier card and the search'), with the user's Tasklist session. Plain DOM and fetch, no Camunda code.

/** The application's root (Tasklist runs under <root>/camunda/app/tasklist/...). */
export const ROOT = (() => {
  const base = document.querySelector('base');
  const appRoot = base && base.getAttribute('app-root');
  return appRoot ? appRoot.replace(/\/camunda\/?$/, '') : '';
})();

/** Camunda's REST API for the webapps, with the user's session: <app-root>/api/engine/engine/default. */
export const ENGINE_API = (() => {
  const base = document.querySelector('base');
  const engineApi = base && base.getAttribute('engine-api');
  return (engineApi || '/camunda/api/engine/') + 'engine/default';
})();

/** The webapp session's CSRF token: a write under /api with the session must carry it. */
function csrfToken() {
  const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
  return match ? decodeURIComponent(match[1]) : '';
}

/** A failed call: its HTTP status and the problem's detail (Vietnamese), if the server sent one. */
export class ApiError extends Error {
  constructor(status, detail) {
    super(detail || ('Lỗi ' + status));
    this.status = status;
  }
}

async function failure(response) {
  let detail = null;
  try {
    const problem = await response.json();
    detail = problem.detail || null;
  } catch (e) {
    // not JSON: the status says enough
  }
  return new ApiError(response.status, detail);
}

export function getJson(path) {
  return getJsonAt(ROOT + path);
}

export async function getJsonAt(url) {
  const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw await failure(response);
  }
  return response.json();
}

export async function postForm(path, formData) {
  const response = await fetch(ROOT + path, {
    method: 'POST', credentials: 'same-origin', body: formData,
    headers: { Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken() }
  });
  if (!response.ok) {
    throw await failure(response);
  }
  return response.json().catch(() => null);
}

export function href(path) {
  return ROOT + path;
}

const MOMENT = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit', year: 'numeric'
});

/** A moment as officers read it: 17:00 15/12/2026 (Vietnam time). */
export function moment(iso) {
  if (!iso) {
    return '—';
  }
  const parts = Object.fromEntries(MOMENT.formatToParts(new Date(iso)).map(p => [p.type, p.value]));
  return `${parts.hour}:${parts.minute} ${parts.day}/${parts.month}/${parts.year}`;
}

/** Working hours as days of 8 hours and hours: "còn 2 ngày 3 giờ làm việc", or how long it is overdue. */
export function workingTimeLeft(hours) {
  if (hours == null) {
    return '';
  }
  const late = hours < 0;
  const total = Math.round(Math.abs(hours) * 60);
  const days = Math.floor(total / 480);
  const h = Math.floor((total % 480) / 60);
  const m = total % 60;
  const parts = [];
  if (days) parts.push(days + ' ngày');
  if (h) parts.push(h + ' giờ');
  if (m) parts.push(m + ' phút');
  const text = parts.length ? parts.join(' ') : '0 giờ';
  return late ? 'quá hạn ' + text + ' làm việc' : 'còn ' + text + ' làm việc';
}

/** An element with optional text, class and data-test attribute. */
export function el(tag, text, className, test) {
  const node = document.createElement(tag);
  if (text != null) node.textContent = text;
  if (className) node.className = className;
  if (test) node.setAttribute('data-test', test);
  return node;
}

export function fileSize(bytes) {
  if (bytes == null) return '';
  if (bytes < 1024) return bytes + ' B';
  if (bytes < 1024 * 1024) return (bytes / 1024).toFixed(0) + ' KB';
  return (bytes / 1024 / 1024).toFixed(1) + ' MB';
}
