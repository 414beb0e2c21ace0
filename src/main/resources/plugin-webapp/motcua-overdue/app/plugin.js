// Motcua: "Hồ sơ quá hạn / sắp đến hạn" on Cockpit's dashboard, for managers.
const css = `
.motcua-overdue h3 { margin-top: 0; }
.motcua-overdue .summary { display: flex; gap: 24px; margin: 8px 0 16px; flex-wrap: wrap; }
.motcua-overdue .summary div { background: #f8f9fa; padding: 8px 14px; border-radius: 4px; }
.motcua-overdue .summary b { display: block; font-size: 22px; }
.motcua-overdue table { width: 100%; margin-bottom: 16px; }
.motcua-overdue th, .motcua-overdue td { padding: 4px 8px; border-bottom: 1px solid #e5e8eb; text-align: left; }
.motcua-overdue .late { color: #a94442; font-weight: 600; }
.motcua-overdue .soon { color: #8a6d3b; }
.motcua-overdue .groups { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }`;

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text != null) node.textContent = text;
  if (className) node.className = className;
  return node;
}

// dd/MM/yyyy HH:mm in Vietnam's time, as the printed forms write a moment
const MOMENT = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit',
  year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

function moment(iso) {
  if (!iso) return '—';
  const part = Object.fromEntries(MOMENT.formatToParts(new Date(iso)).map(p => [p.type, p.value]));
  return `${part.day}/${part.month}/${part.year} ${part.hour}:${part.minute}`;
}

// "2026-11" → "11/2026"
function month(yearMonth) {
  const [year, number] = String(yearMonth).split('-');
  return number ? `${Number(number)}/${year}` : String(yearMonth);
}

function table(headings, rows) {
  const t = element('table', null, 'cam-table');
  const head = element('tr');
  headings.forEach(h => head.append(element('th', h)));
  t.append(head);
  rows.forEach(cells => {
    const tr = element('tr');
    cells.forEach(cell => { const td = element('td'); td.append(cell); tr.append(td); });
    t.append(tr);
  });
  return t;
}

function counted(steps, key) {
  const counts = new Map();
  steps.forEach(s => {
    const c = counts.get(s[key]) || { late: 0, soon: 0 };
    s.overdue ? c.late++ : c.soon++;
    counts.set(s[key], c);
  });
  return [...counts.entries()].sort((a, b) => b[1].late - a[1].late);
}

export default {
  id: 'motcua-overdue',
  pluginPoint: 'cockpit.dashboard',
  priority: 20,
  render: (node) => {
    const style = element('style', css);
    const root = element('section', null, 'motcua-overdue');
    root.append(style, element('h3', 'Hồ sơ quá hạn / sắp đến hạn'));
    node.append(root);
    const json = path => fetch(path, { credentials: 'same-origin' })
      .then(response => response.ok ? response.json() : Promise.reject(response.status));
    Promise.all([json('/api/reports/overdue'), json('/api/reports/units')])
      .then(([data, units]) => {
        data.steps.forEach(s => { s.unit = s.unit ? units[s.unit] || s.unit : null; });
        const late = data.steps.filter(s => s.overdue);
        const summary = element('div', null, 'summary');
        [['Bước quá hạn', late.length], ['Đến hạn trong 1 ngày làm việc', data.steps.length - late.length],
         ['Tỷ lệ đúng hạn tháng ' + month(data.month), data.onTimeRateThisMonth == null ? '—'
           : (data.onTimeRateThisMonth * 100).toLocaleString('vi-VN', { maximumFractionDigits: 1 }) + ' %']]
          .forEach(([label, value]) => { const d = element('div', label); d.append(element('b', String(value))); summary.append(d); });
        root.append(summary);
        const groups = element('div', null, 'groups');
        const byUnit = element('div'); byUnit.append(element('h4', 'Theo phòng, đơn vị'),
          table(['Đơn vị', 'Quá hạn', 'Sắp đến hạn'], counted(data.steps, 'unit').map(([k, c]) => [k || '—', String(c.late), String(c.soon)])));
        const byProcedure = element('div'); byProcedure.append(element('h4', 'Theo thủ tục'),
          table(['Thủ tục', 'Quá hạn', 'Sắp đến hạn'], counted(data.steps, 'procedureName').map(([k, c]) => [k, String(c.late), String(c.soon)])));
        groups.append(byUnit, byProcedure);
        root.append(groups);
        root.append(element('h4', 'Danh sách'), table(['Mã hồ sơ', 'Thủ tục', 'Bước', 'Đơn vị', 'Hạn bước', 'Hạn trả hồ sơ'],
          data.steps.map(s => {
            const link = element('a', s.dossierCode);
            link.href = '#/process-instance/' + s.processInstanceId + '/runtime';
            return [link, s.procedureName, element('span', s.step, s.overdue ? 'late' : 'soon'), s.unit || '—',
              element('span', moment(s.dueAt), s.overdue ? 'late' : 'soon'), moment(s.dossierDueAt)];
          })));
      })
      .catch(status => root.append(element('p', status === 403
        ? 'Bạn không có quyền xem báo cáo hồ sơ quá hạn.' : 'Không tải được danh sách hồ sơ quá hạn (' + status + ').')));
  }
};
