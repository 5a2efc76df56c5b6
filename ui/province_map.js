// The overview map (ui/maps.py): one SVG built at mount, then only recoloured on a rerun. Every text from the data
// is set with textContent or as an attribute value, never parsed as HTML.
const NS = 'http://www.w3.org/2000/svg';

function element(tag, attributes, parent) {
  const node = document.createElementNS(NS, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  parent.appendChild(node);
  return node;
}

function build(root, setTriggerValue) {
  const box = document.createElement('div');
  box.className = 'pmap';
  const svg = element('svg', {role: 'img', class: 'pmap-svg'}, box);
  const shapes = element('g', {class: 'pmap-shapes'}, svg);
  const marks = element('g', {class: 'pmap-marks'}, svg);
  const tip = document.createElement('div');
  tip.className = 'pmap-tip';
  tip.hidden = true;
  const legend = document.createElement('div');
  legend.className = 'pmap-legend';
  box.append(tip, legend);
  root.appendChild(box);
  const shown = (event) => {
    const path = event.target.closest('path[data-slug]');
    if (!path) { tip.hidden = true; return; }
    const frame = box.getBoundingClientRect();
    tip.textContent = path.getAttribute('aria-label');
    tip.hidden = false;
    const left = Math.min(event.clientX - frame.left + 12, frame.width - tip.offsetWidth);
    tip.style.left = `${Math.max(0, left)}px`;
    tip.style.top = `${event.clientY - frame.top + 14}px`;
  };
  svg.addEventListener('pointermove', shown);
  svg.addEventListener('pointerleave', () => { tip.hidden = true; });
  svg.addEventListener('click', (event) => {
    const path = event.target.closest('path[data-slug]');
    if (path) setTriggerValue('province', path.dataset.slug);
  });
  return {box, svg, shapes, marks, legend, tip, paths: new Map()};
}

function drawShapes(map, rows) {
  const seen = new Set();
  for (const [slug, d, fill, label] of rows) {
    seen.add(slug);
    let path = map.paths.get(slug);
    if (!path) {
      path = element('path', {'data-slug': slug}, map.shapes);
      map.paths.set(slug, path);
    }
    if (path.getAttribute('d') !== d) path.setAttribute('d', d);
    path.setAttribute('fill', fill);
    path.setAttribute('aria-label', label);
  }
  for (const [slug, path] of map.paths) {
    if (!seen.has(slug)) { path.remove(); map.paths.delete(slug); }
  }
}

function drawMarks(map, marks) {
  map.marks.replaceChildren();
  for (const [x, y, text, anchor] of marks) {
    element('circle', {cx: x, cy: y, r: 0.07}, map.marks);
    element('text', {x, y: y + 0.42, 'text-anchor': anchor}, map.marks).textContent = text;
  }
}

function drawLegend(map, legend) {
  const parts = [];
  if (legend.colours.length > 1) {
    const bar = document.createElement('span');
    bar.className = 'pmap-bar';
    bar.style.background = `linear-gradient(to right, ${legend.colours.join(', ')})`;
    const low = document.createElement('span');
    const high = document.createElement('span');
    low.textContent = legend.low;
    high.textContent = legend.high;
    const title = document.createElement('span');
    title.className = 'pmap-title';
    title.textContent = legend.title;
    parts.push(title, low, bar, high);
  }
  if (legend.no_data) {
    const swatch = document.createElement('span');
    swatch.className = 'pmap-swatch';
    swatch.style.background = legend.no_data_colour;
    const text = document.createElement('span');
    text.textContent = legend.no_data;
    parts.push(swatch, text);
  }
  map.legend.replaceChildren(...parts);
}

export default function ({data, parentElement, setTriggerValue}) {
  parentElement.__map ??= build(parentElement, setTriggerValue);
  const map = parentElement.__map;
  map.svg.setAttribute('viewBox', data.view.join(' '));
  map.svg.setAttribute('aria-label', data.label);
  map.shapes.setAttribute('transform', `scale(1,${-data.y_scale})`);
  drawShapes(map, data.shapes);
  drawMarks(map, data.marks);
  drawLegend(map, data.legend);
  map.tip.hidden = true;
}
