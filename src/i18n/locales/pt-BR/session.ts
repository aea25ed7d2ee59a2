/** Brazilian Portuguese: an admin's sign-in errors (translation of ../../messages/session.en.ts). */
import type { sessionEn } from '../../messages/session.en.js';
import type { Translation } from '../translation.js';

export const session: Translation<typeof sessionEn> = {
  'error.unauthorized': 'Você não fez login ou seu login não é mais válido. Faça login novamente para continuar.',
  'error.session_expired': 'Sua sessão expirou. Faça login novamente e repita a última etapa.',
};
