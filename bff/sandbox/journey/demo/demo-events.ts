import type { MediaType, StoredObject } from '../../context-service/model/types.js';
import type { JourneyEvent, Person } from '../model/types.js';
import { aliasKey } from '../model/alias.js';
import { DEMO_EVENT_TYPES, DEMO_WORKSPACE } from './demo-facts.js';
import { e164, fieldOf, personIdOf } from './demo-people.js';

interface ChannelLook {
  readonly channelType: string;
  readonly type: string;
  readonly title: string;
}

/** How each Context Service media type appears as a journey event; WxCC's channel types where WxCC has one. */
const CHANNELS: Readonly<Record<MediaType, ChannelLook>> = {
  voice: { channelType: 'telephony', type: DEMO_EVENT_TYPES.task, title: 'Call' },
  chat: { channelType: 'chat', type: DEMO_EVENT_TYPES.task, title: 'Chat' },
  email: { channelType: 'email', type: DEMO_EVENT_TYPES.task, title: 'Email' },
  social: { channelType: 'social', type: DEMO_EVENT_TYPES.task, title: 'Social message' },
  video: { channelType: 'video', type: DEMO_EVENT_TYPES.task, title: 'Video call' },
  web: { channelType: 'web', type: DEMO_EVENT_TYPES.web, title: 'Web visit' },
  mobile: { channelType: 'mobile', type: DEMO_EVENT_TYPES.mobile, title: 'Mobile app' },
  event: { channelType: 'event', type: DEMO_EVENT_TYPES.device, title: 'Device event' },
};

/**
 * The demo customers' activities as CloudEvents: `data.channelType`, the journey widget's `uiData` (title, the notes
 * as subTitle, iconType, the tags as filterTags) and, for an activity in a request, `requestId` with the request's
 * title and state. The identity is the caller's number or the sender's address when it is one of the person's
 * aliases, else the person's first alias.
 */
export function demoEvents(objects: readonly StoredObject[], people: readonly Person[]): JourneyEvent[] {
  const peopleById = new Map(people.map((person) => [person.id, person]));
  const requests = new Map(
    objects.filter((object) => object.type === 'request').map((request) => [request.id, request]),
  );
  return objects.flatMap((activity) => {
    if (activity.type !== 'activity' || activity.customerId === undefined || activity.mediaType === undefined)
      return [];
    const person = peopleById.get(personIdOf(activity.customerId));
    if (!person) return [];
    const look = CHANNELS[activity.mediaType];
    const request = activity.parent?.type === 'request' ? requests.get(activity.parent.id) : undefined;
    const agentId = activity.contributors.find((contributor) => contributor.type === 'user')?.id;
    const notes = fieldOf(activity, 'Context_Notes') ?? '';
    const link = fieldOf(activity, 'Context_POD_Activity_Link');
    const { identity, identitytype } = identityOf(person, activity);
    const event: JourneyEvent = {
      id: activity.id,
      specversion: '1.0',
      type: look.type,
      source:
        look.type === DEMO_EVENT_TYPES.task
          ? `/com/cisco/wxcc/${DEMO_WORKSPACE.organizationId}`
          : `/context-desk/demo/${look.channelType}`,
      time: new Date(activity.createdMs).toISOString(),
      identity,
      identitytype,
      datacontenttype: 'application/json',
      data: {
        channelType: look.channelType,
        origin: identity,
        state: activity.state,
        createdTime: String(activity.createdMs),
        ...(agentId === undefined ? {} : { agentId }),
        ...(link === undefined ? {} : { link }),
        ...(request === undefined
          ? {}
          : {
              requestId: request.id,
              requestTitle: fieldOf(request, 'Context_Title') ?? '',
              requestState: request.state,
            }),
        uiData: { title: look.title, subTitle: notes, iconType: look.channelType, filterTags: [...activity.tags] },
      },
    };
    return [event];
  });
}

function identityOf(
  person: Person,
  activity: StoredObject,
): { identity: string; identitytype: 'phone' | 'email' | 'customerId' } {
  const phone = e164(fieldOf(activity, 'Context_POD_Source_Phone') ?? '');
  if (phone !== undefined && person.aliases.phone.includes(phone)) return { identity: phone, identitytype: 'phone' };
  const email = fieldOf(activity, 'Context_POD_Source_Email');
  if (email !== undefined && person.aliases.email.some((known) => aliasKey(known) === aliasKey(email)))
    return { identity: email, identitytype: 'email' };
  const [firstPhone] = person.aliases.phone;
  const [firstEmail] = person.aliases.email;
  if (firstPhone !== undefined) return { identity: firstPhone, identitytype: 'phone' };
  if (firstEmail !== undefined) return { identity: firstEmail, identitytype: 'email' };
  return { identity: person.aliases.customerId[0] ?? person.id, identitytype: 'customerId' };
}
