import express from 'express';
import type { Router } from 'express';
import type { WebexCloud } from '../webex-cloud.js';
import { trackingIdOf } from '../http/error-bodies.js';

/** Webex ids are base64 (no padding) of `ciscospark://us/<TYPE>/<uuid>` (developer.webex.com identity docs). */
export function sparkId(type: 'PEOPLE' | 'ORGANIZATION', uuid: string): string {
  return Buffer.from(`ciscospark://us/${type}/${uuid}`, 'utf8').toString('base64').replace(/=+$/, '');
}

/**
 * `GET /v1/people/me` on the OAuth host: the person who authorised the token, in the Webex People API's shape, whose
 * `orgId` decodes to the organisation's UUID. Errors use the Webex platform body `{ message, errors, trackingId }`.
 */
export function peopleRoute(cloud: WebexCloud): Router {
  const router = express.Router();
  router.get('/v1/people/me', (request, response) => {
    const token = /^Bearer ([^\s]+)$/i.exec(request.get('authorization') ?? '')?.[1];
    const grant = token === undefined ? undefined : cloud.tokens.grantOf(token);
    const org = grant && cloud.org(grant.orgId);
    if (!grant || !org) {
      const message = 'The request requires a valid access token set in the Authorization request header.';
      response.status(401).json({ message, errors: [{ description: message }], trackingId: trackingIdOf(response) });
      return;
    }
    const created = new Date(org.tasks[0]?.createdTime ?? cloud.now()).toISOString();
    response.json({
      id: sparkId('PEOPLE', org.admin.id),
      emails: [org.admin.email],
      phoneNumbers: [],
      displayName: `${org.admin.firstName} ${org.admin.lastName}`,
      nickName: org.admin.firstName,
      firstName: org.admin.firstName,
      lastName: org.admin.lastName,
      orgId: sparkId('ORGANIZATION', org.id),
      created,
      lastModified: created,
      status: 'active',
      type: 'person',
    });
  });
  return router;
}
