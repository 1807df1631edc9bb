/**
 * Greeting a letter writer by the right name: the member's own marking of the family name wins,
 * and a name whose order is unclear is greeted in full as written rather than by a guessed part.
 */
import { describe, expect, it } from 'vitest';
import { salutationName } from '../../src/composers/lor-context.js';

describe('salutation: which part of the name is the family name', () => {
  it('greets a three-part name with no marked order in full, never by a given name', () => {
    expect(salutationName('Dr. Lim Hui Ling')).toBe('Dr. Lim Hui Ling');
    expect(salutationName('Prof. Chua Boon Keng, CMIO')).toBe('Prof. Chua Boon Keng');
    expect(salutationName('Dr. María José Herrera')).toBe('Dr. María José Herrera');
  });

  it('follows a bracketed remark that the family name comes first', () => {
    expect(salutationName('Dr. Ling Wei (family name first)')).toBe('Dr. Ling');
    expect(salutationName('Dr. Park Soo-jin (surname written first)')).toBe('Dr. Park');
  });

  it('follows a remark that names the family name', () => {
    expect(salutationName('Dr. Wei Ling (surname: Ling)')).toBe('Dr. Ling');
    expect(salutationName('Dr. Aditya Kumar (family name is Kumar)')).toBe('Dr. Kumar');
  });

  it('reads a family name written in capitals as the one to use', () => {
    expect(salutationName('Dr. TANAKA Hiroshi')).toBe('Dr. Tanaka');
    expect(salutationName('Dr. Hui Ling LIM')).toBe('Dr. Lim');
  });

  it('greets in full a two-part name whose given name is two hyphenated syllables', () => {
    expect(salutationName('Dr. Lim Hui-Ling')).toBe('Dr. Lim Hui-Ling');
  });

  it('keeps the usual title-and-surname greeting for a plain given-name-first name', () => {
    expect(salutationName('Dr. Marcus Bell')).toBe('Dr. Bell');
    expect(salutationName('Dr. Anna Smith-Jones')).toBe('Dr. Smith-Jones');
    expect(salutationName('Dr. Jean-Paul Martin')).toBe('Dr. Martin');
  });
});
