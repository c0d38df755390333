/**
 * The built-in instrument in French (langage clair), the same items as content/nl.ts. "Vous" is the
 * partnership; "votre organisation" the person's own organisation.
 */
import type { InstrumentText } from '../instrument.js';

const text: InstrumentText = {
  dimensions: {
    'gedeelde-doelen': {
      label: 'Objectifs communs',
      description: 'Savez-vous ce que vous voulez atteindre ensemble ?',
      questions: [
        {
          text: 'Connaissez-vous bien les objectifs de l’autre ?',
          options: [
            'Nous ne connaissons pas les objectifs du partenaire.',
            'Nous savons à peu près ce que le partenaire veut atteindre.',
            'Nous connaissons nos objectifs et voyons où ils se rejoignent.',
            'Nous avons fixé ensemble quelques objectifs.',
            'Nous avons un seul plan commun et nous y travaillons ensemble.',
          ],
        },
        {
          text: 'Vos objectifs correspondent-ils à la mission de chaque partenaire ?',
          options: [
            'Un seul partenaire fixe les objectifs.',
            'Nous demandons parfois ce qui compte pour l’autre partenaire.',
            'Nous tenons compte de la mission de l’autre, mais pas toujours.',
            'Nos objectifs correspondent à la mission de chaque partenaire.',
            'Nos objectifs renforcent la mission de chaque partenaire.',
          ],
        },
      ],
      low: 'Prévoyez une discussion sur ce que chaque partenaire veut atteindre. Écrivez ensemble un ou deux objectifs importants pour vous deux.',
      mid: 'Vous connaissez les objectifs de l’autre. Choisissez maintenant ensemble un objectif que vous voulez atteindre tous les deux, et notez comment vous verrez que cela marche.',
      high: 'Vous avez des objectifs communs clairs. Vérifiez chaque année ensemble s’ils sont toujours justes. Présentez-les aussi aux nouveaux collègues.',
      reflection: 'Que voulez-vous avoir atteint ensemble dans un an ?',
      desired: [
        'Ignorer les objectifs de l’autre',
        'Savoir à peu près ce que l’autre veut',
        'Connaître les objectifs de l’autre',
        'Fixer ensemble quelques objectifs',
        'Un seul plan commun',
      ],
    },
    waarden: {
      label: 'Valeurs partagées',
      description: 'Partagez-vous les mêmes valeurs, et agissez-vous selon elles ?',
      questions: [
        {
          text: 'Savez-vous ce que chaque partenaire trouve important avec les élèves et les familles ?',
          options: [
            'Nous n’en avons jamais parlé.',
            'Nous le savons à peu près, mais sans l’avoir dit.',
            'Nous en avons parlé et voyons sur quoi nous sommes d’accord.',
            'Nous avons écrit ensemble les valeurs que nous partageons.',
            'Nos valeurs communes guident notre façon de travailler et de décider.',
          ],
        },
        {
          text: 'Faites-vous ce que vous avez convenu, même quand c’est difficile ?',
          options: [
            'Non, les accords restent souvent sur papier.',
            'Parfois, quand cela nous arrange.',
            'Le plus souvent, mais pas toujours quand il y a beaucoup de travail.',
            'Oui, et nous nous le disons quand cela ne marche pas.',
            'Oui, même quand cela nous coûte quelque chose.',
          ],
        },
      ],
      low: 'Dites-vous ce que vous trouvez important dans le travail avec les élèves, les familles et le quartier. Cherchez ce que vous partagez.',
      mid: 'Vous connaissez les valeurs de l’autre. Notez ensemble les deux ou trois plus importantes, et vérifiez si vous agissez selon elles.',
      high: 'Vous agissez selon des valeurs communes. Présentez-les aux nouveaux collègues et servez-vous-en pour les choix difficiles.',
      reflection: 'Quand avez-vous dû choisir entre ce qui était facile et ce que vous trouvez important ?',
      desired: [
        'Ne pas en parler',
        'Savoir à peu près',
        'En avoir parlé',
        'Écrites ensemble',
        'Les valeurs guident le travail',
      ],
    },
    communicatie: {
      label: 'Contact & communication',
      description: 'Êtes-vous souvent en contact, et ce contact est-il ouvert ?',
      questions: [
        {
          text: 'À quelle fréquence êtes-vous en contact ?',
          options: [
            'Presque jamais, seulement quand il y a un problème.',
            'Quelques fois par an.',
            'Régulièrement, mais surtout autour d’une activité.',
            'À des moments fixes, et entre-temps si nécessaire.',
            'Souvent et facilement, entre différentes personnes de nos organisations.',
          ],
        },
        {
          text: 'Le contact est-il ouvert ?',
          options: [
            'Nous échangeons seulement des informations pratiques.',
            'Nous disons ce que nous faisons, mais nous posons peu de questions.',
            'Nous nous écoutons et nous posons des questions.',
            'Nous disons honnêtement ce qui va bien et ce qui ne va pas.',
            'Nous partageons aussi nos doutes et nos idées, avant que rien ne soit décidé.',
          ],
        },
      ],
      low: 'Fixez des moments pour faire le point, par exemple une fois par mois. Choisissez une personne de contact fixe chez chaque partenaire.',
      mid: 'Le contact fonctionne. Convenez de ce que vous vous dites toujours, et prenez aussi le temps pour les doutes et les idées nouvelles.',
      high: 'Le contact fonctionne bien. Veillez à ce qu’il ne dépende pas d’une ou deux personnes : impliquez aussi d’autres collègues.',
      reflection: 'Que ne vous dites-vous pas aujourd’hui, alors que cela aiderait ?',
      desired: [
        'Contact si nécessaire',
        'Quelques fois par an',
        'Contact régulier',
        'Moments fixes, échanges ouverts',
        'Contact facile et ouvert',
      ],
    },
    vertrouwen: {
      label: 'Confiance & territoire',
      description: 'Vous faites-vous confiance ? Ou chaque partenaire protège-t-il surtout son territoire ?',
      questions: [
        {
          text: 'Quelle confiance y a-t-il entre vous ?',
          options: [
            'Nous nous connaissons trop peu pour nous faire confiance.',
            'Nous nous faisons confiance pour de petits accords.',
            'Nous comptons sur le fait que le partenaire fait ce qu’il promet.',
            'Nous osons compter l’un sur l’autre, même quand c’est difficile.',
            'Nous nous faisons entièrement confiance et nous nous soutenons.',
          ],
        },
        {
          text: 'Comment traitez-vous le territoire de l’autre (élèves, familles, argent, visibilité) ?',
          options: [
            'Nous nous voyons comme des concurrents.',
            'Chaque partenaire protège surtout son propre territoire.',
            'Nous convenons de qui fait quoi, pour ne pas nous gêner.',
            'Nous laissons le partenaire entrer sur notre terrain quand cela aide.',
            'Nous ne pensons plus en territoire : nous regardons ce dont les gens ont besoin.',
          ],
        },
      ],
      low: 'Apprenez à mieux vous connaître. Rendez visite au partenaire ou suivez quelqu’un pendant une journée. Commencez par de petits accords et respectez-les.',
      mid: 'La confiance existe pour les accords. Dites aussi ce qui vous inquiète pour votre territoire : vous pourrez alors agir ensemble.',
      high: 'La confiance est grande. Profitez-en pour aborder ensemble des choses plus difficiles. Dites-le aussi quand quelque chose ne va pas.',
      reflection: 'Quand avez-vous pu vraiment compter l’un sur l’autre pour la dernière fois ?',
      desired: [
        'Trop peu de confiance',
        'Confiance pour de petits accords',
        'Respecter les accords',
        'Compter l’un sur l’autre',
        'Confiance totale',
      ],
    },
    activiteiten: {
      label: 'Agir ensemble',
      description: 'Que faites-vous ensemble, et cela vous renforce-t-il ?',
      questions: [
        {
          text: 'Que faites-vous ensemble ?',
          options: [
            'Nous ne faisons encore rien ensemble.',
            'Nous avons travaillé ensemble une fois, pour une activité.',
            'Nous faisons quelques activités ensemble.',
            'Nous faisons différents types d’activités ensemble.',
            'Nous faisons beaucoup ensemble, à différents endroits et niveaux.',
          ],
        },
        {
          text: 'Vos activités vont-elles bien ensemble ?',
          options: [
            'Nos activités n’ont pas de lien entre elles.',
            'Nous savons ce que fait l’autre, mais nous ne nous accordons pas.',
            'Nous nous accordons pour ne pas nous gêner.',
            'Nos activités se complètent.',
            'Nos activités se renforcent et forment un tout.',
          ],
        },
      ],
      low: 'Cherchez une activité concrète à faire ensemble. Gardez-la petite et faisable. Faites ensuite le bilan ensemble.',
      mid: 'Vous faites déjà quelque chose ensemble. Voyez quelles activités peuvent se compléter, et commencez par une.',
      high: 'Vous faites beaucoup ensemble. Vérifiez si toutes les activités correspondent encore à vos objectifs. Osez arrêter ce qui ne marche plus.',
      reflection: 'Quelle activité du partenaire pourrait renforcer la vôtre ?',
      desired: [
        'Chacun de son côté',
        'Parfois quelque chose ensemble',
        'Quelques activités ensemble',
        'Des activités qui se complètent',
        'Un tout',
      ],
    },
    invloed: {
      label: 'Influence mutuelle',
      description: 'Décidez-vous ensemble ? La voix de chaque partenaire compte-t-elle ?',
      questions: [
        {
          text: 'Qui prend les décisions sur le partenariat ?',
          options: [
            'Un seul partenaire décide de tout.',
            'Un partenaire décide. L’autre peut parfois donner son avis.',
            'Nous nous concertons, mais un partenaire a le dernier mot.',
            'Nous décidons la plupart des choses ensemble.',
            'Nous décidons ensemble, et chaque partenaire peut proposer un sujet.',
          ],
        },
        {
          text: 'Votre organisation a-t-elle de l’influence sur le partenariat ?',
          options: [
            'Non, mon organisation suit ce que le partenaire demande.',
            'Peu : le partenaire nous demande notre avis, mais peu de choses changent.',
            'Parfois : nos idées sont reprises de temps en temps.',
            'Oui : nos idées changent vraiment les choses.',
            'Oui, et c’est vrai autant pour chaque partenaire.',
          ],
        },
      ],
      low: 'Convenez de la façon de décider et de qui décide de quoi. Demandez au partenaire qui a moins d’influence ce dont il a besoin pour décider avec vous.',
      mid: 'Vous vous concertez. Convenez des décisions que vous prenez vraiment ensemble, et demandez si chaque partenaire se sent écouté.',
      high: 'Vous décidez vraiment ensemble. Demandez régulièrement si chaque partenaire se sent aussi écouté, surtout quand de nouvelles personnes arrivent.',
      reflection: 'Quelle décision de l’année passée avez-vous vraiment prise ensemble ?',
      desired: [
        'Un partenaire décide',
        'Donner son avis est possible',
        'Concertation, un seul décide',
        'Décider surtout ensemble',
        'Ensemble, à voix égale',
      ],
    },
    stemmen: {
      label: 'Des voix qui comptent',
      description: 'Les élèves, les parents et les habitants ont-ils une voix ? Manque-t-il des voix ?',
      questions: [
        {
          text: 'Comment entendez-vous ce que veulent les élèves, les parents et les habitants ?',
          options: [
            'Nous ne le leur demandons pas.',
            'Nous l’entendons parfois, par une personne ou par hasard.',
            'Nous demandons leur avis après coup, par exemple par une enquête.',
            'Nous demandons leur avis dès le départ, et nous en tenons compte.',
            'Ils participent aux décisions, par exemple dans un groupe de travail.',
          ],
        },
        {
          text: 'Y a-t-il des groupes que vous n’atteignez pas ou que vous n’entendez pas ?',
          options: [
            'Nous ne savons pas : nous n’avons jamais regardé.',
            'Oui, et nous ne faisons encore rien.',
            'Oui, nous savons lesquels, et nous cherchons comment les atteindre.',
            'Nous atteignons la plupart des groupes, aussi ceux qui parlent moins.',
            'Nous atteignons tout le monde et demandons souvent qui manque encore.',
          ],
        },
      ],
      low: 'Demandez à quelques élèves, parents ou habitants ce qu’ils attendent du partenariat. Écoutez, et dites-leur ce que vous en faites.',
      mid: 'Vous entendez déjà des voix. Regardez ensemble qui manque encore, et demandez leur avis dès le départ.',
      high: 'Les élèves, les parents et les habitants comptent. Continuez à demander qui manque : cela change avec le temps.',
      reflection: 'Manque-t-il des voix ? À qui n’avez-vous jamais demandé ?',
      desired: [
        'Ne pas demander',
        'Entendre parfois',
        'Demander après coup',
        'Demander dès le départ',
        'Décider avec eux',
      ],
    },
    middelen: {
      label: 'Partager les ressources',
      description: 'Partagez-vous des personnes, de l’argent, des locaux ou des données ?',
      questions: [
        {
          text: 'Quelles ressources mettez-vous en commun ?',
          options: [
            'Chaque partenaire utilise seulement ses propres ressources.',
            'Nous prêtons parfois quelque chose, comme un local ou du matériel.',
            'Nous partageons régulièrement du temps de travail ou des locaux.',
            'Nous apportons ensemble des personnes et de l’argent pour un projet commun.',
            'Nous gérons une partie de nos ressources ensemble.',
          ],
        },
        {
          text: 'Partagez-vous des informations et des données ?',
          options: [
            'Nous ne partageons pas d’informations.',
            'Nous partageons des informations si quelqu’un le demande.',
            'Nous partageons de nous-mêmes les informations utiles.',
            'Nous partageons des données avec des accords clairs, dans le respect du secret professionnel.',
            'Nous avons convenu ensemble des données que nous partageons ou non, et nous nous y tenons.',
          ],
        },
      ],
      low: 'Commencez petit : partagez un local, du matériel ou une heure d’un collègue. Fixez des accords clairs sur ce que vous partagez et pour combien de temps.',
      mid: 'Vous partagez déjà certaines choses. Notez ce que vous partagez ou non, y compris les données permises ou non (secret professionnel).',
      high: 'Vous partagez beaucoup. Mettez les accords par écrit, pour que le partage continue quand les personnes changent.',
      reflection: 'Qu’est-ce qu’un partenaire possède et que l’autre pourrait bien utiliser ?',
      desired: [
        'Chacun ses ressources',
        'Prêter parfois',
        'Partager régulièrement',
        'Apporter ensemble',
        'Gérer ensemble',
      ],
    },
    wederkerigheid: {
      label: 'Réciprocité',
      description: 'Donner et recevoir est-il équilibré ? Chaque partenaire y gagne-t-il ?',
      questions: [
        {
          text: 'Comment le travail est-il réparti ?',
          options: [
            'Un partenaire fait presque tout le travail.',
            'Un partenaire en fait beaucoup plus que l’autre.',
            'Le travail est assez bien réparti, mais pas toujours.',
            'Le travail est réparti de façon juste, selon ce que chacun peut faire.',
            'Le travail est réparti de façon juste, et nous nous aidons quand il y a beaucoup à faire.',
          ],
        },
        {
          text: 'Votre organisation est-elle satisfaite de ce que le partenariat apporte ?',
          options: [
            'Pas satisfaite : il nous coûte plus qu’il ne rapporte.',
            'Peu satisfaite : il apporte surtout quelque chose au partenaire.',
            'Assez satisfaite : il nous apporte quelque chose, mais moins que prévu.',
            'Satisfaite : il apporte clairement quelque chose à chaque partenaire.',
            'Très satisfaite : il apporte beaucoup à chacun, et aux personnes pour qui nous travaillons.',
          ],
        },
      ],
      low: 'Faites une liste ensemble : qu’apporte chaque partenaire, et que reçoit-il en retour ? Parlez honnêtement de ce qui n’est pas équilibré.',
      mid: 'L’équilibre est presque là. Demandez-vous ce que le partenariat apporte à chacun, et ce qui manque encore.',
      high: 'Chaque partenaire gagne au partenariat. Dites-le aussi autour de vous : cela aide le partenariat à durer.',
      reflection: 'Que coûte ce partenariat à chaque partenaire, et que lui apporte-t-il ?',
      desired: [
        'Chacun pour soi',
        'Un partenaire fait bien plus',
        'Réparti de façon correcte',
        'Réparti de façon juste',
        'Réparti de façon juste, avec entraide',
      ],
    },
    trekkerschap: {
      label: 'Rôles & soutien',
      description: 'Est-il clair qui fait quoi et qui soutient le partenariat ?',
      questions: [
        {
          text: 'Est-il clair qui fait quoi ?',
          options: [
            'Non, personne ne sait vraiment qui fait quoi.',
            'Un peu : nous le décidons pour chaque activité.',
            'Oui, c’est clair pour la plupart des tâches.',
            'Oui, les rôles sont écrits et tout le monde les connaît.',
            'Oui, et nous revoyons les rôles ensemble quand c’est nécessaire.',
          ],
        },
        {
          text: 'Qui fait avancer le partenariat ?',
          options: [
            'Personne : ça avance tout seul, ou ça s’arrête.',
            'Une personne, en plus de son travail habituel.',
            'Quelques personnes, mais sans temps prévu pour cela.',
            'Une personne a ce rôle de façon fixe, avec du temps et une mission claire.',
            'Une organisation ou une équipe soutient tout le partenariat (une « structure d’appui »).',
          ],
        },
      ],
      low: 'Décidez qui porte le partenariat et combien de temps cette personne reçoit pour le faire. Notez brièvement qui fait quoi.',
      mid: 'La plupart des tâches sont claires. Convenez de qui fait vivre le partenariat et du temps prévu pour cela.',
      high: 'Les rôles sont clairs. Décidez aussi qui prend le relais si la personne qui porte le partenariat s’en va, pour que rien ne s’arrête.',
      reflection: 'Que devient le partenariat si la personne qui le porte part demain ?',
      desired: [
        'Personne ne sait qui fait quoi',
        'Convenir par activité',
        'La plupart des tâches sont claires',
        'Rôles écrits, avec du temps',
        'Rôles ajustés ensemble, avec un appui',
      ],
    },
    verschillen: {
      label: 'Gérer les différences',
      description: 'Comment gérez-vous les avis différents, les attentes et les conflits ?',
      questions: [
        {
          text: 'Que faites-vous quand vous n’êtes pas d’accord ?',
          options: [
            'Nous n’en parlons pas.',
            'Un partenaire cède le plus souvent.',
            'Nous en parlons, mais parfois rien n’est réglé.',
            'Nous cherchons ensemble une solution qui convient à tous les deux.',
            'Nous voyons un autre avis comme une chance de trouver mieux.',
          ],
        },
        {
          text: 'Connaissez-vous les attentes de l’autre ?',
          options: [
            'Non, nous sommes souvent surpris.',
            'Nous disons ce que nous attendons seulement quand ça tourne mal.',
            'Nous parlons de nos attentes au début.',
            'Nous parlons de nos attentes au début et en cours de route.',
            'Nous en parlons régulièrement et nous adaptons nos plans ensemble.',
          ],
        },
      ],
      low: 'Parlez dès le début de ce que chaque partenaire attend. Convenez de la façon de signaler un problème. Prévoyez un moment en cours de route pour ajuster.',
      mid: 'Vous parlez des différences. Prévoyez aussi un moment en cours de route pour parler des attentes, pas seulement quand cela tourne mal.',
      high: 'Vous gérez bien les différences. Continuez à faire de la place aux autres avis, aussi de ceux qui prennent moins facilement la parole.',
      reflection: 'De quelle différence entre vous n’avez-vous pas encore parlé ?',
      desired: [
        'Éviter les différences',
        'Un partenaire cède',
        'En parler',
        'Chercher des solutions ensemble',
        'Les différences comme une chance',
      ],
    },
    leren: {
      label: 'Apprendre & grandir ensemble',
      description: 'Vérifiez-vous ensemble si cela fonctionne ? En sortez-vous plus forts ensemble ?',
      questions: [
        {
          text: 'Suivez-vous ensemble ce que le partenariat apporte ?',
          options: [
            'Non, nous ne suivons rien.',
            'Chaque partenaire suit de son côté ce qui compte pour lui.',
            'Nous partageons parfois nos chiffres ou nos expériences.',
            'Nous avons décidé ensemble de ce que nous suivons.',
            'Nous suivons ensemble les mêmes résultats et nous ajustons en fonction.',
          ],
        },
        {
          text: 'Vos organisations deviennent-elles plus fortes grâce au partenariat ?',
          options: [
            'Non, rien ne change.',
            'Quelques personnes en tirent des leçons.',
            'Nous apprenons l’un de l’autre et nous l’utilisons parfois.',
            'Nous travaillons autrement grâce à ce que nous apprenons l’un de l’autre.',
            'Nous grandissons ensemble et créons ce que nous ne pouvions pas faire seuls.',
          ],
        },
      ],
      low: 'Choisissez ensemble deux ou trois choses à suivre. Prévoyez un moment par an pour faire le bilan ensemble.',
      mid: 'Vous partagez parfois vos expériences. Convenez ensemble de ce que vous suivez et du moment où vous faites le bilan.',
      high: 'Vous apprenez ensemble. Partagez aussi ce que vous apprenez avec les autres partenaires du réseau.',
      reflection: 'À quoi voyez-vous que le partenariat fonctionne ?',
      desired: [
        'Ne rien suivre',
        'Chacun suit de son côté',
        'Partager parfois',
        'Décider ensemble quoi suivre',
        'Suivre et ajuster ensemble',
      ],
    },
  },
};

export default text;
