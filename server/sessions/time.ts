export const now = () => new Date().toISOString();

/** Days in the log read as people write them: 12.5, not 12.500000000001. */
export const roundDay = (day: number) => Math.round(day * 1000) / 1000;
