/**
 * The API's payloads as docs/api.md defines them. They are defined once in the course model
 * (`@vt/courses`) for the API and this app; imported as types only, so none of the model's code
 * enters the bundle. The short names are this app's.
 */
export type {
  AttemptView as Attempt,
  CertificateView as Certificate,
  CourseDetailView as CourseDetail,
  CourseSummaryView as CourseSummary,
  EnrolmentStatus,
  EnrolmentView as Enrolment,
  LessonView as Lesson,
  RoleName as Role,
  UserView as User,
  VerificationView as Verification,
} from '@vt/courses';
import type { CourseDetailView } from '@vt/courses';

export type LessonRef = CourseDetailView['lessons'][number];
export type QuizInfo = CourseDetailView['quiz'];
