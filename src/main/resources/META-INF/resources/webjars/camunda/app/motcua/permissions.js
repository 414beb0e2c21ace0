// Motcua: Cockpit and Tasklist show no button the signed-in user may not use (README, "Security": a manager
// reads everything in Cockpit and changes nothing; only administrators create free-standing tasks or change
// a task's due date, which the engine derives from the step's time allocation). Camunda shows its edit
// buttons to everyone and answers their use with a 403. Loaded by `customScripts` in
// app/cockpit/scripts/config.js and app/tasklist/scripts/config.js.
//
// For each check the user fails, <body> gets a class, and the rules below hide the buttons under it. Until the
// answer is known the classes are on: a button appears once it is allowed, never disappears after a click.
// The engine itself still refuses what a user may not do; this only spares them the attempt.

const APP = (location.pathname.match(/\/app\/(cockpit|tasklist)\//) || [])[1];
const ENGINE = (location.pathname.match(/\/app\/(?:cockpit|tasklist)\/([^/]+)\//) || [])[1] || 'default';
const ROOT = location.pathname.slice(0, location.pathname.indexOf('/app/'));

// [class set when the user lacks the permission, permission, resource name, resource type (Camunda's Resources)]
const CHECKS = {
  cockpit: [['motcua-read-only', 'UPDATE', 'ProcessInstance', 8]],
  tasklist: [['motcua-no-create-task', 'CREATE', 'Task', 7], ['motcua-no-start', 'CREATE', 'ProcessInstance', 8],
    ['motcua-no-task-update', 'UPDATE', 'Task', 7]]
};

const RULES = `
/* Cockpit: cancel, retry, add variable, suspend (instance and definition toolbars) */
body.motcua-read-only .ctn-toolbar,
/* variables: edit and delete, and their column */
body.motcua-read-only [cam-widget-variables-table] .actions,
body.motcua-read-only [ng-click^="enableEditMode"], body.motcua-read-only [ng-click^="deleteVariable"],
/* user tasks: assignee, candidate groups and users */
body.motcua-read-only table.user-tasks .action, body.motcua-read-only table.user-tasks .edit-toggle,
/* jobs, job definitions, incidents: suspend, retry, priority, due date */
body.motcua-read-only [ng-click^="toggleSuspension"], body.motcua-read-only [ng-click^="openSuspensionStateDialog"],
body.motcua-read-only [ng-click="openDialog(jobDefinition)"], body.motcua-read-only [ng-click^="openRecalculationWindow"],
body.motcua-read-only [ng-click^="openJobRetryDialog"], body.motcua-read-only [ng-click^="openExternalTaskRetryDialog"],
body.motcua-read-only [ng-click^="retryFailedJobs"], body.motcua-read-only [ng-click^="incrementRetry"],
body.motcua-read-only [ng-click^="deleteDeployment"],
/* Tasklist: "Tạo công việc" (a task outside any procedure), "Tiếp nhận hồ sơ" without a procedure to start */
body.motcua-no-create-task .create-task-action,
body.motcua-no-start .start-process-action,
/* Tasklist: a task's due date (the step's deadline, the engine's) and follow-up date are not the user's to change */
body.motcua-no-task-update .task-details .reset-due-date,
body.motcua-no-task-update .task-details [translate="SET_FOLLOW_UP_DATE"],
body.motcua-no-task-update .task-details [translate="SET_DUE_DATE"] { display: none !important; }
body.motcua-no-task-update .task-details .due-date, body.motcua-no-task-update .task-details .followup-date {
  pointer-events: none; }
/* Cockpit: the history time to live reads as text, not as a link to change it */
body.motcua-read-only [ng-click="showDialog()"] { pointer-events: none; color: inherit; text-decoration: none; }
`;

let checkedUser;

function setClasses(classes, on) {
  classes.forEach(c => document.body.classList.toggle(c, on));
}

async function allowed(permission, resourceName, resourceType) {
  const query = new URLSearchParams({ permissionName: permission, resourceName, resourceType });
  const response = await fetch(`${ROOT}/api/engine/engine/${ENGINE}/authorization/check?${query}`,
    { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  return response.ok && (await response.json()).authorized === true;
}

async function refresh() {
  const checks = CHECKS[APP];
  const response = await fetch(`${ROOT}/api/admin/auth/user/${ENGINE}`,
    { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  const user = response.ok ? (await response.json()).userId : null;
  if (user === checkedUser) {
    return;
  }
  checkedUser = user;
  document.body.classList.remove('motcua-permissions-checked');
  setClasses(checks.map(([c]) => c), true);
  if (!user) {
    return;
  }
  for (const [className, permission, resourceName, resourceType] of checks) {
    const ok = await allowed(permission, resourceName, resourceType).catch(() => false);
    if (checkedUser === user) {
      document.body.classList.toggle(className, !ok);
    }
  }
  document.body.classList.add('motcua-permissions-checked');
}

if (APP) {
  const style = document.createElement('style');
  style.textContent = RULES;
  document.head.append(style);
  setClasses(CHECKS[APP].map(([c]) => c), true);
  // signing in and out goes through the login route (#/login): then check again, for the new user
  let atLogin = location.hash.startsWith('#/login');
  window.addEventListener('hashchange', () => {
    const nowAtLogin = location.hash.startsWith('#/login');
    if (nowAtLogin !== atLogin) {
      atLogin = nowAtLogin;
      refresh().catch(() => {});
    }
  });
  refresh().catch(() => {});
}
