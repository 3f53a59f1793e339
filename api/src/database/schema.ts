import { AuditEntry } from '../audit/audit-entry.entity.js';
import { PasswordReset } from '../auth/password-reset.entity.js';
import { Session } from '../auth/session.entity.js';
import { CourseVersion } from '../catalogue/course-version.entity.js';
import { Certificate } from '../certificates/certificate.entity.js';
import { CertificateKey } from '../certificates/certificate-key.entity.js';
import { CertificateStatusCounter } from '../certificates/certificate-status-counter.entity.js';
import { Enrolment } from '../enrolments/enrolment.entity.js';
import { Attempt } from '../quizzes/attempt.entity.js';
import { TrainerCourse } from '../authoring/trainer-course.entity.js';
import { CohortInvitation } from '../cohorts/cohort-invitation.entity.js';
import { CohortMember } from '../cohorts/cohort-member.entity.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { ReportAttempt, ReportItem, ReportWatermark } from '../reports/report-rows.entity.js';
import { User } from '../users/user.entity.js';
import { Users1763913600000 } from './migrations/1763913600000-users.js';
import { Sessions1763913700000 } from './migrations/1763913700000-sessions.js';
import { Learning1763914000000 } from './migrations/1763914000000-learning.js';
import { TrainerWorkspace1763915000000 } from './migrations/1763915000000-trainer-workspace.js';
import { ReportAggregates1763915100000 } from './migrations/1763915100000-report-aggregates.js';
import { PasswordResets1763915200000 } from './migrations/1763915200000-password-resets.js';
import { CourseAdaptations1763915300000 } from './migrations/1763915300000-course-adaptations.js';
import { CohortInvitations1763915400000 } from './migrations/1763915400000-cohort-invitations.js';
import { CertificateKeys1763916000000 } from './migrations/1763916000000-certificate-keys.js';
import { MaintenanceRuns1763917100000 } from './migrations/1763917100000-maintenance-runs.js';
import { MaintenanceRun } from './maintenance-run.entity.js';

/** Every entity and every migration, in order. Listed explicitly: ESM builds cannot glob-load. */
export const ENTITIES = [
  User,
  Session,
  CourseVersion,
  Enrolment,
  Attempt,
  Certificate,
  CertificateKey,
  CertificateStatusCounter,
  AuditEntry,
  Cohort,
  CohortMember,
  CohortInvitation,
  TrainerCourse,
  ReportAttempt,
  ReportItem,
  ReportWatermark,
  PasswordReset,
  MaintenanceRun,
];
export const MIGRATIONS = [
  Users1763913600000,
  Sessions1763913700000,
  Learning1763914000000,
  TrainerWorkspace1763915000000,
  ReportAggregates1763915100000,
  PasswordResets1763915200000,
  CourseAdaptations1763915300000,
  CohortInvitations1763915400000,
  CertificateKeys1763916000000,
  MaintenanceRuns1763917100000,
];
