import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditEntry } from './audit-entry.entity.js';

export type AuditAction =
  | 'attempt.graded'
  | 'certificate.issued'
  | 'certificate.revoked'
  | 'user.role-changed'
  | 'password-reset.issued'
  | 'password-reset.redeemed'
  | 'cohort.invited'
  | 'cohort.invitation-accepted'
  | 'cohort.invitation-declined';

/** Appends to the audit log inside the caller's transaction, so the event and its record commit together. */
@Injectable()
export class AuditService {
  async record(manager: EntityManager, action: AuditAction, subjectId: string, actorId: string | null, details: Record<string, unknown>): Promise<void> {
    await manager.insert(AuditEntry, { id: crypto.randomUUID(), at: new Date(), actorId, action, subjectId, details: JSON.stringify(details) });
  }
}
