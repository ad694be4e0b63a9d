/**
 * The words of the confirmation mail and of the link pages, in every language of the kit. `{x}`
 * is filled in (escaped in HTML). A mail is written in its form's language; a page in the link's
 * language, else the browser's (Accept-Language), else English.
 */
export const MAIL_LOCALES = ['en', 'uk', 'ru', 'fr', 'vi', 'ro'] as const;
export type MailLocale = (typeof MAIL_LOCALES)[number];

export interface MailMessages {
  subject: string;
  hello: string;
  helloName: string;
  signedUp: string;
  confirmButton: string;
  ignore: string;
  unsubscribe: string;
  confirmTitle: string;
  confirmText: string;
  confirmAction: string;
  confirmed: string;
  confirmedTitle: string;
  problemTitle: string;
  alreadyConfirmed: string;
  expired: string;
  invalid: string;
  gone: string;
  withdrawTitle: string;
  withdrawText: string;
  withdrawAction: string;
  withdrawn: string;
  unavailable: string;
}

export const MAIL_MESSAGES: Record<MailLocale, MailMessages> = {
  en: {
    subject: 'Please confirm your sign-up: {campaign}',
    hello: 'Hello,',
    helloName: 'Hello {name},',
    signedUp: 'You signed up for {campaign} with this email address. Please confirm that it is yours:',
    confirmButton: 'Confirm my sign-up',
    ignore: 'If you did not sign up, ignore this message: nothing happens without your confirmation. The link works for {days} days.',
    unsubscribe: 'Do not want our email? Unsubscribe',
    confirmTitle: 'Confirm your sign-up',
    confirmText: 'Confirm your sign-up for {campaign}.',
    confirmAction: 'Confirm',
    confirmed: 'Thank you: your sign-up for {campaign} is confirmed.',
    confirmedTitle: 'Sign-up confirmed',
    problemTitle: 'This link cannot be used',
    alreadyConfirmed: 'This link has been used already. Your sign-up was confirmed then; nothing was changed now.',
    expired: 'This link has expired and nothing was changed. Sign up again on the form to get a new one.',
    invalid: 'This link is not valid and nothing was changed. Check that you opened the whole link from the email.',
    gone: 'This sign-up no longer exists; nothing was changed.',
    withdrawTitle: 'Unsubscribe',
    withdrawText: 'Withdraw your consent to: {purposes}?',
    withdrawAction: 'Unsubscribe',
    withdrawn: 'Done: your consent is withdrawn ({purposes}). We will not use it any more.',
    unavailable: 'This cannot be done right now; nothing was changed. Please try again in a minute.',
  },
  uk: {
    subject: 'Підтвердьте, будь ласка, реєстрацію: {campaign}',
    hello: 'Вітаємо!',
    helloName: 'Вітаємо, {name}!',
    signedUp: 'Ви зареєструвалися на «{campaign}» з цією адресою електронної пошти. Підтвердьте, будь ласка, що вона ваша:',
    confirmButton: 'Підтвердити реєстрацію',
    ignore: 'Якщо ви не реєструвалися, просто не зважайте на цей лист: без вашого підтвердження нічого не станеться. Посилання дійсне {days} днів.',
    unsubscribe: 'Не хочете отримувати наші листи? Відписатися',
    confirmTitle: 'Підтвердьте реєстрацію',
    confirmText: 'Підтвердьте реєстрацію на «{campaign}».',
    confirmAction: 'Підтвердити',
    confirmed: 'Дякуємо! Вашу реєстрацію на «{campaign}» підтверджено.',
    confirmedTitle: 'Реєстрацію підтверджено',
    problemTitle: 'Цим посиланням не можна скористатися',
    alreadyConfirmed: 'Це посилання вже використано. Реєстрацію тоді було підтверджено; зараз нічого не змінено.',
    expired: 'Термін дії посилання минув, нічого не змінено. Зареєструйтеся у формі ще раз, щоб отримати нове.',
    invalid: 'Посилання недійсне, нічого не змінено. Перевірте, чи ви відкрили посилання з листа повністю.',
    gone: 'Цієї реєстрації вже немає; нічого не змінено.',
    withdrawTitle: 'Відписатися',
    withdrawText: 'Відкликати вашу згоду на: {purposes}?',
    withdrawAction: 'Відписатися',
    withdrawn: 'Готово: вашу згоду відкликано ({purposes}). Ми більше нею не користуватимемося.',
    unavailable: 'Зараз це неможливо; нічого не змінено. Спробуйте, будь ласка, за хвилину.',
  },
  ru: {
    subject: 'Пожалуйста, подтвердите регистрацию: {campaign}',
    hello: 'Здравствуйте!',
    helloName: 'Здравствуйте, {name}!',
    signedUp: 'Вы зарегистрировались на «{campaign}» с этим адресом электронной почты. Пожалуйста, подтвердите, что он ваш:',
    confirmButton: 'Подтвердить регистрацию',
    ignore: 'Если вы не регистрировались, просто не обращайте внимания на это письмо: без вашего подтверждения ничего не произойдёт. Ссылка действует {days} дней.',
    unsubscribe: 'Не хотите получать наши письма? Отписаться',
    confirmTitle: 'Подтвердите регистрацию',
    confirmText: 'Подтвердите регистрацию на «{campaign}».',
    confirmAction: 'Подтвердить',
    confirmed: 'Спасибо! Ваша регистрация на «{campaign}» подтверждена.',
    confirmedTitle: 'Регистрация подтверждена',
    problemTitle: 'Этой ссылкой нельзя воспользоваться',
    alreadyConfirmed: 'Эта ссылка уже использована. Регистрация тогда была подтверждена; сейчас ничего не изменено.',
    expired: 'Срок действия ссылки истёк, ничего не изменено. Зарегистрируйтесь в форме ещё раз, чтобы получить новую.',
    invalid: 'Ссылка недействительна, ничего не изменено. Проверьте, что вы открыли ссылку из письма полностью.',
    gone: 'Этой регистрации больше нет; ничего не изменено.',
    withdrawTitle: 'Отписаться',
    withdrawText: 'Отозвать ваше согласие на: {purposes}?',
    withdrawAction: 'Отписаться',
    withdrawn: 'Готово: ваше согласие отозвано ({purposes}). Мы больше не будем его использовать.',
    unavailable: 'Сейчас это невозможно; ничего не изменено. Пожалуйста, попробуйте через минуту.',
  },
  fr: {
    subject: 'Merci de confirmer votre inscription : {campaign}',
    hello: 'Bonjour,',
    helloName: 'Bonjour {name},',
    signedUp: 'Vous vous êtes inscrit(e) à « {campaign} » avec cette adresse e-mail. Merci de confirmer qu’elle est bien la vôtre :',
    confirmButton: 'Confirmer mon inscription',
    ignore: 'Si vous ne vous êtes pas inscrit(e), ignorez ce message : rien ne se passe sans votre confirmation. Le lien est valable {days} jours.',
    unsubscribe: 'Vous ne souhaitez plus recevoir nos e-mails ? Se désabonner',
    confirmTitle: 'Confirmez votre inscription',
    confirmText: 'Confirmez votre inscription à « {campaign} ».',
    confirmAction: 'Confirmer',
    confirmed: 'Merci : votre inscription à « {campaign} » est confirmée.',
    confirmedTitle: 'Inscription confirmée',
    problemTitle: 'Ce lien ne peut pas être utilisé',
    alreadyConfirmed: 'Ce lien a déjà été utilisé. Votre inscription a été confirmée à ce moment-là ; rien n’a été modifié.',
    expired: 'Ce lien a expiré et rien n’a été modifié. Inscrivez-vous à nouveau sur le formulaire pour en recevoir un nouveau.',
    invalid: 'Ce lien n’est pas valide et rien n’a été modifié. Vérifiez que vous avez ouvert le lien complet de l’e-mail.',
    gone: 'Cette inscription n’existe plus ; rien n’a été modifié.',
    withdrawTitle: 'Se désabonner',
    withdrawText: 'Retirer votre consentement pour : {purposes} ?',
    withdrawAction: 'Se désabonner',
    withdrawn: 'C’est fait : votre consentement est retiré ({purposes}). Nous ne l’utiliserons plus.',
    unavailable: 'Impossible pour le moment ; rien n’a été modifié. Réessayez dans une minute.',
  },
  vi: {
    subject: 'Vui lòng xác nhận đăng ký: {campaign}',
    hello: 'Xin chào,',
    helloName: 'Xin chào {name},',
    signedUp: 'Bạn đã đăng ký {campaign} bằng địa chỉ email này. Vui lòng xác nhận đây là email của bạn:',
    confirmButton: 'Xác nhận đăng ký',
    ignore: 'Nếu bạn không đăng ký, hãy bỏ qua thư này: không có gì xảy ra nếu bạn không xác nhận. Liên kết có hiệu lực trong {days} ngày.',
    unsubscribe: 'Không muốn nhận email của chúng tôi? Hủy đăng ký',
    confirmTitle: 'Xác nhận đăng ký',
    confirmText: 'Xác nhận đăng ký {campaign} của bạn.',
    confirmAction: 'Xác nhận',
    confirmed: 'Cảm ơn bạn: đăng ký {campaign} của bạn đã được xác nhận.',
    confirmedTitle: 'Đã xác nhận đăng ký',
    problemTitle: 'Không thể sử dụng liên kết này',
    alreadyConfirmed: 'Liên kết này đã được sử dụng. Đăng ký của bạn đã được xác nhận lúc đó; lần này không có gì thay đổi.',
    expired: 'Liên kết đã hết hạn và không có gì thay đổi. Hãy đăng ký lại trên biểu mẫu để nhận liên kết mới.',
    invalid: 'Liên kết không hợp lệ và không có gì thay đổi. Hãy kiểm tra bạn đã mở đầy đủ liên kết trong email.',
    gone: 'Đăng ký này không còn tồn tại; không có gì thay đổi.',
    withdrawTitle: 'Hủy đăng ký',
    withdrawText: 'Rút lại sự đồng ý của bạn cho: {purposes}?',
    withdrawAction: 'Hủy đăng ký',
    withdrawn: 'Xong: sự đồng ý của bạn đã được rút lại ({purposes}). Chúng tôi sẽ không sử dụng nữa.',
    unavailable: 'Hiện không thể thực hiện; không có gì thay đổi. Vui lòng thử lại sau một phút.',
  },
  ro: {
    subject: 'Vă rugăm să confirmați înscrierea: {campaign}',
    hello: 'Bună ziua,',
    helloName: 'Bună ziua, {name},',
    signedUp: 'V-ați înscris la „{campaign}” cu această adresă de e-mail. Vă rugăm să confirmați că vă aparține:',
    confirmButton: 'Confirm înscrierea',
    ignore: 'Dacă nu v-ați înscris, ignorați acest mesaj: nu se întâmplă nimic fără confirmarea dvs. Linkul este valabil {days} zile.',
    unsubscribe: 'Nu mai doriți e-mailurile noastre? Dezabonare',
    confirmTitle: 'Confirmați înscrierea',
    confirmText: 'Confirmați înscrierea la „{campaign}”.',
    confirmAction: 'Confirm',
    confirmed: 'Vă mulțumim: înscrierea la „{campaign}” este confirmată.',
    confirmedTitle: 'Înscriere confirmată',
    problemTitle: 'Acest link nu poate fi folosit',
    alreadyConfirmed: 'Acest link a fost deja folosit. Înscrierea a fost confirmată atunci; acum nu s-a schimbat nimic.',
    expired: 'Linkul a expirat și nu s-a schimbat nimic. Înscrieți-vă din nou în formular pentru a primi unul nou.',
    invalid: 'Linkul nu este valid și nu s-a schimbat nimic. Verificați că ați deschis linkul complet din e-mail.',
    gone: 'Această înscriere nu mai există; nu s-a schimbat nimic.',
    withdrawTitle: 'Dezabonare',
    withdrawText: 'Vă retrageți acordul pentru: {purposes}?',
    withdrawAction: 'Dezabonare',
    withdrawn: 'Gata: acordul dvs. a fost retras ({purposes}). Nu îl vom mai folosi.',
    unavailable: 'Acest lucru nu se poate face acum; nu s-a schimbat nimic. Încercați din nou peste un minut.',
  },
};

/** The language to write in: `preferred` if the kit has it, else the first of Accept-Language it has, else English. */
export function mailLocale(preferred: string | null | undefined, acceptLanguage?: string): MailLocale {
  const has = (l: string | undefined | null): l is MailLocale => !!l && (MAIL_LOCALES as readonly string[]).includes(l);
  if (has(preferred)) return preferred;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const tag = part.split(';')[0].trim().toLowerCase().split('-')[0];
    if (has(tag)) return tag;
  }
  return 'en';
}

/** A message with its `{x}` filled in by `escape(value)`. */
export function fill(text: string, values: Record<string, string | number>, escape: (s: string) => string = (s) => s): string {
  return text.replace(/\{(\w+)\}/g, (all, name: string) => (name in values ? escape(String(values[name])) : all));
}
