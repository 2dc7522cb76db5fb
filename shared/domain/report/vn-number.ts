/**
 * Numbers as Vietnamese reports write them: thousands grouped with "." and decimals after ","
 * (1.234.567,5), money in đồng as "1.234.567 ₫". Written out by hand rather than through Intl
 * so the screen, the printed file and the tests show exactly the same characters everywhere.
 */
const group = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** `decimals` digits after the comma, trailing zeros dropped: 12,5 rather than 12,50. */
export function formatVnNumber(value: number, decimals = 0): string {
  const sign = value < 0 ? '-' : '';
  const [whole = '0', fraction = ''] = Math.abs(value).toFixed(decimals).split('.');
  const kept = fraction.replace(/0+$/, '');
  return `${sign}${group(whole)}${kept ? `,${kept}` : ''}`;
}

export const formatVnd = (value: number): string => `${formatVnNumber(Math.round(value))} ₫`;
