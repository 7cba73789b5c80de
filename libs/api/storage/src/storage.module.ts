import { DynamicModule, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import type { AppConfig } from '@larnav/api/common';
import { FileStorage } from './file-storage';
import { LocalDiskStorage } from './local-disk.storage';
import { S3Storage } from './s3.storage';
import { UploadLimits } from './upload-gate';

/** Inject with `@Inject(FILE_STORAGE) storage: FileStorage`. */
export const FILE_STORAGE = Symbol('FILE_STORAGE');
/** Bytes allowed per kind of media: `@Inject(UPLOAD_LIMITS) limits: UploadLimits`. */
export const UPLOAD_LIMITS = Symbol('UPLOAD_LIMITS');

/** The part of the configuration that media storage reads. */
export type StorageOptions = Pick<
  AppConfig,
  | 'LARNAV_DATA_DIR'
  | 'LARNAV_STORAGE'
  | 'LARNAV_S3_ENDPOINT'
  | 'LARNAV_S3_BUCKET'
  | 'LARNAV_S3_REGION'
  | 'LARNAV_S3_ACCESS_KEY_ID'
  | 'LARNAV_S3_SECRET_ACCESS_KEY'
  | 'LARNAV_S3_FORCE_PATH_STYLE'
  | 'LARNAV_UPLOAD_MAX_VIDEO_MB'
  | 'LARNAV_UPLOAD_MAX_IMAGE_MB'
  | 'LARNAV_UPLOAD_MAX_DOCUMENT_MB'
>;

export function storageFromConfig(config: StorageOptions): FileStorage {
  if (config.LARNAV_STORAGE === 'local') return LocalDiskStorage.underDataDir(config.LARNAV_DATA_DIR);
  // loadConfig has already refused s3 without a bucket; this keeps a hand-built config honest.
  if (!config.LARNAV_S3_BUCKET) throw new Error('LARNAV_S3_BUCKET: required when LARNAV_STORAGE is s3');
  const { LARNAV_S3_ACCESS_KEY_ID: accessKeyId, LARNAV_S3_SECRET_ACCESS_KEY: secretAccessKey } = config;
  return new S3Storage({
    bucket: config.LARNAV_S3_BUCKET,
    region: config.LARNAV_S3_REGION,
    endpoint: config.LARNAV_S3_ENDPOINT,
    forcePathStyle: config.LARNAV_S3_FORCE_PATH_STYLE,
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
  });
}

export function uploadLimitsFromConfig(config: StorageOptions): UploadLimits {
  const MB = 1024 * 1024;
  return {
    video: config.LARNAV_UPLOAD_MAX_VIDEO_MB * MB,
    image: config.LARNAV_UPLOAD_MAX_IMAGE_MB * MB,
    document: config.LARNAV_UPLOAD_MAX_DOCUMENT_MB * MB,
  };
}

/** Media storage, chosen by configuration. Global: composed once in the app, used by every area with media. */
@Module({})
export class StorageModule implements OnApplicationShutdown {
  constructor(@Inject(FILE_STORAGE) private readonly storage: FileStorage) {}

  static forRoot(options: StorageOptions): DynamicModule {
    return {
      module: StorageModule,
      global: true,
      providers: [
        { provide: FILE_STORAGE, useFactory: () => storageFromConfig(options) },
        { provide: UPLOAD_LIMITS, useValue: uploadLimitsFromConfig(options) },
      ],
      exports: [FILE_STORAGE, UPLOAD_LIMITS],
    };
  }

  onApplicationShutdown(): void {
    if (this.storage instanceof S3Storage) this.storage.close();
  }
}
