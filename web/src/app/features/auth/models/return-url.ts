/** Only in-app paths are followed after sign-in: an absolute or protocol-relative URL would be an open redirect. */
export function safeReturnUrl(value: string | undefined, fallback: string): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : fallback;
}
