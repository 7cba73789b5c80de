import { AtQuery, PageLimit, PageOffset } from '@larnav/api/common';

export class UnitPeopleQuery extends AtQuery {
  @PageLimit({ max: 1000, fallback: 200 })
  limit?: number;

  @PageOffset()
  offset?: number;
}
