import { DemoModule, lesson, list, p, quiz, quote, textBlock, h } from './content-builders';

/**
 * "Företagarperspektiv i myndighetsutövning": the business-perspective training municipalities
 * run with Företagarna for staff in permits and inspections. Written in plain Swedish.
 */
export const BUSINESS_PERSPECTIVE: DemoModule = {
  key: 'foretagarperspektiv',
  title: 'Företagarperspektiv i myndighetsutövning',
  titleEn: 'The business perspective in public authority',
  summary:
    'Om hur du som handläggare eller inspektör kan ge företagare snabba, tydliga och rättssäkra besked – och varför det spelar roll för hela kommunen.',
  summaryEn:
    'How caseworkers and inspectors can give business owners quick, clear and legally sound decisions – and why it matters to the whole municipality.',
  estimatedMinutes: 35,
  tags: ['bygglov', 'tillsyn', 'näringsliv', 'bemötande'],
  shared: true,
  lessons: [
    lesson(
      'fp:varfor',
      'Varför företagarperspektivet spelar roll',
      textBlock(
        'fp:varfor:text',
        p(
          'De flesta företag i kommunen är små. Ägaren är ofta också den som söker bygglovet, tar emot inspektören och gör bokföringen på kvällen.',
        ),
        p(
          'När ett besked dröjer eller är svårt att förstå kostar det företaget tid och pengar. Ibland blir en investering av eller ett jobb aldrig till.',
        ),
        h(3, 'Det här betyder företagarperspektiv'),
        list(
          ['Du förstår att ', { bold: 'tid är pengar' }, ' för den som driver företag.'],
          ['Du förklarar ', { bold: 'varför' }, ' ett krav finns, inte bara att det finns.'],
          [
            'Du är ',
            { bold: 'lika noggrann' },
            ' med lagen som förut. Perspektivet ändrar hur du arbetar, inte vad lagen säger.',
          ],
        ),
        quote(
          'Service och rättssäkerhet står inte mot varandra. Ett tydligt och snabbt besked är en del av god förvaltning.',
        ),
      ),
    ),
    lesson(
      'fp:villkor',
      'Företagarens villkor',
      textBlock(
        'fp:villkor:text',
        p(
          'Tänk på en restaurangägare som ska bygga om köket. Hon har lånat pengar, bokat hantverkare och planerat att stänga i tre veckor under den lugnaste tiden på året.',
        ),
        list(
          ['Om beskedet kommer en månad för sent kan stängningen hamna mitt i högsäsongen.'],
          ['Om kraven ändras under ärendets gång måste hon kanske beställa om och betala igen.'],
          ['Om ingen svarar i telefon vet hon inte vad hon ska säga till hantverkarna.'],
        ),
        p(
          'Företagaren har sällan någon jurist eller handläggare på kontoret. Det som är självklart för dig kan vara helt nytt för henne.',
        ),
      ),
    ),
    lesson(
      'fp:bemotande',
      'Gott bemötande i bygglov och tillsyn',
      textBlock(
        'fp:bemotande:text',
        h(3, 'Före beslutet'),
        list(
          ['Ring upp tidigt om något saknas i ansökan. Ett samtal kan spara veckor av brev.'],
          ['Säg vilken handläggningstid som gäller och håll den. Säg till i god tid om den inte håller.'],
          ['Samordna med andra förvaltningar så att företagaren får ett samlat besked.'],
        ),
        h(3, 'Vid tillsyn'),
        list(
          ['Berätta vad besöket gäller och hur det går till.'],
          ['Skilj på vad som är krav och vad som är råd.'],
          ['Ge brister i skrift, med vad som ska göras och när.'],
        ),
        h(3, 'I beslutet'),
        p(
          'Skriv så att mottagaren förstår: vad har beslutats, varför, vad händer nu och hur man överklagar. Det är klarspråk, och det är ett krav i språklagen.',
        ),
      ),
    ),
    lesson(
      'fp:fall',
      'Fallövning: caféet som vill bygga ut',
      textBlock(
        'fp:fall:text',
        p(
          'Ett café i centrum vill bygga ett inglasat uterum. Ägaren lämnar in en ansökan i mars och vill öppna uterummet till midsommar. Ritningarna saknar ett brandskyddsutlåtande.',
        ),
        p('Fundera på frågorna nedan, gärna tillsammans med en kollega:'),
        list(
          ['Hur och när berättar du för ägaren att utlåtandet saknas?'],
          ['Vad kan du säga om hur lång tid handläggningen tar?'],
          ['Vilka andra delar av kommunen behöver vara med, och hur ser du till att ägaren får ett samlat besked?'],
          ['Hur skriver du beslutet så att ägaren förstår det utan att behöva ringa?'],
        ),
      ),
    ),
    lesson(
      'fp:kunskapskontroll',
      'Kunskapskontroll',
      quiz('fp:quiz', 'Kunskapskontroll: företagarperspektiv', [
        {
          prompt: 'En ansökan om bygglov saknar en handling. Vad är bäst att göra?',
          options: [
            {
              text: 'Kontakta sökanden direkt och förklara vad som saknas och varför.',
              correct: true,
              feedback: 'Rätt. Ett tidigt samtal sparar tid för båda.',
            },
            {
              text: 'Vänta tills tidsfristen har gått och avslå sedan.',
              feedback: 'Nej. Det drabbar sökanden i onödan och är inte god förvaltning.',
            },
            {
              text: 'Skicka ett standardbrev utan förklaring.',
              feedback: 'Ett brev kan behövas, men förklara vad som saknas och varför.',
            },
          ],
        },
        {
          kind: 'true-false',
          prompt: 'Företagarperspektiv innebär att företag får lägre krav än andra.',
          options: [
            { text: 'Sant', feedback: 'Nej. Kraven i lagen är desamma. Perspektivet handlar om hur vi arbetar.' },
            {
              text: 'Falskt',
              correct: true,
              feedback: 'Rätt. Perspektivet ändrar bemötandet och arbetssättet, inte lagen.',
            },
          ],
        },
        {
          kind: 'multiple',
          prompt: 'Vilket av följande gör ett beslut lättare att förstå? Välj alla som stämmer.',
          options: [
            { text: 'Att det står vad som har beslutats och varför.', correct: true, feedback: 'Rätt.' },
            { text: 'Att det står hur man överklagar.', correct: true, feedback: 'Rätt.' },
            {
              text: 'Att det hänvisar till paragrafer utan förklaring.',
              feedback: 'Paragrafer kan behövas, men förklara vad de betyder.',
            },
          ],
        },
        {
          prompt: 'Vid ett tillsynsbesök hittar du en brist. Hur bör du ge besked om den?',
          options: [
            {
              text: 'Muntligt och i skrift, med vad som ska göras och när.',
              correct: true,
              feedback: 'Rätt. Då vet företagaren exakt vad som gäller.',
            },
            {
              text: 'Bara muntligt, så att det går fort.',
              feedback: 'Ett muntligt besked glöms lätt. Ge det också i skrift.',
            },
          ],
        },
        {
          kind: 'true-false',
          prompt: 'Om handläggningstiden inte kommer att hålla ska du säga till sökanden i god tid.',
          options: [
            { text: 'Sant', correct: true, feedback: 'Rätt. Då kan företagaren planera om.' },
            { text: 'Falskt', feedback: 'Jo, säg till i god tid. Det är en del av god service.' },
          ],
        },
      ]),
    ),
  ],
};
