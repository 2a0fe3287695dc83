import type { DataType } from './types.js';

/**
 * Cisco's base fieldsets and their fields (reference §1.3; CreateEntities.java, FieldSets.java, help.webex.com
 * DOC-14426). Any fieldset may be used on any object; an object may only carry fields of the fieldsets it names.
 * The deprecated request status/resolution fields ("Do not use") are left out.
 */
export const BASE_FIELDSETS: Readonly<Record<string, Readonly<Record<string, DataType>>>> = {
  'cisco.base.customer': {
    Context_First_Name: 'string',
    Context_Last_Name: 'string',
    Context_Work_Email: 'string',
    Context_Home_Email: 'string',
    Context_Work_Phone: 'string',
    Context_Mobile_Phone: 'string',
    Context_Home_Phone: 'string',
    Context_Street_Address_1: 'string',
    Context_City: 'string',
    Context_State: 'string',
    Context_Country: 'string',
    Context_ZIP: 'string',
    Context_Customer_External_ID: 'string',
    Context_Preferred_Language: 'string',
  },
  'cisco.base.request': { Context_Title: 'string', Context_Description: 'string' },
  // The hidden POD_Source fields are what the Finesse Customer Context gadget builds a customer from.
  'cisco.base.pod': {
    Context_Notes: 'string',
    Context_POD_Activity_Link: 'string',
    Context_POD_Source_Cust_Name: 'string',
    Context_POD_Source_Email: 'string',
    Context_POD_Source_Phone: 'string',
  },
  'cisco.base.comment': { Context_Comment: 'string', Context_Visible: 'boolean', Context_DisplayName: 'string' },
  'cisco.base.rating': { cccRatingComments: 'string', cccRatingPoints: 'integer' },
  'cisco.base.ccc.pod': { category: 'string', cccCustom: 'string', cccChatReason: 'string' },
};

export function isKnownFieldset(id: string): boolean {
  return Object.hasOwn(BASE_FIELDSETS, id);
}

/** The fields the named fieldsets allow, with their data types. */
export function fieldsOf(fieldsetIds: readonly string[]): ReadonlyMap<string, DataType> {
  const fields = new Map<string, DataType>();
  for (const id of fieldsetIds) {
    const fieldset = Object.hasOwn(BASE_FIELDSETS, id) ? BASE_FIELDSETS[id] : undefined;
    for (const [field, type] of Object.entries(fieldset ?? {})) fields.set(field, type);
  }
  return fields;
}

/** Every field id of every base fieldset: the keys a search may scope a term to. */
export const ALL_FIELD_IDS: ReadonlySet<string> = new Set(
  Object.values(BASE_FIELDSETS).flatMap((fieldset) => Object.keys(fieldset)),
);
