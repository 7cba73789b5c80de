import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor, Idempotent, SignedIn } from '@larnav/api/common';
import { AttemptResponse, QuizResultResponse, QuizViewResponse } from '../dto/attempt.dto';
import { ProgressBatchDto, QuizSubmissionDto, RecordedProgressResponse } from '../dto/progress.dto';
import { QuizService } from '../quiz/quiz.service';
import { AttemptView } from './attempt-view';
import { AttemptsService } from './attempts.service';
import { ProgressService } from './progress.service';

const Id = new ParseUUIDPipe();

/** The player's side of the API: a learner's own attempts only, whoever else asks. */
@ApiTags('learning')
@Controller('learning')
@SignedIn()
export class AttemptsController {
  constructor(
    private readonly attempts: AttemptsService,
    private readonly view: AttemptView,
    private readonly progress: ProgressService,
    private readonly quizzes: QuizService,
  ) {}

  @Post('modules/:moduleId/attempts')
  @HttpCode(200)
  @ApiOperation({ summary: 'Start a module, or continue where you left it' })
  @ApiOkResponse({ type: AttemptResponse })
  async start(@Param('moduleId', Id) moduleId: string, @CurrentActor() actor: Actor): Promise<AttemptResponse> {
    const attempt = await this.attempts.start(moduleId, actor);
    return this.view.of(attempt.id, actor);
  }

  @Get('attempts/:attemptId')
  @ApiOperation({ summary: 'An attempt of yours: its content, where you are, and what is done' })
  @ApiOkResponse({ type: AttemptResponse })
  attempt(@Param('attemptId', Id) attemptId: string, @CurrentActor() actor: Actor): Promise<AttemptResponse> {
    return this.view.of(attemptId, actor);
  }

  @Post('attempts/:attemptId/events')
  @HttpCode(200)
  @Idempotent()
  @ApiOperation({ summary: 'Record progress events; each id is stored once, a resend changes nothing' })
  @ApiOkResponse({ type: RecordedProgressResponse })
  record(
    @Param('attemptId', Id) attemptId: string,
    @Body() body: ProgressBatchDto,
    @CurrentActor() actor: Actor,
  ): Promise<RecordedProgressResponse> {
    return this.progress.record(attemptId, body.events, actor);
  }

  @Get('attempts/:attemptId/quizzes/:quizId')
  @ApiOperation({ summary: 'A knowledge check: the questions of your next try, and your last result' })
  @ApiOkResponse({ type: QuizViewResponse })
  quiz(
    @Param('attemptId', Id) attemptId: string,
    @Param('quizId', Id) quizId: string,
    @CurrentActor() actor: Actor,
  ): Promise<QuizViewResponse> {
    return this.quizzes.view(attemptId, quizId, actor);
  }

  @Post('attempts/:attemptId/quizzes/:quizId/submissions')
  @HttpCode(200)
  @Idempotent()
  @ApiOperation({ summary: 'Answer a knowledge check; graded here under the version’s rules' })
  @ApiOkResponse({ type: QuizResultResponse })
  submit(
    @Param('attemptId', Id) attemptId: string,
    @Param('quizId', Id) quizId: string,
    @Body() body: QuizSubmissionDto,
    @CurrentActor() actor: Actor,
  ): Promise<QuizResultResponse> {
    return this.quizzes.submit(attemptId, quizId, body, actor);
  }
}
