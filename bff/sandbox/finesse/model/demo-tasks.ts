import { MARIA_GARCIA } from '../../context-service/demo/demo-facts.js';
import { CHAT_MRD, EMAIL_MRD } from './media-domains.js';
import type { TaskOffer } from './task-router.js';

const [refundTitle, routerTitle] = MARIA_GARCIA.openRequestTitles;

/**
 * The chats and emails waiting in a fresh sandbox, from the Context Service demo's Maria Garcia (her two open
 * requests), so the first agent Ready in Chat or Email gets work whose customer the gadget can find. Her POD ids are
 * generated with the demo crowd and so are not named here.
 */
export const DEMO_TASKS: readonly TaskOffer[] = [
  {
    mrdId: CHAT_MRD.id,
    from: `${MARIA_GARCIA.firstName} ${MARIA_GARCIA.lastName}`,
    subject: routerTitle,
    variables: new Map([
      ['callVariable1', `${MARIA_GARCIA.firstName} ${MARIA_GARCIA.lastName}`],
      ['user.Subject', routerTitle],
    ]),
  },
  {
    mrdId: EMAIL_MRD.id,
    from: MARIA_GARCIA.homeEmail,
    subject: refundTitle,
    variables: new Map([
      ['callVariable1', MARIA_GARCIA.homeEmail],
      ['user.Subject', refundTitle],
    ]),
  },
];
