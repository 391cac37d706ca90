// Article view: the text with actor mentions and evidence sentences marked, and one card per event.
import {
  api, load, readParams, writeParams, el, actorList, eventDate, quadBadge, goldsteinBadge, num, plural, actorHref,
  articleHref, showError, setReady,
} from './common.js';

const url = readParams();
const articleId = url.id || '';
let selected = url.event || '';

function safeUrl(u) {
  try {
    const parsed = new URL(u, location.href);
    return ['http:', 'https:'].includes(parsed.protocol) ? parsed.href : null;
  } catch (e) {
    return null;
  }
}

/** The evidence ranges of this article: one per distinct [begin, end), with the events it reports. */
function evidenceRanges(article) {
  const ranges = new Map();
  const len = article.text.length;
  for (const e of article.events || []) {
    let reports = (e.reports || []).filter((r) => r.article_id === article.id);
    if (!reports.length && e.article_id === article.id && e.evidence_begin !== undefined) {
      reports = [{ begin: e.evidence_begin, end: e.evidence_end, pattern: e.pattern, trigger: e.trigger }];
    }
    for (const r of reports) {
      const begin = Math.max(0, Math.min(len, r.begin));
      const end = Math.max(begin, Math.min(len, r.end));
      if (end <= begin) continue;
      const key = `${begin}:${end}`;
      const range = ranges.get(key) || { begin, end, ids: [], why: [] };
      if (!range.ids.includes(String(e.id))) {
        range.ids.push(String(e.id));
        const what = `#${e.id} ${e.cameo || ''} ${e.cameo_name || ''}`.trim();
        const how = [r.pattern || e.pattern, (r.trigger || e.trigger) ? `trigger: ${r.trigger || e.trigger}` : null].filter(Boolean).join(' · ');
        range.why.push(how ? `${what}\n${how}` : what);
      }
      ranges.set(key, range);
    }
  }
  return [...ranges.values()];
}

/** Cuts the text at every span boundary and wraps each piece in the marks and actor spans that cover it. */
function renderText(article) {
  const text = article.text || '';
  const len = text.length;
  const evidence = evidenceRanges(article);
  const actors = (article.actors || [])
    .map((a) => ({ ...a, begin: Math.max(0, Math.min(len, a.begin)), end: Math.max(0, Math.min(len, a.end)) }))
    .filter((a) => a.end > a.begin);
  const cuts = new Set([0, len]);
  for (const s of [...evidence, ...actors]) { cuts.add(s.begin); cuts.add(s.end); }
  const points = [...cuts].sort((x, y) => x - y);
  const out = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const p = points[i];
    const q = points[i + 1];
    if (q <= p) continue;
    let node = document.createTextNode(text.slice(p, q));
    // actor spans, innermost (shortest) first so the longest ends up outside
    const covering = actors.filter((a) => a.begin <= p && a.end >= q).sort((x, y) => (x.end - x.begin) - (y.end - y.begin));
    for (const a of covering) {
      const title = [a.code, a.name || a.text, a.role].filter(Boolean).join(' · ');
      const span = el('span', { class: 'actor', title, dataset: { code: a.code || '' } });
      span.append(node);
      node = span;
    }
    const marks = evidence.filter((r) => r.begin <= p && r.end >= q);
    if (marks.length) {
      const ids = [];
      const why = [];
      for (const m of marks) {
        m.ids.forEach((id) => { if (!ids.includes(id)) ids.push(id); });
        m.why.forEach((w) => { if (!why.includes(w)) why.push(w); });
      }
      const mark = el('mark', { class: 'evidence', title: why.join('\n\n'), dataset: { eventIds: ids.join(' ') } });
      mark.append(node);
      node = mark;
    }
    out.append(node);
  }
  return out;
}

function actorBlock(x) {
  const list = actorList(x);
  if (!list.length) return el('span', { class: 'muted' }, '—');
  const span = el('span', {});
  list.forEach((a, i) => {
    if (i) span.append(' + ');
    span.append(el('a', { href: actorHref(a.code), class: 'code', onclick: (ev) => ev.stopPropagation() }, a.code));
    const more = [a.name, a.role].filter(Boolean).join(', ');
    if (more) span.append(' ', el('span', { class: 'person' }, more));
    if (a.text && a.text !== a.name) span.append(' ', el('span', { class: 'muted' }, `“${a.text}”`));
  });
  return span;
}

function card(e, article) {
  const rep = (e.reports || []).find((r) => r.article_id === article.id);
  const pattern = (rep && rep.pattern) || e.pattern;
  const trigger = (rep && rep.trigger) || e.trigger;
  const title = [pattern ? `pattern: ${pattern}` : null, trigger ? `trigger: ${trigger}` : null].filter(Boolean).join('\n');
  const plover = [e.plover, e.mode, e.context].filter(Boolean).join(' / ');
  const dateSource = e.date_source === 'sentence' ? 'from the sentence' : e.date_source === 'scene' ? 'date of the meeting it was set at'
    : e.date_source === 'article' ? 'article date' : e.date_source;
  const place = e.place ? [e.place.name, e.place.country && e.place.country !== e.place.name ? `(${e.place.country})` : null].filter(Boolean).join(' ') : null;
  const others = (e.reports || []).filter((r) => r.article_id !== article.id);
  const row = (label, ...content) => el('div', { class: 'row' }, el('span', { class: 'label' }, `${label}: `), ...content);
  const node = el('div', {
    class: `event-card q${e.quad}`, title: title || null, tabindex: '0',
    dataset: { eventId: String(e.id) },
  },
  el('div', { class: 'title' }, el('span', { class: 'code' }, e.cameo || ''), ' ', e.cameo_name || '',
    el('span', { class: 'muted' }, ` #${e.id}`)),
  el('div', { class: 'row' }, quadBadge(e.quad), ' ', el('span', { class: 'label' }, 'Goldstein '), goldsteinBadge(e.goldstein)),
  plover ? row('PLOVER', plover) : null,
  row('Source', actorBlock(e.source)),
  row('Target', actorBlock(e.target)),
  row('Date', eventDate(e), dateSource ? el('span', { class: 'muted' }, ` (${dateSource})`) : null),
  place ? row('Place', place) : null,
  row('Confidence', num(e.confidence, 2)),
  row('Reported in', `${plural(e.num_mentions || 0, 'sentence')}, ${plural(e.num_articles || 0, 'article')}`,
    e.num_sources ? `, ${plural(e.num_sources, 'publisher')}` : ''),
  others.length ? el('div', { class: 'row' }, el('span', { class: 'label' }, 'Also in: '),
    ...others.flatMap((r, i) => [i ? ', ' : '', el('a', { href: articleHref(r.article_id, e.id), onclick: (ev) => ev.stopPropagation() },
      [r.source, r.published].filter(Boolean).join(' ') || r.article_id)])) : null,
  (pattern || trigger) ? el('div', { class: 'why' }, `why: ${trigger ? `“${trigger}”` : ''}${trigger && pattern ? ' · ' : ''}${pattern || ''}`) : null);
  return node;
}

/** Selects an event: its card and evidence marks get class `selected`, the others lose it. */
function select(id, { scrollMark = true, scrollCard = true } = {}) {
  selected = String(id);
  let firstCard = null;
  document.querySelectorAll('#article-events .event-card').forEach((c) => {
    const on = c.dataset.eventId === selected;
    c.classList.toggle('selected', on);
    if (on && !firstCard) firstCard = c;
  });
  let firstMark = null;
  document.querySelectorAll('#article-text mark.evidence').forEach((m) => {
    const on = (m.dataset.eventIds || '').split(' ').includes(selected);
    m.classList.toggle('selected', on);
    if (on && !firstMark) firstMark = m;
  });
  writeParams({ id: articleId, event: selected });
  if (scrollCard && firstCard) scrollWithin(document.getElementById('article-events'), firstCard);
  if (scrollMark && firstMark) firstMark.scrollIntoView({ block: 'center', behavior: 'auto' });
}

/** Scrolls a scrollable box (not the page) so that `child` is visible. */
function scrollWithin(box, child) {
  const b = box.getBoundingClientRect();
  const c = child.getBoundingClientRect();
  if (c.top < b.top || c.bottom > b.bottom) box.scrollTop += c.top - b.top - 8;
}

if (!articleId) {
  showError('This page needs an article id: article.html?id=ARTICLE');
  setReady(true);
} else {
  load(async () => {
    const article = await api(`/api/articles/${encodeURIComponent(articleId)}`);
    document.getElementById('title').textContent = article.title || article.id;
    document.title = `Dyadic · ${article.title || article.id}`;
    const meta = document.getElementById('article-meta');
    const href = article.url ? safeUrl(article.url) : null;
    meta.replaceChildren(
      el('span', {}, article.source || 'unknown publisher'),
      ' · ', el('span', {}, article.published || 'undated'),
      article.language ? ` · ${article.language}` : '',
      href ? ' · ' : '', href ? el('a', { href, rel: 'noopener noreferrer', target: '_blank' }, article.url) : '',
      ' · ', el('a', { href: `events.html?article=${encodeURIComponent(article.id)}` }, 'events in the table'),
    );
    const textBox = document.getElementById('article-text');
    textBox.replaceChildren(renderText(article));

    const events = [...(article.events || [])];
    const pos = (e) => {
      const r = (e.reports || []).find((x) => x.article_id === article.id);
      return r ? r.begin : (e.evidence_begin ?? Number.MAX_SAFE_INTEGER);
    };
    events.sort((x, y) => pos(x) - pos(y) || x.id - y.id);
    const list = document.getElementById('article-events');
    list.replaceChildren(...events.map((e) => card(e, article)));
    if (!events.length) list.append(el('p', { class: 'muted' }, 'No events were coded in this article.'));
    document.getElementById('events-heading').textContent = `Events (${events.length})`;

    list.addEventListener('click', (ev) => {
      const c = ev.target.closest('.event-card');
      if (c) select(c.dataset.eventId, { scrollCard: false });
    });
    list.addEventListener('keydown', (ev) => {
      const c = ev.target.closest('.event-card');
      if (c && (ev.key === 'Enter' || ev.key === ' ')) { ev.preventDefault(); select(c.dataset.eventId, { scrollCard: false }); }
    });
    textBox.addEventListener('click', (ev) => {
      const m = ev.target.closest('mark.evidence');
      if (!m) return;
      const ids = (m.dataset.eventIds || '').split(' ').filter(Boolean);
      if (!ids.length) return;
      select(ids[0], { scrollMark: false });
    });
    if (selected && events.some((e) => String(e.id) === selected)) select(selected);
  });
}
