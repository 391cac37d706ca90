// Actor view: counts, monthly timeline by quad class, top partners, events.
import {
  api, load, readParams, writeParams, fillInputs, el, chart, timelineOption, latestEvents, cutNote, defaultRange, eventRow, num, goldsteinBadge,
  dyadHref, actorHref, link, showError, setReady,
} from './common.js';

const url = readParams();
const code = (url.code || '').trim().toUpperCase();
const country = code.slice(0, 3);

/** Partners from the country-level network around the actor: out/in event counts and mean Goldstein. */
function partners(network) {
  const byPartner = new Map();
  const names = new Map((network.nodes || []).map((n) => [n.id, n.label]));
  for (const e of network.edges || []) {
    const src = String(e.source).split('+');
    const tgt = String(e.target).split('+');
    const add = (partner, dir) => {
      if (!partner || partner === country) return;
      const p = byPartner.get(partner) || { code: partner, name: names.get(partner), out: 0, in: 0, gsum: 0, gn: 0 };
      p[dir] += e.events || 0;
      if (e.goldstein !== null && e.goldstein !== undefined) { p.gsum += e.goldstein * (e.events || 1); p.gn += e.events || 1; }
      byPartner.set(partner, p);
    };
    if (src.includes(country)) tgt.forEach((t) => add(t, 'out'));
    if (tgt.includes(country)) src.forEach((s) => add(s, 'in'));
  }
  return [...byPartner.values()]
    .map((p) => ({ ...p, goldstein: p.gn ? p.gsum / p.gn : null }))
    .sort((x, y) => (y.out + y.in) - (x.out + x.in) || x.code.localeCompare(y.code));
}

async function refresh() {
  const from = document.getElementById('from').value;
  const to = document.getElementById('to').value;
  writeParams({ code, from, to });
  const filters = { actor: code, from, to };
  document.getElementById('all-events').href = link('events.html', filters);
  const [actor, timeline, network, events] = await Promise.all([
    api(`/api/actors/${encodeURIComponent(code)}`, { from, to }),
    api('/api/stats/timeline', { ...filters, interval: 'month' }),
    api('/api/network', { ...filters, level: 'country' }),
    latestEvents(filters),
  ]);
  const name = actor.name || code;
  document.getElementById('title').textContent = actor.name ? `${actor.name} (${code})` : code;
  document.title = `Dyadic · ${name}`;
  document.getElementById('n-events').textContent = String(actor.events ?? 0);
  document.getElementById('n-mentions').textContent = String(actor.mentions ?? 0);
  document.getElementById('n-goldstein').textContent = actor.goldstein === null || actor.goldstein === undefined
    ? '—' : num(actor.goldstein, 2);

  chart(document.getElementById('timeline')).setOption(timelineOption(timeline));
  document.getElementById('undated').textContent = timeline.undated
    ? `${timeline.undated} undated event${timeline.undated === 1 ? '' : 's'} not shown.` : '';

  const rows = partners(network).slice(0, 20);
  const pbody = document.querySelector('#partners tbody');
  pbody.replaceChildren(...rows.map((p) => el('tr', { class: 'partner-row' },
    el('td', {},
      el('a', { href: dyadHref(code, p.code, { from, to }), title: `Events between ${name} and ${p.name || p.code}` },
        el('span', { class: 'code' }, p.code), p.name && p.name !== p.code ? el('span', { class: 'person' }, ` ${p.name}`) : null),
      ' ', el('a', { href: actorHref(p.code), class: 'muted', title: `Actor page of ${p.code}` }, '↗')),
    el('td', { class: 'num' }, String(p.out)),
    el('td', { class: 'num' }, String(p.in)),
    el('td', { class: 'num' }, goldsteinBadge(p.goldstein)))));
  if (!rows.length) pbody.append(el('tr', {}, el('td', { colspan: 4, class: 'muted' }, 'No partners in this range.')));

  const body = document.querySelector('#actor-events tbody');
  body.replaceChildren(...events.events.map((e) => eventRow(e)));
  if (!events.events.length) body.append(el('tr', {}, el('td', { colspan: 8, class: 'muted' }, 'No events of this actor.')));
  document.getElementById('list-cut')?.remove();
  const note = cutNote(events.events.length, events.total, filters);
  if (note) document.getElementById('actor-events').closest('section').append(note);
}

document.getElementById('actor-form').addEventListener('submit', (ev) => { ev.preventDefault(); load(refresh); });

if (!code) {
  showError('This page needs an actor code: actor.html?code=CHN');
  setReady(true);
} else {
  load(async () => {
    const range = url.from || url.to ? { from: url.from || '', to: url.to || '' } : defaultRange(await api('/api/meta'));
    fillInputs(range, ['from', 'to']);
    await refresh();
  });
}
