/** The self-check's first screen in Dutch: the intro's texts and the built-in instrument's title, intro and sources. */
import type { IntroTexts } from './index.js';

const nl: IntroTexts = {
  duration: 'Duurt ongeveer 10 minuten.',
  parts: '{dimensions} onderdelen, met telkens {questions} vragen en één extra vraag die niet verplicht is.',
  partsMixed:
    '{dimensions} onderdelen, met samen {questions} vragen. Elk onderdeel heeft ook één extra vraag die niet verplicht is.',
  privacy: 'Je antwoorden blijven op dit toestel, in deze browser. Er gaat niets naar een server.',
  privacyOptIn:
    'Je antwoorden blijven op dit toestel, in deze browser. Alleen als je op het einde zelf kiest, sturen we de scores anoniem door.',
  pause: 'Je kunt stoppen en later verdergaan.',
  howTo:
    'Denk aan één samenwerking. Kies bij elke vraag de beschrijving die het best past. Weet je het niet? Kies “Weet niet”. Past een vraag niet bij jullie samenwerking? Kies “Niet van toepassing”.',
  /** Shown when the built-in questions are not in the interface language. */
  contentNote: '',
  start: 'Start de zelfscan',
  about: 'Over deze zelfscan',
  noStorage: 'Je browser bewaart de antwoorden niet. Laat deze pagina open tot je klaar bent.',
  // Steps
  builtin: {
    title: 'Zelfscan partnerschap',
    intro:
      'Met deze zelfscan kijk je naar één samenwerking. Bijvoorbeeld tussen een school en een welzijnsorganisatie, een dienst van de stad, een hogeschool of een bedrijf.\n\n' +
      'Je ziet waar jullie staan: van naast elkaar werken tot integreren. Je ziet ook wat al goed gaat en waar jullie samen aan kunnen werken.',
    about:
      'Het netwerk Samen Onderwijs Maken schreef deze vragen zelf. Ze steunen op onderzoek over partnerschappen:\n\n' +
      'Bringle, Clayton & Price (2009), Partnerships in service learning and civic engagement: het SOFAR-model. Een relatie wordt sterker met meer nabijheid (vaker contact, meer soorten activiteiten, meer wederzijdse invloed), gelijkwaardigheid (eerlijk geven en nemen) en integriteit (gedeelde waarden).\n\n' +
      'Clayton, Bringle, Senor, Huq & Morrison (2010): de Transformational Relationship Evaluation Scale (TRES). Elke vraag heeft antwoorden die gaan van weinig tot sterk ontwikkeld. TRES II vraagt ook waar partners naartoe willen.\n\n' +
      'Het samenwerkingsspectrum van het Tamarack Institute: van concurreren en naast elkaar werken, over afstemmen, tot samenwerken, integreren en collectieve impact. Langs het spectrum groeit het vertrouwen en beschermt elke partner minder zijn eigen terrein. Collectieve impact is voor netwerken van veel partners, niet voor twee.\n\n' +
      'Kania & Kramer (2011), Collective Impact: vijf voorwaarden. Een gezamenlijk plan, samen meten, activiteiten die elkaar versterken, voortdurend contact en een organisatie die alles ondersteunt (de ‘backbone’).\n\n' +
      'Mattessich & Johnson (2018), de Wilder Collaboration Factors Inventory. Die meet gelijkaardige onderdelen met eens/oneens. Wij werken met beschrijvingen en vergelijken met waar jullie zelf naartoe willen.\n\n' +
      'Frey, Lohmeier, Lee & Tollefson (2006): als twee partners dezelfde samenwerking anders beoordelen, is dat geen fout. Het is een punt om samen te bespreken.\n\n' +
      'De niveaus zijn vuistregels. Ze zijn niet wetenschappelijk getest.',
  },
};
export default nl;
