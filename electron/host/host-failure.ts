/**
 * The one way host code signals an expected, user-explainable failure (a wrong key, a tampered
 * slot). The router turns it into an error value with the given code; anything thrown that is
 * not a HostFailure is treated as a bug and reported generically. Messages must never carry
 * citizen data or key material, because they cross to the renderer verbatim.
 */
export class HostFailure extends Error {
  readonly code: string;

  constructor(code: string, message: string) {
    super(message);
    this.name = 'HostFailure';
    this.code = code;
  }
}
