/** The self-check's first screen in French: the intro's texts and the built-in instrument's title, intro and sources. */
import type { IntroTexts } from './index.js';

const fr: IntroTexts = {
  duration: 'Dure environ 10 minutes.',
  parts: '{dimensions} thèmes, chacun avec {questions} questions et une question en plus, facultative.',
  partsMixed:
    '{dimensions} thèmes, avec {questions} questions en tout. Chaque thème a aussi une question en plus, facultative.',
  privacy: 'Vos réponses restent sur cet appareil, dans ce navigateur. Rien n’est envoyé à un serveur.',
  privacyOptIn:
    'Vos réponses restent sur cet appareil, dans ce navigateur. Nous envoyons les scores de façon anonyme seulement si vous le choisissez à la fin.',
  pause: 'Vous pouvez arrêter et continuer plus tard.',
  howTo:
    'Pensez à un seul partenariat. Pour chaque question, choisissez la description qui convient le mieux. Vous ne savez pas ? Choisissez « Je ne sais pas ». Une question ne convient pas à votre partenariat ? Choisissez « Ne s’applique pas ».',
  contentNote: '',
  start: 'Commencer l’autodiagnostic',
  about: 'À propos de cet autodiagnostic',
  noStorage: 'Votre navigateur ne garde pas les réponses. Laissez cette page ouverte jusqu’à la fin.',
  builtin: {
    title: 'Autodiagnostic du partenariat',
    intro:
      'Cet autodiagnostic porte sur un seul partenariat. Par exemple entre une école et une organisation d’aide sociale, un service de la ville, une haute école ou une entreprise.\n\n' +
      'Vous voyez où vous en êtes : de travailler côte à côte jusqu’à l’intégration. Vous voyez aussi ce qui va déjà bien et ce que vous pouvez améliorer ensemble.',
    about:
      'Le réseau Samen Onderwijs Maken a écrit lui-même ces questions. Elles s’appuient sur la recherche sur les partenariats :\n\n' +
      'Bringle, Clayton & Price (2009), Partnerships in service learning and civic engagement : le modèle SOFAR. Une relation se renforce avec plus de proximité (plus de contacts, plus de types d’activités, plus d’influence mutuelle), d’équité (donner et recevoir de façon juste) et d’intégrité (des valeurs partagées).\n\n' +
      'Clayton, Bringle, Senor, Huq & Morrison (2010) : la Transformational Relationship Evaluation Scale (TRES). Chaque question a des réponses qui vont de peu à très développé. TRES II demande aussi où les partenaires veulent aller.\n\n' +
      'Le spectre de la collaboration du Tamarack Institute : de la concurrence et la coexistence, en passant par la coordination, jusqu’à la collaboration, l’intégration et l’impact collectif. Le long du spectre, la confiance grandit et chaque partenaire protège moins son territoire. L’impact collectif concerne des réseaux de nombreux partenaires, pas deux.\n\n' +
      'Kania & Kramer (2011), Collective Impact : cinq conditions. Un plan commun, une mesure partagée, des activités qui se renforcent, une communication continue et une organisation qui soutient l’ensemble (la structure d’appui).\n\n' +
      'Mattessich & Johnson (2018), le Wilder Collaboration Factors Inventory. Il mesure des facteurs proches avec d’accord / pas d’accord. Nous travaillons avec des descriptions et comparons avec là où vous voulez aller.\n\n' +
      'Frey, Lohmeier, Lee & Tollefson (2006) : quand deux partenaires évaluent différemment le même partenariat, ce n’est pas une erreur. C’est un point à discuter ensemble.\n\n' +
      'Les niveaux sont des repères. Ils n’ont pas été testés scientifiquement.',
  },
};
export default fr;
