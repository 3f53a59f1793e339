import type { Language } from '@vt/courses';

/** The certificate's own words (PDF and credential), in each language a learner can have. `{x}` is filled in. */
export interface PdfStrings {
  title: string;
  certifies: string;
  completed: string;
  issued: string;
  validUntil: string;
  /** Joins the issue and expiry dates on one line. */
  dates: string;
  code: string;
  verify: string;
  revoked: string;
  revokedOn: string;
  /** The credential's achievement criteria. */
  criteriaQuiz: string;
  criteriaLessons: string;
}

export const CERTIFICATE_STRINGS: Record<Language, PdfStrings> = {
  en: {
    title: 'Certificate of completion',
    certifies: 'This certifies that',
    completed: 'has completed the course',
    issued: 'Issued {date}',
    validUntil: 'Valid until {date}',
    dates: '{issued}   ·   {valid}',
    code: 'Certificate code {code}',
    verify: 'Scan or open to verify: {url}',
    revoked: 'REVOKED',
    revokedOn: 'Revoked on {date}: this certificate is no longer valid.',
    criteriaQuiz: 'Complete every lesson of the course and pass its final quiz (pass mark {passMark}%).',
    criteriaLessons: 'Complete every lesson of the course.',
  },
  fr: {
    title: 'Certificat de réussite',
    certifies: 'Nous certifions que',
    completed: 'a suivi avec succès la formation',
    issued: 'Délivré le {date}',
    validUntil: 'Valable jusqu’au {date}',
    dates: '{issued}   ·   {valid}',
    code: 'Code du certificat {code}',
    verify: 'Scannez ou ouvrez pour vérifier\u00a0: {url}',
    revoked: 'RÉVOQUÉ',
    revokedOn: 'Révoqué le {date}\u00a0: ce certificat n’est plus valable.',
    criteriaQuiz: 'Terminer toutes les leçons de la formation et réussir son quiz final (seuil de réussite\u00a0: {passMark}\u00a0%).',
    criteriaLessons: 'Terminer toutes les leçons de la formation.',
  },
  ar: {
    title: 'شهادة إتمام',
    certifies: 'نشهد بأن',
    completed: 'أتم بنجاح الدورة التدريبية',
    issued: 'صدرت في {date}',
    validUntil: 'صالحة حتى {date}',
    dates: '{issued}، {valid}',
    code: 'رمز الشهادة {code}',
    verify: 'امسح الرمز أو افتح الرابط للتحقق: {url}',
    revoked: 'ملغاة',
    revokedOn: 'أُلغيت في {date}: هذه الشهادة لم تعد صالحة.',
    criteriaQuiz: 'إتمام جميع دروس الدورة واجتياز اختبارها النهائي (درجة النجاح {passMark}٪).',
    criteriaLessons: 'إتمام جميع دروس الدورة.',
  },
  ru: {
    title: 'Сертификат об окончании курса',
    certifies: 'Настоящим удостоверяется, что',
    completed: 'успешно завершил(а) курс',
    issued: 'Выдан {date}',
    validUntil: 'Действителен до {date}',
    dates: '{issued}   ·   {valid}',
    code: 'Код сертификата {code}',
    verify: 'Отсканируйте или откройте для проверки: {url}',
    revoked: 'ОТОЗВАН',
    revokedOn: 'Отозван {date}: сертификат недействителен.',
    criteriaQuiz: 'Пройти все уроки курса и сдать итоговый тест (проходной балл {passMark}\u00a0%).',
    criteriaLessons: 'Пройти все уроки курса.',
  },
};

export function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
