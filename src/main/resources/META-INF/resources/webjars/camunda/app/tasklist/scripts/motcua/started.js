// Motcua: after a start form, the new dossier's code and the form the desk hands over (the receipt, or
// the supplement request or refusal), until the clerk closes the notice (README: 'A dossier, end to end').
import { el, getJson, href, moment } from './api.js';

export function showStarted(processInstanceId) {
  // the dossier is registered in the transaction that started the process: it is there once the form's
  // answer has arrived; a process that is no procedure has none, and nothing is shown
  getJson('/api/dossiers?processInstanceId=' + encodeURIComponent(processInstanceId))
    .then(hits => { if (hits.length) notice(hits[0]); })
    .catch(() => {});
}

function notice(hit) {
  const old = document.getElementById('motcua-start-result');
  if (old) old.remove();
  const box = el('div', null, 'motcua-start-result alert alert-success', 'start-result');
  box.id = 'motcua-start-result';
  box.setAttribute('role', 'alert');
  box.dataset.dossierCode = hit.code;
  const close = el('button', '×', 'close', 'start-result-close');
  close.type = 'button';
  close.title = 'Đóng';
  close.addEventListener('click', () => box.remove());
  box.append(close);
  const title = el('h4', null);
  title.append('Đã tiếp nhận hồ sơ ', el('strong', hit.code, null, 'start-result-code'));
  box.append(title, el('p', hit.procedureName + (hit.applicantName ? ' · ' + hit.applicantName : '')));
  box.append(el('p', hit.statusLabel + (hit.promisedAt ? ' · Hẹn trả kết quả ' + moment(hit.promisedAt) : ''),
    null, 'start-result-status'));
  if (hit.intakeForm) {
    const form = el('a', 'In ' + hit.intakeForm.title, 'btn btn-primary', 'start-result-form');
    form.href = href(hit.intakeForm.href);
    form.target = '_blank';
    form.rel = 'noopener';
    box.append(form, ' ');
  } else {
    box.append(el('p', 'Hồ sơ chờ kiểm tra (Kiểm tra hồ sơ) trước khi in phiếu.', 'motcua-muted'));
  }
  const next = hit.openTasks.find(task => task.mine);
  if (next) {
    const a = el('a', 'Mở công việc: ' + next.name, 'btn btn-default', 'start-result-task');
    a.href = '#/?task=' + encodeURIComponent(next.taskId);
    a.addEventListener('click', () => box.remove());
    box.append(a);
  }
  document.body.append(box);
}
