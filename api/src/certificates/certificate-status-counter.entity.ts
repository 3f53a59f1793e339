import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One row (id 1): the next free index in the revocation status lists, handed out at issue. */
@Entity('certificate_status_counter')
export class CertificateStatusCounter {
  @PrimaryColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'next_index', type: 'integer' })
  nextIndex: number;
}
