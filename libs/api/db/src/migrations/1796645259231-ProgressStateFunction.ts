import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hand-written: an attempt's state from newly stored progress events, in the database, so that a
 * learner's scroll is stored and applied in one statement and one round trip (issue 8). It is
 * `applyEvents` of libs/shared/learning, which the browser keeps using for what it has not sent
 * yet; a property test holds the two to the same answers. Lessons outside the version are left
 * out by the caller, which knows the version's content.
 *
 * Events apply oldest first by the browser's clock, compared as text in byte order, as
 * JavaScript compares the ISO strings; events of the same instant keep the order they came in.
 */
export class ProgressStateFunction1796645259231 implements MigrationInterface {
  name = 'ProgressStateFunction1796645259231';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION progress_state(state jsonb, events jsonb) RETURNS jsonb
      LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
      DECLARE
        e record;
        lesson_id text := state ->> 'lessonId';
        scroll jsonb := coalesce(state -> 'scroll', '0');
        video jsonb := coalesce(state -> 'videoSeconds', '{}');
        done jsonb := coalesce(state -> 'lessonsDone', '[]');
        position_at text := state ->> 'positionAt';
      BEGIN
        FOR e IN
          SELECT a.event ->> 'type' AS type, a.event ->> 'occurredAt' AS occurred_at,
                 a.event ->> 'lessonId' AS lesson_id, a.event -> 'scroll' AS scroll,
                 a.event ->> 'blockId' AS block_id, a.event -> 'seconds' AS seconds
            FROM jsonb_array_elements(events) WITH ORDINALITY AS a(event, n)
           ORDER BY a.event ->> 'occurredAt' COLLATE "C", a.n
        LOOP
          IF e.type = 'lesson-completed' THEN
            -- A lesson once completed stays completed.
            IF NOT done @> jsonb_build_array(e.lesson_id) THEN
              done := done || jsonb_build_array(e.lesson_id);
            END IF;
            CONTINUE;
          END IF;
          -- Position is last-writer-wins by the browser's clock: an older one arriving late is ignored.
          IF position_at IS NOT NULL AND e.occurred_at COLLATE "C" < position_at COLLATE "C" THEN
            CONTINUE;
          END IF;
          position_at := e.occurred_at;
          IF lesson_id IS DISTINCT FROM e.lesson_id THEN
            scroll := '0';
          END IF;
          lesson_id := e.lesson_id;
          IF e.scroll IS NOT NULL AND e.scroll <> 'null' THEN
            scroll := e.scroll;
          END IF;
          IF e.block_id IS NOT NULL AND e.seconds IS NOT NULL AND e.seconds <> 'null' THEN
            video := video || jsonb_build_object(e.block_id, e.seconds);
          END IF;
        END LOOP;
        RETURN jsonb_build_object('lessonId', lesson_id, 'scroll', scroll, 'videoSeconds', video,
                                  'lessonsDone', done, 'positionAt', position_at);
      END $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION progress_state(jsonb, jsonb)`);
  }
}
