/** 密码规则: what a password must satisfy. Returns the names of the rules it breaks. */
export function passwordProblems(password: string, username: string): string[] {
  const problems: string[] = [];
  if (password.length < 10) problems.push('min_length_10');
  if (password.length > 128) problems.push('max_length_128');
  if (!/[A-Za-z]/.test(password)) problems.push('needs_letter');
  if (!/\d/.test(password)) problems.push('needs_digit');
  if (username && password.toLowerCase().includes(username.toLowerCase())) problems.push('contains_username');
  if (/^(.)\1+$/.test(password)) problems.push('single_repeated_character');
  return problems;
}

export const USERNAME_PATTERN = /^[A-Za-z][A-Za-z0-9_.]{2,31}$/;
