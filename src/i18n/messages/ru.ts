import type { Messages } from './en.js';

export const ru: Messages = {
  'state.loading': 'Загрузка…',
  'state.empty': 'Здесь пока ничего нет.',
  'state.error': 'Что-то пошло не так.',
  'action.retry': 'Повторить',
  'error.validation': 'Исправьте, пожалуйста, выделенные поля.',
  'error.not-found': 'Не найдено. Возможно, запись удалена.',
  'error.conflict': 'Кто-то изменил это за это время. Обновите и попробуйте снова.',
  'error.unavailable': 'Данные сейчас недоступны. Введённое сохранено; попробуйте чуть позже.',
  'field.required': 'Это поле обязательно.',
  'field.email': 'Введите адрес электронной почты, напр. name@example.com.',
  'field.too_long': 'Слишком длинное значение.',
  'field.too_small': 'Значение слишком мало.',
  'field.too_big': 'Значение слишком велико.',
  'field.number': 'Введите число.',
  'field.integer': 'Введите целое число.',
  'field.date': 'Введите правильную дату.',
  'field.invalid': 'Недопустимое значение.',
  'field.unknown_status': 'Такого статуса в этой кампании нет.',
  'adapter.provided': 'Данные от провайдера страницы: {name}',
  'adapter.default': 'Данные хранятся в этом браузере: {name}',
};
