// Motcua: everything that knows Camunda Tasklist 7.24's insides, kept here (README: 'Tasklist: the dossier
// card and the search'). What is relied on:
// - a plugin's render(node, data, scope) gets the AngularJS scope of its view as third argument; the
//   'tasklist.task.action' view's scope holds the task shown ("task");
// - the task view is <section class="task-card"> with the task's header, then <div class="tabbed-content">
//   (the Form, History, Diagram tabs): the card goes between them, so it is on screen with every tab;
// - AngularJS is window.angular, and its directive cam-widget-bpmn-viewer (the Diagram tab's viewer,
//   bpmn-js) takes diagram-data, control and on-load;
// - a start form is submitted with POST .../process-definition/{id}/submit-form, answered with the new
//   process instance ({"id": ...}).
// If one of these changes with a Camunda upgrade, the card, the diagram or the start notice fall back to
// showing nothing (or a link to the Diagram tab); the task forms themselves are untouched.
import { ENGINE_API, getJsonAt } from './api.js';
import { loadCard } from './card.js';

const HOST_ID = 'motcua-dossier-card-host';

/** Puts the card host in the task view, right above its tabs; null while the view is not drawn yet. */
function hostFor(taskId) {
  const section = document.querySelector('.task-details section.task-card');
  const tabs = section && section.querySelector(':scope > .tabbed-content');
  if (!tabs) {
    return null;
  }
  let host = section.querySelector(':scope > #' + HOST_ID);
  if (!host) {
    host = document.createElement('div');
    host.id = HOST_ID;
    host.className = 'motcua-card-host';
    section.insertBefore(host, tabs);
  }
  host.dataset.taskId = taskId;
  return host;
}

function showCardOf(taskId) {
  let tries = 0;
  const place = () => {
    const host = hostFor(taskId);
    if (!host) {
      // the task view is drawn after the task is known: try again on the next frames, a few seconds at most
      if (++tries < 120) requestAnimationFrame(place);
      return;
    }
    if (host.dataset.loadedTaskId === taskId) {
      return;
    }
    host.dataset.loadedTaskId = taskId;
    loadCard(host, taskId, drawDiagram);
  };
  place();
}

/** The card above the form of every task (a 'tasklist.task.action' plugin: rendered once, told of each task). */
export const cardHostPlugin = {
  id: 'motcua-dossier-card',
  pluginPoint: 'tasklist.task.action',
  priority: 1,
  render: (node, data, scope) => {
    node.hidden = true;
    if (!scope || typeof scope.$watch !== 'function') {
      return;
    }
    let shownId = null;
    scope.$watch('task', task => {
      const id = task && task.id;
      if (!id) {
        shownId = null;
        return;
      }
      const host = document.getElementById(HOST_ID);
      if (id !== shownId || !host || host.dataset.loadedTaskId !== id) {
        shownId = id;
        showCardOf(id);
      }
    });
  }
};

/** Draws the task's process with Camunda's own viewer, the current step highlighted, the steps done marked. */
function drawDiagram(pane, card) {
  const angular = window.angular;
  const injector = angular && angular.element(document.documentElement).injector();
  if (!injector || !card.processDefinitionId) {
    return false;
  }
  const $compile = injector.get('$compile');
  const scope = injector.get('$rootScope').$new(true);
  scope.control = {};
  scope.xml = null;
  scope.loaded = () => {
    const control = scope.control;
    const viewer = control.getViewer && control.getViewer();
    const registry = viewer && viewer.get('elementRegistry');
    const canvas = viewer && viewer.get('canvas');
    (card.doneActivityIds || []).forEach(id => {
      if (registry && registry.get(id) && id !== card.activityId) canvas.addMarker(id, 'motcua-done');
    });
    if (card.activityId && control.getElement && control.getElement(card.activityId)) {
      control.highlight(card.activityId);
      control.scrollToElement(card.activityId);
    }
  };
  const element = $compile('<div class="motcua-diagram-viewer" cam-widget-bpmn-viewer diagram-data="xml" '
    + 'control="control" on-load="loaded()"></div>')(scope);
  pane.append(element[0]);
  getJsonAt(ENGINE_API + '/process-definition/' + encodeURIComponent(card.processDefinitionId) + '/xml')
    .then(definition => scope.$applyAsync(() => { scope.xml = definition.bpmn20Xml; }))
    .catch(() => { pane.textContent = 'Không tải được sơ đồ quy trình.'; });
  // the card is redrawn for each task: let AngularJS forget the old viewer with its node
  const observer = new MutationObserver(() => {
    if (!document.contains(pane)) {
      observer.disconnect();
      scope.$destroy();
    }
  });
  observer.observe(document.body, { childList: true, subtree: true });
  return true;
}

/** Calls onStarted(processInstanceId) after each start form this page submits. */
export function watchStartForms(onStarted) {
  const submitForm = /\/process-definition\/(key\/)?[^/]+\/submit-form(\?|$)/;
  const open = XMLHttpRequest.prototype.open;
  const send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    this.motcuaStartForm = String(method).toUpperCase() === 'POST' && submitForm.test(String(url));
    return open.call(this, method, url, ...rest);
  };
  XMLHttpRequest.prototype.send = function (...args) {
    if (this.motcuaStartForm) {
      this.addEventListener('load', () => {
        if (this.status >= 200 && this.status < 300) {
          try {
            const instance = JSON.parse(this.responseText);
            if (instance && instance.id) onStarted(instance.id);
          } catch (e) {
            // not the answer expected: no notice
          }
        }
      });
    }
    return send.apply(this, args);
  };
}
