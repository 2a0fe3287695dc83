/**
 * CCE Administration's Context Service Registration API answers, as Cisco's Developer Reference shows them (seeds 000
 * and 001): the registration object with its indentation and comments, the PARTIAL_SUCCESS example, and answers in
 * the unifiedconfig error shape for the other documented cases.
 */

/** The "Example Get Response", URLs filled in. */
export const REGISTERED_XML = `<contextServiceRegistration>
   <state>registered</state>
   <managementUrl>https://admin.example.com/manage</managementUrl> <!-- Included if state is registered -->
   <deregistrationUrl>https://wizard.example.com/deregister?callbackUrl=x</deregistrationUrl> <!-- Included if state is registered
    and callbackUrl is provided -->
   <refURL>/unifiedconfig/config/contextservice</refURL>
</contextServiceRegistration>`;

export const NOT_REGISTERED_XML = `<contextServiceRegistration>
   <refURL>/unifiedconfig/config/contextservice</refURL>
   <registrationUrl>https://wizard.example.com/register?callbackUrl=x</registrationUrl>
   <state>notRegistered</state>
</contextServiceRegistration>`;

/** The documented 201 body. */
export const PARTIAL_SUCCESS_XML = `<apiErrors>
<apiError>
<errorMessage>Configuration update failed for one or more devices.</errorMessage>
<errorType>PARTIAL_SUCCESS</errorType>
</apiError>
</apiErrors>`;

export const BUSY_XML = `<apiErrors><apiError><errorMessage>The server is currently busy. Please try again later.</errorMessage><errorType>SERVER_BUSY</errorType></apiError></apiErrors>`;

export const AW_FAILURE_XML = `<apiErrors><apiError><errorMessage>The configuration update to the AW DB failed.</errorMessage><errorType>FAILURE</errorType></apiError></apiErrors>`;

export const REREGISTER_XML = `<apiErrors><apiError><errorData>connectionData</errorData><errorMessage>You must deregister before reregistering to Context Service.</errorMessage><errorType>invalidInput.deregistrationRequired</errorType></apiError></apiErrors>`;

export const TOO_LARGE_XML = `<apiErrors><apiError><errorData>connectionData</errorData><errorDetail><max>4096</max></errorDetail><errorMessage>The maximum size is 4 KB.</errorMessage><errorType>invalidInput.fieldLengthExceeded</errorType></apiError></apiErrors>`;

export const OTHER_REFUSAL_XML = `<apiErrors><apiError><errorData>connectionData</errorData><errorMessage>connectionData is required.</errorMessage><errorType>invalidInput.fieldRequired</errorType></apiError></apiErrors>`;

export const UNAUTHORIZED_XML = `<apiErrors><apiError><errorMessage>The authentication credentials were not supplied or were incorrect</errorMessage><errorType>authentication.failed</errorType></apiError></apiErrors>`;
