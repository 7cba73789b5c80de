/** Where the live-session pages live; other areas link here (My training links to the booking page). */
export const moduleSessionsPath = (moduleId: string) => `/modules/${moduleId}/sessions`;
export const bookSessionsPath = (moduleId: string) => `/my-training/${moduleId}/sessions`;
export const attendancePath = (sessionId: string) => `/live-sessions/${sessionId}/attendance`;
