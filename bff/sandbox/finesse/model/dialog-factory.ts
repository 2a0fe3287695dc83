import type { CallType, Dialog, Participant } from './types.js';

/**
 * Builds Dialog objects with the identifiers CCE gives a call: numeric dialog ids for voice (nonvoice ids contain
 * `_`), and a call key (prefix = router day, call id, sequence number).
 */
export class DialogFactory {
  private nextDialogId = 16_817_456;
  private nextCallKey = 217;

  create(fields: {
    now: Date;
    fromAddress: string;
    toAddress: string;
    callType: CallType;
    initiatorLoginId: string;
    dialedNumber?: string;
    queue?: { number: string; name: string };
    variables?: ReadonlyMap<string, string>;
    associatedDialogId?: string;
    /** An id reserved earlier (a call that waited in a queue keeps the id it was given then). */
    id?: string;
  }): Dialog {
    const id = fields.id ?? this.reserveId();
    return {
      id,
      mediaType: 'Voice',
      fromAddress: fields.fromAddress,
      toAddress: fields.toAddress,
      state: 'INITIATING',
      associatedDialogId: fields.associatedDialogId ?? '',
      secondaryId: '',
      callType: fields.callType,
      dialedNumber: fields.dialedNumber ?? fields.toAddress,
      dnis: fields.dialedNumber ?? fields.toAddress,
      queueNumber: fields.queue?.number ?? '',
      queueName: fields.queue?.name ?? '',
      callKeyCallId: String(this.nextCallKey++),
      callKeySequenceNum: '1',
      callKeyPrefix: String(routerDay(fields.now)),
      wrapUpReason: '',
      variables: withStandardVariables(fields.variables),
      participants: [],
      initiatorLoginId: fields.initiatorLoginId,
    };
  }

  /** The next dialog id, for a call that has no dialog yet. */
  reserveId(): string {
    return String(this.nextDialogId++);
  }

  participant(
    now: Date,
    fields: Pick<Participant, 'mediaAddress' | 'mediaAddressType' | 'state'> & { loginId?: string },
  ): Participant {
    return { stateCause: '', startTime: now, stateChangeTime: now, ...fields };
  }
}

/** Finesse always lists callVariable1…10 (empty when unset), then the ECC variables the call carries. */
function withStandardVariables(given: ReadonlyMap<string, string> | undefined): Map<string, string> {
  const variables = new Map<string, string>();
  for (let index = 1; index <= 10; index++)
    variables.set(`callVariable${index}`, given?.get(`callVariable${index}`) ?? '');
  for (const [name, value] of given ?? []) if (!variables.has(name)) variables.set(name, value);
  return variables;
}

/** ICM's call key prefix counts days since 1 January 1900. */
function routerDay(now: Date): number {
  const epochTo1900Days = 25_567;
  return Math.floor(now.getTime() / 86_400_000) + epochTo1900Days;
}
