/**
 * Informatics scenarios: your own projects and how you would think through real problems (alerts,
 * decision support, implementation, data quality, stakeholders, PDSA). Order matters: the planner
 * takes them from the top, so the broadest ones come first.
 */
import type { Question } from '../types.js';

export const INFORMATICS: Question[] = [
  {
    id: 'ehr-data-project',
    category: 'informatics',
    text: 'Tell me about a time you used data or the EHR to improve care.',
    shows:
      'Problem-solving with real data, collaboration across roles, and a measured result, even from a small project.',
    framework: 'star',
    hint: 'Name the data source, where the problem showed up in the workflow, what you changed with whom, and the number that moved. A spreadsheet or chart review counts.',
    followUps: ['How did you know the change caused the improvement?', 'What would you do next with that project?'],
    expectsInformatics: true,
  },
  {
    id: 'implementation-challenges',
    category: 'informatics',
    text: 'What are the biggest challenges in implementing health IT?',
    shows:
      'Understanding that the hard part is human and organisational (adoption, workflow, data quality, usability, equity), not the software.',
    framework: 'informatics-angle',
    hint: 'Name two or three challenges that mix technical and human factors, give an example you witnessed, and say how you would involve frontline users and measure the effect.',
    followUps: ['Which of those have you seen yourself?', 'How would you win over a resistant department?'],
    expectsInformatics: true,
  },
  {
    id: 'comfort-with-data',
    category: 'informatics',
    text: 'How comfortable are you with data and programming?',
    shows: 'An honest level of skill tied to clinical uses, plus a concrete learning plan; no overclaiming.',
    framework: 'direct',
    hint: 'Say exactly what you can do (tools, languages, one thing you built) and what you are learning now. If you do not code yet, say so and describe your plan.',
    followUps: ['Describe the last query or analysis you ran.', 'What would you like to learn in this program?'],
    expectsInformatics: true,
  },
  {
    id: 'alert-fatigue',
    category: 'informatics',
    text: 'An alert fires constantly and clinicians ignore it. What would you do?',
    shows:
      'A structured approach: look at firing and override data, talk to users, tune or retarget the alert, and measure safety and burden afterwards.',
    framework: 'problem-action-result',
    hint: 'Start with the data (how often it fires, override rate, who overrides and why), then options (retarget, change timing, make it passive, retire it) and how you would check the result.',
    followUps: ['What if pharmacy insists the alert must stay?', 'How would you know you made things less safe?'],
    expectsInformatics: true,
  },
  {
    id: 'cds-design',
    category: 'informatics',
    text: 'How would you design decision support for a common safety problem?',
    shows:
      'Knowledge that good CDS delivers the right information to the right person at the right point in the workflow, plus a plan to test and measure it.',
    framework: 'problem-action-result',
    hint: 'Pick a concrete problem (for example missed VTE prophylaxis), say who should see what and when, which format (order set, reminder, hard stop) and how you would measure uptake and harm.',
    followUps: ['When is a hard stop justified?', 'How would you pilot it?'],
    expectsInformatics: true,
  },
  {
    id: 'stakeholder-conflict',
    category: 'informatics',
    text: 'Clinicians and IT disagree about a build. How do you handle it?',
    shows:
      'That you can translate between clinical and technical teams, use data and clear criteria to reach a decision, and keep both sides respected.',
    framework: 'problem-action-result',
    hint: 'Describe how you would understand each side first, agree on what the build must achieve, bring data to the table and escalate through governance only if needed.',
    followUps: ['What if the CMIO overrules the clinicians?'],
    expectsInformatics: true,
  },
  {
    id: 'pdsa-cycle',
    category: 'informatics',
    text: 'Walk me through a PDSA cycle you ran or would run.',
    shows:
      'Understanding of small, measured test cycles: a prediction, a small test, data, and a decision to adopt, adapt or abandon.',
    framework: 'star',
    hint: 'Make each step concrete: what you planned and predicted, the small test you ran, what the data showed, and what you did next. Numbers make this answer.',
    followUps: ['What did the second cycle change?', 'How did you choose your measure?'],
    expectsInformatics: true,
  },
  {
    id: 'measure-ehr-change',
    category: 'informatics',
    text: 'How would you know whether an EHR change actually worked?',
    shows:
      'Thinking in outcome, process and balancing measures, with a baseline and a plan to watch for unintended harm.',
    framework: 'problem-action-result',
    hint: 'Name a baseline, one outcome measure, one process measure and one balancing measure (what could get worse), and how long you would watch them.',
    followUps: ['Where would you get that data?'],
    expectsInformatics: true,
  },
  {
    id: 'go-live-frustration',
    category: 'informatics',
    text: 'You are supporting a go-live and clinicians are frustrated. What do you do?',
    shows:
      'Calm at-the-elbow support, listening, triaging issues into quick fixes and real defects, and closing the loop with users.',
    framework: 'problem-action-result',
    hint: 'Describe how you would listen, fix what can be fixed on the spot, log the rest with clear priorities, and report back so users see their feedback acted on.',
    followUps: ['What would you escalate immediately?'],
    expectsInformatics: true,
  },
  {
    id: 'data-quality-problem',
    category: 'informatics',
    text: 'The numbers on a quality dashboard look wrong. What next?',
    shows:
      'Respect for data provenance: checking definitions, sources and documentation workflow before acting on a number.',
    framework: 'problem-action-result',
    hint: 'Walk through checking the metric definition, pulling sample charts to compare, tracing where the field is documented, and fixing the source rather than the report.',
    followUps: ['Who would you tell, and when?'],
    expectsInformatics: true,
  },
  {
    id: 'documentation-burden',
    category: 'informatics',
    text: 'How would you reduce documentation burden?',
    shows:
      'Balanced thinking about templates, copy-forward risks, what regulation really requires, and measuring time in the EHR.',
    framework: 'problem-action-result',
    hint: 'Separate what is required from what is habit, suggest one or two changes (shorter templates, auto-filled fields), and say how you would measure time saved and safety kept.',
    followUps: ['What are the risks of copy-forward?'],
    expectsInformatics: true,
  },
  {
    id: 'explain-interoperability',
    category: 'informatics',
    text: 'Explain interoperability to a new intern.',
    shows:
      'That you can explain technical ideas in plain clinical language with a concrete example, a core informatics skill.',
    framework: 'direct',
    hint: 'Use a patient example (results from another hospital that never arrive), then name what helps: shared standards such as HL7 and FHIR, and common codes such as LOINC.',
    followUps: ['What is the difference between HL7 v2 and FHIR?'],
    expectsInformatics: true,
  },
  {
    id: 'digital-equity',
    category: 'informatics',
    text: 'How could health IT widen disparities, and what would you do?',
    shows:
      'Awareness that portals, telehealth and algorithms can leave some patients behind, and practical ways to design and measure for equity.',
    framework: 'informatics-angle',
    hint: 'Give one concrete way technology can exclude patients (language, access, literacy), then how you would design, test and monitor for it.',
    followUps: ['How would you check an algorithm for bias?'],
    expectsInformatics: true,
  },
  {
    id: 'cpoe-safety',
    category: 'informatics',
    text: 'How does order entry prevent errors, and how can it cause them?',
    shows:
      'Balanced understanding of CPOE: legibility and checking on one side, wrong-patient orders, defaults and alert overload on the other.',
    framework: 'informatics-angle',
    hint: 'Name two ways CPOE makes ordering safer and two new error types it introduces, then one design fix for one of them.',
    followUps: ['Have you seen a wrong-patient order?'],
    expectsInformatics: true,
  },
  {
    id: 'explain-to-non-technical',
    category: 'informatics',
    text: 'Tell me about explaining something technical to a non-technical colleague.',
    shows: 'Translation skills: finding the clinical meaning of a technical idea and checking understanding.',
    framework: 'star',
    hint: 'Tell one real example: who needed to understand what, how you explained it (analogy, picture, example), and how you knew it landed.',
    followUps: ['What would you do differently with a senior physician?'],
    expectsInformatics: true,
  },
];
