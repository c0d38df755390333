/** The self-check's first screen in English: the intro's texts and the built-in instrument's title, intro and sources. */
import type { IntroTexts } from './index.js';

const en: IntroTexts = {
  duration: 'Takes about 10 minutes.',
  parts: '{dimensions} parts, each with {questions} questions and one extra question that is optional.',
  partsMixed:
    '{dimensions} parts with {questions} questions in all. Each part also has one extra question that is optional.',
  privacy: 'Your answers stay on this device, in this browser. Nothing is sent to a server.',
  privacyOptIn:
    'Your answers stay on this device, in this browser. Only if you choose so at the end do we send the scores, anonymously.',
  pause: 'You can stop and continue later.',
  howTo:
    'Think of one partnership. For each question, choose the description that fits best. Don’t know? Choose “Don’t know”. Does a question not fit your partnership? Choose “Does not apply”.',
  contentNote: '',
  start: 'Start the self-check',
  about: 'About this self-check',
  noStorage: 'Your browser does not keep the answers. Keep this page open until you are done.',
  builtin: {
    title: 'Partnership self-check',
    intro:
      'This self-check looks at one partnership. For example between a school and a welfare organisation, a city service, a university college or a company.\n\n' +
      'You see where you stand: from working side by side to integrating. You also see what already works well and what you can work on together.',
    about:
      'The Samen Onderwijs Maken network wrote these questions itself. They rest on research about partnerships:\n\n' +
      'Bringle, Clayton & Price (2009), Partnerships in service learning and civic engagement: the SOFAR model. A relationship grows stronger with more closeness (more contact, more kinds of activities, more mutual influence), equity (a fair give and take) and integrity (shared values).\n\n' +
      'Clayton, Bringle, Senor, Huq & Morrison (2010): the Transformational Relationship Evaluation Scale (TRES). Each question has answers that go from little to well developed. TRES II also asks where partners want to go.\n\n' +
      'The Collaboration Spectrum of the Tamarack Institute: from competing and co-existing, through coordinating, to collaborating, integrating and collective impact. Along the spectrum trust grows and each partner protects its own turf less. Collective impact is for networks of many partners, not for two.\n\n' +
      'Kania & Kramer (2011), Collective Impact: five conditions. A common plan, shared measurement, activities that reinforce each other, continuous communication and an organisation that supports it all (the backbone).\n\n' +
      'Mattessich & Johnson (2018), the Wilder Collaboration Factors Inventory. It measures similar factors with agree/disagree. We work with descriptions and compare with where you want to go yourselves.\n\n' +
      'Frey, Lohmeier, Lee & Tollefson (2006): when two partners rate the same partnership differently, that is not a mistake. It is a point to talk about together.\n\n' +
      'The levels are rules of thumb. They have not been tested scientifically.',
  },
};
export default en;
