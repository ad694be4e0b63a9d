import type { Messages } from './en.js';

export const uk: Messages = {
  'state.loading': 'Завантаження…',
  'state.empty': 'Тут поки нічого немає.',
  'state.error': 'Щось пішло не так.',
  'action.retry': 'Спробувати ще раз',
  'error.validation': 'Виправте, будь ласка, виділені поля.',
  'error.not-found': 'Не знайдено. Можливо, запис видалено.',
  'error.conflict': 'Хтось змінив це тим часом. Оновіть і спробуйте ще раз.',
  'error.unavailable': 'Дані зараз недоступні. Введене збережено; спробуйте трохи згодом.',
  'field.required': 'Це поле обовʼязкове.',
  'field.email': 'Введіть адресу електронної пошти, напр. name@example.com.',
  'field.too_long': 'Занадто довге значення.',
  'field.too_small': 'Значення замале.',
  'field.too_big': 'Значення завелике.',
  'field.number': 'Введіть число.',
  'field.integer': 'Введіть ціле число.',
  'field.date': 'Введіть правильну дату.',
  'field.invalid': 'Недійсне значення.',
  'field.unknown_status': 'Такого статусу в цій кампанії немає.',
  'adapter.provided': 'Дані від провайдера сторінки: {name}',
  'adapter.default': 'Дані зберігаються в цьому браузері: {name}',
};
