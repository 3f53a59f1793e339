import type { Question, QuizSettings } from '../model/types.js';
import { isPractice } from '../question-types/decision.js';
import { shuffle } from './shuffle.js';

/** The bank a quiz draws from: every question but lessons' practice blocks (`practice: true`). */
export function gradedQuestions(bank: Question[]): Question[] {
  return bank.filter((question) => !isPractice(question));
}

/**
 * The questions of one attempt: `drawByTopic` (that many from each topic), else `draw` (that many
 * from the whole bank), else the whole bank. Never repeats a question; asks for no more than
 * the bank holds. Without `shuffleQuestions` the drawn questions keep the bank's order. Practice
 * blocks are never drawn.
 */
export function drawQuestions(quiz: QuizSettings, wholeBank: Question[], random: () => number): Question[] {
  const bank = gradedQuestions(wholeBank);
  let drawn: Question[];
  if (quiz.drawByTopic && Object.keys(quiz.drawByTopic).length > 0) {
    drawn = Object.entries(quiz.drawByTopic).flatMap(([topic, count]) =>
      shuffle(
        bank.filter((question) => question.topic === topic),
        random,
      ).slice(0, Math.max(0, count)),
    );
    // Guards against a question counted under two entries (cannot happen with one topic each).
    drawn = [...new Set(drawn)];
  } else if (quiz.draw !== undefined && quiz.draw < bank.length) {
    drawn = shuffle(bank, random).slice(0, Math.max(0, quiz.draw));
  } else {
    drawn = [...bank];
  }
  if (quiz.shuffleQuestions) return shuffle(drawn, random);
  const position = new Map(bank.map((question, index) => [question, index]));
  return drawn.sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
}
