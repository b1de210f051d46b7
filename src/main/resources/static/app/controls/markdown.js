// Markdown for the guidelines editor's preview, the version diff and the demonstration preview, by the rules the
// server renders the guidelines with (project/internal/GuidelinesRenderer, commonmark with its GFM tables extension):
// CommonMark plus GitHub's tables, nothing else of GitHub's (no strikethrough, no bare-URL links), raw HTML shown as
// text, link and image targets kept only for http, https, mailto and relative URLs (any other scheme, javascript:,
// vbscript:, data:, file: ..., leaves an empty href or src), and every link rel="nofollow".
// marked parses; DOMPurify then cleans the HTML with the same URL rule, a second wall like the page's CSP.
import { Marked } from 'marked';
import createDOMPurify from 'dompurify';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';

const SCHEMES = new Set(['http', 'https', 'mailto']);

function escape(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const decoder = document.createElement('textarea');

/** The text a browser reads in an attribute: character references decoded, control characters and spaces gone. */
function asBrowserReads(url) {
  decoder.innerHTML = url;
  return decoder.value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
}

/**
 * A link or image target as commonmark's DefaultUrlSanitizer keeps it: a scheme before any '/', '#' or '?' must be
 * one of SCHEMES, else the target is ''. Checked on the text a browser would read, so '&#106;avascript:' is one too.
 */
export function safeUrl(url) {
  const target = asBrowserReads(url || '');
  const scheme = /^([^/#?]*?):/.exec(target);
  return scheme && !SCHEMES.has(scheme[1].toLowerCase()) ? '' : (url || '').trim();
}

const marked = new Marked({
  // GitHub's mode for its tables only: its strikethrough and bare-URL links are switched off below (a tokenizer that
  // returns undefined matches nothing), as commonmark on the server has only the tables extension.
  gfm: true,
  tokenizer: {
    del() { return undefined; },
    url() { return undefined; },
  },
  walkTokens(token) {
    if (token.type === 'link' || token.type === 'image') {
      token.href = safeUrl(token.href);
    }
  },
  renderer: {
    // Raw HTML is text, a block of it a paragraph of text (commonmark's escapeHtml).
    html({ text, block }) {
      return block ? `<p>${escape(text.replace(/\n+$/, ''))}</p>\n` : escape(text);
    },
  },
});

const purify = createDOMPurify(window);
purify.addHook('afterSanitizeAttributes', (node) => {
  if (node.localName === 'a') {
    node.setAttribute('rel', 'nofollow');
  }
  for (const name of ['href', 'src']) {
    if (node.hasAttribute(name) && safeUrl(node.getAttribute(name)) !== node.getAttribute(name)) {
      node.setAttribute(name, '');
    }
  }
});

/** The Markdown as sanitized HTML, for a Lit template. */
export function markdown(source) {
  return unsafeHTML(purify.sanitize(marked.parse(source || ''), { USE_PROFILES: { html: true } }));
}

/** The headings of a Markdown text outside fenced code, lower-cased, as the server checks required sections. */
export function headings(source) {
  const found = new Set();
  let fence = null;
  for (const line of (source || '').split(/\r?\n/)) {
    const f = line.match(/^\s*(```|~~~)/);
    if (f) {
      fence = fence ? (line.trimStart().startsWith(fence) ? null : fence) : f[1];
      continue;
    }
    const h = !fence && line.match(/^#{1,6}\s+(.*?)\s*#*\s*$/);
    if (h) {
      found.add(h[1].trim().toLowerCase());
    }
  }
  return found;
}
