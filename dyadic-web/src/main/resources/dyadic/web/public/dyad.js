// Dyad view: two actors, Goldstein by month, event types, and the events between them.
import {
  api, load, readParams, writeParams, fillInputs, el, chart, latestEvents, cutNote, eventRow, plural, showError, setReady,
} from './common.js';

const url = readParams();
const a = (url.a || '').trim().toUpperCase();
const b = (url.b || '').trim().toUpperCase();
const names = { [a]: a, [b]: b };

/** The dyad parameters for the chosen direction. */
function dyads(direction) {
  if (direction === 'ab') return [`${a},${b}`];
  if (direction === 'ba') return [`${b},${a}`];
  return [`${a},${b}`, `${b},${a}`];
}

async function actorName(code) {
  if (code.includes('+')) return (await Promise.all(code.split('+').map(actorName))).join(' + ');
  try {
    const actor = await api(`/api/actors/${encodeURIComponent(code)}`);
    return actor.name || code;
  } catch (e) {
    return code;
  }
}

function goldsteinOption(rows) {
  const line = (name, key, color, dashed) => ({
    name, type: 'line', smooth: false, showSymbol: rows.length < 40, itemStyle: { color },
    lineStyle: { color, width: 2, type: dashed ? 'dashed' : 'solid' },
    data: rows.map((r) => r[key]),
  });
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0, data: ['Cooperation', 'Conflict', 'Net'] },
    grid: { left: 44, right: 16, top: 36, bottom: 30 },
    xAxis: { type: 'category', data: rows.map((r) => r.period) },
    yAxis: { type: 'value', name: 'Goldstein', nameTextStyle: { align: 'left' } },
    series: [
      line('Cooperation', 'cooperation', '#59a14f'),
      line('Conflict', 'conflict', '#e15759'),
      line('Net', 'net', '#4e79a7', true),
    ],
  };
}

function typesOption(rows) {
  const sorted = [...rows].reverse(); // largest at the top of a horizontal bar chart
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 110, right: 24, top: 10, bottom: 30 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: sorted.map((r) => r.key) },
    series: [{ type: 'bar', name: 'Events', data: sorted.map((r) => r.events), itemStyle: { color: '#4e79a7' }, barMaxWidth: 22 }],
  };
}

async function refresh() {
  const direction = document.getElementById('direction').value;
  const from = document.getElementById('from').value;
  const to = document.getElementById('to').value;
  writeParams({ a, b, direction: direction === 'both' ? '' : direction, from, to });
  const filters = { dyad: dyads(direction), from, to };
  const [gold, types, events] = await Promise.all([
    api('/api/stats/goldstein', filters),
    api('/api/stats/counts', { ...filters, by: 'type' }),
    latestEvents(filters),
  ]);
  chart(document.getElementById('goldstein')).setOption(goldsteinOption(gold));
  chart(document.getElementById('types')).setOption(typesOption(types));
  const body = document.querySelector('#dyad-events tbody');
  body.replaceChildren(...events.events.map((e) => eventRow(e)));
  if (!events.events.length) body.append(el('tr', {}, el('td', { colspan: 8, class: 'muted' }, 'No events between these actors.')));
  document.getElementById('summary').textContent = plural(events.total, 'event');
  document.getElementById('list-cut')?.remove();
  const note = cutNote(events.events.length, events.total, filters);
  if (note) document.getElementById('dyad-events').closest('section').append(note);
}

document.getElementById('dyad-form').addEventListener('submit', (ev) => { ev.preventDefault(); load(refresh); });
document.getElementById('direction').addEventListener('change', () => load(refresh));

if (!a || !b) {
  showError('This page needs two actors: dyad.html?a=CHN&b=RUS');
  setReady(true);
} else {
  load(async () => {
    fillInputs(url, ['from', 'to']);
    if (['both', 'ab', 'ba'].includes(url.direction)) document.getElementById('direction').value = url.direction;
    const [na, nb] = await Promise.all([actorName(a), actorName(b)]);
    names[a] = na; names[b] = nb;
    document.getElementById('title').textContent = `${na} – ${nb}`;
    document.title = `Dyadic · ${na} – ${nb}`;
    document.getElementById('dir-ab').textContent = `${na} → ${nb}`;
    document.getElementById('dir-ba').textContent = `${nb} → ${na}`;
    await refresh();
  });
}
