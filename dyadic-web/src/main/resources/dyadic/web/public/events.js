// Event table: filters, server-side sorting and paging, CSV link.
import {
  api, load, readParams, writeParams, qs, el, eventDate, actorNode, quadBadge, goldsteinBadge, num, articleHref,
  firstReport, plural,
} from './common.js';

const FILTERS = ['actor', 'dyad', 'person', 'cameo', 'plover', 'quad', 'from', 'to', 'source', 'article', 'min_confidence'];
const PER_PAGE = 50;

const url = readParams();
const state = {
  filters: {},
  sort: url.sort || 'date',
  order: url.order === 'desc' ? 'desc' : 'asc',
  page: Math.max(1, parseInt(url.page, 10) || 1),
  total: 0,
};

function readForm() {
  const f = {};
  for (const n of FILTERS) {
    const v = document.getElementById(n).value.trim();
    if (v) f[n] = v;
  }
  return f;
}

/** The filters as API parameters: the dyad box "CHN,RUS" is sent as is; "CHN,RUS; RUS,CHN" as two dyads. */
function apiFilters(f) {
  const out = { ...f };
  if (f.dyad) {
    const parts = f.dyad.split(/[;|]/).map((s) => s.trim().replace(/\s*,\s*/, ',').replace(/\s*(->|→)\s*/, ',')).filter(Boolean);
    out.dyad = parts.length > 1 ? parts : parts[0];
  }
  return out;
}

function row(e) {
  const rep = firstReport(e);
  const articleId = rep ? rep.article_id : e.article_id;
  const why = [e.pattern, e.trigger ? `trigger: ${e.trigger}` : null].filter(Boolean).join(' · ');
  const counts = `${plural(e.num_mentions || 0, 'sentence')}, ${plural(e.num_articles || 0, 'article')}, ${plural(e.num_sources || 0, 'publisher')}`;
  return el('tr', { class: 'event-row', dataset: { eventId: String(e.id) } },
    el('td', { class: 'nowrap' }, eventDate(e)),
    el('td', { class: 'num muted' }, String(e.id)),
    el('td', {}, actorNode(e.source)),
    el('td', { title: e.cameo_name || null }, el('span', { class: 'code' }, e.cameo || ''), ' ', e.cameo_name || ''),
    el('td', {}, e.plover || '—', e.mode ? el('span', { class: 'muted' }, ` (${e.mode})`) : null),
    el('td', {}, actorNode(e.target)),
    el('td', {}, quadBadge(e.quad)),
    el('td', { class: 'num' }, goldsteinBadge(e.goldstein)),
    el('td', { class: 'num' }, num(e.confidence, 2)),
    el('td', { class: 'num', title: counts }, String(e.num_mentions ?? '')),
    el('td', { class: 'evidence' }, articleId
      ? el('a', { class: 'evidence-link', href: articleHref(articleId, e.id), title: why || null }, e.evidence || '(article)')
      : (e.evidence || '')));
}

function showSort() {
  document.querySelectorAll('#events-table th[data-sort]').forEach((th) => {
    th.querySelector('.arrow')?.remove();
    th.removeAttribute('aria-sort');
    if (th.dataset.sort === state.sort) {
      th.setAttribute('aria-sort', state.order === 'asc' ? 'ascending' : 'descending');
      th.append(el('span', { class: 'arrow' }, state.order === 'asc' ? '▲' : '▼'));
    }
  });
}

function syncUrl() {
  const p = { ...state.filters };
  if (state.sort !== 'date') p.sort = state.sort;
  if (state.order !== 'asc') p.order = state.order;
  if (state.page > 1) p.page = state.page;
  writeParams(p);
  const csv = { ...apiFilters(state.filters), sort: state.sort, order: state.order };
  document.getElementById('csv').href = `/api/events.csv?${qs(csv)}`;
}

async function refresh() {
  syncUrl();
  showSort();
  const data = await api('/api/events', {
    ...apiFilters(state.filters), sort: state.sort, order: state.order, page: state.page, per_page: PER_PAGE,
  });
  state.total = data.total;
  const pages = Math.max(1, Math.ceil(data.total / PER_PAGE));
  if (state.page > pages && data.total > 0) {
    state.page = pages;
    return refresh();
  }
  const body = document.querySelector('#events-table tbody');
  body.replaceChildren(...data.events.map(row));
  if (!data.events.length) body.append(el('tr', {}, el('td', { colspan: 11, class: 'muted' }, 'No events match these filters.')));
  document.getElementById('total').textContent = plural(data.total, 'event');
  document.getElementById('page-info').textContent = `page ${state.page} of ${pages}`;
  document.getElementById('prev').disabled = state.page <= 1;
  document.getElementById('next').disabled = state.page >= pages;
  return undefined;
}

function apply() {
  state.filters = readForm();
  state.page = 1;
  load(refresh);
}

document.getElementById('filter-form').addEventListener('submit', (ev) => { ev.preventDefault(); apply(); });
document.getElementById('reset').addEventListener('click', () => {
  for (const n of FILTERS) document.getElementById(n).value = '';
  apply();
});
document.getElementById('prev').addEventListener('click', () => {
  if (state.page > 1) { state.page -= 1; load(refresh); }
});
document.getElementById('next').addEventListener('click', () => {
  if (state.page * PER_PAGE < state.total) { state.page += 1; load(refresh); }
});
document.querySelectorAll('#events-table th[data-sort]').forEach((th) => {
  th.addEventListener('click', () => {
    const key = th.dataset.sort;
    if (state.sort === key) state.order = state.order === 'asc' ? 'desc' : 'asc';
    else { state.sort = key; state.order = 'asc'; }
    state.page = 1;
    load(refresh);
  });
});

load(async () => {
  // Fill the form from the URL before anything else so the page state survives a failed type list.
  for (const n of FILTERS) if (url[n] !== undefined) document.getElementById(n).value = url[n];
  const sp = new URLSearchParams(location.search);
  if (sp.getAll('dyad').length > 1) document.getElementById('dyad').value = sp.getAll('dyad').join('; ');
  state.filters = readForm();
  try {
    const types = await api('/api/stats/counts', { by: 'type' });
    const select = document.getElementById('plover');
    const names = types.map((t) => t.key).filter((k) => k && k !== '-').sort();
    if (url.plover && !names.includes(url.plover)) names.push(url.plover);
    select.append(...names.map((k) => el('option', { value: k }, k)));
    if (url.plover) select.value = url.plover;
  } catch (e) {
    // The table still works without the list of types.
  }
  state.filters = readForm();
  await refresh();
});
