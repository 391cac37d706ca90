// Search: full-text search of the stored articles with highlighted snippets.
import {
  api, load, readParams, writeParams, fillInputs, el, articleHref, plural, link,
} from './common.js';

const url = readParams();

/** The snippet text with its highlight ranges (offsets into the article, like the snippet's) wrapped in <mark>. */
function snippet(s) {
  const text = s.text || '';
  const node = el('div', { class: 'snippet' });
  const clip = (x) => Math.max(0, Math.min(text.length, x - (s.begin || 0)));
  const ranges = [...(s.highlights || [])]
    .map((h) => ({ begin: clip(h.begin), end: clip(h.end) }))
    .filter((h) => h.end > h.begin)
    .sort((x, y) => x.begin - y.begin);
  let at = 0;
  for (const h of ranges) {
    if (h.begin < at) { if (h.end > at) { node.append(el('mark', {}, text.slice(at, h.end))); at = h.end; } continue; }
    if (h.begin > at) node.append(text.slice(at, h.begin));
    node.append(el('mark', {}, text.slice(h.begin, h.end)));
    at = h.end;
  }
  if (at < text.length) node.append(text.slice(at));
  return node;
}

function hit(h) {
  return el('div', { class: 'hit', dataset: { articleId: h.article_id } },
    el('h3', {}, el('a', { href: articleHref(h.article_id) }, h.title || h.article_id)),
    el('div', { class: 'muted' },
      h.published || 'undated', ' · ', h.source || 'unknown publisher', ' · ',
      el('a', { href: link('events.html', { article: h.article_id }), class: 'events-link' }, plural(h.num_events || 0, 'event'))),
    ...(h.snippets || []).map(snippet));
}

async function search() {
  const q = document.getElementById('q').value.trim();
  const from = document.getElementById('from').value;
  const to = document.getElementById('to').value;
  writeParams({ q, from, to });
  const hits = document.getElementById('hits');
  const summary = document.getElementById('search-summary');
  if (!q) {
    hits.replaceChildren();
    summary.textContent = '';
    return;
  }
  hits.replaceChildren();
  summary.textContent = 'Searching…';
  try {
    const res = await api('/api/search', { q, from, to });
    summary.textContent = res.hits.length ? `${plural(res.hits.length, 'article')} for “${res.query ?? q}”` : `No article matches “${res.query ?? q}”.`;
    hits.replaceChildren(...res.hits.map(hit));
  } catch (e) {
    summary.textContent = '';
    throw e;
  }
}

document.getElementById('search-form').addEventListener('submit', (ev) => { ev.preventDefault(); load(search); });

fillInputs(url, ['q', 'from', 'to']);
load(search);
