// Motcua: Tasklist in Vietnamese for the one-stop desk and the departments.
// Overrides webjars/camunda/app/tasklist/scripts/config.js of Camunda's webapp (Apache License 2.0).
// To offer English too, add "en" to availableLocales: the browser's language then decides.
export default {
  app: {
    name: 'Công việc',
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
  disableWelcomeMessage: true,
  // Hides "Tạo công việc" and "Tiếp nhận hồ sơ" from users who may not use them (app/motcua/permissions.js);
  // the officer's desk (README: 'Tasklist: the dossier card and the search'): the dossier card above every
  // task's form, the dossier on each task of the list, the search for a dossier, the start form's result.
  customScripts: ['../motcua/permissions', 'scripts/motcua/desk'],
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'nhận công việc đang chọn'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'chuyển tới bộ lọc đầu tiên'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'chuyển tới công việc đầu tiên trong danh sách'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'chuyển tới ô nhập đầu tiên của biểu mẫu'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'mở hộp thoại tiếp nhận hồ sơ'
    }
  }
};
