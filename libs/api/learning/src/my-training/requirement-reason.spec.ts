import type { Requirement } from '@larnav/api/compliance';
import { requirementReason } from './requirement-reason';

const requirement: Requirement = {
  ruleId: 'r',
  ruleName: 'Företagarperspektiv för myndighetsutövning',
  moduleId: 'm',
  personId: 'p',
  appliesFrom: '2026-05-04',
  appliesTo: 'infinity',
  dueBasis: 'employment-start',
  dueDays: 30,
  basisDate: '2026-05-04',
  ruleFrom: '2026-03-01',
  targetOrgUnitId: 'u',
  targetJobRole: null,
  effectiveDue: '2026-06-03',
  completedOn: null,
  validUntil: null,
  redoSince: null,
  compliant: false,
  exempt: false,
};

describe('requirementReason', () => {
  it('explains a requirement as the issue words it, in Swedish and English', () => {
    const names = { unit: 'Bygglov', target: 'Samhällsbyggnadsförvaltningen' };
    expect(requirementReason(requirement, names, 'sv')).toBe(
      'Krävs eftersom du arbetar på Bygglov och regeln ”Företagarperspektiv för myndighetsutövning” gäller Samhällsbyggnadsförvaltningen sedan 2026-03-01; förfaller 30 dagar efter din start 2026-05-04.',
    );
    expect(requirementReason(requirement, names, 'en')).toBe(
      'Required because you work at Bygglov and the rule "Företagarperspektiv för myndighetsutövning" applies to everyone in Samhällsbyggnadsförvaltningen since 2026-03-01; due 30 days after your start 2026-05-04.',
    );
    expect(
      requirementReason(
        { ...requirement, dueBasis: 'fixed-date', targetOrgUnitId: null },
        { unit: 'Bygglov', target: null },
        'sv',
      ),
    ).toContain('gäller alla sedan 2026-03-01; ska vara klar senast 2026-06-03');
  });
});
