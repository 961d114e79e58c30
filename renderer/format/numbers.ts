// Counts shown to researchers use their own locale's grouping (5,123 or 5.123).
const counts = new Intl.NumberFormat();

export const formatCount = (n: number): string => counts.format(n);

/** "1 document", "2 documents", with the number grouped. */
export const countOf = (n: number, singular: string, plural = `${singular}s`): string =>
  `${formatCount(n)} ${n === 1 ? singular : plural}`;
