// Motcua: "Các cơ quan trong tỉnh" on Cockpit's dashboard, for the province's roles (the page /province in full).
const css = `
.motcua-province h3 { margin-top: 0; }
.motcua-province table { width: 100%; margin-bottom: 8px; }
.motcua-province th, .motcua-province td { padding: 4px 8px; border-bottom: 1px solid #e5e8eb; text-align: left; }
.motcua-province .num { text-align: right; }
.motcua-province .late { color: #a94442; font-weight: 600; }
.motcua-province .dot { display: inline-block; width: 11px; height: 11px; border-radius: 50%; margin-right: 2px; }
.motcua-province .met { background: #2e7d32; } .motcua-province .unmet { background: #c62828; }
.motcua-province .undecided { background: #b0b7bf; }`;

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text != null) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function percent(value) {
  return value == null ? '—' : (Number(value) * 100).toLocaleString('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 }) + ' %';
}

export default {
  id: 'motcua-province',
  pluginPoint: 'cockpit.dashboard',
  priority: 30,
  render: (node) => {
    fetch('/api/province/agencies', { credentials: 'same-origin' })
      .then(response => response.ok ? response.json() : Promise.reject(response.status))
      .then(view => {
        const root = element('section', null, 'motcua-province');
        root.append(element('style', css), element('h3', 'Các cơ quan trong tỉnh'));
        const t = element('table', null, 'cam-table');
        const head = element('tr');
        ['Cơ quan', 'Đúng hạn tháng này', 'Đúng hạn năm nay', 'Đang quá hạn', 'ISO', 'Điểm'].forEach(h => head.append(element('th', h)));
        t.append(head);
        view.agencies.forEach(a => {
          const tr = element('tr');
          tr.append(element('td', a.agencyName), element('td', percent(a.onTimeRateMonth), 'num'),
            element('td', percent(a.onTimeRateYear), 'num'), element('td', String(a.overdueNow), a.overdueNow > 0 ? 'num late' : 'num'));
          const qms = element('td');
          a.qms.forEach(h => { const dot = element('span', null, 'dot ' + (h.met == null ? 'undecided' : h.met ? 'met' : 'unmet'));
            dot.title = h.title; qms.append(dot); });
          qms.append(' ' + a.qmsMet + '/' + a.qmsDecided);
          tr.append(qms, element('td', a.score == null ? '—' : Number(a.score).toLocaleString('vi-VN'), 'num'));
          t.append(tr);
        });
        const more = element('a', 'Xem đầy đủ, sắp xếp, diễn biến và tải Excel');
        more.href = '/province';
        root.append(t, more);
        node.append(root);
      })
      // the view is the province's: other users' dashboards stay as they are
      .catch(() => {});
  }
};
