/** French (France): the internal building blocks `authsec-ui-*` (translation of ../../messages/ui.en.ts). */
import type { uiEn } from '../../messages/ui.en.js';
import type { Translation } from '../translation.js';

export const ui: Translation<typeof uiEn> = {
  'ui.button.loading': 'En cours…',
  'ui.copy.copy': 'Copier',
  'ui.copy.copyNamed': 'Copier {label}',
  'ui.copy.copied': 'Copié',
  'ui.copy.copyFailed': 'Impossible de copier automatiquement. Le texte est sélectionné : appuyez sur Ctrl+C (⌘C sur Mac) pour le copier.',
  'ui.copy.reveal': 'Afficher',
  'ui.copy.revealNamed': 'Afficher {label}',
  'ui.dialog.confirm': 'Confirmer',
  'ui.dialog.cancel': 'Annuler',
  'ui.dialog.requireText': 'Pour confirmer, saisissez « {text} »',
  'ui.dialog.requireTextHint': 'Le texte doit correspondre exactement, majuscules comprises.',
  'ui.state.loading': 'Chargement…',
  'ui.state.empty.heading': 'Rien pour l’instant',
  'ui.state.error.heading': 'Une erreur s’est produite',
  'ui.state.error.message': 'Une erreur inattendue s’est produite. Réessayez. Si le problème persiste, contactez votre administrateur AuthSec.',
  'ui.state.forbidden.heading': 'Vous n’avez pas accès',
  'ui.state.forbidden.message': 'Votre compte n’a pas l’autorisation d’afficher ce contenu. Demandez l’accès à un administrateur de cet espace de travail.',
  'ui.state.retry': 'Réessayer',
};
