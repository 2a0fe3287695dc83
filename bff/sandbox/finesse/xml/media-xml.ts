import type { MediaFailure, MediaRoutingDomain, MediaView } from '../model/media-types.js';
import type { XmlElement } from './xml-codec.js';
import { reasonCodeElement } from './user-xml.js';

/**
 * The Media object in its documented order ("Media", Developer Guide 12.5(1)). A user signed out of the MRD gets the
 * short form of the guide's "not assigned" sample plus `state` LOGOUT, as the sign-in parameters are "correct only
 * when the user is signed in".
 */
export function mediaElement(view: MediaView): XmlElement {
  const { domain, session } = view;
  const uri = `/finesse/api/User/${view.loginId}/Media/${domain.id}`;
  if (!session)
    return {
      uri,
      description: domain.description,
      id: domain.id,
      interruptible: String(domain.interruptible),
      name: domain.name,
      state: 'LOGOUT',
    };
  const element: XmlElement = {
    uri,
    description: domain.description,
    dialogLogoutAction: session.dialogLogoutAction,
    id: domain.id,
    interruptible: String(domain.interruptible),
    maxDialogLimit: String(session.maxDialogLimit),
    name: domain.name,
  };
  if (view.reasonCode) element.ReasonCode = reasonCodeElement(view.reasonCode);
  Object.assign(element, {
    reasonCodeId: view.state === 'NOT_READY' ? session.reasonCodeId : '-1',
    // The guide's sample is routable while NOT_READY just after sign-in: routable means CCE may assign tasks in the MRD at all.
    routable: 'true',
    state: view.state,
    stateChangeTime: session.stateChangeTime.toISOString(),
    interruptAction: session.interruptAction,
  });
  return element;
}

export function mediaDocument(view: MediaView): XmlElement {
  return { Media: mediaElement(view) };
}

/** "Media—Get List": every non-voice MRD. */
export function mediaListDocument(views: readonly MediaView[]): XmlElement {
  return { MediaList: views.length === 0 ? '' : { Media: views.map(mediaElement) } };
}

/**
 * The contact center's MRDs. The Finesse guide documents no such list, so its shape is the emulator's choice, named
 * after the CCE Media Routing Domain API's fields (`type` voice | multichannel).
 */
export function mediaRoutingDomainsDocument(domains: readonly MediaRoutingDomain[]): XmlElement {
  return {
    MediaRoutingDomains: {
      MediaRoutingDomain: domains.map((domain) => ({
        id: domain.id,
        name: domain.name,
        description: domain.description,
        interruptible: String(domain.interruptible),
        type: domain.voice ? 'voice' : 'multichannel',
      })),
    },
  };
}

/** A Media error inside `<Update><data>` ("Media and Dialogs/Media Error Code Descriptions"): camelCase with `errorMedia`. */
export function mediaApiErrorsData(failure: MediaFailure, mrdId: string): XmlElement {
  return {
    apiErrors: {
      apiError: {
        errorData: failure.errorData,
        errorMedia: mrdId,
        errorMessage: failure.errorMessage,
        errorType: failure.errorType,
      },
    },
  };
}
