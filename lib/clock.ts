/** The time source; tests pass a fake one to step over expiry, grace windows and signature windows. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
