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
            'We hebben één gezamenlijk plan en werken er samen aan.',
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
      mid: 'Jullie kennen elkaars doelen. Kies nu samen één doel dat jullie allebei willen halen, en schrijf op hoe jullie zien dat het lukt.',
      high: 'Jullie hebben duidelijke gedeelde doelen. Kijk elk jaar samen of ze nog kloppen. Vertel ze ook aan nieuwe collega’s.',
      reflection: 'Wat willen jullie over een jaar samen bereikt hebben?',
      desired: [
        'Elkaars doelen niet kennen',
        'Ongeveer weten wat de ander wil',
        'Elkaars doelen kennen',
        'Samen enkele doelen afspreken',
        'Eén gezamenlijk plan',
      ],
    },
    waarden: {
      label: 'Gedeelde waarden',
      description: 'Delen jullie dezelfde waarden, en handelen jullie er ook naar?',
      questions: [
        {
          text: 'Weten jullie wat elke partner belangrijk vindt in het werk met leerlingen, gezinnen en buurt?',
          options: [
            'We hebben het daar nooit over gehad.',
            'We weten het ongeveer, maar we spraken het nooit uit.',
            'We hebben het besproken en zien waar we het eens zijn.',
            'We hebben samen opgeschreven welke waarden we delen.',
            'Onze gedeelde waarden sturen hoe we samenwerken en beslissen.',
          ],
        },
        {
          text: 'Doen jullie wat jullie afspraken, ook als het moeilijk wordt?',
          options: [
            'Nee, afspraken blijven vaak op papier.',
            'Soms, als het goed uitkomt.',
            'Meestal, maar bij drukte niet altijd.',
            'Ja, en we spreken elkaar aan als het niet lukt.',
            'Ja, ook als het ons iets kost.',
          ],
        },
      ],
      low: 'Vertel elkaar wat jullie belangrijk vinden in het werk met leerlingen, gezinnen en de buurt. Zoek wat jullie delen.',
      mid: 'Jullie kennen elkaars waarden. Schrijf de twee of drie belangrijkste samen op, en kijk of jullie er ook naar handelen.',
      high: 'Jullie handelen naar gedeelde waarden. Vertel ze aan nieuwe collega’s en gebruik ze als jullie moeilijke keuzes maken.',
      reflection: 'Wanneer moesten jullie kiezen tussen wat makkelijk was en wat jullie belangrijk vinden?',
      desired: ['Er niet over praten', 'Ongeveer weten', 'Besproken', 'Samen opgeschreven', 'Waarden sturen ons werk'],
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
      mid: 'Het contact loopt. Spreek af wat jullie elkaar altijd laten weten, en maak ook tijd voor twijfels en nieuwe ideeën.',
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
      label: 'Vertrouwen & eigen terrein',
      description: 'Vertrouwen jullie elkaar? Of beschermt elke partner vooral zijn eigen terrein?',
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
          text: 'Hoe gaan jullie om met elkaars terrein (leerlingen, gezinnen, geld, zichtbaarheid)?',
          options: [
            'We zien elkaar als concurrenten.',
            'Elke partner bewaakt vooral zijn eigen terrein.',
            'We maken afspraken over wie wat doet, zodat we elkaar niet in de weg zitten.',
            'We laten de partner toe op ons terrein als dat helpt.',
            'We denken niet meer in eigen terrein: we kijken naar wat de mensen nodig hebben.',
          ],
        },
      ],
      low: 'Leer elkaar beter kennen. Ga eens op bezoek bij de partner of loop een dag mee. Begin met kleine afspraken en kom ze na.',
      mid: 'Er is vertrouwen voor afspraken. Zeg ook wat je zorgen maakt over je eigen terrein: dan kunnen jullie er samen iets aan doen.',
      high: 'Er is veel vertrouwen. Gebruik dat om samen moeilijkere dingen aan te pakken. Zeg het ook als iets niet goed zit.',
      reflection: 'Wanneer konden jullie de laatste keer echt op elkaar rekenen?',
      desired: [
        'Te weinig vertrouwen',
        'Vertrouwen voor kleine afspraken',
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
      mid: 'Jullie doen al iets samen. Kijk welke activiteiten elkaar kunnen aanvullen, en begin met één.',
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
            'We beslissen samen, en elke partner kan een onderwerp op tafel leggen.',
          ],
        },
        {
          text: 'Heeft jouw organisatie invloed op de samenwerking?',
          options: [
            'Nee, mijn organisatie volgt wat de partner vraagt.',
            'Weinig: de partner vraagt onze mening, maar er verandert weinig.',
            'Soms: onze ideeën worden af en toe gebruikt.',
            'Ja: onze ideeën veranderen echt iets.',
            'Ja, en dat geldt evenveel voor elke partner.',
          ],
        },
      ],
      low: 'Spreek af hoe jullie beslissen en wie waarover beslist. Vraag aan de partner met minder invloed wat hij nodig heeft om mee te beslissen.',
      mid: 'Jullie overleggen. Spreek af welke beslissingen jullie echt samen nemen, en vraag of elke partner zich gehoord voelt.',
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
    stemmen: {
      label: 'Stemmen die meetellen',
      description: 'Hebben leerlingen, ouders en buurtbewoners een stem? Zijn er stemmen die missen?',
      questions: [
        {
          text: 'Hoe horen jullie wat leerlingen, ouders en buurtbewoners willen?',
          options: [
            'We vragen het hun niet.',
            'We horen het soms, via één persoon of toevallig.',
            'We vragen hun mening achteraf, bijvoorbeeld in een bevraging.',
            'We vragen hun mening al bij de start, en doen er iets mee.',
            'Ze beslissen mee, bijvoorbeeld in een werkgroep.',
          ],
        },
        {
          text: 'Zijn er groepen die jullie niet bereiken of niet horen?',
          options: [
            'We weten het niet: we hebben er nooit naar gekeken.',
            'Ja, en we doen er nog niets aan.',
            'Ja, we weten welke, en we zoeken hoe we ze bereiken.',
            'We bereiken de meeste groepen, ook wie minder snel iets zegt.',
            'We bereiken iedereen en vragen hen geregeld wie er nog ontbreekt.',
          ],
        },
      ],
      low: 'Vraag aan een paar leerlingen, ouders of buurtbewoners wat zij van de samenwerking verwachten. Luister, en vertel wat jullie ermee doen.',
      mid: 'Jullie horen al stemmen. Kijk samen wie er nog ontbreekt, en vraag hun mening al bij de start.',
      high: 'Leerlingen, ouders en buurtbewoners tellen mee. Blijf vragen wie er nog ontbreekt: dat verandert met de tijd.',
      reflection: 'Zijn er stemmen die missen? Wie hebben jullie nog nooit gevraagd?',
      desired: ['Niet vragen', 'Soms horen', 'Achteraf vragen', 'Vanaf de start vragen', 'Mee laten beslissen'],
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
            'We delen gegevens met duidelijke afspraken, binnen het beroepsgeheim.',
            'We spraken samen af welke gegevens we delen en welke niet, en houden ons daaraan.',
          ],
        },
      ],
      low: 'Begin klein: deel een lokaal, materiaal of een uur van een collega. Maak duidelijke afspraken over wat jullie delen en hoe lang.',
      mid: 'Jullie delen al wat. Schrijf op wat jullie delen en wat niet, ook welke gegevens wel en niet mogen (beroepsgeheim).',
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
          text: 'Hoe tevreden is jouw organisatie over wat de samenwerking oplevert?',
          options: [
            'Niet tevreden: ze kost ons meer dan ze oplevert.',
            'Weinig tevreden: ze levert vooral de partner iets op.',
            'Redelijk tevreden: ze levert ons iets op, maar minder dan we hoopten.',
            'Tevreden: ze levert elke partner duidelijk iets op.',
            'Heel tevreden: ze levert elke partner veel op, en ook de mensen voor wie we werken.',
          ],
        },
      ],
      low: 'Maak samen een lijstje: wat brengt elke partner in, en wat krijgt elke partner terug? Bespreek eerlijk waar het niet in evenwicht is.',
      mid: 'Het evenwicht is er bijna. Vraag elkaar wat de samenwerking elk oplevert, en wat er nog ontbreekt.',
      high: 'Elke partner heeft iets aan de samenwerking. Vertel dat ook aan anderen: het helpt om de samenwerking te laten duren.',
      reflection: 'Wat kost deze samenwerking elke partner, en wat levert ze elk op?',
      desired: [
        'Elk zorgt voor zichzelf',
        'Eén partner doet veel meer',
        'Redelijk verdeeld',
        'Eerlijk verdeeld',
        'Eerlijk verdeeld, elkaar helpen',
      ],
    },
    trekkerschap: {
      label: 'Rollen & ondersteuning',
      description: 'Is duidelijk wie wat doet en wie de samenwerking ondersteunt?',
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
            'Eén persoon heeft de vaste rol, met tijd en een duidelijke opdracht.',
            'Een organisatie of team ondersteunt de hele samenwerking (een ‘backbone’).',
          ],
        },
      ],
      low: 'Spreek af wie de samenwerking in gang houdt en hoeveel tijd daarvoor is. Schrijf kort op wie wat doet.',
      mid: 'De meeste taken zijn duidelijk. Spreek af wie de samenwerking in gang houdt en hoeveel tijd daarvoor is.',
      high: 'De rollen zijn duidelijk. Spreek af wie het overneemt als iemand weggaat, zodat de samenwerking niet stilvalt.',
      reflection: 'Wat gebeurt er met de samenwerking als de persoon die ze trekt morgen vertrekt?',
      desired: [
        'Niemand weet wie wat doet',
        'Per activiteit afspreken',
        'De meeste taken zijn duidelijk',
        'Rollen op papier, met tijd',
        'Rollen samen bijsturen',
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
      mid: 'Jullie praten over verschillen. Plan ook tussendoor een moment om verwachtingen te bespreken, niet pas als het misloopt.',
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
      label: 'Samen leren & groeien',
      description: 'Kijken jullie samen of het werkt? Worden jullie er samen sterker van?',
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
          text: 'Worden jullie organisaties sterker door de samenwerking?',
          options: [
            'Nee, er verandert niets.',
            'Een paar mensen leren er iets van.',
            'We leren van elkaar en gebruiken dat soms.',
            'We werken anders door wat we van elkaar leren.',
            'We groeien samen en maken dingen die we alleen niet konden.',
          ],
        },
      ],
      low: 'Kies samen twee of drie dingen die jullie willen opvolgen. Plan één moment per jaar om samen terug te kijken.',
      mid: 'Jullie delen soms ervaringen. Spreek samen af wat jullie opvolgen en wanneer jullie samen terugkijken.',
      high: 'Jullie leren samen. Deel wat jullie leren ook met andere partners in het netwerk.',
      reflection: 'Waaraan zien jullie dat de samenwerking werkt?',
      desired: [
        'Niets opvolgen',
        'Elk apart opvolgen',
        'Soms ervaringen delen',
        'Samen afspreken wat we opvolgen',
        'Samen opvolgen en bijsturen',
      ],
    },
  },
};

export default text;
