import type { CallPanelsKey } from './catalog-call-panels-en.js';

/** Spanish strings of the call bar's keypad, number form and wrap-up form. Every English key must be here: a test compares the catalogs. */
export const callPanelsEs: Record<CallPanelsKey, string> = {
  'callBar.consultNumber': 'Número para consultar',
  'callBar.transferNumber': 'Número al que transferir',
  'callBar.consultSubmit': 'Llamar',
  'callBar.transferSubmit': 'Transferir ahora',
  'callBar.cancel': 'Cancelar',
  'callBar.numberInvalid': 'Escriba un número para marcar: dígitos, *, # y un + inicial opcional.',
  'callBar.keypadHint': 'Pulse una tecla o escriba 0–9, * o #.',
  'callBar.dtmfSent': 'Enviado: {digits}',
  'callBar.closeKeypad': 'Cerrar teclado',
  'callBar.wrapUpReason': 'Motivo de cierre',
  'callBar.noWrapUpReasons': 'No hay motivos de cierre configurados.',
  'callBar.loadingWrapUp': 'Cargando motivos de cierre…',
  'callBar.wrapUpFailed': 'No se pudieron cargar los motivos de cierre: {reason}',
  'callBar.wrapUpSaved': 'Motivo guardado: {reason}',
};
