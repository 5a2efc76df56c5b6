// The regions' spread (ui/region_spread.py): per region a box of its provinces' quartiles and a point per
// province. Drawn in pixels at the chart's own width, so its text keeps its size on a phone; redrawn on a rerun and
// when the width changes, while the component itself stays mounted.
const HEIGHT = 340;
const FONT = 12;
const LINE = 14;
const CHAR = 0.56; // a character's mean width in the app's font, in font sizes

function buildChart(root, setTriggerValue) {
  const box = document.createElement('div');
  box.className = 'rspread';
  const title = document.createElement('div');
  title.className = 'rspread-title';
  const link = document.createElement('a');
  link.target = '_self';
  const rest = document.createElement('span');
  title.append(link, rest);
  box.appendChild(title);
  const svg = element('svg', {role: 'img', class: 'rspread-svg'}, box);
  root.appendChild(box);
  const chart = {box, link, rest, svg, data: null, width: 0};
  chart.tip = tooltip(box, svg, 'circle[aria-label], rect[aria-label]');
  clickToProvince(svg, 'circle[data-slug]', setTriggerValue);
  new ResizeObserver(() => {
    if (chart.data && box.clientWidth !== chart.width) draw(chart);
  }).observe(box);
  return chart;
}

// A region's name in lines of at most `chars` characters, broken between words.
function wrap(text, chars) {
  const lines = [];
  for (const word of text.split(' ')) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + 1 + word.length <= chars) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}

function draw(chart) {
  const {data, svg} = chart;
  const width = chart.box.clientWidth || 600;
  chart.width = width;
  const left = 40;
  const right = 6;
  const top = 10;
  const band = (width - left - right) / Math.max(1, data.regions.length);
  const names = data.regions.map((r) => wrap(r.name, Math.max(6, Math.floor((band - 4) / (FONT * CHAR)))));
  const bottom = 14 + LINE * Math.max(1, ...names.map((n) => n.length));
  const lo = data.ticks[0][0];
  const hi = data.ticks[data.ticks.length - 1][0];
  const y = (v) => top + ((hi - v) / (hi - lo)) * (HEIGHT - top - bottom);
  svg.setAttribute('viewBox', `0 0 ${width} ${HEIGHT}`);
  svg.setAttribute('width', width);
  svg.setAttribute('height', HEIGHT);
  svg.replaceChildren();
  const axis = element('g', {class: 'rspread-axis'}, svg);
  for (const [v, text] of data.ticks) {
    element('line', {x1: left, x2: width - right, y1: y(v), y2: y(v)}, axis);
    element('text', {x: left - 6, y: y(v) + 4, 'text-anchor': 'end'}, axis).textContent = text;
  }
  data.regions.forEach((region, i) => {
    const cx = left + band * (i + 0.5);
    const half = Math.min(band * 0.3, 36);
    const [low, q1, median, q3, high] = region.box;
    const g = element('g', {class: 'rspread-region', stroke: region.colour}, svg);
    element('line', {x1: cx, x2: cx, y1: y(high), y2: y(q3)}, g);
    element('line', {x1: cx, x2: cx, y1: y(q1), y2: y(low)}, g);
    for (const end of [low, high]) element('line', {x1: cx - half / 2, x2: cx + half / 2, y1: y(end), y2: y(end)}, g);
    element('rect', {x: cx - half, y: y(q3), width: 2 * half, height: Math.max(1, y(q1) - y(q3)), fill: region.colour,
      class: 'rspread-box', 'aria-label': region.label}, g);
    element('line', {x1: cx - half, x2: cx + half, y1: y(median), y2: y(median), class: 'rspread-median'}, g);
    for (const [slug, value, offset, label] of region.points) {
      element('circle', {cx: cx + offset * half * 1.6, cy: y(value), r: 4, fill: region.colour, 'data-slug': slug,
        'aria-label': label}, g);
    }
    const text = element('text', {x: cx, y: HEIGHT - bottom + 16, 'text-anchor': 'middle', class: 'rspread-name'}, svg);
    names[i].forEach((line, k) => { element('tspan', {x: cx, dy: k ? LINE : 0}, text).textContent = line; });
  });
}

export default function ({data, parentElement, setTriggerValue}) {
  parentElement.__chart ??= buildChart(parentElement, setTriggerValue);
  const chart = parentElement.__chart;
  chart.data = data;
  if (data.title.href) chart.link.setAttribute('href', data.title.href);
  else chart.link.removeAttribute('href');
  chart.link.textContent = data.title.index;
  chart.rest.textContent = data.title.text;
  chart.svg.setAttribute('aria-label', data.label);
  chart.tip.hidden = true;
  draw(chart);
}
