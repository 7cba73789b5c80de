import { ApiProperty } from '@nestjs/swagger';
import {
  COMPLETION_PARTS,
  COMPLETION_REQUIREMENTS,
  CompletionPart,
  CompletionRequirement,
  PART_ORDERS,
  PartOrder,
} from '@larnav/shared/catalog';

export const TRAINING_STATUSES = [
  'not-started',
  'in-progress',
  'completed',
  'expiring-soon',
  'expired',
  'overdue',
  'exempt',
] as const;
export type TrainingStatus = (typeof TRAINING_STATUSES)[number];

export class NextSessionResponse {
  @ApiProperty({ format: 'uuid' }) sessionId!: string;
  @ApiProperty() startsAt!: Date;
  @ApiProperty({ description: 'Start in Swedish time, YYYY-MM-DDTHH:mm.', example: '2027-03-04T09:00' })
  startsLocal!: string;
  @ApiProperty({ description: 'End in Swedish time, YYYY-MM-DDTHH:mm.', example: '2027-03-04T12:00' })
  endsLocal!: string;
  @ApiProperty({ nullable: true, type: String }) place!: string | null;
  @ApiProperty({ description: 'Held online (a meeting link), perhaps as well as in a room.' }) online!: boolean;
  @ApiProperty() freePlaces!: number;
  @ApiProperty({ enum: ['booked', 'waitlisted'], nullable: true, type: String, description: 'Your own booking of it.' })
  myBooking!: 'booked' | 'waitlisted' | null;
}

/** The parts of a module that needs a live session: what is done, what remains, the next session. */
export class ModulePartsResponse {
  @ApiProperty({ enum: COMPLETION_REQUIREMENTS }) completionRequirement!: CompletionRequirement;
  @ApiProperty({ enum: PART_ORDERS }) partOrder!: PartOrder;
  @ApiProperty({ type: Date, nullable: true }) eLearningDoneAt!: Date | null;
  @ApiProperty({ type: Date, nullable: true, description: 'The end of the first attended session that counts.' })
  sessionAttendedAt!: Date | null;
  @ApiProperty({
    description: 'A session was attended before the e-learning was done, which a set order does not count.',
  })
  sessionOutOfOrder!: boolean;
  @ApiProperty({ enum: COMPLETION_PARTS, isArray: true, description: 'Required parts not done yet.' })
  remaining!: CompletionPart[];
  @ApiProperty({ type: NextSessionResponse, nullable: true, description: 'While the session part remains.' })
  nextSession!: NextSessionResponse | null;
}

export class MyModuleResponse {
  @ApiProperty({ format: 'uuid' }) moduleId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ nullable: true, type: String }) titleEn!: string | null;
  @ApiProperty() summary!: string;
  @ApiProperty({ nullable: true, type: String }) summaryEn!: string | null;
  @ApiProperty() estimatedMinutes!: number;
  @ApiProperty({ enum: TRAINING_STATUSES }) status!: TrainingStatus;
  @ApiProperty({ description: 'Required of you (an enrolment; later the assignment rules).' }) required!: boolean;
  @ApiProperty({ format: 'date', nullable: true, type: String }) dueDate!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Why it is required, in words.' }) reason!: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) attemptId!: string | null;
  @ApiProperty({ type: Date, nullable: true }) completedAt!: Date | null;
  @ApiProperty({ type: Date, nullable: true }) expiresAt!: Date | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) certificateId!: string | null;
  @ApiProperty({ description: 'The municipality the module comes from.' }) municipality!: string;
  @ApiProperty({ type: [String] }) tags!: string[];
  @ApiProperty({
    type: ModulePartsResponse,
    nullable: true,
    description: 'For a module whose version requires a live session (blended or session only); else null.',
  })
  parts!: ModulePartsResponse | null;
}

export class MyTrainingResponse {
  @ApiProperty({ format: 'date', description: 'Today in Europe/Stockholm, as the statuses were counted.' })
  today!: string;
  @ApiProperty({ type: [MyModuleResponse], description: 'Required of you, most urgent first.' })
  required!: MyModuleResponse[];
  @ApiProperty({ type: [MyModuleResponse], description: 'Started of your own accord, not finished.' })
  inProgress!: MyModuleResponse[];
  @ApiProperty({ type: [MyModuleResponse], description: 'Completed, newest first, with their certificates.' })
  completed!: MyModuleResponse[];
  @ApiProperty({
    type: [MyModuleResponse],
    description: 'Every published module you may take: this municipality’s and the region’s shared ones.',
  })
  catalogue!: MyModuleResponse[];
}
