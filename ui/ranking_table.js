// The rankings table (ui/ranking_grid.py): a plain HTML table, sorted by a click on any column's header (again:
// the other way; a row without a figure stays last), refilled in place on a rerun while the component stays
// mounted, so a year change rewrites only the cells whose text changed and keeps the order chosen (a column is
// known by its kind: rank, province, bar...). A province's name opens its profile.
function buildTable(root, setTriggerValue) {
  const {box, table, head, body: tbody} = tableBox(root, 'rtable');
  const caption = document.createElement('caption');
  caption.className = 'rtable-caption';
  const colgroup = document.createElement('colgroup');
  table.prepend(caption, colgroup);
  const grid = {box, caption, colgroup, head, tbody, data: null, columns: '', sort: null};
  clickToProvince(tbody, 'button[data-slug]', setTriggerValue);
  head.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-column]');
    if (!button) return;
    const {kind, first} = grid.data.columns[Number(button.dataset.column)];
    const same = grid.sort && grid.sort.kind === kind;
    grid.sort = {kind, dir: same ? -grid.sort.dir : (first === 'desc' ? -1 : 1)};
    fill(grid);
  });
  return grid;
}

// The header and the column widths, built again only when the columns change (another language, a help text
// with another year).
function heading(grid) {
  const {columns} = grid.data;
  const key = JSON.stringify(columns);
  if (key === grid.columns) return;
  grid.columns = key;
  const total = columns.reduce((sum, c) => sum + c.width, 0);
  grid.colgroup.replaceChildren(...columns.map((c) => {
    const col = document.createElement('col');
    col.style.width = `${(100 * c.width) / total}%`;
    return col;
  }));
  grid.head.replaceChildren(...columns.map((c, i) => {
    const th = document.createElement('th');
    th.scope = 'col';
    th.className = `rtable-${c.kind}`;
    if (c.help) th.title = c.help;
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.column = String(i);
    button.textContent = c.label;
    th.appendChild(button);
    return th;
  }));
  grid.tbody.replaceChildren();
}

// The rows' order under the chosen sort: numbers as numbers, names in Vietnamese order, a blank always last.
function order(grid) {
  const {rows, columns} = grid.data;
  const index = rows.map((_, i) => i);
  const {sort} = grid;
  const column = sort ? columns.findIndex((c) => c.kind === sort.kind) : -1;
  if (column < 0) return index;
  const names = sort.kind === 'province';
  return index.sort((a, b) => {
    const x = rows[a].cells[column][0];
    const y = rows[b].cells[column][0];
    if (x === null || y === null) return (x === null) - (y === null) || a - b;
    const c = names ? String(x).localeCompare(String(y), 'vi') : x - y;
    return c * sort.dir || a - b;
  });
}

function newRow(columns) {
  const tr = document.createElement('tr');
  for (const c of columns) {
    const td = document.createElement('td');
    td.className = `rtable-${c.kind}`;
    if (c.kind === 'province') {
      const button = document.createElement('button');
      button.type = 'button';
      td.appendChild(button);
    } else if (c.kind === 'bar') {
      const bar = document.createElement('span');
      bar.className = 'rtable-fill';
      const text = document.createElement('span');
      text.className = 'rtable-num';
      td.append(bar, text);
    }
    tr.appendChild(td);
  }
  return tr;
}

function fillRow(tr, row, columns) {
  columns.forEach((c, i) => {
    const td = tr.children[i];
    const [, text, title] = row.cells[i];
    if (c.kind === 'province') {
      setText(td.firstChild, text);
      td.firstChild.dataset.slug = row.slug;
    } else if (c.kind === 'bar') {
      td.firstChild.style.width = `calc((100% - 12px) * ${row.bar ?? 0})`;
      setText(td.lastChild, text);
    } else {
      setText(td, text);
    }
    if (title) td.title = title;
    else td.removeAttribute('title');
  });
}

function fill(grid) {
  const {data} = grid;
  heading(grid);
  setText(grid.caption, data.label);
  grid.box.classList.toggle('rtable-scroll', data.scroll);
  data.columns.forEach((c, i) => {
    const th = grid.head.children[i];
    const sorted = grid.sort && grid.sort.kind === c.kind;
    if (sorted) th.setAttribute('aria-sort', grid.sort.dir > 0 ? 'ascending' : 'descending');
    else th.removeAttribute('aria-sort');
  });
  const rows = order(grid);
  const {tbody} = grid;
  while (tbody.children.length > rows.length) tbody.lastChild.remove();
  while (tbody.children.length < rows.length) tbody.appendChild(newRow(data.columns));
  rows.forEach((r, i) => fillRow(tbody.children[i], data.rows[r], data.columns));
}

export default function ({data, parentElement, setTriggerValue}) {
  parentElement.__grid ??= buildTable(parentElement, setTriggerValue);
  const grid = parentElement.__grid;
  grid.data = data;
  fill(grid);
}
