import { ApiProperty } from '@nestjs/swagger';

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
