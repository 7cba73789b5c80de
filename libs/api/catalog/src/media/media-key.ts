/** Where a module's file is kept in the storage: one scheme for uploads and imports alike. */
export function mediaStorageKey(tenantId: string, mediaId: string): string {
  return `${tenantId}/${mediaId}`;
}
