// The app's plain tables (ui/tables.py): a header and rows of text, a link or a bold text per cell, kept mounted
// across reruns and refilled in place, so a year change rewrites only the cells whose text changed. Text is set
// with textContent, a link's address only when it is http(s).
function resize(parent, count, tag) {
  while (parent.children.length > count) parent.lastChild.remove();
  while (parent.children.length < count) parent.appendChild(document.createElement(tag));
}

// The element a cell's text goes in: the cell itself, or the link or bold text inside it.
function holder(td, tag) {
  if (!tag) {
    if (td.firstElementChild) td.replaceChildren();
    return td;
  }
  if (td.firstElementChild?.tagName !== tag.toUpperCase()) td.replaceChildren(document.createElement(tag));
  return td.firstElementChild;
}

function fillCell(td, cell, right) {
  td.className = right ? 'ptable-right' : '';
  if (cell !== null && typeof cell === 'object' && cell.href !== undefined) {
    const link = holder(td, 'a');
    if (/^https?:\/\//i.test(cell.href)) link.href = cell.href;
    else link.removeAttribute('href');
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    setText(link, cell.text);
  } else if (cell !== null && typeof cell === 'object') {
    setText(holder(td, 'strong'), cell.text);
  } else {
    setText(holder(td, null), cell ?? '');
  }
}

export default function ({data, parentElement}) {
  parentElement.__ptable ??= tableBox(parentElement, 'ptable');
  const {box, head, body} = parentElement.__ptable;
  const {columns, rows, height} = data;
  box.style.maxHeight = height ? `${height}px` : '';
  box.classList.toggle('ptable-scroll', Boolean(height));
  resize(head, columns.length, 'th');
  columns.forEach((c, i) => {
    const th = head.children[i];
    th.scope = 'col';
    th.className = c.right ? 'ptable-right' : '';
    setText(th, c.label);
  });
  resize(body, rows.length, 'tr');
  rows.forEach((row, r) => {
    const tr = body.children[r];
    resize(tr, row.length, 'td');
    row.forEach((cell, i) => fillCell(tr.children[i], cell, columns[i].right));
  });
}
