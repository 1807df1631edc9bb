import { describe, expect, it } from 'vitest';
import { outOfScope } from '../../src/knowledge/scope.js';

// Newcomer trial 16: a US-trained internist abroad named his Saudi licence while asking whether he
// needs a US state licence for the fellowship, and was told the guides don't cover other countries'
// licensing. A US state licence or board is US training's own. Our own wordings.
describe('a US licence question stays in scope though another country’s licence is named', () => {
  it.each([
    'I dont have a US medical license, only saudi SCFHS. do i need a state license before i start fellowship?',
    'only have my DHA licence from Dubai right now - will the state board give me a training license for CI fellowship?',
    'my licence is with the Qatar ministry (QCHP). Is a US licence needed to apply or only to start?',
    'licensed by SCFHS in Saudi for now, which state boards want Step 3 before a training license?',
  ])('"%s" is answered', (q) => {
    expect(outOfScope(q)?.id).not.toBe('other-country');
  });

  it.each([
    'how do I get the SCFHS license in Riyadh after my US fellowship?',
    'is the saudi prometric exam harder than step 2?',
    'In Ireland, how do I get onto the specialist register with my Indian MD?',
    'what is the DHA licence process for a US board certified internist moving to Dubai?',
  ])('"%s" is still another country’s licensing', (q) => {
    expect(outOfScope(q)).toBeDefined();
  });
});
