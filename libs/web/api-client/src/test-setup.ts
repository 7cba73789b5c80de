import '@testing-library/jest-dom';

// On a loaded two-core machine jsdom renders slowly: wait up to 5 s for what a test finds, and
// give a test 30 s. No test asserts a time; this only keeps slowness from reading as failure.
import { configure } from '@testing-library/react';
configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(30_000);
