import type { Messages } from './en.js';

export const fr: Messages = {
  'state.loading': 'Chargement…',
  'state.empty': 'Rien pour l’instant.',
  'state.error': 'Une erreur s’est produite.',
  'action.retry': 'Réessayer',
  'error.validation': 'Veuillez corriger les champs signalés.',
  'error.not-found': 'Introuvable. L’élément a peut-être été supprimé.',
  'error.conflict': 'Quelqu’un a modifié ceci entre-temps. Rechargez et réessayez.',
  'error.unavailable': 'Les données sont inaccessibles pour le moment. Votre saisie est conservée ; réessayez sous peu.',
  'field.required': 'Ce champ est obligatoire.',
  'field.email': 'Saisissez une adresse e-mail comme nom@exemple.fr.',
  'field.too_long': 'Cette valeur est trop longue.',
  'field.too_small': 'Cette valeur est trop petite.',
  'field.too_big': 'Cette valeur est trop grande.',
  'field.number': 'Saisissez un nombre.',
  'field.integer': 'Saisissez un nombre entier.',
  'field.date': 'Saisissez une date valide.',
  'field.invalid': 'Cette valeur n’est pas valide.',
  'field.unknown_status': 'Ce statut n’existe pas pour la campagne.',
  'adapter.provided': 'Données du fournisseur de la page : {name}',
  'adapter.default': 'Données stockées dans ce navigateur : {name}',
};
