/** What <som-signup> says once a person presses the button, in French (loaded with the submission code). */
import type { SentMessages } from './index.js';

export default {
  problem: 'Il y a un problème',
  error: 'Erreur :',
  req: 'Remplissez « {f} ».',
  tick: 'Cochez « {f} ».',
  choose: 'Choisissez une réponse pour « {f} ».',
  eEmail: 'Saisissez une adresse e-mail valide, par exemple nom@exemple.be.',
  tel: 'Saisissez un numéro de téléphone valide pour « {f} ».',
  num: 'Saisissez un nombre pour « {f} ».',
  long: '« {f} » ne peut pas dépasser {n} caractères.',
  eConsent: 'Donnez votre accord pour vous inscrire.',
  wait: 'Il y a beaucoup de demandes. Nouvel essai dans {s} s.',
  lateFull: 'Désolé, l’activité est complète entre-temps.',
  late: 'Désolé, il n’est plus possible de s’inscrire.',
  refused: 'L’inscription n’a pas abouti.',
  confirmed: 'Vous êtes inscrit·e',
  waitlisted: 'Vous êtes sur la liste d’attente',
  position: ' (numéro {n})',
  duplicate: 'Vous étiez déjà inscrit·e avec cette adresse e-mail.',
  resent: 'Nous avons renvoyé votre confirmation à {a}, avec les liens pour la consulter ou l’annuler.',
  promote: 'Si une place se libère, elle sera automatiquement pour vous.',
  ics: 'Ajouter à mon agenda',
  icsWait: 'Ajouter provisoirement à mon agenda (sans rappel)',
  cancel: 'Annuler l’inscription',
  cancelHint: 'Finalement pas disponible ? Annulez avec ce lien pour libérer votre place.',
} satisfies SentMessages;
