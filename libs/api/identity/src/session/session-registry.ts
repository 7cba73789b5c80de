import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Every live session, by the person it belongs to. */
@Injectable()
export class SessionRegistry {
  constructor(private readonly dataSource: DataSource) {}

  /** Ends every session of a person at once, on every replica: their next request gets 401. */
  async endAllFor(personId: string): Promise<number> {
    const result = await this.dataSource.query(`DELETE FROM session WHERE (sess -> 'auth' ->> 'personId') = $1`, [
      personId,
    ]);
    return result[1] ?? 0;
  }
}
