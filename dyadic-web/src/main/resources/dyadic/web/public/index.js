// Overview: headline numbers, weekly timeline by quad class, top country dyads and actors.
import {
  api, load, readParams, writeParams, fillInputs, el, chart, timelineOption, goldsteinBadge, dyadHref, actorHref, defaultRange,
} from './common.js';

const params = readParams();
let meta = null;
const names = new Map(); // country code -> name

function range() {
  return { from: document.getElementById('from').value, to: document.getElementById('to').value };
}

function label(key) {
  return key.split('+').map((c) => names.get(c) || c).join(' + ');
}

/** Network edges with compound ends ("ISR+PSE") split into their country pairs and merged. */
function countryDyads(edges) {
  const merged = new Map();
  for (const e of edges) {
    for (const s of String(e.source).split('+')) {
      for (const t of String(e.target).split('+')) {
        if (!s || !t || s === t) continue;
        const key = `${s}\u0000${t}`;
        const m = merged.get(key) || { source: s, target: t, events: 0, mentions: 0, gsum: 0, gn: 0 };
        m.events += e.events || 0;
        m.mentions += e.mentions || 0;
        if (e.goldstein !== null && e.goldstein !== undefined) { m.gsum += e.goldstein * (e.events || 1); m.gn += e.events || 1; }
        merged.set(key, m);
      }
    }
  }
  return [...merged.values()].map((m) => ({ ...m, goldstein: m.gn ? m.gsum / m.gn : null }));
}

async function refresh() {
  const r = range();
  writeParams(r);
  const filters = { from: r.from, to: r.to };
  const [timeline, network, actors] = await Promise.all([
    api('/api/stats/timeline', { ...filters, interval: 'week' }),
    api('/api/network', { ...filters, level: 'country' }),
    api('/api/actors', { ...filters, level: 'country', limit: 15 }),
  ]);
  for (const n of network.nodes || []) if (n.label && n.label !== n.id) names.set(n.id, n.label);
  for (const a of actors) if (a.name) names.set(a.code, a.name);

  chart(document.getElementById('timeline')).setOption(timelineOption(timeline));
  document.getElementById('undated').textContent = timeline.undated
    ? `${timeline.undated} undated event${timeline.undated === 1 ? '' : 's'} not shown.` : '';

  const dyadBody = document.querySelector('#top-dyads tbody');
  const edges = [...countryDyads(network.edges || [])].sort((a, b) => b.events - a.events || b.mentions - a.mentions).slice(0, 15);
  dyadBody.replaceChildren(...edges.map((e) => el('tr', { class: 'dyad-row' },
    el('td', {}, el('a', { href: dyadHref(e.source, e.target, filters), title: `${label(e.source)} → ${label(e.target)}` },
      el('span', { class: 'code' }, `${e.source} → ${e.target}`)),
    ' ', el('span', { class: 'person' }, `${label(e.source)} → ${label(e.target)}`)),
    el('td', { class: 'num' }, String(e.events)),
    el('td', { class: 'num' }, goldsteinBadge(e.goldstein)))));
  if (!edges.length) dyadBody.append(el('tr', {}, el('td', { colspan: 3, class: 'muted' }, 'No dyads in this range.')));

  const actorBody = document.querySelector('#top-actors tbody');
  actorBody.replaceChildren(...actors.map((a) => el('tr', { class: 'actor-row' },
    el('td', {}, el('a', { href: actorHref(a.code) }, el('span', { class: 'code' }, a.code)),
      a.name ? el('span', { class: 'person' }, ` ${a.name}`) : null),
    el('td', { class: 'num' }, String(a.events)),
    el('td', { class: 'num' }, String(a.mentions ?? '')),
    el('td', { class: 'num' }, goldsteinBadge(a.goldstein)))));
  if (!actors.length) actorBody.append(el('tr', {}, el('td', { colspan: 4, class: 'muted' }, 'No actors in this range.')));
}

document.getElementById('range-form').addEventListener('submit', (ev) => {
  ev.preventDefault();
  load(refresh);
});

load(async () => {
  meta = await api('/api/meta');
  document.getElementById('n-articles').textContent = String(meta.articles);
  document.getElementById('n-events').textContent = String(meta.events);
  document.getElementById('n-mentions').textContent = String(meta.mentions);
  document.getElementById('n-range').textContent = meta.first_date ? `${meta.first_date} – ${meta.last_date}` : 'none';
  const defaults = defaultRange(meta);
  fillInputs({ ...defaults, ...params }, ['from', 'to']);
  await refresh();
});

