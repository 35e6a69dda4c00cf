/** The longest grace window a rotation may give the old key or signing secret: a week. */
export const MAX_GRACE_SECONDS = 7 * 24 * 3600;
