// Network: actors as nodes, directed edges coloured by mean Goldstein; Cytoscape with the cose layout.
import {
  api, load, readParams, writeParams, fillInputs, el, goldsteinColor, actorHref, num, plural,
} from './common.js';

const url = readParams();
let cy = null;

function scale(value, min, max, lo, hi) {
  if (max <= min) return (lo + hi) / 2;
  return lo + ((value - min) / (max - min)) * (hi - lo);
}

function tooltip(text, pos) {
  const tip = document.getElementById('tooltip');
  if (!text) { tip.hidden = true; return; }
  tip.textContent = text;
  tip.style.left = `${pos.x + 12}px`;
  tip.style.top = `${pos.y + 12}px`;
  tip.hidden = false;
}

async function refresh() {
  if (typeof cytoscape === 'undefined') throw new Error('The network library (Cytoscape) did not load');
  const filters = {
    from: document.getElementById('from').value,
    to: document.getElementById('to').value,
    plover: document.getElementById('plover').value,
    level: document.getElementById('level').value,
  };
  writeParams({ ...filters, level: filters.level === 'country' ? '' : filters.level });
  const net = await api('/api/network', filters);
  const nodes = net.nodes || [];
  const edges = net.edges || [];
  const nMax = Math.max(1, ...nodes.map((n) => n.events || 0));
  const nMin = Math.min(nMax, ...nodes.map((n) => n.events || 0));
  const eMax = Math.max(1, ...edges.map((e) => e.events || 0));
  const eMin = Math.min(eMax, ...edges.map((e) => e.events || 0));
  const ids = new Set(nodes.map((n) => n.id));
  const elements = [
    ...nodes.map((n) => ({
      data: {
        id: n.id, label: n.id, name: n.label && n.label !== n.id ? n.label : '', events: n.events || 0,
        size: Math.round(scale(Math.sqrt(n.events || 0), Math.sqrt(nMin), Math.sqrt(nMax), 22, 70)),
      },
    })),
    ...edges.filter((e) => ids.has(e.source) && ids.has(e.target)).map((e, i) => ({
      data: {
        id: `e${i}`, source: e.source, target: e.target, events: e.events || 0, mentions: e.mentions || 0,
        goldstein: e.goldstein, color: goldsteinColor(e.goldstein),
        width: scale(e.events || 0, eMin, eMax, 1.5, 9),
      },
    })),
  ];
  if (cy) { cy.destroy(); cy = null; }
  cy = cytoscape({
    container: document.getElementById('network'),
    elements,
    minZoom: 0.2,
    maxZoom: 4,
    style: [
      { selector: 'node', style: {
        'background-color': '#5b6f86', label: 'data(label)', width: 'data(size)', height: 'data(size)',
        color: '#1f2328', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 3,
        'text-outline-color': '#fff', 'text-outline-width': 2, 'border-width': 1, 'border-color': '#fff',
      } },
      { selector: 'node:active, node.hover', style: { 'background-color': '#2f5d8a', 'border-color': '#24292f', 'border-width': 2 } },
      { selector: 'edge', style: {
        width: 'data(width)', 'line-color': 'data(color)', 'target-arrow-color': 'data(color)',
        'target-arrow-shape': 'triangle', 'curve-style': 'bezier', 'arrow-scale': 0.9, opacity: 0.85,
      } },
      { selector: 'edge.hover', style: { opacity: 1, 'z-index': 10 } },
    ],
    layout: {
      name: 'cose', animate: false, randomize: true, nodeDimensionsIncludeLabels: true, padding: 30,
      idealEdgeLength: () => 110, nodeRepulsion: () => 9000, componentSpacing: 60, numIter: 1500,
    },
  });
  window.dyadicNetwork = cy;
  cy.on('tap', 'node', (evt) => { window.location.href = actorHref(evt.target.id()); });
  cy.on('mouseover', 'node', (evt) => {
    const n = evt.target;
    n.addClass('hover');
    cy.container().title = n.data('name') || n.id();
    cy.container().style.cursor = 'pointer';
    tooltip(`${n.id()}${n.data('name') ? ` · ${n.data('name')}` : ''} · ${plural(n.data('events'), 'event')}`, evt.renderedPosition);
  });
  cy.on('mouseover', 'edge', (evt) => {
    const e = evt.target;
    e.addClass('hover');
    tooltip(`${e.data('source')} → ${e.data('target')} · ${plural(e.data('events'), 'event')} · mean Goldstein ${num(e.data('goldstein'), 1)}`,
      evt.renderedPosition);
  });
  cy.on('mouseout', 'node, edge', (evt) => {
    evt.target.removeClass('hover');
    cy.container().style.cursor = '';
    cy.container().title = '';
    tooltip(null);
  });
  document.getElementById('summary').textContent = `${plural(nodes.length, 'actor')}, ${plural(edges.length, 'directed edge')}`;
  if (!nodes.length) document.getElementById('summary').textContent = 'No events match these filters.';
}

document.getElementById('network-form').addEventListener('submit', (ev) => { ev.preventDefault(); load(refresh); });

load(async () => {
  fillInputs(url, ['from', 'to']);
  if (url.level === 'code') document.getElementById('level').value = 'code';
  try {
    const types = await api('/api/stats/counts', { by: 'type' });
    const names = types.map((t) => t.key).filter((k) => k && k !== '-').sort();
    if (url.plover && !names.includes(url.plover)) names.push(url.plover);
    document.getElementById('plover').append(...names.map((k) => el('option', { value: k }, k)));
  } catch (e) {
    // the graph works without the type list
  }
  if (url.plover) document.getElementById('plover').value = url.plover;
  await refresh();
});
