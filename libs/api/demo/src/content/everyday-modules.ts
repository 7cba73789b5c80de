import { DemoModule, lesson, list, p, quiz, textBlock, h } from './content-builders';

/** Two short modules every demo municipality has of its own. */
export const NEW_EMPLOYEE: DemoModule = {
  key: 'introduktion',
  title: 'Introduktion för nya medarbetare',
  titleEn: 'Introduction for new employees',
  summary:
    'Det du behöver veta under dina första veckor: hur kommunen är styrd, vad som gäller för dig som anställd och var du hittar hjälp.',
  summaryEn:
    'What you need to know in your first weeks: how the municipality is governed, what applies to you as an employee, and where to find help.',
  estimatedMinutes: 20,
  tags: ['nyanställd', 'introduktion'],
  shared: false,
  lessons: [
    lesson(
      'intro:styrning',
      'Så styrs kommunen',
      textBlock(
        'intro:styrning:text',
        p(
          'Kommunen styrs av de förtroendevalda i kommunfullmäktige. Fullmäktige beslutar om mål och budget. Nämnderna ansvarar för var sitt område, till exempel bygg och miljö eller utbildning.',
        ),
        p(
          'Du som är anställd arbetar i en förvaltning. Förvaltningen genomför det som nämnden har beslutat och ger nämnden underlag inför besluten.',
        ),
      ),
    ),
    lesson(
      'intro:anstalld',
      'Som anställd i kommunen',
      textBlock(
        'intro:anstalld:text',
        h(3, 'Det här gäller för dig'),
        list(
          ['Du arbetar för alla som bor och verkar i kommunen, och ska behandla alla lika.'],
          ['Allmänna handlingar är offentliga. Många handlingar kan begäras ut av vem som helst.'],
          ['Vissa uppgifter omfattas av sekretess. Fråga din chef om du är osäker.'],
        ),
        p('Har du frågor om lön, ledighet eller arbetsmiljö? Börja med din chef. HR hjälper också till.'),
      ),
    ),
    lesson(
      'intro:kontroll',
      'Kunskapskontroll',
      quiz('intro:quiz', 'Kunskapskontroll: introduktion', [
        {
          prompt: 'Vem beslutar om kommunens mål och budget?',
          options: [
            { text: 'Kommunfullmäktige', correct: true, feedback: 'Rätt.' },
            { text: 'Förvaltningen', feedback: 'Nej, förvaltningen genomför besluten.' },
          ],
        },
        {
          kind: 'true-false',
          prompt: 'Allmänna handlingar kan ofta begäras ut av vem som helst.',
          options: [
            { text: 'Sant', correct: true, feedback: 'Rätt. Det är offentlighetsprincipen.' },
            { text: 'Falskt', feedback: 'Jo, det är offentlighetsprincipen.' },
          ],
        },
      ]),
    ),
  ],
};

export const INFORMATION_SECURITY: DemoModule = {
  key: 'informationssakerhet',
  title: 'Informationssäkerhet i vardagen',
  titleEn: 'Information security in everyday work',
  summary:
    'Så skyddar du kommunens och invånarnas uppgifter: lösenord, bluffmejl, och vad du gör om något har gått fel.',
  summaryEn:
    "How to protect the municipality's and residents' information: passwords, phishing, and what to do when something has gone wrong.",
  estimatedMinutes: 15,
  tags: ['informationssäkerhet'],
  shared: false,
  lessons: [
    lesson(
      'infosak:losenord',
      'Lösenord och inloggning',
      textBlock(
        'infosak:losenord:text',
        list(
          ['Använd en lång lösenfras, till exempel fyra ord som bara du kan koppla ihop.'],
          ['Använd aldrig samma lösenord i jobbet som privat.'],
          ['Lämna aldrig ut ditt lösenord, inte ens till någon som säger att den ringer från IT.'],
        ),
      ),
    ),
    lesson(
      'infosak:bluff',
      'Bluffmejl',
      textBlock(
        'infosak:bluff:text',
        p(
          'Ett bluffmejl försöker få dig att klicka på en länk, öppna en bilaga eller lämna uppgifter. Det ser ofta ut att komma från någon du känner.',
        ),
        h(3, 'Var extra uppmärksam när'),
        list(['det är bråttom,'], ['avsändaren ber om pengar eller lösenord,'], ['adressen ser nästan rätt ut.']),
        p('Är du osäker? Klicka inte. Kontakta avsändaren på ett annat sätt, eller fråga IT-supporten.'),
      ),
    ),
    lesson(
      'infosak:kontroll',
      'Kunskapskontroll',
      quiz('infosak:quiz', 'Kunskapskontroll: informationssäkerhet', [
        {
          prompt: 'Någon ringer och säger att hen är från IT och behöver ditt lösenord. Vad gör du?',
          options: [
            {
              text: 'Lämnar inte ut det och kontaktar IT-supporten själv.',
              correct: true,
              feedback: 'Rätt. IT frågar aldrig efter ditt lösenord.',
            },
            { text: 'Lämnar ut det om personen låter trovärdig.', feedback: 'Nej. Lämna aldrig ut ditt lösenord.' },
          ],
        },
        {
          kind: 'true-false',
          prompt: 'Det är bra att använda samma lösenord i jobbet som privat, så att man kommer ihåg det.',
          options: [
            { text: 'Sant', feedback: 'Nej. Läcker det privata lösenordet, kan någon komma åt jobbet.' },
            { text: 'Falskt', correct: true, feedback: 'Rätt.' },
          ],
        },
      ]),
    ),
  ],
};
