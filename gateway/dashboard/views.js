// The dashboard's building blocks: a chart with the table of its figures under it, a table of figures per
// key or area, and a CSV download of exactly what a table shows. Everything partners send is put in as text.
import { cellText, cellTitle, formatBucket, formatTick, number } from './format.js';

const COLOURS = ['#0b5394', '#e69138', '#6aa84f', '#8e44ad'];

export function element(tag, attributes = {}, children = []) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'text') node.textContent = value;
    else if (value !== undefined && value !== null) node.setAttribute(name, value);
  }
  for (const child of children) if (child) node.append(child);
  return node;
}

/** A table (columns: header texts; rows: arrays of cells, strings or { value, state }) with a CSV download. */
export function table({ caption, columns, rows, units = [], fileName, testId }) {
  const head = element('tr', {}, columns.map((c, i) => element('th', { scope: 'col', text: c, class: i ? 'num' : undefined })));
  const body = rows.map((row) =>
    element(
      'tr',
      {},
      row.map((cell, i) =>
        i === 0
          ? element('th', { scope: 'row', text: String(cell) })
          : element('td', { class: `num ${cell && cell.state ? 'state-' + cell.state.toLowerCase() : typeof cell === 'string' ? 'state-' + cell.toLowerCase() : ''}`, title: cellTitle(cell), text: cellText(cell, units[i]) }),
      ),
    ),
  );
  const tableNode = element('table', { 'data-testid': testId }, [element('caption', { text: caption }), element('thead', {}, [head]), element('tbody', {}, body)]);
  const download = element('button', { type: 'button', class: 'csv', text: 'Download CSV' });
  download.addEventListener('click', () => saveCsv(fileName, [columns, ...rows.map((row) => row.map((cell, i) => (i === 0 ? String(cell) : cellText(cell, units[i]))))]));
  return element('div', { class: 'table' }, [element('div', { class: 'scroll' }, [tableNode]), download]);
}

/** Semicolons and a byte order mark, as Dutch spreadsheet programs expect. */
export function toCsv(rows) {
  const quote = (text) => (/[;"\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  return '\ufeff' + rows.map((row) => row.map((cell) => quote(String(cell))).join(';')).join('\r\n') + '\r\n';
}

function saveCsv(fileName, rows) {
  const url = URL.createObjectURL(new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' }));
  const link = element('a', { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * A chart of some series over the buckets, with the table of its figures under it. A bucket that is not
 * shown (suppressed, not allowed, partner unavailable) is marked on the axis with a grey block, not left as a
 * silent gap.
 */
export function chartWithTable({ title, interval, buckets, series, fileName, testId }) {
  const figure = element('figure', { class: 'chart', 'data-testid': testId }, [element('figcaption', { text: title })]);
  const plot = element('div', { class: 'plot' });
  figure.append(plot);
  const rows = buckets.map((b, i) => [formatBucket(b.start, b.end, interval), ...series.map((s) => s.cells[i])]);
  figure.append(table({ caption: `${title}: de cijfers`, columns: ['Periode', ...series.map((s) => s.label)], rows, units: [null, ...series.map((s) => s.unit)], fileName, testId: testId + '-table' }));
  figure.append(element('p', { class: 'legend-note', text: '▆ grijs op de as: niet getoond (onderdrukt, niet per periode, of partner onbereikbaar)' }));
  requestAnimationFrame(() => drawChart(plot, interval, buckets, series));
  return figure;
}

function drawChart(target, interval, buckets, series) {
  target.innerHTML = '';
  if (!buckets.length || typeof uPlot === 'undefined') return;
  const x = buckets.map((b) => Date.parse(b.start + 'T00:00:00Z') / 1000);
  const values = series.map((s) => s.cells.map((c) => (c && c.state === 'SHOWN' ? c.value : c && c.state === 'ZERO' ? 0 : null)));
  const hiddenAt = buckets.map((_, i) => series.some((s) => !s.cells[i] || typeof s.cells[i] === 'string' || (s.cells[i].state !== 'SHOWN' && s.cells[i].state !== 'ZERO')));
  const startOf = new Map(x.map((t, i) => [t, buckets[i]]));
  const width = Math.max(260, Math.min(target.clientWidth || 600, 900));
  new uPlot(
    {
      width,
      height: 220,
      series: [
        { label: 'Periode', value: (u, t) => (t == null ? '' : formatBucket(startOf.get(t).start, startOf.get(t).end, interval)) },
        ...series.map((s, i) => ({
          label: s.label,
          stroke: COLOURS[i % COLOURS.length],
          width: 2,
          points: { show: true, size: 5 },
          value: (u, v, si, idx) => (idx == null ? '' : cellText(s.cells[idx], s.unit)),
        })),
      ],
      axes: [
        { values: (u, ticks) => ticks.map((t) => (startOf.has(t) ? formatTick(startOf.get(t).start, interval) : '')), splits: () => x, space: 40 },
        { values: (u, ticks) => ticks.map((t) => number.format(t)), size: 50 },
      ],
      scales: { x: { time: false }, y: { range: (u, min, max) => [0, Math.max(5, max * 1.1)] } },
      hooks: {
        draw: [
          (u) => {
            const { ctx } = u;
            ctx.save();
            ctx.fillStyle = '#9aa5ae';
            const bottom = u.bbox.top + u.bbox.height;
            hiddenAt.forEach((hidden, i) => {
              if (!hidden) return;
              const cx = u.valToPos(x[i], 'x', true);
              ctx.fillRect(cx - 6, bottom - 8, 12, 8);
            });
            ctx.restore();
          },
        ],
      },
    },
    [x, ...values],
    target,
  );
}
