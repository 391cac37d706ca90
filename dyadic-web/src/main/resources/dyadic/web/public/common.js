// Shared helpers of the Dyadic dashboard pages: API access, URL state, actor labels, colours, DOM building.
// Text from the database is only ever inserted as text nodes (textContent), never as HTML.

export const QUADS = {
  1: { name: 'Verbal cooperation', color: '#4e79a7' },
  2: { name: 'Material cooperation', color: '#59a14f' },
  3: { name: 'Verbal conflict', color: '#f28e2b' },
  4: { name: 'Material conflict', color: '#e15759' },
};

// ---------------------------------------------------------------- API

/** Query string from an object; empty values are left out, arrays repeat the name. */
export function qs(params) {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v === undefined || v === null || v === '') continue;
    if (Array.isArray(v)) v.forEach((x) => { if (x !== '' && x != null) sp.append(k, x); });
    else sp.append(k, String(v));
  }
  return sp.toString();
}

/** GET a JSON API path; a non-2xx reply becomes an Error carrying the server's `error` text. */
export async function api(path, params) {
  const q = qs(params);
  const url = q ? `${path}?${q}` : path;
  let resp;
  try {
    resp = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch (e) {
    throw new Error(`Cannot reach the server (${e.message})`);
  }
  const body = await resp.text();
  let data = null;
  try { data = body ? JSON.parse(body) : null; } catch (_) { data = null; }
  if (!resp.ok) {
    const msg = data && typeof data.error === 'string' ? data.error : (body.trim() || resp.statusText);
    const err = new Error(msg || `HTTP ${resp.status}`);
    err.status = resp.status;
    throw err;
  }
  if (data === null && body) throw new Error(`The server sent something that is not JSON for ${path}`);
  return data;
}

/** The newest events for the given filters (at most `limit`, newest first), with the total that match. */
export async function latestEvents(filters, limit = 200) {
  const page = await api('/api/events', { ...filters, sort: 'date', order: 'desc', page: 1, per_page: limit });
  return { total: page.total, events: page.events };
}

/**
 * A line under an event list that was cut: "the 200 newest of 1,234 events are listed" and a link to the CSV of all
 * of them; null when the list is whole.
 */
export function cutNote(shown, total, filters) {
  if (shown >= total) return null;
  return el('p', { class: 'muted', id: 'list-cut' }, `The ${shown} newest of ${total} events are listed; `,
    el('a', { href: `/api/events.csv?${qs(filters)}`, download: 'dyadic-events.csv' }, 'download all of them as CSV'), '.');
}

/**
 * The range the overview and the actor view open on: the news period of the corpus, from the first day of the month before the first
 * article's publication (events are told a little after they happen) to the last publication, within the dates of
 * the events. Events an article dates years back ("since 2011") stay reachable by widening the range.
 */
export function defaultRange(m) {
  if (!m.first_date) return { from: '', to: '' };
  if (!m.published_first) return { from: m.first_date, to: m.last_date };
  const p = new Date(m.published_first + 'T00:00:00Z');
  const monthBefore = new Date(Date.UTC(p.getUTCFullYear(), p.getUTCMonth() - 1, 1)).toISOString().slice(0, 10);
  const from = monthBefore > m.first_date ? monthBefore : m.first_date;
  const to = m.published_last < m.last_date ? m.published_last : m.last_date;
  return from <= to ? { from, to } : { from: m.first_date, to: m.last_date };
}

// ---------------------------------------------------------------- page state

export function setReady(ready) {
  document.body.dataset.ready = ready ? 'true' : 'false';
}

export function showError(err) {
  const box = document.getElementById('error');
  if (!box) return;
  const msg = err instanceof Error ? err.message : String(err);
  box.textContent = msg;
  box.hidden = false;
}

export function clearError() {
  const box = document.getElementById('error');
  if (!box) return;
  box.textContent = '';
  box.hidden = true;
}

/** Runs an async loader with the ready flag and the error box handled. */
export async function load(fn) {
  setReady(false);
  clearError();
  try {
    await fn();
  } catch (e) {
    showError(e);
  } finally {
    setReady(true);
  }
}

/** The page's URL query as an object (first value of each name, arrays for names listed in `multi`). */
export function readParams(multi = []) {
  const sp = new URLSearchParams(location.search);
  const out = {};
  for (const k of new Set(sp.keys())) out[k] = multi.includes(k) ? sp.getAll(k) : sp.get(k);
  return out;
}

/** Replaces the page's URL query (history.replaceState), leaving out empty values. */
export function writeParams(params) {
  const q = qs(params);
  history.replaceState(null, '', q ? `${location.pathname}?${q}` : location.pathname);
}

// ---------------------------------------------------------------- links

export function link(page, params) {
  const q = qs(params);
  return q ? `${page}?${q}` : page;
}
export const actorHref = (code) => link('actor.html', { code });
export const dyadHref = (a, b, extra) => link('dyad.html', { a, b, ...(extra || {}) });
export const articleHref = (id, event) => link('article.html', { id, event });

// ---------------------------------------------------------------- actors

/** `source`/`target` are absent, one object or an array of objects: always an array. */
export function actorList(x) {
  if (!x) return [];
  return Array.isArray(x) ? x : [x];
}

/** Codes of an actor field joined with "+" (as the API names compound actors), or "—". */
export function actorCodes(x) {
  const list = actorList(x);
  return list.length ? list.map((a) => a.code).join('+') : '—';
}

/** "CHNGOV (Wang Yi, Foreign Minister)" for each actor, joined with " + ". */
export function actorLabel(x, { role = false } = {}) {
  const list = actorList(x);
  if (!list.length) return '—';
  return list.map((a) => {
    const extra = [a.name, role ? a.role : null].filter(Boolean).join(', ');
    return extra ? `${a.code} (${extra})` : a.code;
  }).join(' + ');
}

/** A DOM fragment with the actor codes linked to their actor pages and the person names in small text. */
export function actorNode(x) {
  const list = actorList(x);
  const span = el('span', { class: 'actors' });
  if (!list.length) { span.append(el('span', { class: 'muted' }, '—')); return span; }
  list.forEach((a, i) => {
    if (i) span.append(' + ');
    const title = [a.code, a.name, a.role, a.text ? `“${a.text}”` : null].filter(Boolean).join(' · ');
    span.append(el('a', { href: actorHref(a.code), class: 'code', title }, a.code));
    if (a.name) span.append(' ', el('span', { class: 'person' }, a.name));
  });
  return span;
}

// ---------------------------------------------------------------- formatting

export function esc(s) {
  return String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

/** An event's date as given, a range as "date – date_end". */
export function eventDate(e) {
  if (!e.date) return 'undated';
  return e.date_end ? `${e.date} – ${e.date_end}` : e.date;
}

export function num(x, digits = 1) {
  if (x === null || x === undefined || Number.isNaN(x)) return '—';
  return Number(x).toFixed(digits);
}

export function plural(n, word) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function mix(a, b, t) {
  const pa = [1, 3, 5].map((i) => parseInt(a.slice(i, i + 2), 16));
  const pb = [1, 3, 5].map((i) => parseInt(b.slice(i, i + 2), 16));
  return '#' + pa.map((v, i) => Math.round(v + (pb[i] - v) * t).toString(16).padStart(2, '0')).join('');
}

/** Goldstein colour scale: -10 red .. 0 grey .. +10 green. */
export function goldsteinColor(g) {
  if (g === null || g === undefined || Number.isNaN(g)) return '#9a9a9a';
  const t = Math.max(-1, Math.min(1, g / 10));
  return t < 0 ? mix('#9a9a9a', '#d62728', -t) : mix('#9a9a9a', '#2ca02c', t);
}

export function quadBadge(q) {
  const info = QUADS[q] || { name: `quad ${q}`, color: '#999' };
  const b = el('span', { class: `quad q${q}`, title: `Quad class ${q}: ${info.name}` }, info.name);
  return b;
}

export function goldsteinBadge(g) {
  return el('span', { class: 'goldstein', style: `--g:${goldsteinColor(g)}`, title: 'Goldstein weight (-10 .. +10)' },
    g === undefined || g === null ? '—' : (g > 0 ? '+' : '') + num(g, 1));
}

// ---------------------------------------------------------------- DOM

/** el('a', {href, class}, 'text', childNode, ...): strings become text nodes. */
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'dataset') Object.assign(node.dataset, v);
    else if (k.startsWith('on') && typeof v === 'function') node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c === undefined || c === null || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

/** The first report of an event (its article is where the evidence link goes). */
export function firstReport(e) {
  return (e.reports && e.reports[0]) || null;
}

/** Table row of one event, for the dyad, actor and events pages. */
export function eventRow(e, { quad = true, extra = false } = {}) {
  const rep = firstReport(e);
  const articleId = rep ? rep.article_id : e.article_id;
  const evidence = e.evidence || (rep && rep.text) || '';
  const why = [e.pattern, e.trigger ? `trigger: ${e.trigger}` : null].filter(Boolean).join(' · ');
  const cells = [
    el('td', { class: 'nowrap' }, eventDate(e)),
    el('td', {}, actorNode(e.source)),
    el('td', {}, el('span', { class: 'code' }, e.cameo || ''), ' ', e.cameo_name || ''),
    el('td', {}, e.plover || '—', e.mode ? el('span', { class: 'muted' }, ` (${e.mode})`) : null),
    el('td', {}, actorNode(e.target)),
  ];
  if (quad) cells.push(el('td', {}, quadBadge(e.quad)));
  cells.push(el('td', { class: 'num' }, goldsteinBadge(e.goldstein)));
  if (extra) {
    cells.push(el('td', { class: 'num' }, num(e.confidence, 2)));
    cells.push(el('td', { class: 'num', title: `${plural(e.num_mentions || 0, 'sentence')}, ${plural(e.num_articles || 0, 'article')}, ${plural(e.num_sources || 0, 'publisher')}` },
      String(e.num_mentions ?? '')));
  }
  cells.push(el('td', { class: 'evidence' },
    articleId
      ? el('a', { class: 'evidence-link', href: articleHref(articleId, e.id), title: why || null }, evidence || '(article)')
      : evidence));
  return el('tr', { class: 'event-row', dataset: { eventId: String(e.id) } }, cells);
}

export const EVENT_HEADERS = ['Date', 'Source', 'CAMEO', 'PLOVER', 'Target', 'Quad', 'Goldstein', 'Evidence'];

// ---------------------------------------------------------------- nav and charts

/** Marks the current page's link in the nav. */
export function markNav() {
  const here = location.pathname === '/' ? '/' : location.pathname;
  document.querySelectorAll('nav.top a:not(.brand)').forEach((a) => {
    const target = new URL(a.href).pathname;
    if (target === here || (here === '/index.html' && target === '/')) a.setAttribute('aria-current', 'page');
  });
}

const charts = new Set();
/** An ECharts instance on `node`, disposing any earlier one; charts follow window resizes. */
export function chart(node) {
  if (typeof echarts === 'undefined') throw new Error('The chart library (ECharts) did not load');
  const old = echarts.getInstanceByDom(node);
  if (old) { charts.delete(old); old.dispose(); }
  const c = echarts.init(node, null, { renderer: 'canvas' });
  charts.add(c);
  return c;
}
window.addEventListener('resize', () => charts.forEach((c) => c.resize()));

/** Fills the date inputs #from/#to from params; returns nothing. */
export function fillInputs(params, names) {
  for (const n of names) {
    const input = document.getElementById(n);
    if (input && params[n] !== undefined && params[n] !== null) input.value = params[n];
  }
}

/** ECharts option of a stacked bar chart of /api/stats/timeline by quad class. */
export function timelineOption(data) {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, data: [1, 2, 3, 4].map((q) => QUADS[q].name) },
    grid: { left: 40, right: 16, top: 36, bottom: 60 },
    xAxis: { type: 'category', data: data.periods, axisLabel: { hideOverlap: true } },
    yAxis: { type: 'value', minInterval: 1 },
    dataZoom: data.periods.length > 60 ? [{ type: 'slider', height: 18, bottom: 8 }, { type: 'inside' }] : [],
    series: [1, 2, 3, 4].map((q) => ({
      name: QUADS[q].name,
      type: 'bar',
      stack: 'quad',
      itemStyle: { color: QUADS[q].color },
      emphasis: { focus: 'series' },
      data: (data.quads && data.quads[String(q)]) || [],
    })),
  };
}

markNav();
