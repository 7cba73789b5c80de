/** Where the API serves a certificate as a PDF, in Swedish or English. */
export function certificatePdfUrl(certificateId: string, lang: 'sv' | 'en', baseUrl = ''): string {
  return `${baseUrl}/api/learning/certificates/${encodeURIComponent(certificateId)}/pdf?lang=${lang}`;
}

/** Everything Lärnav holds about the signed-in person's learning, as a JSON download. */
export const MY_DATA_URL = '/api/learning/my-data';
