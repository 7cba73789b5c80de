// For tests of areas with media, and of any further FileStorage, which must pass the same contract.
export * from './bytes';
export * from './describe-file-storage';
export * from './describe-media-serving';
export * from './media-fixtures';
export * from './s3-test-server';
