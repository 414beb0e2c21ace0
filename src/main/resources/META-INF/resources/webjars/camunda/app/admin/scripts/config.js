// Motcua: Admin in Vietnamese for the administrators (users, groups, authorizations, the system's settings).
// Overrides webjars/camunda/app/admin/scripts/config.js of Camunda's webapp (Apache License 2.0).
// To offer English too, add "en" to availableLocales: the browser's language then decides.
export default {
  app: {
    name: 'Quản trị',
    vendor: 'Motcua'
  },
  locales: {
    availableLocales: ['vi'],
    fallbackLocale: 'vi'
  },
  // As in Tasklist and Cockpit: no first-visit box, so the login page no longer asks for GET /camunda-welcome,
  // which Motcua's security answers 401 (Camunda Run serves it; Motcua does not).
  disableWelcomeMessage: true
};
