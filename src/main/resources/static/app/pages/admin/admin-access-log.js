// A customer's access log, for its admins and managers: the latest signed checkpoint, the server's public key, the
// files to download (events, checkpoint, key, proofs), and the exact command that checks them offline trusting
// nothing but the key. docs/security.md "The access log" says what is checked.
import { html } from 'lit';
import { api } from '../../api.js';
import { problem, state } from '../page.js';
import { AdminPage, adminHeader, refusal } from './admin-nav.js';
import './access-log-witnesses.js';

const LOG = '/api/v1/audit';
/** The largest page GET /api/v1/audit/events serves; longer logs come in several files. */
const PAGE = 100000;
const TEXT = { Accept: 'text/plain, application/problem+json' };

/** The tree size a signed note's second line states. */
function sizeOf(note) {
  return Number((note || '').split('\n')[1]);
}

class AdminAccessLog extends AdminPage {
  static frame = { ...AdminPage.frame, id: 'admin-access-log' };

  static properties = state({
    checkpoint: null,
    key: null,
    inclusion: null,
    consistency: null,
    proofError: null,
    busy: false,
    alarms: [],
    verifier: null,
  });

  async load() {
    // The alarms first and on their own: a log whose checkpoint the server refuses to sign must still show why.
    await this.loadAlarms();
    [this.checkpoint, this.key, this.verifier] = await Promise.all([api(`${LOG}/checkpoint`, { headers: TEXT }),
      api(`${LOG}/public-key`), api(`${LOG}/verifier`)]);
  }

  /** With an alarm raised, a refused checkpoint is the alarm's consequence, not a question of the caller's rights. */
  failure(e) {
    return this.alarms.length ? e : refusal(e);
  }

  async loadAlarms() {
    try {
      this.alarms = (await api(`${LOG}/alarms`)).alarms;
    } catch (e) {
      this.alarms = [];
    }
  }

  async publish() {
    this.busy = true;
    try {
      this.checkpoint = await api(`${LOG}/checkpoint`, { method: 'POST', headers: TEXT });
      this.inclusion = null;
      this.consistency = null;
    } catch (e) {
      this.fail(e);
    } finally {
      this.busy = false;
      await this.loadAlarms();
    }
  }

  /**
   * The server refused to sign a checkpoint over a history changed in its database, or found the stored log damaged
   * (docs/security.md "The access log"): shown above everything, with what was signed and what the database showed.
   */
  alarmBanner() {
    if (!this.alarms.length) {
      return '';
    }
    const newest = this.alarms[0];
    return html`<div class="notice error" role="alert" id="integrity-alarm">
      <p><strong>Integrity alarm: this access log was changed in the server's database.</strong>
        ${this.alarms.length === 1 ? 'The server' : `${this.alarms.length} alarms; the newest: the server`} refused
        to vouch for it on ${newest.raised_at} (${newest.kind}): ${newest.detail}</p>
      <p class="small">Keep the checkpoints you downloaded before: they are your proof of the history the server signed.
        Tell the operator of this server. The alarms: <a href="${LOG}/alarms" download="alarms.json">alarms.json</a></p>
    </div>`;
  }

  async prove(e, kind) {
    e.preventDefault();
    const f = e.target.elements;
    const size = sizeOf(this.checkpoint);
    this.proofError = null;
    try {
      if (kind === 'inclusion') {
        const index = Number(f.index.value);
        this.inclusion = { ...(await api(`${LOG}/proofs/inclusion?index=${index}&size=${size}`)), href: `${LOG}/proofs/inclusion?index=${index}&size=${size}` };
      } else {
        const from = Number(f.oldSize.value);
        const proof = await api(`${LOG}/proofs/consistency?from=${from}&to=${size}`);
        // The server keeps the checkpoints it signed; an old size it never signed has none (the one you kept is what counts).
        const serverCopy = await api(`${LOG}/checkpoints/${from}`, { headers: TEXT }).then(() => true, () => false);
        this.consistency = { ...proof, from, serverCopy, href: `${LOG}/proofs/consistency?from=${from}&to=${size}` };
      }
    } catch (err) {
      this.proofError = err;
    }
  }

  /** One link per page of events; a log longer than a page is downloaded in parts and concatenated. */
  eventLinks(size) {
    if (size === 0) {
      return html`<li class="muted">No events yet: the log is empty.</li>`;
    }
    const parts = [];
    for (let from = 0; from < size; from += PAGE) {
      parts.push(from);
    }
    const name = (i) => (parts.length === 1 ? 'events.jsonl' : `events-${String(i + 1).padStart(3, '0')}.jsonl`);
    return parts.map((from, i) => html`<li><a class="button download-events" id=${i === 0 ? 'download-events' : `download-events-${i + 1}`}
        href="${LOG}/events?size=${size}&from=${from}&limit=${PAGE}" download=${name(i)}>${name(i)}</a>
        <small class="muted">events ${from}–${Math.min(size, from + PAGE) - 1}</small></li>`);
  }

  commands(size) {
    const lines = [];
    if (size > PAGE) {
      lines.push('cat events-*.jsonl > events.jsonl');
    }
    lines.push(`${this.verifier.command} --public-key key.pem --events events.jsonl --checkpoint checkpoint.txt`);
    return lines.join('\n');
  }

  /**
   * Where the verifier comes from: this instance's own jar, named and hashed so that a customer who does not want to
   * trust the operator's copy can compare it with a release; a source build has none to offer.
   */
  verifierStep() {
    const v = this.verifier;
    return v.available
      ? html`Download the verifier, this instance's own jar: <a class="button" id="download-verifier" href="${LOG}/verifier.jar"
          download=${v.name}>${v.name}</a> <small class="muted">SHA-256 <code id="verifier-sha256">${v.sha256}</code>; compare it with
          the release's before you rely on it</small>`
      : html`<span id="no-verifier">This instance runs from a source build and offers no jar: build one with
          <code>./mvnw package</code> (it is <code>target/annota.jar</code>).</span>`;
  }

  /** The alarm stands above the page's error when the page could not load; a loaded page shows it under its head. */
  renderHead() {
    return this.loaded ? '' : this.alarmBanner();
  }

  renderWayBack() {
    return '';
  }

  renderBody() {
    const size = sizeOf(this.checkpoint);
    const c = this.consistency;
    return html`
        ${adminHeader(this.user, 'access-log', 'Access log', html`
          <button type="button" id="publish" ?disabled=${this.busy} @click=${this.publish}>Sign a checkpoint now</button>`)}
        ${this.alarmBanner()}
        <p class="muted">Every view of ${this.user.orgName}'s item payloads by a person is an event in this append-only log, a
          Merkle tree (RFC 9162) whose root the server signs. Download the files below and check them on your own machine:
          the check trusts nothing but the server's public key. Keep each checkpoint you download: a later one must prove
          it extends it.</p>
        <div class="columns">
          <div>
            <div class="card">
              <h2>Latest signed checkpoint: <span id="tree-size">${size}</span> events</h2>
              <pre class="note" id="checkpoint">${this.checkpoint}</pre>
            </div>
            <div class="card">
              <h2>Verify offline</h2>
              <ol class="steps">
                <li>Download the server's key once and keep it: <a class="button" id="download-key" href="${LOG}/public-key.pem" download="key.pem">key.pem</a></li>
                <li>Download this checkpoint: <a class="button" id="download-checkpoint" href="${LOG}/checkpoints/${size}" download="checkpoint.txt">checkpoint.txt</a></li>
                <li>Download its events: <ul class="plain">${this.eventLinks(size)}</ul></li>
                <li>${this.verifierStep()}</li>
                <li>With that jar (or a release you trust, or one you built from the source), run:
                  <pre class="command" id="verify-command">${this.commands(size)}</pre>
                  It prints what it verified and exits 0; 1 means the files do not match the signed checkpoint.</li>
              </ol>
            </div>
          </div>
          <div>
            <div class="card">
              <h2>The server's public key</h2>
              <p class="small">Ed25519 · key id <code id="key-id">${this.key.key_id}</code><br>origin <code id="origin">${this.key.origin}</code></p>
              <pre class="note" id="public-key">${this.key.pem}</pre>
            </div>
            <form class="card" id="consistency-form" @submit=${(e) => this.prove(e, 'consistency')}>
              <h2>Consistency with a checkpoint you kept</h2>
              <p class="muted small">Enter its tree size (its second line). The proof shows the log of ${size} events extends it.</p>
              <div class="inline-form">
                <div class="field"><label for="oldSize">Old size</label><input id="oldSize" name="oldSize" type="number" min="1" max=${size} required></div>
                <button type="submit" id="prove-consistency" ?disabled=${size < 1}>Get the proof</button>
              </div>
              ${c ? html`
                <p><a class="button" id="download-consistency" href=${c.href} download="proof.json">proof.json</a>
                  ${c.serverCopy ? html`<a class="button" id="download-old-checkpoint" href="${LOG}/checkpoints/${c.from}" download="old.txt">old.txt</a>
                  <small class="muted">(the server's copy of the old checkpoint; prefer the one you kept)</small>`
                    : html`<small class="muted" id="no-old-checkpoint">The server signed no checkpoint of size ${c.from}: use the one you kept as old.txt.</small>`}</p>
                <pre class="command" id="consistency-command">${this.verifier.command} --public-key key.pem --events events.jsonl --checkpoint checkpoint.txt \\
    --old-checkpoint old.txt --consistency-proof proof.json</pre>
                <pre class="note small" id="consistency-proof">${JSON.stringify({ size1: c.size1, size2: c.size2, proof: c.proof }, null, 2)}</pre>` : ''}
            </form>
            <form class="card" id="inclusion-form" @submit=${(e) => this.prove(e, 'inclusion')}>
              <h2>Inclusion of one event</h2>
              <p class="muted small">The RFC 9162 audit path of event <em>i</em> (its line number, from 0) in this checkpoint's tree,
                for checking a single event with any RFC 9162 tool.</p>
              <div class="inline-form">
                <div class="field"><label for="index">Event index</label><input id="index" name="index" type="number" min="0" max=${Math.max(0, size - 1)} required></div>
                <button type="submit" id="prove-inclusion" ?disabled=${size < 1}>Get the proof</button>
              </div>
              ${this.inclusion ? html`
                <p><a class="button" id="download-inclusion" href=${this.inclusion.href} download="inclusion-${this.inclusion.leaf_index}.json">inclusion-${this.inclusion.leaf_index}.json</a></p>
                <pre class="note small" id="inclusion-proof">${JSON.stringify({ leaf_index: this.inclusion.leaf_index, tree_size: this.inclusion.tree_size,
                  leaf_hash: this.inclusion.leaf_hash, proof: this.inclusion.proof }, null, 2)}</pre>` : ''}
            </form>
            ${problem(this.proofError, { id: 'proof-error', cls: 'field-error' })}
          </div>
        </div>
        ${this.user.roles.includes('ADMIN') ? html`<annota-access-log-witnesses></annota-access-log-witnesses>` : ''}`;
  }
}

customElements.define('annota-admin-access-log', AdminAccessLog);
