import { Column, Entity, PrimaryColumn } from 'typeorm';

export type InvitationState = 'invited' | 'declined';

/**
 * An existing account named in a trainer's roster: the learner is asked before the trainer sees
 * anything of them (docs/decisions/0014). Accepting turns it into a `cohort_members` row and
 * deletes it; declining keeps it, so a second import does not ask again.
 */
@Entity('cohort_invitations')
export class CohortInvitation {
  @PrimaryColumn({ name: 'cohort_id', type: 'varchar', length: 36 })
  cohortId: string;

  @PrimaryColumn({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  @Column({ type: 'varchar', length: 16 })
  state: InvitationState;

  @Column({ name: 'invited_by', type: 'varchar', length: 36, nullable: true })
  invitedBy: string | null;

  @Column({ name: 'invited_at' })
  invitedAt: Date;

  @Column({ name: 'answered_at', type: Date, nullable: true })
  answeredAt: Date | null;
}
