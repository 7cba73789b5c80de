import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor, SignedIn } from '@larnav/api/common';
import {
  BookableSessionListResponse,
  BookDto,
  ModuleSessionsQuery,
  MyBookingListResponse,
  MyBookingResponse,
} from '../dto/live-session.dto';
import { BookingService } from './booking.service';
import { SessionQueries } from './session-queries';

const Id = new ParseUUIDPipe();

/** Learners' side: what they may book, their bookings, booking and cancelling. Always their own. */
@ApiTags('live-sessions')
@Controller('live-bookings')
export class BookingController {
  constructor(
    private readonly booking: BookingService,
    private readonly queries: SessionQueries,
  ) {}

  @Get('sessions')
  @SignedIn()
  @ApiOperation({
    summary: 'Upcoming sessions of a module that I may book, with free places and my own booking',
    description:
      'Sessions open only to other units are left out; full ones are listed (booking them joins the waitlist).',
  })
  @ApiOkResponse({ type: BookableSessionListResponse })
  async bookable(
    @Query() query: ModuleSessionsQuery,
    @CurrentActor() actor: Actor,
  ): Promise<BookableSessionListResponse> {
    if (!actor.personId) return { sessions: [] };
    return { sessions: await this.queries.bookable(query.moduleId, actor.personId) };
  }

  @Get()
  @SignedIn()
  @ApiOperation({
    summary:
      'My bookings and waitlist places that are not cancelled, soonest first, and those ended by the session being cancelled',
  })
  @ApiOkResponse({ type: MyBookingListResponse })
  async mine(@CurrentActor() actor: Actor): Promise<MyBookingListResponse> {
    if (!actor.personId) return { bookings: [] };
    return { bookings: await this.queries.myBookings(actor.personId) };
  }

  @Post()
  @SignedIn()
  @ApiOperation({
    summary: 'Book a place; when the session is full, join its waitlist',
    description:
      'A place comes with a calendar invitation by mail; a waitlist place with a mail giving its position. ' +
      'Refused after the booking deadline, for a cancelled session, and when the session is open only to other units.',
  })
  @ApiCreatedResponse({ type: MyBookingResponse })
  book(@Body() body: BookDto, @CurrentActor() actor: Actor): Promise<MyBookingResponse> {
    return this.booking.book(body.sessionId, actor);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @SignedIn()
  @ApiOperation({
    summary: 'Cancel my booking or waitlist place (until the cancellation deadline)',
    description:
      'The calendar event is cancelled (METHOD:CANCEL, same UID); a freed place goes to the first on the waitlist.',
  })
  @ApiOkResponse({ type: MyBookingResponse })
  cancel(@Param('id', Id) id: string, @CurrentActor() actor: Actor): Promise<MyBookingResponse> {
    return this.booking.cancelOwn(id, actor);
  }
}
