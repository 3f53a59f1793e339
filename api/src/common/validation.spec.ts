import { BadRequestException, ValidationPipe, type ArgumentMetadata } from '@nestjs/common';
import fc from 'fast-check';
import { ProgressDto } from '../enrolments/dto/enrolment.dto.js';
import { compiledCheck, createValidationPipe, VALIDATION_OPTIONS } from './validation.js';

const body: ArgumentMetadata = { type: 'body', metatype: ProgressDto, data: '' };
/** The pipe as it was before the compiled fast path: class-transformer + class-validator only. */
const classValidatorOnly = new ValidationPipe(VALIDATION_OPTIONS);
const accepts = (pipe: ValidationPipe, value: unknown) =>
  pipe.transform(value, body).then(
    () => true,
    () => false,
  );

/** Bodies near the rules' edges: right and wrong types, bounds, patterns, unknown and missing fields. */
const anyValue = fc.oneof(fc.anything(), fc.integer(), fc.double(), fc.string(), fc.constant(null));
const progressLike = fc.record(
  {
    seq: fc.oneof(fc.integer({ min: -2, max: 3 }), fc.constantFrom(2_147_483_647, 2_147_483_648, 1.5, '1', 1e3), anyValue),
    lessonId: fc.oneof(fc.stringMatching(/^[a-z][a-z0-9-]{0,5}$/), fc.constantFrom('A1', 'a'.repeat(100), 'a'.repeat(101), 'a1-l1\n', ''), anyValue),
    event: fc.oneof(fc.constantFrom('viewed', 'reached-end', 'completed', 'VIEWED', 'deleted'), anyValue),
    extra: anyValue,
  },
  { requiredKeys: [] },
);

const validProgress = fc.record({
  seq: fc.integer({ min: 1, max: 2_147_483_647 }),
  lessonId: fc.stringMatching(/^[a-z][a-z0-9-]{0,30}$/),
  event: fc.constantFrom('viewed', 'reached-end', 'completed'),
});

describe('the compiled fast path for ProgressDto', () => {
  it('accepts exactly the bodies class-validator accepts', async () => {
    const check = compiledCheck(ProgressDto);
    expect(check).toBeDefined();
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof(validProgress, progressLike, anyValue), async (value) => {
        const expected = await accepts(classValidatorOnly, value);
        expect(check?.(value)).toBe(expected);
        if (expected) accepted++;
      }),
      { numRuns: 3000 },
    );
    // Both sides of the property were exercised, not only refusals.
    expect(accepted).toBeGreaterThan(500);
  });

  it('passes a valid body on unchanged', async () => {
    const value = { seq: 3, lessonId: 'a1-l2', event: 'completed' };
    expect(await createValidationPipe().transform(value, body)).toEqual(value);
  });

  it.each([
    [{ seq: 0, lessonId: 'a1-l1', event: 'viewed' }],
    [{ seq: 1, lessonId: 'A1', event: 'viewed', admin: true }],
    [{ lessonId: 'a1-l1' }],
    ['not an object'],
  ])('refuses %p with the same field errors as class-validator alone', async (value) => {
    const errorOf = async (pipe: ValidationPipe) => {
      try {
        await pipe.transform(value, body);
      } catch (error) {
        return error;
      }
      throw new Error('accepted');
    };
    const fast = (await errorOf(createValidationPipe())) as BadRequestException;
    const slow = (await errorOf(classValidatorOnly)) as BadRequestException;
    expect(fast).toBeInstanceOf(BadRequestException);
    expect(fast.getResponse()).toEqual(slow.getResponse());
    expect((fast.getResponse() as { errors: unknown[] }).errors.length).toBeGreaterThan(0);
  });

  it('does not apply to DTOs that are not marked', () => {
    expect(compiledCheck(class Unmarked {})).toBeUndefined();
  });
});
