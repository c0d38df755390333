/**
 * The built-in instrument in English (plain language), the same items as content/nl.ts. Also the
 * content shown with an interface language that has no content of its own.
 */
import type { InstrumentText } from '../instrument.js';

const text: InstrumentText = {
  dimensions: {
    'gedeelde-doelen': {
      label: 'Shared goals',
      description: 'Do you know what you want to achieve together?',
      questions: [
        {
          text: 'How well do you know each other’s goals?',
          options: [
            'We do not know the partner’s goals.',
            'We roughly know what the partner wants to achieve.',
            'We know each other’s goals and see where they overlap.',
            'We have agreed on a few goals together.',
            'We have one joint plan and work on it together.',
          ],
        },
        {
          text: 'Do your goals fit the mission of each partner?',
          options: [
            'One partner sets the goals.',
            'We sometimes ask what the other partner finds important.',
            'We take each other’s mission into account, but not always.',
            'Our goals fit the mission of each partner.',
            'Our goals make the mission of each partner stronger.',
          ],
        },
      ],
      low: 'Plan a conversation about what each partner wants to achieve. Write down together one or two goals that matter to both of you.',
      mid: 'You know each other’s goals. Now choose together one goal you both want to reach, and write down how you will see that it works.',
      high: 'You have clear shared goals. Check together every year whether they still fit. Share them with new colleagues too.',
      reflection: 'What do you want to have achieved together a year from now?',
      desired: [
        'Not knowing each other’s goals',
        'Roughly knowing what the other wants',
        'Knowing each other’s goals',
        'Agreeing on a few goals',
        'One joint plan',
      ],
    },
    waarden: {
      label: 'Shared values',
      description: 'Do you share the same values, and do you act on them?',
      questions: [
        {
          text: 'Do you know what each partner finds important in dealing with pupils, families and residents?',
          options: [
            'We have never talked about it.',
            'We roughly know, but we never said it out loud.',
            'We have discussed it and see where we agree.',
            'We have written down together which values we share.',
            'Our shared values guide how we work and decide together.',
          ],
        },
        {
          text: 'Do you do what you agreed, also when it gets hard?',
          options: [
            'No, agreements often stay on paper.',
            'Sometimes, when it suits us.',
            'Mostly, but not always when it gets busy.',
            'Yes, and we speak to each other when it does not work.',
            'Yes, even when it costs us something.',
          ],
        },
      ],
      low: 'Tell each other what you find important in working with pupils, families and the neighbourhood. Look for what you share.',
      mid: 'You know each other’s values. Write down the two or three most important ones together, and check whether you act on them.',
      high: 'You act on shared values. Tell new colleagues about them and use them when you make hard choices.',
      reflection: 'When did you have to choose between what was easy and what you find important?',
      desired: [
        'Not talking about it',
        'Roughly knowing',
        'Discussed',
        'Written down together',
        'Values guide our work',
      ],
    },
    communicatie: {
      label: 'Contact & communication',
      description: 'How often and how openly are you in touch?',
      questions: [
        {
          text: 'How often are you in touch?',
          options: [
            'Almost never, only when there is a problem.',
            'A few times a year.',
            'Regularly, but mostly around one activity.',
            'At fixed moments, and in between when needed.',
            'Often and easily, between different people in our organisations.',
          ],
        },
        {
          text: 'How open is the contact?',
          options: [
            'We only pass on practical information.',
            'We say what we do, but we ask little.',
            'We listen to each other and ask questions.',
            'We say honestly what goes well and what does not.',
            'We also share doubts and new ideas, before anything is decided.',
          ],
        },
      ],
      low: 'Agree on fixed moments to catch up, for example once a month. Choose one fixed contact person at each partner.',
      mid: 'Contact is working. Agree on what you always tell each other, and make time for doubts and new ideas too.',
      high: 'The contact works well. Make sure it does not depend on one or two people: involve other colleagues too.',
      reflection: 'What do you not tell each other now, although it would help?',
      desired: [
        'Contact when we must',
        'A few times a year',
        'Regular contact',
        'Fixed moments, open talks',
        'Easy and open contact',
      ],
    },
    vertrouwen: {
      label: 'Trust & turf',
      description: 'Do you trust each other? Or does each partner mainly protect its own turf?',
      questions: [
        {
          text: 'How much trust is there between you?',
          options: [
            'We know each other too little to trust each other.',
            'We trust each other for small agreements.',
            'We trust that the partner does what it promises.',
            'We dare to count on each other, also when things get hard.',
            'We trust each other fully and stand up for each other.',
          ],
        },
        {
          text: 'How do you deal with each other’s turf (pupils, families, money, visibility)?',
          options: [
            'We see each other as competitors.',
            'Each partner mainly guards its own turf.',
            'We agree on who does what, so we do not get in each other’s way.',
            'We let the partner onto our turf when that helps.',
            'We no longer think in turf: we look at what people need.',
          ],
        },
      ],
      low: 'Get to know each other better. Visit the partner or shadow someone for a day. Start with small agreements and keep them.',
      mid: 'There is trust for agreements. Also say what worries you about your own turf: then you can do something about it together.',
      high: 'There is a lot of trust. Use it to tackle harder things together. Also say so when something is not right.',
      reflection: 'When could you last really count on each other?',
      desired: [
        'Too little trust',
        'Trust for small agreements',
        'Keeping agreements',
        'Counting on each other',
        'Full trust',
      ],
    },
    activiteiten: {
      label: 'Acting together',
      description: 'How much do you do together, and does it make each other stronger?',
      questions: [
        {
          text: 'What do you do together?',
          options: [
            'We do nothing together yet.',
            'We worked together once, for one activity.',
            'We do a few activities together.',
            'We do different kinds of activities together.',
            'We do a lot together, in different places and at different levels.',
          ],
        },
        {
          text: 'How do your activities fit together?',
          options: [
            'Our activities are separate from each other.',
            'We know what the other does, but we do not align.',
            'We align, so that we do not get in each other’s way.',
            'Our activities complement each other.',
            'Our activities make each other stronger and form one whole.',
          ],
        },
      ],
      low: 'Find one concrete activity you can do together. Keep it small and doable. Look back on it together afterwards.',
      mid: 'You already do something together. See which activities could complement each other, and start with one.',
      high: 'You do a lot together. Check whether every activity still fits your goals. Dare to stop what no longer works.',
      reflection: 'Which activity of the partner could make yours stronger?',
      desired: [
        'Each on our own',
        'Something together now and then',
        'A few activities together',
        'Activities that complement',
        'One whole',
      ],
    },
    invloed: {
      label: 'Mutual influence',
      description: 'Do you decide together? Does every partner’s voice count?',
      questions: [
        {
          text: 'Who makes the decisions about the partnership?',
          options: [
            'One partner decides everything.',
            'One partner decides. The other may sometimes give ideas.',
            'We consult, but one partner has the last word.',
            'We decide most things together.',
            'We decide together, and every partner can raise a topic.',
          ],
        },
        {
          text: 'Does your organisation have influence on the partnership?',
          options: [
            'No, my organisation follows what the partner asks.',
            'Little: the partner asks our opinion, but little changes.',
            'Sometimes: our ideas are used now and then.',
            'Yes: our ideas really change things.',
            'Yes, and that is equally true for every partner.',
          ],
        },
      ],
      low: 'Agree on how you make decisions and who decides what. Ask the partner with less influence what it needs to take part in decisions.',
      mid: 'You consult each other. Agree which decisions you really make together, and ask whether every partner feels heard.',
      high: 'You really decide together. Ask now and then whether every partner feels heard too, especially when new people join.',
      reflection: 'Which decision of the past year did you really make together?',
      desired: [
        'One partner decides',
        'Giving ideas is welcome',
        'Consulting, one decides',
        'Mostly deciding together',
        'Together, with an equal voice',
      ],
    },
    stemmen: {
      label: 'Voices that count',
      description: 'Do pupils, parents and residents have a voice? Are there voices missing?',
      questions: [
        {
          text: 'How do you hear what pupils, parents and residents want?',
          options: [
            'We do not ask them.',
            'We sometimes hear it, through one person or by chance.',
            'We ask their opinion afterwards, for example in a survey.',
            'We ask their opinion from the start, and act on it.',
            'They take part in decisions, for example in a working group.',
          ],
        },
        {
          text: 'Are there groups you do not reach or do not hear?',
          options: [
            'We do not know: we have never looked.',
            'Yes, and we do nothing about it yet.',
            'Yes, we know which ones, and we look for ways to reach them.',
            'We reach most groups, including people who speak up less.',
            'We reach everyone and regularly ask them who is still missing.',
          ],
        },
      ],
      low: 'Ask a few pupils, parents or residents what they expect from the partnership. Listen, and tell them what you do with it.',
      mid: 'You already hear some voices. Look together at who is still missing, and ask their opinion from the start.',
      high: 'Pupils, parents and residents count. Keep asking who is still missing: that changes over time.',
      reflection: 'Are there voices missing? Whom have you never asked?',
      desired: ['Not asking', 'Hearing sometimes', 'Asking afterwards', 'Asking from the start', 'Deciding with them'],
    },
    middelen: {
      label: 'Sharing resources',
      description: 'Do you share people, money, space or data?',
      questions: [
        {
          text: 'Which resources do you use together?',
          options: [
            'Each partner only uses its own resources.',
            'We lend something now and then, such as a room or materials.',
            'We regularly share staff time or space.',
            'We put in people and money together for a shared project.',
            'We manage part of our resources together.',
          ],
        },
        {
          text: 'Do you share information and data?',
          options: [
            'We do not share information.',
            'We share information when someone asks for it.',
            'We share useful information without being asked.',
            'We share data with clear agreements, within professional secrecy.',
            'We agreed together which data we share and which we do not, and we keep to it.',
          ],
        },
      ],
      low: 'Start small: share a room, materials or an hour of a colleague’s time. Make clear agreements about what you share and for how long.',
      mid: 'You already share some things. Write down what you share and what not, including which data may and may not be shared (professional secrecy).',
      high: 'You share a lot. Write the agreements down, so that sharing keeps working when people change.',
      reflection: 'What does one partner have that the other could use well?',
      desired: [
        'Each their own resources',
        'Lending now and then',
        'Sharing regularly',
        'Putting in together',
        'Managing together',
      ],
    },
    wederkerigheid: {
      label: 'Reciprocity',
      description: 'Is the give and take fair? Does every partner gain something?',
      questions: [
        {
          text: 'How is the work shared?',
          options: [
            'One partner does almost all the work.',
            'One partner does much more than the other.',
            'The work is shared reasonably, but not always.',
            'The work is shared fairly, according to what each partner can do.',
            'The work is shared fairly, and we help each other when it is busy.',
          ],
        },
        {
          text: 'How satisfied is your organisation with what the partnership brings?',
          options: [
            'Not satisfied: it costs us more than it brings.',
            'Hardly satisfied: it mainly brings something to the partner.',
            'Fairly satisfied: it brings us something, but less than we hoped.',
            'Satisfied: it clearly brings something to each partner.',
            'Very satisfied: it brings a lot to each partner, and to the people we work for.',
          ],
        },
      ],
      low: 'Make a list together: what does each partner put in, and what does each partner get back? Talk honestly about where it is out of balance.',
      mid: 'The balance is almost there. Ask each other what the partnership brings each of you, and what is still missing.',
      high: 'Every partner gains from the partnership. Tell others about it too: it helps the partnership last.',
      reflection: 'What does this partnership cost each partner, and what does it bring each?',
      desired: [
        'Each looks after itself',
        'One partner does much more',
        'Reasonably shared',
        'Fairly shared',
        'Fairly shared, helping each other',
      ],
    },
    trekkerschap: {
      label: 'Roles & support',
      description: 'Is it clear who does what, and who supports the partnership?',
      questions: [
        {
          text: 'Is it clear who does what?',
          options: [
            'No, nobody really knows who does what.',
            'A little: we agree on it for each activity.',
            'Yes, for most tasks it is clear.',
            'Yes, the roles are written down and everyone knows them.',
            'Yes, and we look at the roles again together when needed.',
          ],
        },
        {
          text: 'Who keeps the partnership going?',
          options: [
            'Nobody: it runs by itself, or it stops.',
            'One person, next to their usual work.',
            'A few people, but without set time for it.',
            'One person has the fixed role, with time and a clear task.',
            'An organisation or team supports the whole partnership (a ‘backbone’).',
          ],
        },
      ],
      low: 'Agree on who keeps the partnership going and how much time there is for it. Write down briefly who does what.',
      mid: 'Most tasks are clear. Agree on who keeps the partnership going and how much time there is for it.',
      high: 'The roles are clear. Agree on who takes over when someone leaves, so the partnership does not stall.',
      reflection: 'What happens to the partnership if the person who keeps it going leaves tomorrow?',
      desired: [
        'Nobody knows who does what',
        'Agreeing per activity',
        'Most tasks are clear',
        'Roles on paper, with time',
        'Adjusting roles together, with support',
      ],
    },
    verschillen: {
      label: 'Dealing with differences',
      description: 'How do you deal with other opinions, expectations and conflicts?',
      questions: [
        {
          text: 'What do you do when you disagree?',
          options: [
            'We do not talk about it.',
            'One partner usually gives in.',
            'We talk about it, but sometimes it stays unresolved.',
            'We look together for a solution we can both work with.',
            'We see another opinion as a chance to find something better.',
          ],
        },
        {
          text: 'Do you know each other’s expectations?',
          options: [
            'No, we are often surprised.',
            'We only say what we expect when things go wrong.',
            'We discuss our expectations at the start.',
            'We discuss our expectations at the start and along the way.',
            'We discuss them regularly and adjust our plans together.',
          ],
        },
      ],
      low: 'Discuss at the start what each partner expects. Agree on how you raise a problem. Plan a moment along the way to adjust.',
      mid: 'You talk about differences. Also plan a moment in between to discuss expectations, not only when something goes wrong.',
      high: 'You deal well with differences. Keep making room for other opinions, also from people who speak up less easily.',
      reflection: 'Which difference between you have you not talked about yet?',
      desired: [
        'Avoiding differences',
        'One partner gives in',
        'Talking about it',
        'Finding solutions together',
        'Differences as a chance',
      ],
    },
    leren: {
      label: 'Learning & growing together',
      description: 'Do you check together whether it works? Do you grow stronger together?',
      questions: [
        {
          text: 'Do you follow up together on what the partnership achieves?',
          options: [
            'No, we do not follow anything up.',
            'Each partner follows up separately on what it finds important.',
            'We sometimes share our figures or experiences.',
            'We agreed together on what we follow up.',
            'We follow the same results together and adjust based on them.',
          ],
        },
        {
          text: 'Do your organisations grow stronger through the partnership?',
          options: [
            'No, nothing changes.',
            'A few people learn something from it.',
            'We learn from each other and sometimes use it.',
            'We work differently because of what we learn from each other.',
            'We grow together and make things we could not make alone.',
          ],
        },
      ],
      low: 'Choose together two or three things you want to follow up. Plan one moment a year to look back together.',
      mid: 'You sometimes share experiences. Agree together what you follow up and when you look back together.',
      high: 'You learn together. Share what you learn with other partners in the network too.',
      reflection: 'How can you see that the partnership works?',
      desired: [
        'Following nothing up',
        'Each following up alone',
        'Sometimes sharing experiences',
        'Agreeing what we follow up',
        'Following up and adjusting together',
      ],
    },
  },
};

export default text;
