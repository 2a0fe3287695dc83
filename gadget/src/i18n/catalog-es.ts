import type { MessageKey } from './catalog-en.js';

/** Spanish strings (es). Every English key must be here: a test compares the catalogs. */
export const es: Record<MessageKey, string> = {
  'tab.title': 'Context Desk',
  'app.loading': 'Cargando…',
  'app.retry': 'Reintentar',
  'app.dismiss': 'Cerrar',
  'app.reconnecting': 'Reconectando con Context Desk…',
  'app.contextUnavailable': 'Hay problemas para acceder a la información de contexto del cliente',
  'app.contextRetrying': 'Nuevo intento en {seconds} s.',
  'signIn.heading': 'Iniciar sesión en Context Desk',
  'signIn.username': 'Usuario',
  'signIn.password': 'Contraseña',
  'signIn.submit': 'Iniciar sesión',
  'signIn.failed': 'No se pudo iniciar sesión: {reason}',
  'signIn.signOut': 'Cerrar sesión en Context Desk',
};
