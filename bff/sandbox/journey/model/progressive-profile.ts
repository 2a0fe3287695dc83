import type { JourneyEvent, LookBackUnit, ProfileViewTemplate, TemplateAttribute } from './types.js';
import { dataAt } from './event-log.js';

const UNIT_MS: Readonly<Record<LookBackUnit, number>> = {
  minutes: 60_000,
  hours: 3_600_000,
  days: 86_400_000,
  weeks: 7 * 86_400_000,
  months: 30 * 86_400_000,
  years: 365 * 86_400_000,
};

/** One computed attribute as JDS answers it: `result` is a string (JSON for lists), as the reference notes. */
export interface AttributeResult {
  readonly queryTemplate: TemplateAttribute;
  readonly result: string;
  readonly error: string;
  readonly journeyEvents: readonly JourneyEvent[];
}

/**
 * A template's attributes computed from a person's events (newest first): the events of the attribute's `event` type
 * within its look-back, at most `limit` of them, reduced by `aggregationMode` over `data[metaData]`. `Count` counts
 * the events carrying `metaData` (all of them for `*`); `Value` is the newest value; `Distinct` the distinct values.
 * The reference documents `Count`; the other modes are read from the attribute's name [U]. The rules
 * (`{logic, condition}`) drive journey actions, which the emulator does not run.
 */
export function computeAttributes(
  template: ProfileViewTemplate,
  newestFirst: readonly JourneyEvent[],
  nowMs: number,
): AttributeResult[] {
  return template.attributes.map((attribute) => {
    const since = nowMs - attribute.lookBackPeriod * UNIT_MS[attribute.lookBackDurationType];
    const events = newestFirst
      .filter((event) => event.type === attribute.event && Date.parse(event.time) >= since)
      .slice(0, attribute.limit);
    const values = events
      .map((event) => (attribute.metaData === '*' ? event.id : dataAt(event.data, attribute.metaData)))
      .filter((value) => value !== undefined && value !== null);
    return {
      queryTemplate: attribute,
      result: aggregate(attribute, values),
      error: '',
      journeyEvents: attribute.verbose ? events : [],
    };
  });
}

function aggregate(attribute: TemplateAttribute, values: readonly unknown[]): string {
  const numbers = values.map(Number).filter((value) => Number.isFinite(value));
  switch (attribute.aggregationMode) {
    case 'Count':
      return String(values.length);
    case 'Sum':
      return String(numbers.reduce((sum, value) => sum + value, 0));
    case 'Average':
      return numbers.length === 0 ? '' : String(numbers.reduce((sum, value) => sum + value, 0) / numbers.length);
    case 'Max':
      return numbers.length === 0 ? '' : String(Math.max(...numbers));
    case 'Min':
      return numbers.length === 0 ? '' : String(Math.min(...numbers));
    case 'Distinct':
      return JSON.stringify([
        ...new Set(values.map((value) => (typeof value === 'string' ? value : JSON.stringify(value)))),
      ]);
    case 'Value':
      return values.length === 0 ? '' : typeof values[0] === 'string' ? values[0] : JSON.stringify(values[0]);
  }
}
