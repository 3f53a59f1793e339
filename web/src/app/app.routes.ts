import type { Routes } from '@angular/router';
import { roleGuard, signedInGuard, signedOutGuard } from './core/auth/auth.guards';

/** Every page is a lazy chunk: the initial bundle holds only the layout and the core services. */
export const routes: Routes = [
  { path: '', title: 'titles.home', loadComponent: () => import('./features/home/home.page').then((m) => m.HomePage) },
  {
    path: 'sign-in',
    title: 'titles.signIn',
    canActivate: [signedOutGuard],
    loadComponent: () => import('./features/auth/pages/sign-in.page').then((m) => m.SignInPage),
  },
  {
    path: 'register',
    title: 'titles.register',
    canActivate: [signedOutGuard],
    loadComponent: () => import('./features/auth/pages/register.page').then((m) => m.RegisterPage),
  },
  {
    path: 'reset-password',
    title: 'titles.resetPassword',
    loadComponent: () => import('./features/auth/pages/reset-password.page').then((m) => m.ResetPasswordPage),
  },
  {
    path: 'courses',
    title: 'titles.catalogue',
    loadComponent: () => import('./features/catalogue/pages/catalogue.page').then((m) => m.CataloguePage),
  },
  {
    path: 'courses/:courseId',
    title: 'titles.course',
    loadComponent: () => import('./features/course/pages/course.page').then((m) => m.CoursePage),
  },
  {
    path: 'courses/:courseId/lessons/:lessonId',
    title: 'titles.lesson',
    canActivate: [signedInGuard],
    loadComponent: () => import('./features/lesson/pages/lesson.page').then((m) => m.LessonPage),
  },
  {
    path: 'courses/:courseId/quiz',
    title: 'titles.quiz',
    canActivate: [signedInGuard],
    loadComponent: () => import('./features/quiz/pages/quiz.page').then((m) => m.QuizPage),
  },
  {
    path: 'learning',
    title: 'titles.learning',
    canActivate: [signedInGuard],
    loadComponent: () => import('./features/learning/pages/my-learning.page').then((m) => m.MyLearningPage),
  },
  {
    path: 'certificates',
    title: 'titles.certificates',
    canActivate: [signedInGuard],
    loadComponent: () => import('./features/certificates/pages/certificates.page').then((m) => m.CertificatesPage),
  },
  {
    path: 'verify',
    title: 'titles.verify',
    loadComponent: () => import('./features/certificates/pages/verify.page').then((m) => m.VerifyPage),
  },
  {
    path: 'verify/:code',
    title: 'titles.verify',
    loadComponent: () => import('./features/certificates/pages/verify.page').then((m) => m.VerifyPage),
  },
  {
    path: 'profile',
    title: 'titles.profile',
    canActivate: [signedInGuard],
    loadComponent: () => import('./features/profile/pages/profile.page').then((m) => m.ProfilePage),
  },
  {
    // The trainer workspace: its own lazy routes (cohorts, results, quiz builder, SCORM export).
    path: 'trainer',
    canActivate: [roleGuard('trainer', 'admin')],
    loadChildren: () => import('./features/trainer/trainer.routes').then((m) => m.TRAINER_ROUTES),
  },
  { path: '**', redirectTo: '' },
];
