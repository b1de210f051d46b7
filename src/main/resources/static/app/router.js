// Client-side navigation with the History API; the app shell (main.js) listens for 'annota:navigate'.

/** Navigates inside the app without reloading the page. */
export function navigate(path) {
  if (path !== window.location.pathname + window.location.search) {
    window.history.pushState({}, '', path);
  }
  window.dispatchEvent(new Event('annota:navigate'));
}

/** Formats an instant as a short local date and time. */
export function when(instant) {
  if (!instant) {
    return '';
  }
  return new Date(instant).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
