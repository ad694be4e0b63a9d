import type { Messages } from './en.js';

export const ro: Messages = {
  'state.loading': 'Se încarcă…',
  'state.empty': 'Nimic aici deocamdată.',
  'state.error': 'Ceva nu a mers bine.',
  'action.retry': 'Încearcă din nou',
  'error.validation': 'Vă rugăm să corectați câmpurile marcate.',
  'error.not-found': 'Nu a fost găsit. Este posibil să fi fost șters.',
  'error.conflict': 'Altcineva a modificat între timp. Reîncărcați și încercați din nou.',
  'error.unavailable': 'Datele nu pot fi accesate acum. Ce ați introdus se păstrează; încercați din nou în curând.',
  'field.required': 'Acest câmp este obligatoriu.',
  'field.email': 'Introduceți o adresă de e-mail, de ex. nume@exemplu.ro.',
  'field.too_long': 'Valoarea este prea lungă.',
  'field.too_small': 'Valoarea este prea mică.',
  'field.too_big': 'Valoarea este prea mare.',
  'field.number': 'Introduceți un număr.',
  'field.integer': 'Introduceți un număr întreg.',
  'field.date': 'Introduceți o dată validă.',
  'field.invalid': 'Valoarea nu este validă.',
  'field.unknown_status': 'Acest status nu există pentru campanie.',
  'adapter.provided': 'Date de la furnizorul paginii: {name}',
  'adapter.default': 'Date stocate în acest browser: {name}',
};
