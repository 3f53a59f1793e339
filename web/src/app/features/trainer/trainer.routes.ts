import type { Routes } from '@angular/router';
import { loadTrainerStrings } from './shared/trainer-strings';

/**
 * The trainer workspace, loaded only when a trainer or admin opens it (the parent route checks the
 * role). Each page is its own chunk again: the quiz builder carries the course model's validator
 * and the SCORM preview carries scorm-again, neither of which a cohort list needs. The workspace's
 * own strings load with it too (shared/trainer-strings.ts).
 */
const PAGES: Routes = [
  { path: '', title: 'titles.trainer', loadComponent: () => import('./shared/workspace.page').then((m) => m.WorkspacePage) },
  { path: 'cohorts', title: 'titles.cohorts', loadComponent: () => import('./cohorts/pages/cohorts.page').then((m) => m.CohortsPage) },
  { path: 'cohorts/:cohortId', title: 'titles.cohort', loadComponent: () => import('./cohorts/pages/cohort.page').then((m) => m.CohortPage) },
  { path: 'results', title: 'titles.results', loadComponent: () => import('./results/pages/results.page').then((m) => m.ResultsPage) },
  { path: 'builder', title: 'titles.builder', loadComponent: () => import('./quiz-builder/pages/quiz-builder.page').then((m) => m.QuizBuilderPage) },
  { path: 'builder/:courseId', title: 'titles.builder', loadComponent: () => import('./quiz-builder/pages/quiz-builder.page').then((m) => m.QuizBuilderPage) },
  { path: 'export', title: 'titles.export', loadComponent: () => import('./scorm-export/pages/scorm-export.page').then((m) => m.ScormExportPage) },
];

export const TRAINER_ROUTES: Routes = [{ path: '', canActivate: [loadTrainerStrings], children: PAGES }];
