// The base of every page: it owns the loading, error and empty states, so a page only says what it fetches (load)
// and what it shows (renderBody, renderEmpty). Light DOM: the one stylesheet, /app/annota.css, styles every page.
import { html, nothing } from 'lit';
import { LightElement } from '../light-element.js';

/**
 * An error as the UI shows it: the RFC 9457 problem's detail (ApiError.message), and the field or line it names. A
 * string is shown as it is. {@code cls} is 'error' for a page's error, 'field-error' under a form; {@code where}
 * false leaves out the field and line (an error shown next to the very field it names).
 */
export function problem(error, { id, cls = 'error', where: placed = true } = {}) {
  if (!error) {
    return nothing;
  }
  const { message, field, line } = typeof error === 'string' ? { message: error } : error;
  const where = placed ? [field ? html`field <code>${field}</code>` : null, line != null ? `line ${line}` : null].filter(Boolean) : [];
  return html`<p class=${cls} role="alert" id=${id ?? nothing}>${message}${where.length
    ? html` <small class="problem-where">(${where.map((w, i) => html`${i ? ', ' : ''}${w}`)})</small>` : ''}</p>`;
}

/**
 * A page's own reactive state, each name written once with its value when the page is made (without a build step
 * there are no {@code @state()} fields): {@code static properties = state({ rows: null, busy: false })}, or
 * {@code { projectId: {}, ...state({...}) }} next to public properties. Each is Lit internal state; Page's
 * constructor sets a copy of each value, so no two pages share an array or an object. A public property's value
 * until its owner sets one is written the same way: {@code questions: { type: Array, initial: [] }}.
 */
export function state(initial) {
  return Object.fromEntries(Object.entries(initial).map(([name, value]) => [name, { state: true, initial: value }]));
}

/**
 * Pages and controls are DOM elements: a method named like an Element method (remove, append, before, after, focus…)
 * overrides it, and the browser or Lit calls it — Lit calls remove() when a route changes.
 */
export class Page extends LightElement {
  static properties = state({
    loading: false,
    loaded: false,
    error: null,
    // A form's error, shown under it, and its "Saved." note: sendForm and saveInPlace keep them here unless told other names.
    formError: null,
    saved: false,
  });

  /**
   * The page's section: its classes, and its id once loaded (the tests and the styles find a loaded page by it). The
   * error's id, and where a page that could not load offers to go instead.
   */
  static frame = { cls: 'page', id: null, errorId: 'page-error' };

  constructor() {
    super();
    // Lit lists the properties of the page's class and of every class above it, those above first.
    for (const [name, options] of this.constructor.elementProperties) {
      if ('initial' in options) {
        this[name] = structuredClone(options.initial);
      }
    }
  }

  connectedCallback() {
    super.connectedCallback();
    this.reload();
  }

  /** Fetches what the page shows into its properties; a rejection becomes the page's error. */
  async load() {}

  /** The message for a failed load or action: the problem itself; project and administration pages explain refusals. */
  failure(e) {
    return e;
  }

  /** Runs load() and keeps its outcome: the page's error, or a loaded page (whose earlier error is gone). */
  async reload() {
    this.loading = true;
    try {
      await this.load();
      this.error = null;
      this.loaded = true;
    } catch (e) {
      this.error = this.failure(e);
    } finally {
      this.loading = false;
    }
  }

  /**
   * Sends a form of the page: clears the form's error (the state named {@code error}), awaits
   * {@code request(form.elements)}, empties the form, hands the answer to {@code done} and reloads the page; a refused
   * request becomes the form's error, shown under it. The form is emptied before the page shows the answer, which may
   * stand in the form (a setup link). Whether it was sent.
   */
  async sendForm(e, request, { done = () => {}, error = 'formError' } = {}) {
    e.preventDefault();
    const form = e.target;
    this[error] = null;
    let answer;
    try {
      answer = await request(form.elements);
    } catch (err) {
      this[error] = err;
      return false;
    }
    form.reset();
    done(answer);
    await this.reload();
    return true;
  }

  /**
   * Saves what the page shows in place (settings, a profile): clears the form's error (the state named
   * {@code error}) and its "Saved." note (the state named {@code saved}), awaits {@code change()}, which puts the
   * answer in the page's state, then shows "Saved."; a refused request becomes the form's error. The form keeps what
   * was typed.
   */
  async saveInPlace(change, { error = 'formError', saved = 'saved' } = {}) {
    this[error] = null;
    this[saved] = false;
    try {
      await change();
      this[saved] = true;
    } catch (err) {
      this[error] = err;
    }
  }

  /**
   * Runs a longer action of the page (an upload, a search, a test of a setting): the state named {@code busy} is true
   * meanwhile (it disables the action's buttons); the state named {@code error} is cleared first and holds the
   * refusal, if any.
   */
  async busyWhile(action, { busy = 'busy', error = 'formError' } = {}) {
    this[busy] = true;
    this[error] = null;
    try {
      await action();
    } catch (err) {
      this[error] = err;
    } finally {
      this[busy] = false;
    }
  }

  /** Runs an action on what the page shows (a removal, a withdrawal), then reloads the page; a refusal becomes the page's error. */
  async perform(action) {
    try {
      await action();
      await this.reload();
    } catch (e) {
      this.fail(e);
    }
  }

  /** Shows a failed action's error as the page's error (the page itself stays). */
  fail(e) {
    this.error = this.failure(e);
  }

  /** Above the body in every state: what the page can show before anything is fetched (a heading, an intro). */
  renderHead() {
    return nothing;
  }

  renderLoading() {
    return html`<p class="muted" aria-busy="true">Loading…</p>`;
  }

  /** The loaded page. */
  renderBody() {
    return nothing;
  }

  /** Whether the loaded page has nothing to show, in which case renderEmpty() is shown instead of renderBody(). */
  isEmpty() {
    return false;
  }

  renderEmpty() {
    return nothing;
  }

  /** Under the error of a page that could not load: where to go instead. */
  renderWayBack() {
    return html`<p><a href="/">Back to the projects</a></p>`;
  }

  renderError() {
    return problem(this.error, { id: this.constructor.frame.errorId });
  }

  /** The section around the page; a part of a page (a card) overrides it. */
  renderFrame(content) {
    const { cls, id } = this.constructor.frame;
    return html`<section class=${cls} id=${this.loaded && id ? id : nothing}>${content}</section>`;
  }

  render() {
    if (!this.loaded) {
      // One template for loading and failing, so that what the head shows (an alarm) stays the same element.
      return this.renderFrame(html`${this.renderHead()}${this.error
        ? html`${this.renderError()}${this.renderWayBack()}` : this.renderLoading()}`);
    }
    return this.renderFrame(html`${this.renderHead()}${this.renderError()}${this.isEmpty() ? this.renderEmpty() : this.renderBody()}`);
  }
}

/**
 * A part of a page that loads on its own (a card of the project or quality page): a section with a heading, both
 * named in {@code frame} (the section's id, the heading's id and text). Unlike a page, the section has its id in every
 * state: the page it stands in is loaded already.
 */
export class Card extends Page {
  static frame = { cls: 'card', id: null, errorId: null, titleId: null, title: '' };

  /** The heading's text. */
  heading() {
    return this.constructor.frame.title;
  }

  renderHead() {
    return html`<h2 id=${this.constructor.frame.titleId ?? nothing}>${this.heading()}</h2>`;
  }

  renderFrame(content) {
    const { cls, id, titleId } = this.constructor.frame;
    return html`<section class=${cls} id=${id ?? nothing} aria-labelledby=${titleId ?? nothing}>${content}</section>`;
  }
}
