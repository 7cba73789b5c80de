/** A job role and how common it is in the unit, relative to its other roles. */
export type RoleShare = readonly [role: string, weight: number];

export interface UnitSpec {
  code: string;
  name: string;
  /** The unit's head: one person, in post before the demo's three years and staying through them. */
  manager?: string;
  /** The roles its staff hold; hires and the initial staff are drawn from these. */
  roles: readonly RoleShare[];
  /** Staff besides the manager at the start of the three years. */
  staff: number;
  children?: readonly UnitSpec[];
}

/**
 * Stenungsunds kommun: five förvaltningar with their enheter, and avdelningar within
 * Socialförvaltningen, so the tree is three levels deep below the municipality. The staff is a
 * sample of a few hundred of the municipality's employees, in realistic proportions.
 */
// prettier-ignore
export const STENUNGSUND_ORG: UnitSpec = {
  code: 'STENUNGSUND',
  name: 'Stenungsunds kommun',
  roles: [],
  staff: 0,
  children: [
    {
      code: 'KSF', name: 'Kommunstyrelseförvaltningen', manager: 'kommundirektör', staff: 6,
      roles: [['kommunikatör', 2], ['nämndsekreterare', 2], ['registrator', 1], ['utredare', 1]],
      children: [
        { code: 'KSF-NAR', name: 'Näringsliv', manager: 'näringslivschef', staff: 3,
          roles: [['näringslivsutvecklare', 3], ['turismutvecklare', 1]] },
        { code: 'KSF-HR', name: 'HR', manager: 'HR-chef', staff: 8,
          roles: [['HR-specialist', 4], ['löneadministratör', 3], ['utbildningssamordnare', 1]] },
        { code: 'KSF-EKO', name: 'Ekonomi', manager: 'ekonomichef', staff: 8,
          roles: [['ekonom', 4], ['controller', 2], ['redovisningsekonom', 2], ['upphandlare', 1]] },
        { code: 'KSF-IT', name: 'IT', manager: 'IT-chef', staff: 7,
          roles: [['IT-tekniker', 4], ['systemförvaltare', 2], ['IT-säkerhetssamordnare', 1]] },
      ],
    },
    {
      code: 'SBF', name: 'Samhällsbyggnadsförvaltningen', manager: 'förvaltningschef', staff: 3,
      roles: [['administratör', 2], ['nämndsekreterare', 1]],
      children: [
        { code: 'SBF-BYGG', name: 'Bygglov', manager: 'enhetschef', staff: 9,
          roles: [['bygglovshandläggare', 5], ['byggnadsinspektör', 2], ['bygglovsarkitekt', 1], ['administratör', 1]] },
        { code: 'SBF-MILJO', name: 'Miljö och hälsa', manager: 'enhetschef', staff: 8,
          roles: [['miljöinspektör', 4], ['livsmedelsinspektör', 2], ['hälsoskyddsinspektör', 1]] },
        { code: 'SBF-PLAN', name: 'Plan', manager: 'enhetschef', staff: 6,
          roles: [['planarkitekt', 3], ['GIS-ingenjör', 1], ['exploateringsingenjör', 1]] },
        { code: 'SBF-GATA', name: 'Gata och park', manager: 'enhetschef', staff: 10,
          roles: [['parkarbetare', 4], ['gatuingenjör', 2], ['arbetsledare', 1], ['trädgårdsmästare', 1]] },
      ],
    },
    {
      code: 'SOC', name: 'Socialförvaltningen', manager: 'förvaltningschef', staff: 3,
      roles: [['administratör', 2], ['kvalitetsutvecklare', 1]],
      children: [
        {
          code: 'SOC-IFO', name: 'Individ- och familjeomsorg', manager: 'avdelningschef', staff: 0, roles: [],
          children: [
            { code: 'SOC-IFO-BU', name: 'Barn och unga', manager: 'enhetschef', staff: 10,
              roles: [['socialsekreterare', 5], ['familjebehandlare', 2]] },
            { code: 'SOC-IFO-VUX', name: 'Vuxen och försörjningsstöd', manager: 'enhetschef', staff: 7,
              roles: [['socialsekreterare', 3], ['försörjningsstödshandläggare', 2], ['behandlingsassistent', 1]] },
          ],
        },
        {
          code: 'SOC-AO', name: 'Äldreomsorg', manager: 'avdelningschef', staff: 0, roles: [],
          children: [
            { code: 'SOC-AO-HT', name: 'Hemtjänst', manager: 'enhetschef', staff: 24,
              roles: [['undersköterska', 6], ['vårdbiträde', 2], ['planerare', 1]] },
            { code: 'SOC-AO-VOB', name: 'Vård- och omsorgsboende', manager: 'enhetschef', staff: 28,
              roles: [['undersköterska', 6], ['vårdbiträde', 2], ['sjuksköterska', 1]] },
            { code: 'SOC-AO-HSL', name: 'Hälso- och sjukvård', manager: 'enhetschef', staff: 9,
              roles: [['sjuksköterska', 4], ['arbetsterapeut', 2], ['fysioterapeut', 1]] },
          ],
        },
        { code: 'SOC-FS', name: 'Funktionsstöd', manager: 'enhetschef', staff: 18,
          roles: [['stödassistent', 4], ['personlig assistent', 3], ['boendestödjare', 2], ['LSS-handläggare', 1]] },
      ],
    },
    {
      code: 'UTB', name: 'Utbildningsförvaltningen', manager: 'förvaltningschef', staff: 3,
      roles: [['administratör', 2], ['skolutvecklare', 1]],
      children: [
        { code: 'UTB-NOS', name: 'Nösnäsgymnasiet', manager: 'rektor', staff: 22,
          roles: [['lärare', 8], ['studie- och yrkesvägledare', 1], ['skolsköterska', 1], ['elevassistent', 1]] },
        { code: 'UTB-VUX', name: 'Vuxenutbildningen', manager: 'rektor', staff: 7,
          roles: [['lärare', 4], ['SFI-lärare', 2], ['studie- och yrkesvägledare', 1]] },
        { code: 'UTB-STEN', name: 'Stenungsskolan', manager: 'rektor', staff: 18,
          roles: [['lärare', 6], ['elevassistent', 2], ['specialpedagog', 1], ['fritidspedagog', 1]] },
      ],
    },
    {
      code: 'KOF', name: 'Kultur och fritid', manager: 'förvaltningschef', staff: 1,
      roles: [['administratör', 1]],
      children: [
        { code: 'KOF-BIB', name: 'Biblioteket', manager: 'enhetschef', staff: 5,
          roles: [['bibliotekarie', 3], ['biblioteksassistent', 2]] },
        { code: 'KOF-FRI', name: 'Fritid', manager: 'enhetschef', staff: 5,
          roles: [['fritidsledare', 4], ['föreningsutvecklare', 1]] },
      ],
    },
  ],
};

/**
 * Tjörns kommun, the second tenant: organised in sektorer, with a few dozen staff. Some codes
 * (`SBF-BYGG`) repeat Stenungsund's on purpose: codes are unique within a municipality only.
 */
// prettier-ignore
export const TJORN_ORG: UnitSpec = {
  code: 'TJORN',
  name: 'Tjörns kommun',
  roles: [],
  staff: 0,
  children: [
    { code: 'KLK', name: 'Kommunledningskontoret', manager: 'kommundirektör', staff: 5,
      roles: [['HR-specialist', 2], ['ekonom', 2], ['IT-tekniker', 1], ['administratör', 1]] },
    {
      code: 'SBF', name: 'Sektor samhällsbyggnad', manager: 'sektorchef', staff: 1,
      roles: [['administratör', 1]],
      children: [
        { code: 'SBF-BYGG', name: 'Bygglov', manager: 'enhetschef', staff: 4,
          roles: [['bygglovshandläggare', 3], ['byggnadsinspektör', 1]] },
      ],
    },
    {
      code: 'SOC', name: 'Sektor socialtjänst', manager: 'sektorchef', staff: 0, roles: [],
      children: [
        { code: 'SOC-HT', name: 'Hemtjänst', manager: 'enhetschef', staff: 6,
          roles: [['undersköterska', 4], ['vårdbiträde', 1]] },
        { code: 'SOC-VOB', name: 'Vård- och omsorgsboende', manager: 'enhetschef', staff: 6,
          roles: [['undersköterska', 4], ['sjuksköterska', 1]] },
      ],
    },
    {
      code: 'UKF', name: 'Sektor utbildning, kultur och fritid', manager: 'sektorchef', staff: 0, roles: [],
      children: [
        { code: 'UKF-SKA', name: 'Skärhamns skola', manager: 'rektor', staff: 7,
          roles: [['lärare', 4], ['elevassistent', 1]] },
        { code: 'UKF-KUL', name: 'Kultur och fritid', manager: 'enhetschef', staff: 2,
          roles: [['bibliotekarie', 1], ['fritidsledare', 1]] },
      ],
    },
  ],
};

/** Every unit of the tree, parents before their children. */
export function unitsOf(root: UnitSpec): UnitSpec[] {
  return [root, ...(root.children ?? []).flatMap(unitsOf)];
}
