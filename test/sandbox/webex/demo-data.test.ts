import { describe, expect, it } from 'vitest';
import { MARIA_GARCIA } from '../../../bff/sandbox/context-service/demo/demo-facts.js';
import { demoDirectory } from '../../../bff/sandbox/finesse/model/demo-directory.js';
import { demoOrgs } from '../../../bff/sandbox/webex/demo/demo-orgs.js';
import { DEMO_ORG, WEBEX_DEMO_SEED } from '../../../bff/sandbox/webex/demo/demo-facts.js';

const anchor = Date.UTC(2026, 2, 11, 18, 0);
const [demo] = demoOrgs(WEBEX_DEMO_SEED, anchor);

describe('the Webex demo data', () => {
  it('is the same for the same seed and anchor, and different for another seed', () => {
    expect(demoOrgs(WEBEX_DEMO_SEED, anchor)[0]?.tasks).toEqual(demo?.tasks);
    expect(demoOrgs(WEBEX_DEMO_SEED + 7, anchor)[0]?.tasks[0]?.id).not.toBe(demo?.tasks[0]?.id);
  });

  it("the demo organisation's agents are the Finesse demo users at their extensions, on the Finesse queue", () => {
    expect(demo?.id).toBe(DEMO_ORG.id);
    const users = demoDirectory().users.map((user) => [`${user.firstName} ${user.lastName}`, user.loginId]);
    expect(demo?.agents.map((agent) => [agent.name, agent.dn])).toEqual(users);
    expect(demo?.queues.find((queue) => queue.channelType === 'telephony')?.name).toBe(demoDirectory().queue.name);
  });

  it("Context Service's featured customer Maria Garcia calls from her mobile number and writes from her e-mail address", () => {
    const hers =
      demo?.tasks.filter((task) => task.customerName === `${MARIA_GARCIA.firstName} ${MARIA_GARCIA.lastName}`) ?? [];
    expect(hers.some((task) => task.channelType === 'telephony' && task.origin === MARIA_GARCIA.mobilePhone)).toBe(
      true,
    );
    expect(hers.some((task) => task.channelType !== 'telephony' && task.origin.includes('@'))).toBe(true);
  });

  it('holds four weeks of tasks on every channel before the anchor, all with distinct creation times', () => {
    const tasks = demo?.tasks ?? [];
    expect(tasks.length).toBeGreaterThan(400);
    expect(tasks[0]?.createdTime).toBeLessThan(anchor - 26 * 86_400_000);
    expect(tasks.every((task) => task.createdTime < anchor)).toBe(true);
    expect(new Set(tasks.map((task) => task.createdTime)).size).toBe(tasks.length);
    for (const channel of ['telephony', 'chat', 'email', 'social'])
      expect(tasks.filter((task) => task.channelType === channel).length).toBeGreaterThan(20);
  });
});
