import type { ExportLanguage } from '../export/export-labels';

/**
 * The words of the board's summary, in klarspråk: a nämnd reads it on paper, without the
 * dashboard beside it, so every number says what it counts.
 */
export const BOARD_SUMMARY_LABELS = {
  sv: {
    title: 'Utbildningstäckning',
    subtitle: 'Sammanfattning för nämnden',
    municipality: 'Kommun',
    unit: 'Omfattning',
    wholeScope: 'Alla enheter du ansvarar för',
    asOf: 'Läget per',
    printed: 'Utskriven',
    byModule: (unit: string) => `Läget i ${unit}`,
    byUnit: (unit: string) => `Per enhet i ${unit}`,
    onboarding: (from: string, to: string) => `Nyanställda ${from}–${to}`,
    module: 'Utbildning',
    orgUnit: 'Enhet',
    population: 'Ska ha den',
    compliant: 'Klara',
    coverage: 'Täckning',
    overdue: 'Försenade',
    exempt: 'Undantagna',
    yearAgo: (asOf: string | null) => (asOf ? `Täckning ${asOf}` : 'Ett år tidigare'),
    hires: 'Började',
    inTime: 'Klara i tid',
    late: 'Klara för sent',
    missed: 'Inte klara',
    noRequirements: 'Ingen utbildning krävdes av någon här den dagen.',
    noHires: 'Ingen som började under perioden hade en utbildning att bli klar med.',
    definition:
      'Täckning är andelen av de anställda som ska ha utbildningen och som den dagen har den genomförd och giltig. ' +
      'Den som är undantagen räknas inte. Försenade har passerat sitt sista datum utan att bli klara. ' +
      'Siffrorna gäller dem som var anställda den dagen, och kommer från samma beräkning som Lärnavs översikt och exporter.',
    page: (n: number, of: number) => `Sida ${n} av ${of}`,
  },
  en: {
    title: 'Training coverage',
    subtitle: 'Summary for the board',
    municipality: 'Municipality',
    unit: 'Scope',
    wholeScope: 'Every unit you answer for',
    asOf: 'As of',
    printed: 'Printed',
    byModule: (unit: string) => `Where ${unit} stands`,
    byUnit: (unit: string) => `By unit in ${unit}`,
    onboarding: (from: string, to: string) => `New starters ${from} to ${to}`,
    module: 'Training',
    orgUnit: 'Unit',
    population: 'Required of',
    compliant: 'Completed',
    coverage: 'Coverage',
    overdue: 'Overdue',
    exempt: 'Exempt',
    yearAgo: (asOf: string | null) => (asOf ? `Coverage on ${asOf}` : 'A year earlier'),
    hires: 'Started',
    inTime: 'Done in time',
    late: 'Done late',
    missed: 'Not done',
    noRequirements: 'No training was required of anyone here on that day.',
    noHires: 'Nobody who started in the period had training to complete.',
    definition:
      'Coverage is the share of the staff required to take the training who, on that day, have completed it and hold a valid completion. ' +
      'Exempt staff are not counted. Overdue staff have passed their due date without completing. ' +
      "The numbers are of the people employed on that day, from the same calculation as Lärnav's dashboard and exports.",
    page: (n: number, of: number) => `Page ${n} of ${of}`,
  },
} satisfies Record<ExportLanguage, unknown>;

export type BoardSummaryLabels = (typeof BOARD_SUMMARY_LABELS)[ExportLanguage];
