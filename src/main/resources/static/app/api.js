// The UI talks to the same public REST API as any other client. This module adds what a browser session needs:
// the CSRF header on state-changing calls, problem+json errors as exceptions, and a redirect to the login page when
// the session has ended.

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** An API error: the RFC 9457 problem document plus the HTTP status. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `The server answered ${status}.`);
    this.status = status;
    this.problem = problem || {};
    this.field = this.problem.field || null;
    this.line = this.problem.line ?? null;
  }
}

export function csrfToken() {
  const cookie = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

function toLogin() {
  window.location.assign('/login');
}

async function problemOf(response) {
  const type = response.headers.get('Content-Type') || '';
  if (type.includes('json')) {
    try {
      return await response.json();
    } catch {
      return null;
    }
  }
  return null;
}

/**
 * Calls the API. {@code body} objects are sent as JSON. Resolves to the parsed JSON body, or null for 204.
 */
export async function api(path, { method = 'GET', body, headers = {} } = {}) {
  const init = { method, headers: { Accept: 'application/json, application/problem+json', ...headers }, credentials: 'same-origin' };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  if (UNSAFE.has(method)) {
    init.headers['X-XSRF-TOKEN'] = csrfToken();
  }
  const response = await fetch(path, init);
  if (response.status === 401) {
    toLogin();
    throw new ApiError(401, { detail: 'Your session has ended. Log in again.' });
  }
  if (!response.ok) {
    throw new ApiError(response.status, await problemOf(response));
  }
  if (response.status === 204) {
    return null;
  }
  const type = response.headers.get('Content-Type') || '';
  return type.includes('json') ? response.json() : response.text();
}

/**
 * Uploads a file as the raw request body with XMLHttpRequest, whose upload events (unlike fetch's) report progress.
 * {@code onProgress} receives a fraction from 0 to 1. Without {@code contentType}, an items file: a JSON array for a
 * .json name, else JSON Lines.
 */
export function upload(path, file, onProgress, contentType) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    const isArray = file.name.toLowerCase().endsWith('.json');
    xhr.setRequestHeader('Content-Type', contentType || (isArray ? 'application/json' : 'application/x-ndjson'));
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    xhr.setRequestHeader('X-XSRF-TOKEN', csrfToken());
    xhr.upload.addEventListener('progress', (e) => {
      if (e.lengthComputable) {
        onProgress(e.loaded / e.total);
      }
    });
    xhr.addEventListener('load', () => {
      let body = null;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        body = null;
      }
      if (xhr.status === 401) {
        toLogin();
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(body);
      } else {
        reject(new ApiError(xhr.status, body));
      }
    });
    xhr.addEventListener('error', () => reject(new ApiError(0, { detail: 'The upload did not reach the server. Check the connection and try again.' })));
    xhr.addEventListener('abort', () => reject(new ApiError(0, { detail: 'The upload was cancelled.' })));
    xhr.send(file);
  });
}

/** Logs out (POST /logout with the CSRF header) and goes to the login page. */
export async function logout() {
  await fetch('/logout', { method: 'POST', headers: { 'X-XSRF-TOKEN': csrfToken() }, credentials: 'same-origin' });
  window.location.assign('/login?logout');
}

let me = null;
/** The caller (GET /api/v1/me), fetched once per page load. */
export async function currentUser() {
  if (!me) {
    me = api('/api/v1/me');
  }
  return me;
}

export function canCreateProjects(user) {
  return user && user.orgKind === 'CUSTOMER' && user.roles.some((r) => r === 'ADMIN' || r === 'MANAGER');
}
