// Motcua: Cockpit in Vietnamese for managers (overdue work, running and finished cases, diagrams).
// Overrides webjars/camunda/app/cockpit/scripts/config.js of Camunda's webapp (Apache License 2.0).
// To offer English too, add "en" to availableLocales: the browser's language then decides.
export default {
  // hides the buttons the user may not use (a manager reads, changes nothing); moments as 30/11/2026 13:33:22
  customScripts: ['../motcua/permissions', '../motcua/dates'],
  app: {
    name: 'Giám sát',
    vendor: 'Motcua'
  },
  dateFormat: {
    normal: 'LLL',
    long: 'LLLL'
  },
  locales: {
    availableLocales: ['vi'],
    fallbackLocale: 'vi'
  },
  // As in Tasklist: no first-visit box, so the login page no longer asks for
  // GET /camunda-welcome, which Motcua's security answers 401 (Camunda Run serves it; Motcua does not).
  disableWelcomeMessage: true
};
