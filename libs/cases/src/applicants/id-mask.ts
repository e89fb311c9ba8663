/** How an ID number shows on screen and in the API: the division code and the last four, `110105********002X`. */
export function maskIdNumber(number: string): string {
  if (number.length <= 10) return '*'.repeat(number.length);
  return `${number.slice(0, 6)}${'*'.repeat(number.length - 10)}${number.slice(-4)}`;
}

/** A person's name as the audit log shows it: the family name and a star per other character (张**). */
export function maskPersonName(name: string): string {
  const chars = [...name];
  return chars.length <= 1 ? name : `${chars[0]}${'*'.repeat(chars.length - 1)}`;
}
