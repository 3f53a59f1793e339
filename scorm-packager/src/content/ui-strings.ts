/** The player's own words (buttons, headings) in each course language. */
import type { Language } from '@vt/courses';

export interface UiStrings {
  contents: string;
  previous: string;
  next: string;
  quiz: string;
  finish: string;
  finished: string;
  submit: string;
  retry: string;
  lessonsRead: string;
  objectives: string;
  preview: string;
  passMark: string;
  attemptsUsed: string;
  unlimited: string;
  score: string;
  passed: string;
  failed: string;
  noAttemptsLeft: string;
  correct: string;
  incorrect: string;
  true: string;
  false: string;
  choose: string;
  position: string;
  answer: string;
}

export const UI_STRINGS: Record<Language, UiStrings> = {
  en: {
    contents: 'Contents',
    previous: 'Previous',
    next: 'Next',
    quiz: 'Quiz',
    finish: 'Finish',
    finished: 'Your progress is saved. You may close this window.',
    submit: 'Submit answers',
    retry: 'Try again',
    lessonsRead: 'lessons read',
    objectives: 'In this lesson you will learn to:',
    preview: 'Preview: no learning platform found, so nothing is recorded.',
    passMark: 'Pass mark',
    attemptsUsed: 'Attempts used',
    unlimited: 'unlimited',
    score: 'Your score',
    passed: 'Passed',
    failed: 'Not passed',
    noAttemptsLeft: 'No attempts left.',
    correct: 'Correct',
    incorrect: 'Incorrect',
    true: 'True',
    false: 'False',
    choose: 'Choose…',
    position: 'Position',
    answer: 'Your answer',
  },
  fr: {
    contents: 'Sommaire',
    previous: 'Précédent',
    next: 'Suivant',
    quiz: 'Quiz',
    finish: 'Terminer',
    finished: 'Votre progression est enregistrée. Vous pouvez fermer cette fenêtre.',
    submit: 'Valider les réponses',
    retry: 'Réessayer',
    lessonsRead: 'leçons lues',
    objectives: 'Dans cette leçon, vous apprendrez à :',
    preview: 'Aperçu : aucune plateforme de formation trouvée, rien n’est enregistré.',
    passMark: 'Note de réussite',
    attemptsUsed: 'Tentatives utilisées',
    unlimited: 'illimitées',
    score: 'Votre score',
    passed: 'Réussi',
    failed: 'Non réussi',
    noAttemptsLeft: 'Plus aucune tentative.',
    correct: 'Correct',
    incorrect: 'Incorrect',
    true: 'Vrai',
    false: 'Faux',
    choose: 'Choisir…',
    position: 'Position',
    answer: 'Votre réponse',
  },
  ar: {
    contents: 'المحتويات',
    previous: 'السابق',
    next: 'التالي',
    quiz: 'الاختبار',
    finish: 'إنهاء',
    finished: 'تم حفظ تقدمك. يمكنك إغلاق هذه النافذة.',
    submit: 'إرسال الإجابات',
    retry: 'إعادة المحاولة',
    lessonsRead: 'دروس مقروءة',
    objectives: 'ستتعلم في هذا الدرس:',
    preview: 'معاينة: لم يُعثر على منصة تعلم، لذا لن يُسجَّل شيء.',
    passMark: 'درجة النجاح',
    attemptsUsed: 'المحاولات المستخدمة',
    unlimited: 'غير محدودة',
    score: 'نتيجتك',
    passed: 'ناجح',
    failed: 'غير ناجح',
    noAttemptsLeft: 'لم تتبق محاولات.',
    correct: 'صحيح',
    incorrect: 'غير صحيح',
    true: 'صواب',
    false: 'خطأ',
    choose: 'اختر…',
    position: 'الترتيب',
    answer: 'إجابتك',
  },
  ru: {
    contents: 'Содержание',
    previous: 'Назад',
    next: 'Далее',
    quiz: 'Тест',
    finish: 'Завершить',
    finished: 'Ваш прогресс сохранён. Окно можно закрыть.',
    submit: 'Отправить ответы',
    retry: 'Попробовать снова',
    lessonsRead: 'уроков прочитано',
    objectives: 'В этом уроке вы научитесь:',
    preview: 'Просмотр: учебная платформа не найдена, ничего не сохраняется.',
    passMark: 'Проходной балл',
    attemptsUsed: 'Использовано попыток',
    unlimited: 'без ограничений',
    score: 'Ваш результат',
    passed: 'Сдано',
    failed: 'Не сдано',
    noAttemptsLeft: 'Попыток не осталось.',
    correct: 'Верно',
    incorrect: 'Неверно',
    true: 'Верно',
    false: 'Неверно',
    choose: 'Выберите…',
    position: 'Позиция',
    answer: 'Ваш ответ',
  },
};
