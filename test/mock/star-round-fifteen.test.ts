/**
 * STAR readings of round fifteen, held by short answers of our own (not corpus items): a result
 * told as an end state (a habit of others that stopped, others asking to take the work further, a
 * measure at two times, a thing in use "these days") and not as an own draft finished, a hope, a
 * quoted claim or a dated setting; a task told as a charge on a group, a duty or an open question
 * nobody owned, a role with a possessive or a request in direct speech, and not as a decision to
 * act or a goal for the future; perceiving others act is no action; more wordings of a question
 * to the program.
 */
import { describe, expect, it } from 'vitest';
import { answerFeedback } from '../../src/mock/feedback.js';
import { answerKind, detectStar } from '../../src/mock/star.js';

const STORY = 'Tell me about a time you solved a problem at work.';
const WHY = 'Why clinical informatics?';

describe('a result told as an end state', () => {
  it.each([
    'In my rotation in Jaipur the lab kept rejecting my urine samples for missing times. I added the time field to our order template and showed the interns where it was. For the rest of the block the lab did not reject a single one of our samples.',
    'At the clinic in Suva I made a short checklist for the evening handover and used it myself for a week. Before the month was out the head nurse asked me to take the checklist to the other three wards too.',
    'On the renal unit in Lyon I sorted the dialysis slots by the time each patient arrived. I moved the late arrivals to the afternoon list. The average wait was 55 minutes in March and 20 minutes by June.',
    'At the clinic in Suva I made a handover checklist and used it for a month. The matron asked us to explain it to the other surgical wards.',
    'In 2021 in Quito I wrote a one-page guide to ordering blood in the new record. I ran two sessions for the interns. These days the guide is handed to every new doctor on their first morning.',
  ])('is read in "%s"', (answer) => {
    expect(detectStar(answer, STORY).result).toBe(true);
  });

  it.each([
    'Last year in Dhaka I collected the readmission data for our clinic. I finished the slides the night before and presented them at the department meeting.',
    'In my residency in Cairo I wrote a proposal for a duplicate-test warning and took it to the IT committee. I am hopeful it will cut repeat orders once it goes live.',
    "At my hospital in Abuja the night registrar would just say 'everyone is stable' and go home. I built a list of overnight results and asked each registrar to tick the ones they had seen.",
    'In 2022, at the rural clinic where I worked in Malawi, the power failed and the vaccine fridge stopped working. I moved the vaccines to cool boxes and rang the district office for a generator.',
  ])('is not read in "%s"', (answer) => {
    expect(detectStar(answer, STORY).result).toBe(false);
  });
});

describe('a task told without "my task was"', () => {
  it.each([
    'In 2021 in Lviv three registrars resigned, and the hospital expected the four of us who remained to cover the whole take. I split the rota into shorter shifts.',
    "At the hospital in Quito discharge letters were nobody's job. I made a template in the record and sent each letter myself.",
    'On the ward in Izmir I asked the charge nurse how many bed alarms were real, and she said no one had ever checked. So I went through a month of the alarm log.',
    "In my third year in Beirut I was the interns' representative on the prescribing group, so I collected forty examples of screen errors.",
    'When I started at the clinic in Cali, the director said, fine, you learn the new record and you teach the others. I stayed late and went through every screen.',
  ])('is read in "%s"', (answer) => {
    expect(detectStar(answer, STORY).task).toBe(true);
  });

  it('is read in a charge that adds to what the member already did', () => {
    const answer =
      'On the ward in Pune I rewrote the potassium protocol. The consultant then wanted me to cover the weekend ward round too, and I did it with the new sheet.';
    expect(detectStar(answer, STORY).task).toBe(true);
  });

  it.each([
    'As an intern in Nairobi I saw a registrar change plans without telling the nurses. I decided to speak with him after the shift, and I showed him two charts where doses had clashed.',
    'At the hospital in Accra the night results were often unread. I built a list of results nobody had looked at and printed it for the morning round.',
  ])('is not read in "%s"', (answer) => {
    expect(detectStar(answer, STORY).task).toBe(false);
  });

  it('is not read in a goal for the future outside a story', () => {
    const answer =
      'My goal is to lead decision support for a health system, and I hope to publish on how the tools are used. A fellowship is the next step toward that goal.';
    expect(detectStar(answer, 'What are your career goals?').task).toBe(false);
  });
});

describe('perceiving someone else act is not an action', () => {
  it.each([
    'I have seen nurses copy the same vital signs into three systems, and I want to fix that with better design of the record.',
    'I grew up watching my father run a clinic and make decisions for the whole town, and I want to build tools for doctors like him.',
  ])('in "%s"', (answer) => {
    expect(detectStar(answer, WHY).action).toBe(false);
  });

  it('seeing patients is still care given', () => {
    const answer =
      'During my internship in Accra I was alone on the ward one Saturday. I saw all twenty-two patients before noon and phoned two families.';
    expect(detectStar(answer, STORY).action).toBe(true);
  });
});

describe('a question to the program in other words', () => {
  it.each([
    'What would you like to know about our fellowship?',
    'Is there anything you want to learn about our team?',
    'Before we finish, what else would you like to find out about the program?',
  ])('"%s" asks for the member\'s questions: no too-short note', (question) => {
    expect(answerKind(question)).toBe('to-program');
    const ids = answerFeedback(question, 'How do fellows pick their main project?').notes.map((n) => n.id);
    expect(ids).not.toContain('too-short');
  });

  it('"What would you like to learn about the field?" is not one', () => {
    expect(answerKind('What would you like to learn about the field?')).not.toBe('to-program');
  });
});
