// Elements that stick out of the viewport, except inside containers that
// scroll sideways on purpose (wide tables).
const width = document.documentElement.clientWidth;
const out = [];
for (const el of document.querySelectorAll('main *')) {
  if (el.closest('.table-scroll')) continue;
  const r = el.getBoundingClientRect();
  if (r.right > width + 1) out.push(el.tagName + '.' + el.className + ' ' + Math.round(r.right));
}
return out.slice(0, 15);
