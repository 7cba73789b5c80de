/**
 * A full-page navigation away from the app (to the identity provider and back): the session
 * changes hands there, so the app starts afresh on return. One function, so tests can watch it.
 */
export function leaveApp(url: string): void {
  window.location.assign(url);
}
