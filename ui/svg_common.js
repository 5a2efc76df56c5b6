// Helpers shared by the app's components (ui/components.py puts them before each component's script).
// Every text from the data is set with textContent or as an attribute value, never parsed as HTML.
const NS = 'http://www.w3.org/2000/svg';

function setText(node, text) {
  if (node.textContent !== text) node.textContent = text;
}

// An empty table in a box of class `className` under `root`: its header row and body are filled by the caller.
function tableBox(root, className) {
  const box = document.createElement('div');
  box.className = className;
  const table = document.createElement('table');
  const thead = document.createElement('thead');
  const head = document.createElement('tr');
  thead.appendChild(head);
  const body = document.createElement('tbody');
  table.append(thead, body);
  box.appendChild(table);
  root.appendChild(box);
  return {box, table, head, body};
}

function element(tag, attributes, parent) {
  const node = document.createElementNS(NS, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  parent.appendChild(node);
  return node;
}

// A tooltip in `box` that shows the aria-label of the `selector` element under the pointer in `svg`.
function tooltip(box, svg, selector) {
  const tip = document.createElement('div');
  tip.className = 'svg-tip';
  tip.hidden = true;
  box.appendChild(tip);
  svg.addEventListener('pointermove', (event) => {
    const target = event.target.closest(selector);
    if (!target) { tip.hidden = true; return; }
    const frame = box.getBoundingClientRect();
    tip.textContent = target.getAttribute('aria-label');
    tip.hidden = false;
    const left = Math.min(event.clientX - frame.left + 12, frame.width - tip.offsetWidth);
    tip.style.left = `${Math.max(0, left)}px`;
    tip.style.top = `${event.clientY - frame.top + 14}px`;
  });
  svg.addEventListener('pointerleave', () => { tip.hidden = true; });
  return tip;
}

// A click on a `selector` element inside `root` sends its data-slug to Python as the trigger 'province'.
function clickToProvince(root, selector, setTriggerValue) {
  root.addEventListener('click', (event) => {
    const target = event.target.closest(selector);
    if (target) setTriggerValue('province', target.dataset.slug);
  });
}
