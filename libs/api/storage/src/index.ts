export * from './file-storage';
export * from './local-disk.storage';
export * from './s3.storage';
export * from './media-types';
export * from './upload-gate';
export * from './upload-intake';
export * from './serve-media';
export * from './storage.module';
