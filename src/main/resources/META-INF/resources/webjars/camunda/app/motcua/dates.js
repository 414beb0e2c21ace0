// Motcua: Cockpit writes a moment the way Vietnamese papers do, 30/11/2026 13:33:22 (README, "Tasklist,
// Cockpit and the welcome page speak Vietnamese"). Cockpit fixes its own "normal" format to ISO
// (2026-11-30T13:33:22) whatever scripts/config.js says; this registers, before Cockpit starts, a setting of
// its camDateFormat provider that runs after Cockpit's own. Loaded by `customScripts` in
// app/cockpit/scripts/config.js.
const angular = window.angular;

if (angular && location.pathname.includes('/app/cockpit/')) {
  angular.module('cam.cockpit').config(['camDateFormatProvider', formats => {
    formats.setDateFormat('DD/MM/YYYY HH:mm:ss', 'normal');
    formats.setDateFormat('DD/MM/YYYY HH:mm', 'abbr');
    formats.setDateFormat('DD/MM/YYYY', 'short');
  }]);
}
