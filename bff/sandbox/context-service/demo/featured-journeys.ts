import {
  MARIA_GARCIA,
  SHARED_HOME_PHONE,
  SHARED_HOME_PHONE_CUSTOMERS,
  WORK_PHONE_ONLY_CUSTOMER,
} from './demo-facts.js';
import { customerObject } from './demo-objects.js';
import type { Contact, JourneyWriter } from './journey-writer.js';
import { DAY_MS } from './journey-writer.js';
import type { Topic } from './topics.js';
import { TOPICS } from './topics.js';

/** The customers the README and the tests name (demo-facts.ts), with journeys written to show the gadget off. */
export function writeFeaturedJourneys(writer: JourneyWriter): void {
  writeMaria(writer);
  writeWorkPhoneOnly(writer);
  writeHousehold(writer);
}

function topic(tag: string): Topic {
  const found = TOPICS.find((candidate) => candidate.tag === tag);
  if (!found) throw new Error(`No demo topic ${tag}`);
  return found;
}

function since(writer: JourneyWriter, createdDaysAgo: number, updatedDaysAgo: number) {
  return {
    createdMs: writer.anchorMs - createdDaysAgo * DAY_MS,
    lastUpdatedMs: writer.anchorMs - updatedDaysAgo * DAY_MS,
  };
}

/** Two open requests, two closed ones, and activities on voice, chat, email, web and more. */
function writeMaria(writer: JourneyWriter): void {
  const maria = MARIA_GARCIA;
  writer.keep(
    customerObject(
      maria.id,
      {
        Context_First_Name: maria.firstName,
        Context_Last_Name: maria.lastName,
        Context_Work_Email: maria.workEmail,
        Context_Home_Email: maria.homeEmail,
        Context_Mobile_Phone: maria.mobilePhone,
        Context_Home_Phone: maria.homePhone,
        Context_Street_Address_1: '1450 Valencia St',
        Context_City: maria.city,
        Context_State: 'CA',
        Context_Country: 'US',
        Context_ZIP: '94110',
        Context_Customer_External_ID: 'CRM-100042',
        Context_Preferred_Language: maria.language,
      },
      since(writer, 340, 21),
    ),
  );
  const contact: Contact = {
    id: maria.id,
    name: `${maria.firstName} ${maria.lastName}`,
    email: maria.homeEmail,
    phone: maria.mobilePhone,
  };
  const [refundTitle, routerTitle] = maria.openRequestTitles;
  const refund = writer.request(contact, topic('billing'), true, refundTitle);
  writer.activitiesIn(refund, contact, ['email', 'chat', 'voice', 'voice'], topic('billing'));
  writer.comment(refund, 'Refund approved by billing; waiting for the bank to post it.');
  writer.comment(refund, 'Customer prefers Spanish on the phone.');
  const router = writer.request(contact, topic('delivery'), true, routerTitle);
  writer.activitiesIn(router, contact, ['web', 'mobile', 'voice', 'email'], topic('delivery'));
  writer.comment(router);
  const moved = writer.request(contact, topic('account'), false, 'Change of address');
  writer.activitiesIn(moved, contact, ['email', 'voice'], topic('account'));
  writer.comment(moved);
  const warranty = writer.request(contact, topic('warranty'), false);
  writer.activitiesIn(warranty, contact, ['event', 'web', 'chat', 'voice', 'video'], topic('warranty'));
  writer.activity(contact, 'web', topic('sales'), writer.moment(1, 2));
  writer.activity(contact, 'social', topic('complaint'), writer.moment(40, 60));
  writer.activity(contact, 'chat', topic('appointment'), writer.moment(90, 120));
}

/** Nothing but a work phone: the gadget can only show the number and the calls from it. */
function writeWorkPhoneOnly(writer: JourneyWriter): void {
  const { id, workPhone } = WORK_PHONE_ONLY_CUSTOMER;
  writer.keep(customerObject(id, { Context_Work_Phone: workPhone }, since(writer, 200, 200)));
  const contact: Contact = { id, phone: workPhone };
  const outage = writer.request(contact, topic('technical'), false);
  writer.activitiesIn(outage, contact, ['voice', 'voice'], topic('technical'));
  writer.activity(contact, 'voice', topic('billing'), writer.moment(3, 6));
}

/** Two people, one home phone: a call from it matches both. */
function writeHousehold(writer: JourneyWriter): void {
  const [david, mei] = SHARED_HOME_PHONE_CUSTOMERS;
  const fields = (
    person: { readonly firstName: string; readonly lastName: string; readonly mobilePhone: string },
    email: Record<string, string>,
  ) => ({
    Context_First_Name: person.firstName,
    Context_Last_Name: person.lastName,
    ...email,
    Context_Mobile_Phone: person.mobilePhone,
    Context_Home_Phone: SHARED_HOME_PHONE,
    Context_Street_Address_1: '88 Pine St',
    Context_City: 'San Francisco',
    Context_State: 'CA',
    Context_Country: 'US',
    Context_ZIP: '94111',
  });
  writer.keep(
    customerObject(
      david.id,
      { ...fields(david, { Context_Home_Email: 'david.chen@example.com' }), Context_Preferred_Language: 'zh-CN' },
      since(writer, 300, 150),
    ),
  );
  writer.keep(
    customerObject(
      mei.id,
      { ...fields(mei, { Context_Work_Email: 'mchen@hooli.example' }), Context_Preferred_Language: 'en-US' },
      since(writer, 300, 30),
    ),
  );
  const davidAtHome: Contact = {
    id: david.id,
    name: 'David Chen',
    email: 'david.chen@example.com',
    phone: SHARED_HOME_PHONE,
  };
  const meiAtHome: Contact = { id: mei.id, name: 'Mei Chen', email: 'mchen@hooli.example', phone: SHARED_HOME_PHONE };
  writer.activity(davidAtHome, 'voice', topic('technical'), writer.moment(20, 30));
  writer.activity(davidAtHome, 'voice', topic('billing'), writer.moment(100, 130));
  const visit = writer.request(meiAtHome, topic('appointment'), true);
  writer.activitiesIn(visit, meiAtHome, ['web', 'chat', 'voice'], topic('appointment'));
  writer.activity(meiAtHome, 'email', topic('sales'), writer.moment(60, 90));
}
