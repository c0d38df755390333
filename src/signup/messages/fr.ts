/** <som-signup> in French (loaded on first use). */
import type { SignupMessages } from './index.js';

export default {
  to: 'à',
  allDay: 'toute la journée',
  left: 'Encore {n} places',
  left1: 'Encore 1 place',
  waitlist: 'Complet — inscrivez-vous sur la liste d’attente',
  full: 'Complet',
  notYet: 'Inscriptions à partir du {d}',
  until: 'Inscriptions jusqu’au {d}',
  closed: 'Inscriptions clôturées',
  cancelled: 'Annulé',
  postponed: 'Reporté',
  none: 'Pas besoin de vous inscrire.',
  external: 'S’inscrire chez l’organisateur',
  unknown: 'Cette activité est introuvable.',
  name: 'Nom',
  email: 'Adresse e-mail',
  optional: '(facultatif)',
  pick: 'Choisissez…',
  max: '{n} caractères maximum.',
  privacy:
    '{who} utilise vos données uniquement pour cette inscription et les conserve jusqu’à {n} jours après l’activité.',
  policy: 'Lire la déclaration de confidentialité',
  consent: 'J’accepte que mes données soient utilisées à cette fin',
  submit: 'S’inscrire',
  submitWaitlist: 'M’inscrire sur la liste d’attente',
  sending: 'Envoi en cours…',
  offline:
    'Pas envoyé : pas de connexion. Ce que vous avez saisi est conservé. Nous réessaierons dès que vous serez de nouveau en ligne.',
  server: 'Pas envoyé : un problème est survenu au service d’inscription. Ce que vous avez saisi est conservé.',
  retry: 'Réessayer',
} satisfies SignupMessages;
