// Active time on one task (docs/workforce.md, "Active time"): the time the annotator was working on it, measured in
// the workbench and sent with the submit or the skip (header Active-Millis); the server bounds it by the lease.
//
// Time counts only while all three hold: the page is visible (document.visibilityState), the window has the focus,
// and the annotator gave input (keydown, pointerdown, wheel, input) at most IDLE_MS ago. After the last input, time
// counts on for at most IDLE_MS (reading an item is work), then stops until the next input; a hidden page or a blur
// stops it at once. Showing a new task counts as input: its count starts at 0 and runs from the moment it appears.
//
// The clock is injectable: the module's default is performance.now(), a test sets another with useClock() (the
// module is one instance per page, so `await import('/app/pages/work/active-time.js')` reaches the workbench's).

export const IDLE_MS = 60_000;

const INPUT = ['keydown', 'pointerdown', 'wheel', 'input'];

let clockNow = () => performance.now();

/** Test hook: the clock every tracker reads from now on (a function returning milliseconds), or the default. */
export function useClock(now) {
  clockNow = now || (() => performance.now());
}

/**
 * Starts counting on this page; call stop() when the page goes. reset(ms) starts a task's count (ms: time already
 * counted on it before a reload), millis() is the count so far, a whole number of milliseconds.
 */
export function activeTime({ doc = document, win = window, idleMs = IDLE_MS } = {}) {
  let total = 0;
  let since = null; // start of the stretch being counted, or null while nothing counts
  let lastInput = -Infinity;
  let focused = doc.hasFocus();

  const visible = () => doc.visibilityState === 'visible';
  // What the open stretch counts up to t: until t, or until the idle threshold after the last input if sooner.
  const open = (t) => (since === null ? 0 : Math.max(0, Math.min(t, lastInput + idleMs) - since));
  const close = (t) => {
    total += open(t);
    since = null;
  };
  const activity = () => {
    const t = clockNow();
    focused = true; // input reaches only a page that has the focus
    if (!visible()) {
      return;
    }
    if (since !== null && t > lastInput + idleMs) {
      close(t); // idle longer than the threshold: the gap beyond it counts nothing
    }
    if (since === null) {
      since = t;
    }
    lastInput = t;
  };
  const pause = () => close(clockNow());
  const onVisibility = () => (visible() ? null : pause());
  const onBlur = () => {
    focused = false;
    pause();
  };
  const onFocus = () => {
    focused = true;
  };

  INPUT.forEach((type) => doc.addEventListener(type, activity, { capture: true, passive: true }));
  doc.addEventListener('visibilitychange', onVisibility);
  win.addEventListener('blur', onBlur);
  win.addEventListener('focus', onFocus);

  return {
    reset(already = 0) {
      total = Math.max(0, Math.round(already) || 0);
      since = null;
      lastInput = -Infinity;
      if (visible() && focused) {
        const t = clockNow();
        since = t;
        lastInput = t;
      }
    },
    millis() {
      return Math.round(total + open(clockNow()));
    },
    stop() {
      pause();
      INPUT.forEach((type) => doc.removeEventListener(type, activity, { capture: true }));
      doc.removeEventListener('visibilitychange', onVisibility);
      win.removeEventListener('blur', onBlur);
      win.removeEventListener('focus', onFocus);
    },
  };
}

/** A duration in milliseconds as hours, minutes and seconds (H:MM:SS), whole seconds counted. */
export function duration(millis) {
  const s = Math.floor((millis || 0) / 1000);
  return `${Math.floor(s / 3600)}:${String(Math.floor(s / 60) % 60).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}
