import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { seededRandom, toLearnerQuestion, type QuestionResponse } from '@vt/courses';
import { QuestionField } from '../../../quiz/components/question-field';
import type { QuestionEntry } from '../models/question-entry';

/**
 * The questions exactly as a learner gets them: turned into learner questions by the course
 * model (no keys, no feedback, options shuffled when the quiz shuffles them) and shown with the
 * learner quiz's own question component. Answers typed here go nowhere.
 */
@Component({
  selector: 'vt-learner-preview',
  imports: [TranslatePipe, QuestionField],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div lang="en" dir="ltr" data-testid="learner-preview">
      @for (q of questions(); track q.id; let i = $index) {
        <vt-question
          [question]="q"
          [label]="'quiz.question' | translate: { number: i + 1, total: questions().length }"
          [response]="responses()[q.id]"
          (responseChange)="answer(q.id, $event)"
        />
      }
    </div>
  `,
})
export class LearnerPreview {
  readonly entries = input.required<QuestionEntry[]>();
  readonly shuffleOptions = input(false);
  protected readonly responses = signal<Record<string, QuestionResponse | undefined>>({});
  protected readonly questions = computed(() => {
    // A fixed seed: the preview does not reshuffle on every keystroke.
    const random = seededRandom('preview');
    return this.entries().map((e) => toLearnerQuestion(e.question, e.text, undefined, { shuffleOptions: this.shuffleOptions(), random }));
  });

  protected answer(id: string, value: QuestionResponse | undefined): void {
    this.responses.update((all) => ({ ...all, [id]: value }));
  }
}
