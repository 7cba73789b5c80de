import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { BOOKING_STATUSES, BookingStatus } from '../entities';
import { LocalTimeField, OptionalLocalTimeField } from './local-time.field';

export class OccurrenceDto {
  @LocalTimeField('When it starts.')
  startsAt!: string;

  @LocalTimeField('When it ends; may be on a later day.')
  endsAt!: string;

  @OptionalLocalTimeField('Last moment to book; omit for the start.')
  bookingDeadline?: string;

  @OptionalLocalTimeField('Last moment a learner may cancel on their own; omit for the start.')
  cancellationDeadline?: string;
}

export class ScheduleSessionsDto {
  @ApiProperty({ format: 'uuid', description: "The module the session teaches (this municipality's or a shared one)." })
  @IsUUID()
  moduleId!: string;

  @ApiProperty({
    type: [OccurrenceDto],
    minItems: 1,
    maxItems: 52,
    description: 'One item for one session; several for a series of otherwise identical sessions, made in one go.',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(52)
  @ValidateNested({ each: true })
  @Type(() => OccurrenceDto)
  occurrences!: OccurrenceDto[];

  @ApiPropertyOptional({
    maxLength: 300,
    example: 'Kommunfullmäktiges sessionssal',
    description: 'A place, an online link, or both.',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  place?: string;

  @ApiPropertyOptional({ maxLength: 2000, example: 'https://teams.microsoft.com/l/meetup-join/…' })
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true })
  @MaxLength(2000)
  onlineLink?: string;

  @ApiProperty({ minimum: 1, maximum: 10000 })
  @IsInt()
  @Min(1)
  @Max(10000)
  capacity!: number;

  @ApiPropertyOptional({ type: [String], maxItems: 20, description: 'People who lead it (person ids).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  trainerIds?: string[];

  @ApiPropertyOptional({
    type: [String],
    maxItems: 200,
    description: 'Org units whose staff may book, each with its subtree; omit or empty for everyone.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  bookableOrgUnitIds?: string[];

  @ApiPropertyOptional({
    description: 'A manager must approve each booking. Stored; until approval exists such a session cannot be booked.',
  })
  @IsOptional()
  @IsBoolean()
  requiresApproval?: boolean;
}

/** Moving a session: only what changes. Everyone booked gets an updated invitation. */
export class MoveSessionDto {
  @OptionalLocalTimeField('New start.')
  startsAt?: string;

  @OptionalLocalTimeField('New end; omitted, it moves with the start.')
  endsAt?: string;

  @OptionalLocalTimeField('New booking deadline; omitted, it keeps its distance to the start.')
  bookingDeadline?: string;

  @OptionalLocalTimeField('New cancellation deadline; omitted, it keeps its distance to the start.')
  cancellationDeadline?: string;

  @ApiPropertyOptional({
    maxLength: 300,
    nullable: true,
    type: String,
    description: 'null: no place (then a link is needed).',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  place?: string | null;

  @ApiPropertyOptional({ maxLength: 2000, nullable: true, type: String })
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true })
  @MaxLength(2000)
  onlineLink?: string | null;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: 10000,
    description: 'More places promote the waitlist at once; never fewer than are booked.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10000)
  capacity?: number;
}

export const CANCELLATION_REASON_MAX = 500;

/** Cancelling a session: the reason goes to everyone who had booked, in the mail and on the session. */
export class CancelSessionDto {
  @ApiProperty({
    minLength: 1,
    maxLength: CANCELLATION_REASON_MAX,
    example: 'Utbildaren är sjuk. Passet ges igen i höst.',
    description: 'Why the session is cancelled, in words the people who booked understand. Trimmed; 1–500 characters.',
  })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString({ message: 'reason must be text: say why the session is cancelled.' })
  @IsNotEmpty({ message: 'reason is required: say why the session is cancelled, so the people who booked know.' })
  @MaxLength(CANCELLATION_REASON_MAX, {
    message: `reason is too long: at most ${CANCELLATION_REASON_MAX} characters.`,
  })
  reason!: string;
}

export class SessionListQuery {
  @ApiPropertyOptional({ format: 'uuid', description: "Only this module's sessions." })
  @IsOptional()
  @IsUUID()
  moduleId?: string;
}

export class ModuleSessionsQuery {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  moduleId!: string;
}

export class BookDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  sessionId!: string;
}

export const ATTENDANCE: BookingStatus[] = ['attended', 'partly-attended', 'no-show'];

export class AttendanceDto {
  @ApiProperty({ enum: ATTENDANCE })
  @IsIn(ATTENDANCE)
  status!: BookingStatus;
}

export class LiveSessionResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) moduleId!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'Sessions scheduled together.' })
  seriesId!: string | null;
  @ApiProperty({ enum: ['scheduled', 'cancelled'] }) status!: string;
  @ApiProperty({
    nullable: true,
    type: String,
    description: "Why it was cancelled (the trainer's words); null unless cancelled.",
  })
  cancellationReason!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: 'When it was cancelled.' })
  cancelledAt!: string | null;
  @ApiProperty({ format: 'date-time', description: 'The instant (UTC).' }) startsAt!: string;
  @ApiProperty({ format: 'date-time' }) endsAt!: string;
  @ApiProperty({ example: '2027-07-01T09:00', description: 'The start in Swedish local time, to show.' })
  startsLocal!: string;
  @ApiProperty({ example: '2027-07-01T12:00' }) endsLocal!: string;
  @ApiProperty({ nullable: true, type: String }) place!: string | null;
  @ApiProperty({ nullable: true, type: String }) onlineLink!: string | null;
  @ApiProperty() capacity!: number;
  @ApiProperty({ type: [String] }) trainerIds!: string[];
  @ApiProperty({ format: 'date-time' }) bookingDeadline!: string;
  @ApiProperty({ example: '2027-06-24T16:00' }) bookingDeadlineLocal!: string;
  @ApiProperty({ format: 'date-time' }) cancellationDeadline!: string;
  @ApiProperty({ example: '2027-06-30T12:00' }) cancellationDeadlineLocal!: string;
  @ApiProperty({ type: [String], description: 'Empty: everyone may book.' }) bookableOrgUnitIds!: string[];
  @ApiProperty() requiresApproval!: boolean;
  @ApiProperty({ description: 'Places taken (booked or attendance marked).' }) bookedCount!: number;
  @ApiProperty() waitlistCount!: number;
  @ApiProperty() freePlaces!: number;
}

export class LiveSessionListResponse {
  @ApiProperty({ type: [LiveSessionResponse] }) sessions!: LiveSessionResponse[];
}

export class SessionBookingResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) personId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ enum: BOOKING_STATUSES }) status!: BookingStatus;
  @ApiProperty({ format: 'date-time' }) requestedAt!: string;
  @ApiProperty({ nullable: true, type: Number, description: 'Place in the waitlist, from 1; null unless waitlisted.' })
  waitlistPosition!: number | null;
}

export class LiveSessionDetailResponse extends LiveSessionResponse {
  @ApiProperty({
    type: [SessionBookingResponse],
    description: 'The attendance list: booked first, then the waitlist in order.',
  })
  bookings!: SessionBookingResponse[];
}

export class OwnBookingResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: BOOKING_STATUSES }) status!: BookingStatus;
  @ApiProperty({ nullable: true, type: Number, description: 'Place in the waitlist, from 1; null unless waitlisted.' })
  waitlistPosition!: number | null;
  @ApiProperty({ format: 'date-time' }) requestedAt!: string;
}

export class MyBookingResponse extends OwnBookingResponse {
  @ApiProperty({ type: LiveSessionResponse }) session!: LiveSessionResponse;
}

export class MyBookingListResponse {
  @ApiProperty({ type: [MyBookingResponse] }) bookings!: MyBookingResponse[];
}

export class BookableSessionResponse extends LiveSessionResponse {
  @ApiProperty({ description: 'Booking is still open (before the deadline).' }) bookingOpen!: boolean;
  @ApiProperty({ type: OwnBookingResponse, nullable: true, description: 'My booking or waitlist place, if any.' })
  myBooking!: OwnBookingResponse | null;
}

export class BookableSessionListResponse {
  @ApiProperty({ type: [BookableSessionResponse] }) sessions!: BookableSessionResponse[];
}

const REPORT_OUTCOMES = [
  'attended',
  'partly-attended',
  'unknown-person',
  'not-booked',
  'no-email',
  'unreadable-duration',
];

export class AttendanceReportRow {
  @ApiProperty({ description: 'Line in the uploaded file, from 1.' }) line!: number;
  @ApiProperty() name!: string;
  @ApiProperty({ nullable: true, type: String }) email!: string | null;
  @ApiProperty({
    enum: REPORT_OUTCOMES,
    description:
      '`attended` / `partly-attended`: marked so (by share of the session attended); `unknown-person`: no one here has that e-mail; ' +
      '`not-booked`: the person has no place on the session; `no-email`, `unreadable-duration`: nothing changed.',
  })
  outcome!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) bookingId!: string | null;
}

export class AttendanceReportResponse {
  @ApiProperty({ type: [AttendanceReportRow] }) rows!: AttendanceReportRow[];
  @ApiProperty({ description: 'Bookings marked.' }) marked!: number;
}
