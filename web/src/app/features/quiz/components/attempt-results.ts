import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { keyRevealOf, mayRevealKey, type AttemptResult, type Language, type LearnerQuestion, type QuestionResult } from '@vt/courses';
import { RouterLink } from '@angular/router';
import { LanguageService } from '../../../core/i18n/language.service';
import type { Enrolment, QuizInfo } from '../../../core/models/api.models';
import { MissingSteps } from '../../learning/components/missing-steps';
import { TextLanguage } from '../../../shared/text-language';
import { describeResponse } from '../models/responses';

interface ResultRow {
  question: LearnerQuestion;
  result: QuestionResult;
}

/**
 * Score, pass or fail (in words and a symbol, never colour alone), and each question's feedback
 * once the quiz's key-reveal policy allows (decision 0018; until then, when the answers will be shown).
 */
@Component({
  selector: 'vt-attempt-results',
  imports: [TranslatePipe, TextLanguage, RouterLink, MissingSteps],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let r = result();
    <section
      class="summary"
      [class.passed]="r.passed"
      aria-labelledby="result-heading"
      tabindex="-1"
      id="attempt-result"
      data-testid="result"
      [attr.data-passed]="r.passed"
    >
      <h2 id="result-heading">{{ (r.passed ? 'quiz.passed' : 'quiz.failed') | translate }} {{ r.passed ? '✓' : '✗' }}</h2>
      <p data-testid="score">{{ 'quiz.score' | translate: { score: r.score, passMark: r.passMark } }}</p>
      @if (answersLater(); as later) {
        <p data-testid="answers-later">{{ later | translate }}</p>
      }
      <!-- Until the enrolment is read again after this pass (quizPassed), say nothing rather than something stale. -->
      @if (passedEnrolment(); as e) {
        @if (e.certificateCode) {
          <!-- The pass completed the course: the certificate is the thing to do next, first and foremost. -->
          <p>{{ 'completion.earned' | translate }}</p>
          <p class="actions">
            <a class="button" data-testid="certificate-pdf" [href]="pdfUrl(e.certificateCode)" download>{{ 'completion.certificate' | translate }}</a>
            <a routerLink="/certificates">{{ 'completion.allCertificates' | translate }}</a>
          </p>
        } @else if (e.missing) {
          <p>{{ 'completion.passedMissing' | translate }}</p>
          <vt-missing-steps [enrolment]="e" />
        }
      }
    </section>
    <ol class="results">
      @for (row of rows(); track row.result.questionId) {
        <li>
          <h3 [vtLang]="contentLanguage()">{{ row.question.text }}</h3>
          <p>
            <strong>{{ verdict(row.result) | translate }}</strong> — {{ 'quiz.earned' | translate: { earned: earned(row.result), points: row.result.points } }}
          </p>
          @for (f of row.result.feedback; track $index) {
            <p [vtLang]="contentLanguage()">{{ f }}</p>
          }
          @if (!row.result.correct) {
            <p>{{ 'quiz.expected' | translate: { answer: describe(row.question, row.result) } }}</p>
          }
          @if (row.result.explanation) {
            <p>
              <strong>{{ 'quiz.explanation' | translate }}:</strong> <span [vtLang]="contentLanguage()">{{ row.result.explanation }}</span>
            </p>
          }
        </li>
      }
    </ol>
  `,
  styles: `
    .summary {
      border-inline-start: 6px solid #b42318;
      padding: 0.5rem 1rem;
      background: #fdecea;
    }
    .summary.passed {
      border-color: #1a7f37;
      background: #e6f4ea;
    }
    .summary .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem 1.25rem;
      align-items: center;
    }
    .results h3 {
      font-size: 1rem;
    }
  `,
})
export class AttemptResults {
  protected readonly language = inject(LanguageService);
  /** The language of the attempt's questions, feedback and explanations (English when the course has no text in the learner's). */
  readonly contentLanguage = input<Language>('en');
  private readonly translate = inject(TranslateService);
  readonly result = input.required<AttemptResult>();
  readonly questions = input.required<LearnerQuestion[]>();
  /** The learner's enrolment as it stands after this attempt: its certificate, or what the course still needs. */
  readonly enrolment = input<Enrolment>();

  /** The quiz's settings that say when the answers may be shown (the course detail's `quiz`). */
  readonly quiz = input<QuizInfo>();

  /**
   * Whether the answers may be shown: the course model's rule, as the API applies it. Results are
   * shown only when no attempt is open, so every attempt started is submitted; a pass shown here
   * is the learner's pass even before the enrolment is read again.
   */
  protected readonly revealed = computed(() => {
    const quiz = this.quiz();
    const e = this.enrolment();
    return !!quiz && !!e && mayRevealKey(quiz, e.attemptsUsed, e.quizPassed || this.result().passed);
  });

  /** Until then, the sentence that says when they will be shown. */
  protected readonly answersLater = computed(() => {
    const quiz = this.quiz();
    if (!quiz || this.revealed()) return undefined;
    const policy = keyRevealOf(quiz);
    if (policy === 'never') return 'quiz.answersNever';
    // With unlimited attempts the last attempt is the one passed.
    return policy === 'after-pass' || quiz.attempts === 'unlimited' ? 'quiz.answersAfterPass' : 'quiz.answersAfterLastAttempt';
  });

  protected readonly rows = computed<ResultRow[]>(() => {
    if (!this.revealed()) return [];
    const byId = new Map(this.questions().map((q) => [q.id, q]));
    return this.result()
      .results.map((result) => ({ result, question: byId.get(result.questionId) }))
      .filter((row): row is ResultRow => !!row.question);
  });

  /** The enrolment once it reflects a pass shown here: its certificate, or what the course still needs. */
  protected readonly passedEnrolment = computed(() => {
    const e = this.enrolment();
    return this.result().passed && e?.quizPassed ? e : undefined;
  });

  protected pdfUrl(code: string): string {
    return `/api/certificates/${encodeURIComponent(code)}/pdf`;
  }

  protected verdict(result: QuestionResult): string {
    if (result.correct) return 'quiz.correct';
    return result.fraction > 0 ? 'quiz.partly' : 'quiz.incorrect';
  }

  protected earned(result: QuestionResult): string {
    return this.language.formatNumber(Math.round(result.fraction * result.points * 100) / 100);
  }

  protected describe(question: LearnerQuestion, result: QuestionResult): string {
    return describeResponse(question, result.correctResponse, {
      true: this.translate.instant('quiz.true'),
      false: this.translate.instant('quiz.false'),
    });
  }
}
