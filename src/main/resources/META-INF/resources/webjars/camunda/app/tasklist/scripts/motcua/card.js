// Motcua: the dossier card shown above the form of every task of a procedure (README: 'Tasklist: the
// dossier card and the search'). Plain DOM: what it shows comes from GET /api/tasks/{id}/card and the
// dossier's files (GET /api/dossiers/{code}/files); Tasklist-specific glue is in tasklist-glue.js.
import { ApiError, el, fileSize, getJson, href, moment, postForm, workingTimeLeft } from './api.js';

const KIND_LABELS = {
  PAPER: 'Giấy tờ trong hồ sơ',
  DRAFT: 'Dự thảo kết quả',
  SIGNED: 'Kết quả đã ký',
  RESULT: 'Kết quả trả cho tổ chức, công dân'
};

const ACCEPTED = 'application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png';

function fact(label, value, test) {
  const row = el('div', null, 'motcua-fact');
  row.append(el('span', label, 'motcua-fact-label'));
  const v = el('span', null, 'motcua-fact-value', test);
  if (value instanceof Node) v.append(value); else v.textContent = value == null || value === '' ? '—' : value;
  row.append(v);
  return row;
}

const SECTIONS_KEY = 'motcua.dossierCard.closedSections';

function closedSections() {
  try {
    return JSON.parse(localStorage.getItem(SECTIONS_KEY)) || [];
  } catch (e) {
    return [];
  }
}

/** A part of the card that the officer may fold away; it stays folded on the next tasks. */
function section(title, test) {
  const details = el('details', null, 'motcua-section', test);
  details.open = !closedSections().includes(test);
  details.append(el('summary', title));
  details.addEventListener('toggle', () => {
    const closed = closedSections().filter(name => name !== test);
    if (!details.open) closed.push(test);
    try {
      localStorage.setItem(SECTIONS_KEY, JSON.stringify(closed));
    } catch (e) {
      // private browsing: folding lasts for this card only
    }
  });
  return details;
}

function applicantText(card) {
  if (card.applicantShown === 'NONE' || !card.applicant) {
    return 'Không hiển thị';
  }
  const a = card.applicant;
  return [a.name, a.idNumber ? 'Số định danh ' + a.idNumber : null, a.phone ? 'ĐT ' + a.phone : null,
    a.address].filter(Boolean).join(' · ');
}

function due(iso, hoursLeft, test) {
  const span = el('span', null, null, test);
  span.append(el('span', moment(iso)));
  if (hoursLeft != null) {
    span.append(' ');
    span.append(el('span', '(' + workingTimeLeft(hoursLeft) + ')', hoursLeft < 0 ? 'motcua-late' : 'motcua-left',
      test + '-left'));
  }
  return span;
}

function fileLink(card, file) {
  const li = el('li', null, 'motcua-file', 'card-file');
  li.dataset.fileId = file.id;
  li.dataset.kind = file.kind;
  let a;
  if (card.applicantShown === 'FULL') {
    a = el('a', file.fileName, null, 'card-file-link');
    a.href = href('/api/dossiers/' + encodeURIComponent(card.dossierCode) + '/files/' + encodeURIComponent(file.id));
    a.target = '_blank';
    a.rel = 'noopener';
  } else {
    // the files show the applicant's ID number, which this viewer sees masked: listed, not opened (README: 'Dossier files')
    a = el('span', file.fileName, null, 'card-file-name');
  }
  li.append(a, el('span', ' ' + fileSize(file.size) + ' · ' + (file.uploadedByName || file.uploadedBy || '')
    + ' · ' + moment(file.uploadedAt), 'motcua-muted'));
  return li;
}

/** Papers received, each with its scanned files, then the other files of the dossier, and the upload. */
function papersAndFiles(card, container) {
  container.replaceChildren();
  const papers = el('ul', null, 'motcua-papers', 'card-papers');
  card.papers.forEach(paper => {
    const li = el('li', null, 'motcua-paper', 'card-paper');
    li.dataset.paperCode = paper.code;
    li.append(el('span', paper.name), el('span', ' (' + paper.code + ')', 'motcua-muted'));
    li.append(el('ul', null, 'motcua-files'));
    papers.append(li);
  });
  if (!card.papers.length) {
    papers.append(el('li', 'Không có giấy tờ nào được ghi nhận.', 'motcua-muted'));
  }
  container.append(el('h5', 'Giấy tờ đã nhận'), papers);
  const others = el('ul', null, 'motcua-files', 'card-files');
  const othersBlock = el('div');
  othersBlock.append(el('h5', 'Tệp của hồ sơ'), others);
  container.append(othersBlock);
  const status = el('p', 'Đang tải danh sách tệp…', 'motcua-muted', 'card-files-status');
  container.append(status);

  const load = () => getJson('/api/dossiers/' + encodeURIComponent(card.dossierCode) + '/files')
    .then(files => {
      status.textContent = '';
      others.replaceChildren();
      papers.querySelectorAll('.motcua-files').forEach(list => list.replaceChildren());
      files.forEach(file => {
        const paper = file.kind === 'PAPER' && file.paperCode
          ? papers.querySelector('li[data-paper-code="' + CSS.escape(file.paperCode) + '"] > .motcua-files') : null;
        if (paper) {
          paper.append(fileLink(card, file));
        } else {
          const item = fileLink(card, file);
          item.prepend(el('span', (KIND_LABELS[file.kind] || file.kind) + ': ', 'motcua-kind'));
          others.append(item);
        }
      });
      if (!others.children.length) {
        others.append(el('li', 'Chưa có tệp dự thảo hay kết quả.', 'motcua-muted'));
      }
    })
    .catch(error => {
      status.textContent = error instanceof ApiError && error.status === 404
        ? 'Chưa có tệp nào.' : 'Không tải được danh sách tệp: ' + error.message;
    });
  load();
  if (card.uploadKind && card.mayAttach) {
    container.append(uploadForm(card, load));
  }
}

function uploadForm(card, reload) {
  const form = el('form', null, 'motcua-upload form-inline', 'card-upload');
  form.id = 'motcua-card-upload';
  form.dataset.kind = card.uploadKind;
  form.append(el('label', 'Đính kèm ' + (KIND_LABELS[card.uploadKind] || card.uploadKind).toLowerCase() + ': '));
  let paper = null;
  if (card.uploadKind === 'PAPER') {
    paper = el('select', null, 'form-control input-sm', 'card-upload-paper');
    paper.name = 'paperCode';
    card.papers.forEach(p => {
      const option = el('option', p.name);
      option.value = p.code;
      paper.append(option);
    });
    form.append(paper, ' ');
  }
  const input = el('input', null, 'form-control input-sm', 'card-upload-input');
  input.type = 'file';
  input.name = 'file';
  input.accept = ACCEPTED;
  const submit = el('button', 'Tải lên', 'btn btn-default btn-sm', 'card-upload-submit');
  submit.type = 'submit';
  const message = el('span', '', 'motcua-upload-message', 'card-upload-message');
  form.append(input, ' ', submit, ' ', message);
  form.addEventListener('submit', event => {
    event.preventDefault();
    if (!input.files.length) {
      message.textContent = 'Chọn tệp PDF, JPEG hoặc PNG.';
      return;
    }
    const data = new FormData();
    data.append('file', input.files[0]);
    data.append('kind', card.uploadKind);
    data.append('taskId', card.taskId);
    if (paper && paper.value) data.append('paperCode', paper.value);
    submit.disabled = true;
    message.textContent = 'Đang tải lên…';
    postForm('/api/dossiers/' + encodeURIComponent(card.dossierCode) + '/files', data)
      .then(() => {
        message.textContent = 'Đã đính kèm ' + input.files[0].name + '.';
        input.value = '';
        reload();
      })
      .catch(error => { message.textContent = 'Không đính kèm được: ' + error.message; })
      .finally(() => { submit.disabled = false; });
  });
  return form;
}

function stepsTable(card) {
  const table = el('table', null, 'table table-condensed motcua-steps', 'card-steps');
  const head = el('tr');
  ['Bước', 'Đơn vị', 'Người xử lý', 'Bắt đầu', 'Hạn', 'Kết thúc', 'Đánh giá', 'Ý kiến'].forEach(h => head.append(el('th', h)));
  table.append(el('thead'));
  table.tHead.append(head);
  const body = el('tbody');
  card.steps.forEach(step => {
    const tr = el('tr', null, step.current ? 'motcua-current' : null, 'card-step');
    tr.dataset.activityId = step.activityId || '';
    tr.dataset.current = String(step.current);
    const judged = step.current ? 'Đang xử lý' : step.endedAt ? (step.timelinessLabel || '—') : 'Đang xử lý';
    const opinion = [step.outcomeLabel, step.note].filter(Boolean).join(': ');
    [step.name, step.unitName || step.unit, step.completedByName || '', moment(step.startedAt), moment(step.dueAt),
      step.endedAt ? moment(step.endedAt) : '', judged, opinion].forEach((text, i) => {
      const td = el('td', text);
      if (i === 6) td.className = 'motcua-judged-' + (step.current || !step.endedAt ? 'open' : (step.timeliness || 'none').toLowerCase());
      tr.append(td);
    });
    body.append(tr);
  });
  table.append(body);
  return table;
}

/**
 * Renders the card into the container. diagram(container, card) draws the diagram with the current step
 * (engine-specific: Camunda's own viewer), or returns false when it cannot.
 */
export function renderCard(container, card, diagram) {
  container.replaceChildren();
  const root = el('section', null, 'motcua-card', 'dossier-card');
  root.id = 'motcua-dossier-card';
  root.dataset.taskId = card.taskId;
  root.dataset.dossierCode = card.dossierCode;

  const header = el('header', null, 'motcua-card-header');
  const title = el('div', null, 'motcua-card-title');
  title.append(el('strong', card.procedureName, null, 'card-procedure'),
    el('span', ' · ' + card.procedureCode + (card.procedureVersionTag ? ' · ' + card.procedureVersionTag : ''),
      'motcua-muted', 'card-procedure-code'));
  header.append(title, el('span', card.statusLabel, 'label label-info motcua-status', 'card-status'));
  root.append(header);

  const facts = el('div', null, 'motcua-facts');
  facts.append(
    fact('Mã hồ sơ', card.dossierCode, 'card-dossier-code'),
    fact('Người nộp', applicantText(card), 'card-applicant'),
    fact('Kênh tiếp nhận', card.channelLabel, 'card-channel'),
    fact('Ngày tiếp nhận', moment(card.receivedAt), 'card-received'),
    fact('Hẹn trả kết quả', due(card.promisedAt, card.dossierWorkingHoursLeft, 'card-promised')),
    fact('Hạn bước này', due(card.step && card.step.dueAt,
      card.step && card.step.dueAt ? card.step.workingHoursLeft : null, 'card-step-due')));
  if (card.step && card.step.unitName) {
    facts.append(fact('Đơn vị xử lý bước này', card.step.unitName
      + (card.step.allocationDays != null ? ' · ' + String(card.step.allocationDays).replace('.', ',') + ' ngày làm việc' : ''),
      'card-step-unit'));
  }
  root.append(facts);

  const files = section('Giấy tờ và tệp đính kèm', 'card-files-section');
  const filesBody = el('div', null, 'motcua-section-body');
  files.append(filesBody);
  root.append(files);
  papersAndFiles(card, filesBody);

  if (card.forms && card.forms.length) {
    const forms = section('Biểu mẫu đã ban hành', 'card-forms-section');
    const list = el('ul', null, 'motcua-section-body motcua-forms', 'card-forms');
    card.forms.forEach(form => {
      const a = el('a', 'Mẫu số ' + form.number + ' ' + form.title, null, 'card-form-' + form.number);
      a.href = href(form.url);
      a.target = '_blank';
      a.rel = 'noopener';
      const item = el('li');
      item.append(a);
      list.append(item);
    });
    forms.append(list);
    root.append(forms);
  }

  const steps = section('Quá trình xử lý (' + card.steps.length + ' bước)', 'card-steps-section');
  steps.append(stepsTable(card));
  root.append(steps);

  const diagramSection = section('Sơ đồ quy trình: bước hiện tại được tô đậm', 'card-diagram-section');
  const pane = el('div', null, 'motcua-diagram', 'card-diagram');
  diagramSection.append(pane);
  root.append(diagramSection);
  container.append(root);
  if (!diagram || diagram(pane, card) === false) {
    const link = el('a', 'Xem sơ đồ quy trình ở thẻ "Sơ đồ quy trình"', null, 'card-diagram-link');
    link.href = '#/?task=' + encodeURIComponent(card.taskId) + '&detailsTab=task-detail-diagram';
    pane.append(link);
  }
  return root;
}

/** Loads and renders the card of a task; nothing is shown for a task that is no dossier's step. */
export function loadCard(container, taskId, diagram) {
  container.replaceChildren(el('p', 'Đang tải thông tin hồ sơ…', 'motcua-muted motcua-card-loading'));
  // another task chosen meanwhile: its own card is on the way, this one is not drawn
  const stillShown = () => !container.dataset.taskId || container.dataset.taskId === taskId;
  return getJson('/api/tasks/' + encodeURIComponent(taskId) + '/card')
    .then(card => { if (stillShown()) renderCard(container, card, diagram); })
    .catch(error => {
      if (!stillShown()) return;
      container.replaceChildren();
      if (!(error instanceof ApiError) || error.status !== 404) {
        container.append(el('p', 'Không tải được thông tin hồ sơ: ' + error.message, 'text-danger'));
      }
    });
}
