/**
 * The built-in instrument in Dutch (B1: short sentences, no jargon). Our own items, written from the
 * dimensions of SELF-CHECK.md; "jullie" is the partnership, "je" the person filling it in.
 */
import type { InstrumentText } from '../instrument.js';

const text: InstrumentText = {
  dimensions: {
    'gedeelde-doelen': {
      label: 'Gedeelde doelen',
      description: 'Weten jullie wat jullie samen willen bereiken?',
      questions: [
        {
          text: 'Hoe goed kennen jullie elkaars doelen?',
          options: [
            'We kennen de doelen van de partner niet.',
            'We weten ongeveer wat de partner wil bereiken.',
            'We kennen elkaars doelen en zien waar ze overlappen.',
            'We hebben samen een paar doelen afgesproken.',
            'We hebben één gedeelde agenda en werken er samen aan.',
          ],
        },
        {
          text: 'Passen jullie doelen bij de opdracht van elke partner?',
          options: [
            'Eén partner bepaalt de doelen.',
            'We vragen soms wat de andere partner belangrijk vindt.',
            'We houden rekening met elkaars opdracht, maar niet altijd.',
            'Onze doelen passen bij de opdracht van elke partner.',
            'Onze doelen maken de opdracht van elke partner sterker.',
          ],
        },
      ],
      low: 'Plan een gesprek over wat elke partner wil bereiken. Schrijf samen één of twee doelen op die voor jullie allebei belangrijk zijn.',
      high: 'Jullie hebben duidelijke gedeelde doelen. Kijk elk jaar samen of ze nog kloppen. Vertel ze ook aan nieuwe collega’s.',
      reflection: 'Wat willen jullie over een jaar samen bereikt hebben?',
      desired: [
        'Elk eigen doelen',
        'Elkaars doelen kennen',
        'Enkele doelen afstemmen',
        'Samen doelen afspreken',
        'Eén gedeelde agenda',
      ],
    },
    communicatie: {
      label: 'Contact & communicatie',
      description: 'Hoe vaak en hoe open hebben jullie contact?',
      questions: [
        {
          text: 'Hoe vaak hebben jullie contact?',
          options: [
            'Bijna nooit, alleen als er een probleem is.',
            'Een paar keer per jaar.',
            'Regelmatig, maar vooral rond één activiteit.',
            'Op vaste momenten, en tussendoor als het nodig is.',
            'Vaak en vlot, tussen verschillende mensen van onze organisaties.',
          ],
        },
        {
          text: 'Hoe open is het contact?',
          options: [
            'We geven alleen praktische informatie door.',
            'We vertellen wat we doen, maar vragen weinig.',
            'We luisteren naar elkaar en stellen vragen.',
            'We zeggen eerlijk wat goed gaat en wat niet.',
            'We delen ook twijfels en nieuwe ideeën, nog voor iets vastligt.',
          ],
        },
      ],
      low: 'Spreek vaste momenten af om bij te praten, bijvoorbeeld één keer per maand. Kies bij elke partner één vaste contactpersoon.',
      high: 'Het contact loopt goed. Zorg dat het niet van één of twee mensen afhangt: betrek ook andere collega’s.',
      reflection: 'Wat vertellen jullie elkaar nu niet, terwijl het wel zou helpen?',
      desired: [
        'Contact als het moet',
        'Een paar keer per jaar',
        'Regelmatig contact',
        'Vaste momenten, open gesprekken',
        'Vlot en open contact',
      ],
    },
    vertrouwen: {
      label: 'Vertrouwen & nabijheid',
      description: 'Vertrouwen en kennen jullie elkaar?',
      questions: [
        {
          text: 'Hoeveel vertrouwen is er tussen jullie?',
          options: [
            'We kennen elkaar te weinig om elkaar te vertrouwen.',
            'We vertrouwen elkaar voor kleine afspraken.',
            'We vertrouwen erop dat de partner doet wat hij belooft.',
            'We durven op elkaar te rekenen, ook als het moeilijk wordt.',
            'We vertrouwen elkaar volledig en komen voor elkaar op.',
          ],
        },
        {
          text: 'Hoe goed kennen jullie elkaars werking?',
          options: [
            'We weten weinig over hoe de partner werkt.',
            'We kennen de partner vooral van één activiteit.',
            'We weten hoe de partner werkt en wat hij belangrijk vindt.',
            'We kennen de mensen, de werking en de zorgen van de partner.',
            'We voelen ons een deel van elkaars werking.',
          ],
        },
      ],
      low: 'Leer elkaar beter kennen. Ga eens op bezoek bij de partner of loop een dag mee. Begin met kleine afspraken en kom ze na.',
      high: 'Er is veel vertrouwen. Gebruik dat om samen moeilijkere dingen aan te pakken. Zeg het ook als iets niet goed zit.',
      reflection: 'Wanneer konden jullie de laatste keer echt op elkaar rekenen?',
      desired: [
        'Elkaar nauwelijks kennen',
        'Vertrouwen voor kleine dingen',
        'Afspraken nakomen',
        'Op elkaar rekenen',
        'Volledig vertrouwen',
      ],
    },
    activiteiten: {
      label: 'Samen in actie',
      description: 'Hoeveel doen jullie samen, en maakt dat elkaar sterker?',
      questions: [
        {
          text: 'Wat doen jullie samen?',
          options: [
            'We doen nog niets samen.',
            'We werkten één keer samen, voor één activiteit.',
            'We doen een paar activiteiten samen.',
            'We doen verschillende soorten activiteiten samen.',
            'We doen veel samen, op verschillende plaatsen en niveaus.',
          ],
        },
        {
          text: 'Hoe passen jullie activiteiten bij elkaar?',
          options: [
            'Onze activiteiten staan los van elkaar.',
            'We weten wat de ander doet, maar we stemmen niet af.',
            'We stemmen af, zodat we elkaar niet in de weg zitten.',
            'Onze activiteiten vullen elkaar aan.',
            'Onze activiteiten maken elkaar sterker en vormen één geheel.',
          ],
        },
      ],
      low: 'Zoek één concrete activiteit die jullie samen kunnen doen. Houd ze klein en haalbaar. Kijk achteraf samen terug.',
      high: 'Jullie doen veel samen. Kijk of alle activiteiten nog bij jullie doelen passen. Durf ook te stoppen met wat niet meer werkt.',
      reflection: 'Welke activiteit van de partner kan die van jullie sterker maken?',
      desired: [
        'Elk apart',
        'Af en toe iets samen',
        'Een paar activiteiten samen',
        'Activiteiten vullen elkaar aan',
        'Eén geheel',
      ],
    },
    invloed: {
      label: 'Wederzijdse invloed',
      description: 'Beslissen jullie samen? Telt de stem van elke partner?',
      questions: [
        {
          text: 'Wie neemt de beslissingen over de samenwerking?',
          options: [
            'Eén partner beslist alles.',
            'Eén partner beslist. De andere mag soms meedenken.',
            'We overleggen, maar één partner heeft het laatste woord.',
            'We beslissen de meeste dingen samen.',
            'We beslissen samen, en elke partner kan iets op de agenda zetten.',
          ],
        },
        {
          text: 'Heeft jouw organisatie invloed op de samenwerking?',
          options: [
            'Nee, wij volgen wat de partner vraagt.',
            'Weinig: men vraagt onze mening, maar er verandert weinig.',
            'Soms: onze ideeën worden af en toe gebruikt.',
            'Ja: onze ideeën veranderen echt iets.',
            'Ja, en dat geldt evenveel voor elke partner.',
          ],
        },
      ],
      low: 'Spreek af hoe jullie beslissen en wie waarover beslist. Vraag aan de partner met minder invloed wat hij nodig heeft om mee te beslissen.',
      high: 'Jullie beslissen echt samen. Vraag geregeld of elke partner zich ook zo gehoord voelt, zeker als er nieuwe mensen bijkomen.',
      reflection: 'Welke beslissing van het voorbije jaar namen jullie echt samen?',
      desired: [
        'Eén partner beslist',
        'Meedenken mag',
        'Overleg, één beslist',
        'Meestal samen beslissen',
        'Samen, met een gelijke stem',
      ],
    },
    middelen: {
      label: 'Middelen delen',
      description: 'Delen jullie mensen, geld, ruimte of gegevens?',
      questions: [
        {
          text: 'Welke middelen zetten jullie samen in?',
          options: [
            'Elke partner gebruikt alleen zijn eigen middelen.',
            'We lenen af en toe iets uit, zoals een lokaal of materiaal.',
            'We delen geregeld tijd van medewerkers of ruimte.',
            'We brengen samen mensen en geld in voor een gedeeld project.',
            'We beheren een deel van onze middelen samen.',
          ],
        },
        {
          text: 'Delen jullie informatie en gegevens?',
          options: [
            'We delen geen informatie.',
            'We delen informatie als iemand erom vraagt.',
            'We delen uit onszelf informatie die nuttig is.',
            'We delen vaste gegevens, met duidelijke afspraken.',
            'We verzamelen en gebruiken gegevens samen.',
          ],
        },
      ],
      low: 'Begin klein: deel een lokaal, materiaal of een uur van een collega. Maak duidelijke afspraken over wat jullie delen en hoe lang.',
      high: 'Jullie delen veel. Schrijf de afspraken op, zodat het delen blijft werken als er andere mensen komen.',
      reflection: 'Wat heeft de ene partner dat de andere goed kan gebruiken?',
      desired: ['Elk eigen middelen', 'Af en toe iets lenen', 'Geregeld delen', 'Samen inbrengen', 'Samen beheren'],
    },
    wederkerigheid: {
      label: 'Wederkerigheid',
      description: 'Is het geven en nemen eerlijk verdeeld? Heeft elke partner er iets aan?',
      questions: [
        {
          text: 'Hoe is het werk verdeeld?',
          options: [
            'Eén partner doet bijna al het werk.',
            'Eén partner doet veel meer dan de andere.',
            'Het werk is redelijk verdeeld, maar niet altijd.',
            'Het werk is eerlijk verdeeld, naar wat elke partner kan.',
            'Het werk is eerlijk verdeeld, en we helpen elkaar als het druk is.',
          ],
        },
        {
          text: 'Wat levert de samenwerking jouw organisatie op?',
          options: [
            'Ze kost ons meer dan ze oplevert.',
            'Ze levert vooral de partner iets op.',
            'Ze levert ons iets op, maar minder dan we hoopten.',
            'Ze levert elke partner duidelijk iets op.',
            'Ze levert elke partner veel op, en ook de mensen voor wie we werken.',
          ],
        },
      ],
      low: 'Maak samen een lijstje: wat brengt elke partner in, en wat krijgt elke partner terug? Bespreek eerlijk waar het niet in evenwicht is.',
      high: 'Elke partner heeft iets aan de samenwerking. Vertel dat ook aan anderen: het helpt om de samenwerking te laten duren.',
      reflection: 'Wat kost deze samenwerking jullie, en wat levert ze op?',
      desired: [
        'Eén partner draagt alles',
        'Ongelijk verdeeld',
        'Redelijk in evenwicht',
        'Eerlijk verdeeld',
        'Iedereen wint',
      ],
    },
    trekkerschap: {
      label: 'Rollen & trekkerschap',
      description: 'Is duidelijk wie wat doet en wie de samenwerking trekt?',
      questions: [
        {
          text: 'Is duidelijk wie wat doet?',
          options: [
            'Nee, niemand weet goed wie wat doet.',
            'Een beetje: we spreken het per activiteit af.',
            'Ja, voor de meeste taken is het duidelijk.',
            'Ja, de rollen staan op papier en iedereen kent ze.',
            'Ja, en we bekijken de rollen samen opnieuw als het nodig is.',
          ],
        },
        {
          text: 'Wie houdt de samenwerking in gang?',
          options: [
            'Niemand: het loopt vanzelf, of het stopt.',
            'Eén persoon, naast het gewone werk.',
            'Een paar mensen, maar zonder vaste tijd ervoor.',
            'Een vaste trekker, met tijd en een duidelijke opdracht.',
            'Een vaste coördinatie die de hele samenwerking ondersteunt.',
          ],
        },
      ],
      low: 'Spreek af wie de samenwerking trekt en hoeveel tijd die persoon ervoor krijgt. Schrijf kort op wie wat doet.',
      high: 'De rollen zijn duidelijk. Spreek ook af wie het overneemt als de trekker weggaat, zodat de samenwerking niet stilvalt.',
      reflection: 'Wat gebeurt er met de samenwerking als jullie trekker morgen vertrekt?',
      desired: [
        'Niemand trekt',
        'Eén persoon, naast het werk',
        'Een paar trekkers',
        'Een vaste trekker met tijd',
        'Vaste coördinatie',
      ],
    },
    verschillen: {
      label: 'Omgaan met verschillen',
      description: 'Hoe gaan jullie om met andere meningen, verwachtingen en conflicten?',
      questions: [
        {
          text: 'Wat doen jullie als jullie het niet eens zijn?',
          options: [
            'We praten er niet over.',
            'Eén partner geeft meestal toe.',
            'We praten erover, maar soms blijft het hangen.',
            'We zoeken samen een oplossing waar we allebei mee verder kunnen.',
            'We zien een andere mening als een kans om iets beters te vinden.',
          ],
        },
        {
          text: 'Kennen jullie elkaars verwachtingen?',
          options: [
            'Nee, we worden vaak verrast.',
            'We zeggen wat we verwachten pas als het misloopt.',
            'We bespreken onze verwachtingen bij de start.',
            'We bespreken onze verwachtingen bij de start en tussendoor.',
            'We bespreken ze geregeld en passen onze plannen samen aan.',
          ],
        },
      ],
      low: 'Bespreek bij de start wat elke partner verwacht. Spreek af hoe jullie een probleem op tafel leggen. Plan tussendoor een moment om bij te sturen.',
      high: 'Jullie gaan goed om met verschillen. Blijf ruimte maken voor andere meningen, ook van mensen die minder snel iets zeggen.',
      reflection: 'Over welk verschil tussen jullie hebben jullie nog niet gepraat?',
      desired: [
        'Verschillen vermijden',
        'Eén partner geeft toe',
        'Erover praten',
        'Samen oplossingen zoeken',
        'Verschillen als kans',
      ],
    },
    leren: {
      label: 'Samen meten & leren',
      description: 'Kijken jullie samen of het werkt? Leren jullie eruit?',
      questions: [
        {
          text: 'Volgen jullie samen op wat de samenwerking oplevert?',
          options: [
            'Nee, we volgen niets op.',
            'Elke partner volgt apart op wat hij belangrijk vindt.',
            'We delen soms onze cijfers of ervaringen.',
            'We spraken samen af wat we opvolgen.',
            'We volgen samen dezelfde resultaten op en sturen daarop bij.',
          ],
        },
        {
          text: 'Staan jullie samen stil bij wat goed gaat en wat beter kan?',
          options: [
            'Nooit.',
            'Alleen als er iets misloopt.',
            'Eén keer per jaar, bijvoorbeeld bij een evaluatie.',
            'Op vaste momenten, en dan passen we iets aan.',
            'Geregeld, en wat we leren, delen we ook met anderen.',
          ],
        },
      ],
      low: 'Kies samen twee of drie dingen die jullie willen opvolgen. Plan één moment per jaar om samen terug te kijken.',
      high: 'Jullie leren samen. Deel wat jullie leren ook met andere partners in het netwerk.',
      reflection: 'Waaraan zien jullie dat de samenwerking werkt?',
      desired: [
        'Niets opvolgen',
        'Elk apart opvolgen',
        'Soms ervaringen delen',
        'Samen afspreken wat we opvolgen',
        'Samen meten en bijsturen',
      ],
    },
    groei: {
      label: 'Groei & duurzaamheid',
      description: 'Worden jullie samen sterker? Blijft de samenwerking bestaan?',
      questions: [
        {
          text: 'Worden jullie organisaties sterker door de samenwerking?',
          options: [
            'Nee, er verandert niets.',
            'Een paar mensen leren er iets van.',
            'We leren van elkaar en gebruiken dat soms.',
            'We werken anders door wat we van elkaar leren.',
            'We groeien samen en maken dingen die we alleen niet konden.',
          ],
        },
        {
          text: 'Blijft de samenwerking bestaan als er iets verandert?',
          options: [
            'Nee, ze hangt af van één project of één persoon.',
            'Ze loopt zolang er geld of een project is.',
            'We willen verder, maar het is nog niet geregeld.',
            'Er zijn afspraken om ook de komende jaren samen te werken.',
            'De samenwerking is een vast deel van onze werking.',
          ],
        },
      ],
      low: 'Bespreek wat jullie nodig hebben om ook na dit project samen te werken. Zorg dat meer collega’s de partner kennen.',
      high: 'Jullie samenwerking staat stevig. Zoek samen nieuwe partners of nieuwe vragen, zodat ze blijft groeien.',
      reflection: 'Wat moet er gebeuren zodat jullie over vijf jaar nog samenwerken?',
      desired: [
        'Eén los project',
        'Zolang het project loopt',
        'We willen verder',
        'Afspraken voor de komende jaren',
        'Vast deel van de werking',
      ],
    },
  },
};

export default text;
