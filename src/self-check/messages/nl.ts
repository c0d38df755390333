/** Interface text of <som-self-check> in Dutch (the shape every language follows). B1: short, plain. */
const nl = {
  // Intro (its other texts are in intro-texts/nl.ts, part of the entry)
  resume: 'Ga verder bij stap {step}',
  toResult: 'Bekijk je resultaat',
  // Steps
  stepOf: 'Stap {step} van {total}',
  notKnown: 'Weet niet / n.v.t.',
  desiredLegend: 'Waar willen jullie over een jaar staan?',
  optional: 'Niet verplicht.',
  clearDesired: 'Wis deze keuze',
  generic: [
    'Nauwelijks ontwikkeld',
    'Een beetje ontwikkeld',
    'Deels ontwikkeld',
    'Grotendeels ontwikkeld',
    'Volledig ontwikkeld',
  ],
  back: 'Vorige',
  next: 'Volgende',
  toReview: 'Naar het overzicht',
  backToReview: 'Terug naar het overzicht',
  saved: 'Je antwoorden worden bewaard op dit toestel.',
  // Review
  reviewTitle: 'Overzicht van je antwoorden',
  reviewLead: 'Kijk je antwoorden na. Wil je iets veranderen? Kies “Wijzig”.',
  noAnswer: 'Geen antwoord',
  desiredShort: 'Waar jullie naartoe willen',
  edit: 'Wijzig',
  /** The button's accessible name: one string, so no space creeps in before the colon. */
  editLabel: 'Wijzig: {dimension}',
  unanswered: '{count} van de {total} vragen hebben geen antwoord. Dat mag: ze tellen niet mee.',
  showResult: 'Bekijk het resultaat',
  // Result
  resultTitle: 'Jullie resultaat',
  levelIntro: 'Jullie samenwerking zit nu op dit niveau:',
  overall: 'Gemiddelde score: {score} op 5',
  notEnough: 'Niet genoeg antwoorden',
  notEnoughResult:
    'Er zijn te weinig antwoorden om een resultaat te tonen. Beantwoord minstens één vraag met een beschrijving.',
  partial: '{count} van de {total} onderdelen hebben een antwoord. Het resultaat zegt daardoor minder.',
  spectrum: 'Van naast elkaar werken tot collectieve impact',
  youAreHere: 'Hier staan jullie',
  higherNotBetter:
    'Hoger is niet altijd beter. Niet elke samenwerking moet naar collectieve impact. Soms is goed afstemmen precies wat jullie nodig hebben.',
  blocked:
    'Jullie gemiddelde is hoog genoeg voor “{level}”. Maar daarvoor moet elk van deze onderdelen minstens 4 halen: {dimensions}. Daarom blijft het niveau “{current}”.',
  chartTitle: 'Score per onderdeel',
  chartAlt: 'Radargrafiek van de score per onderdeel, op een schaal van 1 tot 5.',
  chartAltDesired: 'Volle lijn: waar jullie nu staan. Stippellijn: waar jullie naartoe willen.',
  chartAltHigh: 'Hoogste score: {dimension} ({score}).',
  chartAltLow: 'Laagste score: {dimension} ({score}).',
  chartAltTable: 'De tabel toont alle cijfers.',
  legendNow: 'Nu',
  legendDesired: 'Gewenst',
  colDimension: 'Onderdeel',
  colNow: 'Nu',
  colDesired: 'Gewenst',
  colStatus: 'Beoordeling',
  sterkte: 'Sterkte',
  bespreken: 'Bespreken',
  werkpunt: 'Werkpunt',
  strengths: 'Jullie sterktes',
  noStrengths: 'Nog geen onderdeel haalt 4 of meer. Dat is normaal bij een jonge samenwerking.',
  priorities: 'Hier kunnen jullie aan werken',
  prioritiesByGap: 'Eerst de onderdelen met het grootste verschil tussen nu en waar jullie naartoe willen.',
  noPriorities: 'Er zijn geen werkpunten: alle onderdelen halen 3 of meer.',
  nowDesired: 'Nu {now}, gewenst {desired}.',
  advice: 'Tip:',
  reflection: 'Om samen over te praten:',
  levels: {
    'co-existeren': {
      label: 'Co-existeren',
      description: 'Jullie werken naast elkaar. Er is weinig contact en elke partner gaat zijn eigen weg.',
    },
    communiceren: {
      label: 'Communiceren',
      description: 'Jullie wisselen informatie uit, vaak informeel en rond losse activiteiten.',
    },
    coordineren: {
      label: 'Coördineren',
      description: 'Jullie stemmen jullie werk op elkaar af, zodat het voor iedereen beter loopt.',
    },
    samenwerken: {
      label: 'Samenwerken',
      description: 'Jullie werken langere tijd samen, met gedeelde doelen, gedeelde middelen en samen beslissen.',
    },
    'collectieve-impact': {
      label: 'Collectieve impact',
      description:
        'Jullie werken met een gedeelde agenda en meten samen, over sectoren heen, aan een grote verandering.',
    },
  },
  // Actions
  actions: 'Bewaren en delen',
  print: 'Afdrukken',
  download: 'Download als bestand (JSON)',
  share: 'Kopieer een deelbare link',
  shareNote:
    'De link bevat je antwoorden en, als je ze invulde, de namen van de organisaties. Geen namen van personen. Wie de link opent, ziet jullie resultaat. Er gaat niets naar een server.',
  // The partnership's names (optional; on the result, the printout, the file and the link)
  namesTitle: 'Over welke samenwerking gaat het?',
  namesLead:
    'Niet verplicht. De namen komen op je afdruk, in het bestand en in de deelbare link. Ze blijven in deze browser en gaan niet naar een server.',
  nameOwn: 'Naam van jouw organisatie',
  namePartner: 'Naam van de partnerorganisatie',
  filledInBy: 'Ingevuld door',
  partnershipWith: 'Samenwerking met',
  shareLabel: 'Deelbare link',
  copied: 'De link is gekopieerd.',
  copyFailed: 'Kopiëren lukte niet. Selecteer de link hieronder en kopieer hem zelf.',
  editAnswers: 'Antwoorden aanpassen',
  restart: 'Opnieuw beginnen',
  confirmTitle: 'Opnieuw beginnen?',
  confirmText: 'Al je antwoorden op dit toestel worden gewist. Dat kun je niet ongedaan maken.',
  confirmYes: 'Ja, wis alles',
  cancel: 'Annuleren',
  // Compare
  compareTitle: 'Vergelijk met een partner',
  compareLead:
    'Vul de zelfscan elk apart in. Stuur elkaar de deelbare link. Plak hier de link of de code van je partner.',
  pasteLabel: 'Link of code van je partner',
  compare: 'Vergelijk',
  errors: {
    empty: 'Plak eerst een link of een code.',
    'too-long': 'Deze tekst is te lang. Een echte resultaatlink is veel korter.',
    format: 'Dit is geen geldige resultaatlink of code.',
    version: 'Deze link is gemaakt met een nieuwere versie van de zelfscan.',
    instrument: 'Deze link hoort bij een andere zelfscan.',
    mismatch: 'Deze link past niet bij deze versie van de zelfscan.',
    range: 'Deze link bevat antwoorden die niet bestaan.',
    'no-answers': 'Deze link bevat geen antwoorden.',
  },
  linkRefused: 'De gedeelde link kon niet gelezen worden.',
  compareHeading: 'Jij en je partner',
  you: 'Jij',
  partner: 'Je partner',
  chartAltCompare:
    'Radargrafiek met jouw score (volle lijn) en die van je partner (stippellijn) per onderdeel, op een schaal van 1 tot 5. De tabel toont alle cijfers en verschillen.',
  gapCaption: 'Verschil per onderdeel, het grootste eerst',
  colYou: 'Jij',
  colPartner: 'Partner',
  colGap: 'Verschil',
  gapNote: 'Verschil: {gap}',
  gesprekspunt: 'Gesprekspunt',
  'let-op': 'Let op',
  differenceNote:
    'Een verschil is geen fout. Het toont dat jullie de samenwerking anders beleven. Daar kun je samen over praten.',
  equityTitle: 'Let op het evenwicht',
  equityYou: 'Bij “{dimension}” geef jij een veel hogere score dan je partner: {a} tegenover {b}.',
  equityPartner: 'Bij “{dimension}” geeft je partner een veel hogere score dan jij: {b} tegenover {a}.',
  equityWhy:
    'Zo’n verschil wijst vaak op een ongelijke verhouding: de ene partner beslist of krijgt meer dan de andere merkt. Bespreek dit eerst.',
  starters: 'Om het gesprek te beginnen',
  starter: 'Bij “{dimension}” geef jij {a} en je partner {b}.',
  noStarters: 'Jullie kijken bijna op dezelfde manier naar de samenwerking. Praat samen over wat jullie sterk maakt.',
  closeCompare: 'Vergelijking sluiten',
  partnerWaiting:
    'Je opende de resultaatlink van een partner. Vul eerst zelf de zelfscan in. Daarna zie je beide resultaten naast elkaar.',
  viewPartner: 'Bekijk het resultaat van je partner',
  sharedTitle: 'Resultaat van je partner',
  sharedNote: 'Dit resultaat komt uit een gedeelde link.',
  fillIn: 'Vul zelf de zelfscan in',
  // Opt-in submission
  submitTitle: 'Help het netwerk leren',
  submitLead:
    'Het netwerk verzamelt anonieme scores om te zien waar partnerschappen staan. Je kunt jullie scores delen: alleen de cijfers per onderdeel, geen namen en geen tekst.',
  submitConsent: 'Ik deel onze scores anoniem met het netwerk.',
  submit: 'Verstuur de scores',
  submitNeedConsent: 'Vink eerst het vakje aan als je de scores wilt delen.',
  submitSending: 'Bezig met versturen…',
  submitDone: 'Bedankt! Jullie scores zijn anoniem verstuurd.',
  submitFailed: 'Versturen lukte niet. Probeer het later opnieuw.',
  // Feed instrument
  notFound: 'Deze zelfscan staat niet in de feed.',
  fileName: 'zelfscan',
};

export default nl;
