const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** GB 11643-1999: 17 digits and the check character of their weighted sum (the server checks it too). */
export function isResidentIdNumber(value: string): boolean {
  const id = value.replace(/\s/g, '').toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const sum = weights.reduce((total, weight, i) => total + Number(id[i]) * weight, 0);
  return id[17] === '10X98765432'[sum % 11];
}

/** The phones typed in one box, separated by commas (Chinese or Latin) or semicolons. */
export function splitPhones(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[,，;；]/)
    .map((phone) => phone.trim())
    .filter(Boolean);
}

/** Mirrors the server's phone rule after removing +86, spaces, dashes and brackets. */
export function isPhone(value: string): boolean {
  let digits = value.replace(/[\s\-()]/g, '');
  if (digits.startsWith('+86')) digits = digits.slice(3);
  else if (digits.startsWith('0086')) digits = digits.slice(4);
  if (digits.length > 0 && !/^[0148]/.test(digits) && value.trim().startsWith('+')) digits = `0${digits}`;
  return /^(1[3-9]\d{9}|0\d{9,11}|[48]00\d{7})$/.test(digits);
}
