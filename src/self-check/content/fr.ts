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
            'Nous avons un seul programme commun et nous y travaillons ensemble.',
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
      high: 'Vous avez des objectifs communs clairs. Vérifiez chaque année ensemble s’ils sont toujours justes. Présentez-les aussi aux nouveaux collègues.',
      reflection: 'Que voulez-vous avoir atteint ensemble dans un an ?',
      desired: [
        'Chacun ses objectifs',
        'Connaître les objectifs de l’autre',
        'Accorder quelques objectifs',
        'Fixer des objectifs ensemble',
        'Un seul programme commun',
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
      label: 'Confiance & proximité',
      description: 'Vous faites-vous confiance ? Vous connaissez-vous bien ?',
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
          text: 'Connaissez-vous bien le fonctionnement du partenaire ?',
          options: [
            'Nous savons peu de choses sur le fonctionnement du partenaire.',
            'Nous connaissons surtout le partenaire par une seule activité.',
            'Nous savons comment le partenaire travaille et ce qui compte pour lui.',
            'Nous connaissons les personnes, le travail et les soucis du partenaire.',
            'Nous nous sentons partie prenante du travail de l’autre.',
          ],
        },
      ],
      low: 'Apprenez à mieux vous connaître. Rendez visite au partenaire ou suivez quelqu’un pendant une journée. Commencez par de petits accords et respectez-les.',
      high: 'La confiance est grande. Profitez-en pour aborder ensemble des choses plus difficiles. Dites-le aussi quand quelque chose ne va pas.',
      reflection: 'Quand avez-vous pu vraiment compter l’un sur l’autre pour la dernière fois ?',
      desired: [
        'À peine se connaître',
        'Confiance pour les petites choses',
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
            'Nous décidons ensemble, et chaque partenaire peut mettre un sujet à l’ordre du jour.',
          ],
        },
        {
          text: 'Votre organisation a-t-elle de l’influence sur le partenariat ?',
          options: [
            'Non, nous suivons ce que le partenaire demande.',
            'Peu : on nous demande notre avis, mais peu de choses changent.',
            'Parfois : nos idées sont reprises de temps en temps.',
            'Oui : nos idées changent vraiment les choses.',
            'Oui, et c’est vrai autant pour chaque partenaire.',
          ],
        },
      ],
      low: 'Convenez de la façon de décider et de qui décide de quoi. Demandez au partenaire qui a moins d’influence ce dont il a besoin pour décider avec vous.',
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
            'Nous partageons des données de façon régulière, avec des accords clairs.',
            'Nous collectons et utilisons des données ensemble.',
          ],
        },
      ],
      low: 'Commencez petit : partagez un local, du matériel ou une heure d’un collègue. Fixez des accords clairs sur ce que vous partagez et pour combien de temps.',
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
          text: 'Qu’est-ce que le partenariat apporte à votre organisation ?',
          options: [
            'Il nous coûte plus qu’il ne nous apporte.',
            'Il apporte surtout quelque chose au partenaire.',
            'Il nous apporte quelque chose, mais moins que prévu.',
            'Il apporte clairement quelque chose à chaque partenaire.',
            'Il apporte beaucoup à chaque partenaire, et aussi aux personnes pour qui nous travaillons.',
          ],
        },
      ],
      low: 'Faites une liste ensemble : qu’apporte chaque partenaire, et que reçoit-il en retour ? Parlez honnêtement de ce qui n’est pas équilibré.',
      high: 'Chaque partenaire gagne au partenariat. Dites-le aussi autour de vous : cela aide le partenariat à durer.',
      reflection: 'Que vous coûte ce partenariat, et que vous apporte-t-il ?',
      desired: [
        'Un partenaire porte tout',
        'Réparti de façon inégale',
        'Assez équilibré',
        'Réparti de façon juste',
        'Tout le monde y gagne',
      ],
    },
    trekkerschap: {
      label: 'Rôles & coordination',
      description: 'Est-il clair qui fait quoi et qui porte le partenariat ?',
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
            'Une personne fixe, avec du temps et une mission claire.',
            'Une coordination fixe qui soutient tout le partenariat.',
          ],
        },
      ],
      low: 'Décidez qui porte le partenariat et combien de temps cette personne reçoit pour le faire. Notez brièvement qui fait quoi.',
      high: 'Les rôles sont clairs. Décidez aussi qui prend le relais si la personne qui porte le partenariat s’en va, pour que rien ne s’arrête.',
      reflection: 'Que devient le partenariat si la personne qui le porte part demain ?',
      desired: [
        'Personne ne porte',
        'Une personne, en plus du travail',
        'Quelques personnes',
        'Une personne fixe avec du temps',
        'Coordination fixe',
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
      label: 'Mesurer & apprendre ensemble',
      description: 'Vérifiez-vous ensemble si cela fonctionne ? En tirez-vous des leçons ?',
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
          text: 'Prenez-vous le temps de voir ensemble ce qui va bien et ce qui peut être mieux ?',
          options: [
            'Jamais.',
            'Seulement quand quelque chose tourne mal.',
            'Une fois par an, par exemple lors d’une évaluation.',
            'À des moments fixes, et nous changeons alors quelque chose.',
            'Régulièrement, et nous partageons aussi ce que nous apprenons avec d’autres.',
          ],
        },
      ],
      low: 'Choisissez ensemble deux ou trois choses à suivre. Prévoyez un moment par an pour faire le bilan ensemble.',
      high: 'Vous apprenez ensemble. Partagez aussi ce que vous apprenez avec les autres partenaires du réseau.',
      reflection: 'À quoi voyez-vous que le partenariat fonctionne ?',
      desired: [
        'Ne rien suivre',
        'Chacun suit de son côté',
        'Partager parfois',
        'Décider ensemble quoi suivre',
        'Mesurer et ajuster ensemble',
      ],
    },
    groei: {
      label: 'Croissance & durabilité',
      description: 'Devenez-vous plus forts ensemble ? Le partenariat va-t-il durer ?',
      questions: [
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
        {
          text: 'Le partenariat continuera-t-il si quelque chose change ?',
          options: [
            'Non, il dépend d’un seul projet ou d’une seule personne.',
            'Il dure tant qu’il y a de l’argent ou un projet.',
            'Nous voulons continuer, mais ce n’est pas encore organisé.',
            'Il y a des accords pour travailler ensemble les prochaines années.',
            'Le partenariat fait partie de notre fonctionnement.',
          ],
        },
      ],
      low: 'Discutez de ce qu’il vous faut pour continuer à travailler ensemble après ce projet. Veillez à ce que plus de collègues connaissent le partenaire.',
      high: 'Votre partenariat est solide. Cherchez ensemble de nouveaux partenaires ou de nouvelles questions, pour qu’il continue à grandir.',
      reflection: 'Que faut-il pour que vous travailliez encore ensemble dans cinq ans ?',
      desired: [
        'Un projet isolé',
        'Tant que dure le projet',
        'Nous voulons continuer',
        'Des accords pour les années à venir',
        'Partie de notre fonctionnement',
      ],
    },
  },
};

export default text;
