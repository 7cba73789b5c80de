import { ApiExtension } from '@nestjs/swagger';

/**
 * Marks a POST whose repetition changes nothing (e.g. a progress event with the browser's own
 * id). PUT and DELETE are idempotent by HTTP already. The bad-input sweep sends such a request
 * twice and fails when the second inserts anything.
 */
export const Idempotent = () => ApiExtension('x-idempotent', true);
