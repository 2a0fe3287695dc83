import type { ProfileViewTemplate, TemplateAttribute } from '../model/types.js';
import { DEMO_EVENT_TYPES, DEMO_TEMPLATE_NAME } from './demo-facts.js';

const base = {
  version: '1.0',
  metaDataType: 'string',
  limit: 1000,
  verbose: false,
  widgetAttributes: { type: 'table' },
} as const;

const ATTRIBUTES: readonly TemplateAttribute[] = [
  {
    ...base,
    displayName: 'Contacts in the last 30 days',
    event: DEMO_EVENT_TYPES.task,
    metaData: 'channelType',
    aggregationMode: 'Count',
    lookBackDurationType: 'days',
    lookBackPeriod: 30,
  },
  {
    ...base,
    displayName: 'Channels used this year',
    event: DEMO_EVENT_TYPES.task,
    metaData: 'channelType',
    aggregationMode: 'Distinct',
    lookBackDurationType: 'days',
    lookBackPeriod: 365,
  },
  {
    ...base,
    displayName: 'Last channel',
    event: DEMO_EVENT_TYPES.task,
    metaData: 'channelType',
    aggregationMode: 'Value',
    lookBackDurationType: 'days',
    lookBackPeriod: 365,
  },
  {
    ...base,
    displayName: 'Requests in the last 90 days',
    event: DEMO_EVENT_TYPES.task,
    metaData: 'requestId',
    aggregationMode: 'Distinct',
    lookBackDurationType: 'days',
    lookBackPeriod: 90,
  },
  {
    ...base,
    displayName: 'Web visits in the last 30 days',
    event: DEMO_EVENT_TYPES.web,
    metaData: '*',
    aggregationMode: 'Count',
    lookBackDurationType: 'days',
    lookBackPeriod: 30,
  },
];

/** The demo workspace's one template; its id is fixed so the README can name it. */
export function demoTemplates(): ProfileViewTemplate[] {
  return [{ id: '66a1c0de5e1f2a3b4c5d7001', name: DEMO_TEMPLATE_NAME, attributes: ATTRIBUTES }];
}
