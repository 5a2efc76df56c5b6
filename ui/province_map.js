// The overview map (ui/maps.py): one SVG built at mount, then only recoloured on a rerun.

function build(root, setTriggerValue) {
  const box = document.createElement('div');
  box.className = 'pmap';
  const svg = element('svg', {role: 'img', class: 'pmap-svg'}, box);
  const shapes = element('g', {class: 'pmap-shapes'}, svg);
  const marks = element('g', {class: 'pmap-marks'}, svg);
  const legend = document.createElement('div');
  legend.className = 'pmap-legend';
  const hint = document.createElement('p');
  hint.className = 'pmap-hint';
  box.append(legend, hint);
  root.appendChild(box);
  const tip = tooltip(box, svg, 'path[data-slug]');
  clickToProvince(svg, 'path[data-slug]', setTriggerValue);
  return {box, svg, shapes, marks, legend, hint, tip, paths: new Map()};
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
  if (map.hint.textContent !== data.hint) map.hint.textContent = data.hint;
  map.tip.hidden = true;
}
