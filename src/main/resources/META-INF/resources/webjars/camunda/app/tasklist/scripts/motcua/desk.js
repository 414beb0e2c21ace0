// Motcua: the officer's desk in Tasklist (README: 'Tasklist: the dossier card and the search'), loaded by
// customScripts in ../config.js: the dossier card above every task's form, the dossier on each task of
// the list, the search for a dossier, and the new dossier's code after a start form.
import { cardHostPlugin, watchStartForms } from './tasklist-glue.js';
import { taskCardPlugin } from './task-cards.js';
import { searchPlugin } from './search.js';
import { showStarted } from './started.js';

const style = document.createElement('link');
style.rel = 'stylesheet';
style.href = new URL('./desk.css', import.meta.url).href;
document.head.append(style);

watchStartForms(showStarted);

export default [cardHostPlugin, taskCardPlugin, searchPlugin];
