// Motcua: "Tìm hồ sơ" in Tasklist's header: a dossier by a part of its code or of the applicant's name,
// among the dossiers the user may read, each with its open steps (README: 'Tasklist: the dossier card and
// the search'). The user's own open tasks link to the task in Tasklist.
import { el, getJson, href, moment } from './api.js';

let panel = null;

function hitView(hit) {
  const li = el('li', null, 'motcua-hit', 'dossier-search-hit');
  li.dataset.dossierCode = hit.code;
  const head = el('div');
  head.append(el('strong', hit.code, null, 'dossier-search-code'), ' ',
    el('span', hit.statusLabel, 'label label-default'));
  li.append(head, el('div', hit.procedureName, 'motcua-muted'));
  const who = el('div', null, null, 'dossier-search-applicant');
  who.append(el('span', hit.applicantName || ''), el('span', ' · Hẹn trả ' + moment(hit.promisedAt), 'motcua-muted'));
  li.append(who);
  const tasks = el('ul', null, 'motcua-hit-tasks');
  hit.openTasks.forEach(task => {
    const item = el('li');
    if (task.mine) {
      const a = el('a', task.name, null, 'dossier-search-task');
      a.dataset.taskId = task.taskId;
      a.href = '#/?task=' + encodeURIComponent(task.taskId);
      a.addEventListener('click', () => close());
      item.append(a);
    } else {
      item.append(el('span', task.name));
    }
    item.append(el('span', ' · ' + (task.unitName || '') + ' · hạn ' + moment(task.dueAt), 'motcua-muted'));
    tasks.append(item);
  });
  if (!hit.openTasks.length) {
    tasks.append(el('li', 'Không còn bước nào đang xử lý.', 'motcua-muted'));
  }
  li.append(tasks);
  if (hit.forms && hit.forms.length) {
    li.append(formLinks(hit.forms, 'dossier-search-forms'));
  }
  if (hit.intakeForm) {
    const form = el('a', hit.intakeForm.title, 'motcua-muted', 'dossier-search-form');
    form.href = href(hit.intakeForm.href);
    form.target = '_blank';
    form.rel = 'noopener';
    li.append(form);
  }
  return li;
}

/**
 * The forms issued for the dossier, each a link to its PDF: the desk prints here the notice that processing
 * stopped (Mẫu số 05) of a withdrawn or abandoned dossier, which no task hands over.
 */
function formLinks(forms, test) {
  const list = el('ul', null, 'motcua-hit-forms', test);
  forms.forEach(form => {
    const item = el('li');
    const a = el('a', 'Mẫu số ' + form.number + ' ' + form.title, null, 'dossier-form-' + form.number);
    a.href = href(form.url);
    a.target = '_blank';
    a.rel = 'noopener';
    item.append(a);
    list.append(item);
  });
  return list;
}

function close() {
  if (panel) panel.hidden = true;
}

function open() {
  if (!panel) {
    panel = el('div', null, 'motcua-search-panel', 'dossier-search');
    panel.id = 'motcua-dossier-search';
    const input = el('input', null, 'form-control', 'dossier-search-input');
    input.id = 'motcua-dossier-search-input';
    input.type = 'search';
    input.placeholder = 'Mã hồ sơ hoặc tên người nộp (ít nhất 2 ký tự)';
    input.autocomplete = 'off';
    const closeButton = el('button', '×', 'close', 'dossier-search-close');
    closeButton.type = 'button';
    closeButton.title = 'Đóng';
    closeButton.addEventListener('click', close);
    const status = el('p', '', 'motcua-muted', 'dossier-search-status');
    const results = el('ul', null, 'motcua-hits', 'dossier-search-results');
    const head = el('div', null, 'motcua-search-head');
    head.append(el('strong', 'Tìm hồ sơ'), closeButton);
    panel.append(head, input, status, results);
    document.body.append(panel);
    let timer = null;
    let asked = 0;
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const text = input.value.trim();
        results.replaceChildren();
        if (text.length < 2) {
          status.textContent = '';
          return;
        }
        const mine = ++asked;
        status.textContent = 'Đang tìm…';
        getJson('/api/dossiers?q=' + encodeURIComponent(text))
          .then(hits => {
            if (mine !== asked) return;
            status.textContent = hits.length ? hits.length + ' hồ sơ' : 'Không có hồ sơ nào bạn được xem khớp với "' + text + '".';
            hits.forEach(hit => results.append(hitView(hit)));
          })
          .catch(error => { if (mine === asked) status.textContent = 'Không tìm được: ' + error.message; });
      }, 250);
    });
    input.addEventListener('keydown', event => { if (event.key === 'Escape') close(); });
    document.addEventListener('keydown', event => { if (event.key === 'Escape') close(); });
  }
  panel.hidden = false;
  panel.querySelector('input').focus();
}

export const searchPlugin = {
  id: 'motcua-dossier-search',
  pluginPoint: 'tasklist.navbar.action',
  priority: 300,
  render: node => {
    const link = el('a', null, null, 'dossier-search-open');
    link.id = 'motcua-dossier-search-open';
    link.href = '';
    link.append(el('span', null, 'glyphicon glyphicon-search'), ' Tìm hồ sơ');
    link.addEventListener('click', event => {
      event.preventDefault();
      if (panel && !panel.hidden) close(); else open();
    });
    node.append(link);
  }
};
