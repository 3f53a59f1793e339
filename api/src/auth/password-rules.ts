import { registerDecorator, type ValidationOptions } from 'class-validator';

/**
 * Passwords people reach for first, 10 characters or longer (shorter ones are refused anyway).
 * Compared case-insensitively and with trailing digits and symbols removed, so `Password123!`
 * counts as `password`. Drawn from the top of the public breach-frequency lists (SecLists'
 * 10-million list, NCSC's 100k list); kept short on purpose: the pattern rules below catch the
 * keyboard walks, repetitions and sequences that make up most of the rest.
 */
const COMMON = new Set(
  [
    'password',
    'passw0rd',
    'p@ssw0rd',
    'p@ssword',
    'password1',
    'mypassword',
    'yourpassword',
    'newpassword',
    'changeme',
    'letmein',
    'welcome',
    'iloveyou',
    'sunshine',
    'princess',
    'football',
    'baseball',
    'basketball',
    'superman',
    'batman',
    'starwars',
    'trustno1',
    'dragon',
    'monkey',
    'master',
    'shadow',
    'michael',
    'jennifer',
    'jordan',
    'charlie',
    'freedom',
    'whatever',
    'computer',
    'internet',
    'qwertyuiop',
    'qwertyuiopasdfghjkl',
    'asdfghjkl',
    'zxcvbnm',
    'qwerty',
    'qwertz',
    'azerty',
    'azertyuiop',
    '1q2w3e4r',
    '1q2w3e4r5t',
    '1qaz2wsx',
    '1qaz2wsx3edc',
    'qazwsx',
    'qazwsxedc',
    'zaq12wsx',
    'abc123',
    'abcd1234',
    'a1b2c3d4',
    'admin',
    'administrator',
    'security',
    'secret',
    'police',
    'policeofficer',
    'officer',
    'academy',
    'vtacademy',
    'training',
    'trainee',
    'trainer',
    'counterterrorism',
    'terrorism',
    'summer',
    'winter',
    'spring',
    'autumn',
    'january',
    'december',
    'hello',
    'helloworld',
    'loveyou',
    'motdepasse',
    'bonjour',
    'soleil',
    'azerty123',
    'parol',
    'parol123',
    'privet',
    'kalimat',
    'marhaba',
    'allahakbar',
    'bismillah',
  ].map((word) => word.toLowerCase()),
);

const KEYBOARD_ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm', 'azertyuiop', 'qsdfghjklm', 'wxcvbn', 'abcdefghijklmnopqrstuvwxyz'];

/** True when the text is a run along a keyboard row or the alphabet (either direction), e.g. `1234567890`, `poiuytrewq`. */
function isSequence(text: string): boolean {
  const lower = text.toLowerCase();
  return KEYBOARD_ROWS.some((row) => {
    const both = row + row;
    const reversed = [...both].reverse().join('');
    return lower.length >= 4 && (both.includes(lower) || reversed.includes(lower));
  });
}

/** Why a password is too easy to guess, or undefined. `context` holds the account's own words (email, name). */
export function passwordProblem(password: string, context: string[] = []): string | undefined {
  if (password.length < 10) return 'must be at least 10 characters';
  const lower = password.toLowerCase();
  if (new Set(lower).size < 5) return 'is too easy to guess: use more different characters';
  const core = lower.replace(/[\d\W_]+$/u, '').replace(/^[\d\W_]+/u, '');
  if (COMMON.has(lower) || COMMON.has(core) || (core.length === 0 && isSequence(lower)) || isSequence(lower)) return 'is a common password: choose another';
  // A word repeated (`abcabcabcabc`, `passwordpassword`).
  if (/^(.{1,8})\1+$/u.test(lower)) return 'is too easy to guess: avoid repeating the same characters';
  for (const word of context.map((c) => c.toLowerCase().trim()).filter((c) => c.length >= 4)) {
    if (lower.includes(word)) return 'must not contain your email or name';
  }
  return undefined;
}

/** class-validator rule: see passwordProblem (without the account's context, which the services add). */
export function IsGuessResistant(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isGuessResistant',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        // Shorter ones are MinLength's to refuse, with its own message.
        validate: (value: unknown) => typeof value !== 'string' || value.length < 10 || passwordProblem(value) === undefined,
        defaultMessage: (args) => (typeof args?.value === 'string' ? (passwordProblem(args.value) ?? 'is too weak') : 'is too weak'),
      },
    });
}
