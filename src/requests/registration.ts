/** The context flag the registration endpoint sets on the one create it makes (checked by hooks/registerThroughForm). */
export const REGISTRATION = 'registration'
