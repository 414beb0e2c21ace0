// Motcua: each task in Tasklist's list shows its dossier: code, applicant (where the viewer may read the
// dossier) and due moment (README: 'Tasklist: the dossier card and the search'). The list's cards ask
// together: one GET /api/tasks/cards?ids=... for the tasks drawn in the same moment.
import { el, getJson, moment } from './api.js';

const pending = new Map();
const known = new Map();
const KEEP_MS = 30000;
let timer = null;

function fill(node, card) {
  node.replaceChildren();
  if (!card) {
    return;
  }
  const box = el('div', null, 'motcua-task-dossier', 'task-card-dossier');
  box.dataset.taskId = card.taskId;
  box.dataset.dossierCode = card.dossierCode;
  box.append(el('span', card.dossierCode, 'motcua-task-code', 'task-card-code'));
  if (card.applicantName) {
    box.append(el('span', card.applicantName, 'motcua-task-applicant', 'task-card-applicant'));
  }
  const due = el('span', null, 'motcua-task-due', 'task-card-due');
  if (card.stepDueAt) {
    due.append('Hạn ' + moment(card.stepDueAt));
    if (new Date(card.stepDueAt) < new Date()) due.classList.add('motcua-late');
  }
  if (card.promisedAt) {
    due.append(el('span', (card.stepDueAt ? ' · ' : '') + 'hẹn trả ' + moment(card.promisedAt).slice(6), 'motcua-muted'));
  }
  box.append(due);
  node.append(box);
}

function flush() {
  timer = null;
  const batch = new Map(pending);
  pending.clear();
  const ids = [...batch.keys()];
  for (let i = 0; i < ids.length; i += 50) {
    const chunk = ids.slice(i, i + 50);
    getJson('/api/tasks/cards?ids=' + chunk.map(encodeURIComponent).join(','))
      .then(cards => {
        const byId = new Map(cards.map(card => [card.taskId, card]));
        chunk.forEach(id => {
          const card = byId.get(id) || null;
          known.set(id, { card, at: Date.now() });
          batch.get(id).forEach(node => fill(node, card));
        });
      })
      .catch(() => chunk.forEach(id => batch.get(id).forEach(node => node.replaceChildren())));
  }
}

export const taskCardPlugin = {
  id: 'motcua-task-dossier',
  pluginPoint: 'tasklist.card',
  // before the filter's variables
  priority: 100,
  render: (node, data) => {
    const taskId = data && data.taskId;
    if (!taskId) {
      return;
    }
    const cached = known.get(taskId);
    if (cached && Date.now() - cached.at < KEEP_MS) {
      fill(node, cached.card);
      return;
    }
    if (!pending.has(taskId)) pending.set(taskId, []);
    pending.get(taskId).push(node);
    if (!timer) timer = setTimeout(flush, 30);
  }
};
