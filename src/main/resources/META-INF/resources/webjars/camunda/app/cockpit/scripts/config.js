// Motcua: Cockpit in Vietnamese for managers (overdue work, running and finished cases, diagrams).
// Overrides webjars/camunda/app/cockpit/scripts/config.js of Camunda's webapp (Apache License 2.0).
// To offer English too, add "en" to availableLocales: the browser's language then decides.
export default {
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
  }
};
