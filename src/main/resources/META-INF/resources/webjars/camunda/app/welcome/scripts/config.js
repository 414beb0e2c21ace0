// Motcua: the welcome page in Vietnamese, with links to the application's own pages.
// Overrides webjars/camunda/app/welcome/scripts/config.js of Camunda's webapp (Apache License 2.0).
export default {
  app: {
    name: 'Motcua',
    vendor: 'Một cửa'
  },
  locales: {
    availableLocales: ['vi'],
    fallbackLocale: 'vi'
  },
  links: [
    {
      label: 'Danh mục thủ tục hành chính',
      href: '/api/procedures',
      description: 'Các thủ tục đang áp dụng, thời hạn giải quyết và thành phần hồ sơ'
    },
    {
      label: 'Lịch làm việc năm nay',
      href: '/api/calendar/' + new Date().getFullYear(),
      description: 'Ngày nghỉ lễ, nghỉ bù, ngày làm bù dùng để tính thời hạn'
    }
  ]
};
