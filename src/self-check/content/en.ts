/**
 * The built-in instrument in English (plain language), the same items as content/nl.ts. Also the
 * content shown with a German interface.
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
            'We have one shared agenda and work on it together.',
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
      high: 'You have clear shared goals. Check together every year whether they still fit. Share them with new colleagues too.',
      reflection: 'What do you want to have achieved together a year from now?',
      desired: [
        'Each their own goals',
        'Knowing each other’s goals',
        'Aligning some goals',
        'Agreeing on goals together',
        'One shared agenda',
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
      label: 'Trust & closeness',
      description: 'Do you trust and know each other?',
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
          text: 'How well do you know how the partner works?',
          options: [
            'We know little about how the partner works.',
            'We know the partner mostly from one activity.',
            'We know how the partner works and what it finds important.',
            'We know the people, the work and the worries of the partner.',
            'We feel part of each other’s work.',
          ],
        },
      ],
      low: 'Get to know each other better. Visit the partner or shadow someone for a day. Start with small agreements and keep them.',
      high: 'There is a lot of trust. Use it to tackle harder things together. Also say so when something is not right.',
      reflection: 'When could you last really count on each other?',
      desired: [
        'Hardly knowing each other',
        'Trust for small things',
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
            'We decide together, and every partner can put things on the agenda.',
          ],
        },
        {
          text: 'Does your organisation have influence on the partnership?',
          options: [
            'No, we follow what the partner asks.',
            'Little: they ask our opinion, but little changes.',
            'Sometimes: our ideas are used now and then.',
            'Yes: our ideas really change things.',
            'Yes, and that is equally true for every partner.',
          ],
        },
      ],
      low: 'Agree on how you make decisions and who decides what. Ask the partner with less influence what it needs to take part in decisions.',
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
            'We share data regularly, with clear agreements.',
            'We collect and use data together.',
          ],
        },
      ],
      low: 'Start small: share a room, materials or an hour of a colleague’s time. Make clear agreements about what you share and for how long.',
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
          text: 'What does the partnership bring your organisation?',
          options: [
            'It costs us more than it brings.',
            'It mostly brings the partner something.',
            'It brings us something, but less than we hoped.',
            'It clearly brings every partner something.',
            'It brings every partner a lot, and also the people we work for.',
          ],
        },
      ],
      low: 'Make a list together: what does each partner put in, and what does each partner get back? Talk honestly about where it is out of balance.',
      high: 'Every partner gains from the partnership. Tell others about it too: it helps the partnership last.',
      reflection: 'What does this partnership cost you, and what does it bring?',
      desired: [
        'One partner carries all',
        'Unequally shared',
        'Reasonably balanced',
        'Fairly shared',
        'Everyone gains',
      ],
    },
    trekkerschap: {
      label: 'Roles & leadership',
      description: 'Is it clear who does what, and who leads the partnership?',
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
            'A fixed lead person, with time and a clear task.',
            'A fixed coordination team that supports the whole partnership.',
          ],
        },
      ],
      low: 'Agree on who leads the partnership and how much time that person gets for it. Write down briefly who does what.',
      high: 'The roles are clear. Also agree on who takes over when the lead person leaves, so the partnership does not stall.',
      reflection: 'What happens to the partnership if your lead person leaves tomorrow?',
      desired: [
        'Nobody leads',
        'One person, next to work',
        'A few lead people',
        'A fixed lead with time',
        'Fixed coordination',
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
      label: 'Measuring & learning together',
      description: 'Do you check together whether it works? Do you learn from it?',
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
          text: 'Do you stop together to look at what goes well and what could be better?',
          options: [
            'Never.',
            'Only when something goes wrong.',
            'Once a year, for example at an evaluation.',
            'At fixed moments, and then we change something.',
            'Regularly, and we share what we learn with others too.',
          ],
        },
      ],
      low: 'Choose together two or three things you want to follow up. Plan one moment a year to look back together.',
      high: 'You learn together. Share what you learn with other partners in the network too.',
      reflection: 'How can you see that the partnership works?',
      desired: [
        'Following nothing up',
        'Each following up alone',
        'Sometimes sharing experiences',
        'Agreeing what we follow up',
        'Measuring and adjusting together',
      ],
    },
    groei: {
      label: 'Growth & durability',
      description: 'Do you grow stronger together? Will the partnership last?',
      questions: [
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
        {
          text: 'Will the partnership last when something changes?',
          options: [
            'No, it depends on one project or one person.',
            'It runs as long as there is money or a project.',
            'We want to go on, but it is not arranged yet.',
            'There are agreements to keep working together in the coming years.',
            'The partnership is a fixed part of how we work.',
          ],
        },
      ],
      low: 'Discuss what you need to keep working together after this project. Make sure more colleagues know the partner.',
      high: 'Your partnership stands strong. Look together for new partners or new questions, so it keeps growing.',
      reflection: 'What needs to happen so that you still work together five years from now?',
      desired: [
        'One separate project',
        'While the project runs',
        'We want to go on',
        'Agreements for years',
        'Fixed part of our work',
      ],
    },
  },
};

export default text;
