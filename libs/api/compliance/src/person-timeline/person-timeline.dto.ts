import { ApiProperty } from '@nestjs/swagger';
import { PersonResponse } from '@larnav/api/org';

export const REQUIREMENT_STANDINGS = ['completed', 'exempt', 'overdue', 'due'] as const;
export type RequirementStanding = (typeof REQUIREMENT_STANDINGS)[number];

export const TIMELINE_KINDS = [
  'employment-started',
  'employment-ended',
  'requirement-started',
  'requirement-ended',
  'completed',
  'exemption-started',
  'exemption-ended',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export class TimelineRequirementResponse {
  @ApiProperty({ format: 'uuid' }) ruleId!: string;
  @ApiProperty() ruleName!: string;
  @ApiProperty({ format: 'uuid' }) moduleId!: string;
  @ApiProperty({ description: 'The module title, in Swedish (the catalogue title).' }) moduleTitle!: string;
  @ApiProperty({ format: 'date' }) appliesFrom!: string;
  @ApiProperty({ format: 'date', nullable: true, type: String, description: 'null while it runs.' })
  appliesTo!: string | null;
  @ApiProperty({ format: 'date' }) dueDate!: string;
  @ApiProperty({ format: 'date', nullable: true, type: String }) completedOn!: string | null;
  @ApiProperty({ format: 'date', nullable: true, type: String }) validUntil!: string | null;
  @ApiProperty({ enum: REQUIREMENT_STANDINGS }) standing!: RequirementStanding;
}

export class TimelineEventResponse {
  @ApiProperty({ format: 'date', description: 'A calendar date in Europe/Stockholm.' }) date!: string;
  @ApiProperty({ enum: TIMELINE_KINDS }) kind!: TimelineKind;
  @ApiProperty({ description: 'What the event is about: a unit, a module or a rule, by name.' }) subject!: string;
  @ApiProperty({ nullable: true, type: String, description: 'A job role, an exemption reason, a score.' })
  detail!: string | null;
}

export class PersonTimelineResponse {
  @ApiProperty({ type: PersonResponse }) person!: PersonResponse;
  @ApiProperty({
    format: 'date',
    description: "The date the requirements are judged on: today, or a leaver's last day employed.",
  })
  judgedOn!: string;
  @ApiProperty({ type: [TimelineRequirementResponse] }) requirements!: TimelineRequirementResponse[];
  @ApiProperty({ type: [TimelineEventResponse], description: 'Everything that happened, newest first.' })
  events!: TimelineEventResponse[];
}
