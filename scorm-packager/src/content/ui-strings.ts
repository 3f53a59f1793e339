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
  /** Starts a practice attempt (after a pass, with no attempts left, or in review mode). */
  practice: string;
  practiceNote: string;
  practiceResult: string;
  /** The result the LMS holds, shown beside a practice attempt. */
  recorded: string;
  /** Shown on a review launch, which records nothing. */
  reviewNote: string;
  /** A decision scenario (decision-view.ts), in a quiz or as a lesson's practice block. */
  decision: {
    practice: string;
    youChose: string;
    confirm: string;
    next: string;
    finish: string;
    outcome: string;
    again: string;
    reached: string;
    final: string;
  };
}

export const UI_STRINGS: Record<Language, UiStrings> = {
  en: {
    contents: 'Contents',
    previous: 'Previous',
    next: 'Next',
    quiz: 'Quiz',
    finish: 'Finish',
    finished: 'Your progress is saved. You can leave this activity.',
    submit: 'Submit answers',
    retry: 'Try again',
    lessonsRead: 'lessons read',
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
    practice: 'Practise (not recorded)',
    practiceNote: 'Practice attempt: your answers and score here are not recorded. Your recorded result stays as it is.',
    practiceResult: 'Practice score',
    recorded: 'Your recorded result',
    reviewNote: 'Review: you can read the course and see your result; this visit changes nothing in your record.',
    decision: {
      practice: 'Practice — decide for yourself (not graded)',
      youChose: 'You chose:',
      confirm: 'Confirm this choice',
      next: 'Next decision',
      finish: 'Continue',
      outcome: 'How it ended:',
      again: 'Try again',
      reached: 'You have reached the end of this scenario. How it ends is shown when you submit your answers.',
      final: 'Each choice is final once confirmed, as on duty.',
    },
  },
  fr: {
    contents: 'Sommaire',
    previous: 'Précédent',
    next: 'Suivant',
    quiz: 'Quiz',
    finish: 'Terminer',
    finished: 'Votre progression est enregistrée. Vous pouvez quitter cette activité.',
    submit: 'Valider les réponses',
    retry: 'Réessayer',
    lessonsRead: 'leçons lues',
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
    practice: 'S’entraîner (non enregistré)',
    practiceNote: 'Tentative d’entraînement : vos réponses et votre score ne sont pas enregistrés. Votre résultat enregistré ne change pas.',
    practiceResult: 'Score d’entraînement',
    recorded: 'Votre résultat enregistré',
    reviewNote: 'Consultation : vous pouvez relire le cours et voir votre résultat ; cette visite ne modifie rien dans votre dossier.',
    decision: {
      practice: 'Entraînement — à vous de décider (non noté)',
      youChose: 'Votre choix :',
      confirm: 'Confirmer ce choix',
      next: 'Décision suivante',
      finish: 'Continuer',
      outcome: 'Issue :',
      again: 'Recommencer',
      reached: 'Vous êtes arrivé au bout de ce scénario. Son issue s’affiche quand vous envoyez vos réponses.',
      final: 'Chaque choix confirmé est définitif, comme en service.',
    },
  },
  ar: {
    contents: 'المحتويات',
    previous: 'السابق',
    next: 'التالي',
    quiz: 'الاختبار',
    finish: 'إنهاء',
    finished: 'تم حفظ تقدمك. يمكنك مغادرة هذا النشاط.',
    submit: 'إرسال الإجابات',
    retry: 'إعادة المحاولة',
    lessonsRead: 'دروس مقروءة',
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
    practice: 'تدرّب (لا يُسجَّل)',
    practiceNote: 'محاولة تدريبية: لا تُسجَّل إجاباتك ولا نتيجتك هنا، وتبقى نتيجتك المسجَّلة كما هي.',
    practiceResult: 'نتيجة التدريب',
    recorded: 'نتيجتك المسجَّلة',
    reviewNote: 'وضع المراجعة: يمكنك قراءة الدورة والاطلاع على نتيجتك، ولا تغيّر هذه الزيارة شيئًا في سجلّك.',
    decision: {
      practice: 'تمرين — قرّر بنفسك (لا يُحتسب في الدرجة)',
      youChose: 'اخترت:',
      confirm: 'تأكيد هذا الاختيار',
      next: 'القرار التالي',
      finish: 'متابعة',
      outcome: 'كيف انتهى الأمر:',
      again: 'حاول مرة أخرى',
      reached: 'وصلت إلى نهاية هذا السيناريو. تظهر النتيجة عند إرسال إجاباتك.',
      final: 'كل اختيار نهائي بعد تأكيده، كما في أثناء الخدمة.',
    },
  },
  ru: {
    contents: 'Содержание',
    previous: 'Назад',
    next: 'Далее',
    quiz: 'Тест',
    finish: 'Завершить',
    finished: 'Ваш прогресс сохранён. Можно выйти из этого занятия.',
    submit: 'Отправить ответы',
    retry: 'Попробовать снова',
    lessonsRead: 'уроков прочитано',
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
    practice: 'Потренироваться (не записывается)',
    practiceNote: 'Тренировочная попытка: ответы и результат не записываются. Записанный результат не меняется.',
    practiceResult: 'Результат тренировки',
    recorded: 'Ваш записанный результат',
    reviewNote: 'Режим просмотра: можно читать курс и видеть свой результат; это посещение ничего не меняет в ваших данных.',
    decision: {
      practice: 'Практика — решите сами (без оценки)',
      youChose: 'Ваш выбор:',
      confirm: 'Подтвердить выбор',
      next: 'Следующее решение',
      finish: 'Продолжить',
      outcome: 'Чем всё закончилось:',
      again: 'Попробовать снова',
      reached: 'Вы дошли до конца сценария. Итог будет показан после отправки ответов.',
      final: 'Подтверждённый выбор изменить нельзя — как на службе.',
    },
  },
};
