// Bundled demo project for Qualia: six fictional interviews about workplace
// learning at a fictional logistics company, coded independently by two
// researchers. All names, people and dialogue are invented for the demo.
//
// Codings are anchored by quotation: every `quote` must occur exactly once in
// its document's text. Transcripts use LF line endings and one speaker turn per
// paragraph, with a blank line between turns.


import { codings, COP, DOING, FORMAL, INFORMAL, LPP, MENTORING, REACH, SOCIAL, TECH } from './codings';
import { ANDRES, andresText, BEGONA, begonaText, INES, inesText, JOAQUIN, joaquinText, LUCIA, luciaText, MONICA, monicaText } from './transcripts';
import type { DemoData } from './types';

export const demoData: DemoData = {
  projectName: 'Demo — Learning at Norte Logística',

  coders: [
    { name: 'Ana', colour: '#1f77b4' },
    { name: 'Bruno', colour: '#d62728' },
  ],

  participants: [
    {
      name: 'Lucía',
      gender: 'female',
      tenure: 0.5,
      expertise: 'novice',
      area: 'Human Resources',
      mainTask: 'Onboarding paperwork for new hires',
    },
    {
      name: 'Andrés',
      gender: 'male',
      tenure: 1.5,
      expertise: 'novice',
      area: 'Sales',
      mainTask: 'Managing small-business accounts',
    },
    {
      name: 'Mónica',
      gender: 'female',
      tenure: 6,
      expertise: 'intermediate',
      area: 'Logistics',
      mainTask: 'Planning regional delivery routes',
    },
    {
      name: 'Begoña',
      gender: 'female',
      tenure: 4,
      expertise: 'intermediate',
      area: 'Finance',
      mainTask: 'Reconciling supplier invoices',
    },
    {
      name: 'Joaquín',
      gender: 'male',
      tenure: 20,
      expertise: 'expert',
      area: 'Warehouse Operations',
      mainTask: 'Supervising the central warehouse',
    },
    {
      name: 'Inés',
      gender: 'female',
      tenure: 12,
      expertise: 'expert',
      area: 'IT',
      mainTask: 'Maintaining the fleet-tracking system',
    },
  ],

  documents: [
    { name: LUCIA, participant: 'Lucía', text: luciaText },
    { name: ANDRES, participant: 'Andrés', text: andresText },
    { name: MONICA, participant: 'Mónica', text: monicaText },
    { name: BEGONA, participant: 'Begoña', text: begonaText },
    { name: JOAQUIN, participant: 'Joaquín', text: joaquinText },
    { name: INES, participant: 'Inés', text: inesText },
  ],

  codes: [
    {
      path: 'Learning',
      colour: '#4e79a7',
      definition:
        'Umbrella category for any account of how the participant came to know how to do their job. Prefer one of the child codes; use the parent only when no child fits.',
    },
    {
      path: LPP,
      colour: '#f28e2b',
      definition:
        'Legitimate peripheral participation: the newcomer is given simple, low-risk tasks at the edge of the work and is moved step by step towards full participation.',
      inclusion:
        'Sequences of tasks from easy to difficult; observing before acting; the moment of being trusted with more; starting to teach the next newcomer.',
      exclusion:
        'Learning through trial and error without a managed progression (use Learning by doing).',
      example: 'For the first days they only do labelling and scanning.',
    },
    {
      path: MENTORING,
      colour: '#e15759',
      definition:
        'A named, more experienced person guides the participant one to one, by demonstrating, checking work or giving advice.',
      inclusion: 'Shadowing a senior colleague; a supervisor reviewing work; being sponsored or encouraged by someone.',
      exclusion: 'Help from the group at large with no particular person (use Community of practice or Informal learning).',
      example: 'She let me shadow her for the first three weeks.',
    },
    {
      path: INFORMAL,
      colour: '#76b7b2',
      definition:
        'Learning that happens outside any planned activity: overhearing, watching others, casual conversations, asking around.',
      inclusion: 'Watching and copying colleagues; chats at coffee or shift change; searching a team channel.',
      exclusion: 'Structured one-to-one guidance (use Mentoring); doing the task oneself (use Learning by doing).',
      example: 'You watched the older guys and you copied them.',
    },
    {
      path: DOING,
      colour: '#59a14f',
      definition: 'The participant learns by carrying out the work themselves, including making and fixing mistakes.',
      inclusion: 'Trial and error; being left alone with a task; learning from a specific mistake.',
      exclusion: 'A deliberate progression of tasks organised by others (use LPP).',
      example: 'You only learn that by doing it, by getting it wrong a few times.',
    },
    {
      path: FORMAL,
      colour: '#edc948',
      definition:
        'Planned, organised training provided by the organisation: induction, classroom or online courses, certifications, departmental visits.',
      inclusion: 'Any mention of a course or induction, including evaluations of its usefulness.',
      exclusion: 'General opinions about technology for learning with no specific course (use Technology attitude).',
      example: 'The induction, and a two-day course on the accounting system.',
    },
    {
      path: COP,
      colour: '#b07aa1',
      definition:
        'A group of colleagues who share a practice and regularly exchange knowledge about it, with shared tools, routines or stories.',
      inclusion: 'Team channels, shared notebooks or folders, recurring meetings where problems are pooled.',
      exclusion: 'Formal team structure or reporting lines with no knowledge exchange.',
      example: 'We have a notebook, a real paper notebook, where the planners write down the strange things about customers.',
    },
    {
      path: TECH,
      colour: '#ff9da7',
      definition:
        "The participant's overall stance towards using technology, e-learning platforms or online courses for learning at work. Always give a weight.",
      inclusion: 'Explicit evaluations, preferences and predictions about technology for learning.',
      exclusion: 'Technology used for the job itself rather than for learning.',
      example: 'For me, technology is the easiest way to learn at your own pace.',
      weight: {
        min: -2,
        max: 2,
        labels: {
          '-2': 'highly sceptical',
          '-1': 'sceptical',
          '0': 'neutral',
          '1': 'supportive',
          '2': 'highly supportive',
        },
      },
    },
    {
      path: 'E-learning',
      colour: '#9c755f',
      definition:
        'Experiences with specific e-learning courses or platforms. Prefer one of the child codes; use the parent only when no child fits.',
    },
    {
      path: SOCIAL,
      colour: '#bab0ac',
      definition:
        'Online learning described as solitary: no one to ask, practise with or talk to, or the absence of other people noticed.',
      inclusion: 'Complaints about passivity or isolation; contrasts with the social side of classrooms or webinars.',
      exclusion: 'Complaints about content, length or technical problems that do not concern other people.',
      example: 'Online you click next, next, next and nobody knows you were there.',
    },
    {
      path: REACH,
      colour: '#17becf',
      definition: 'Online learning valued because it can be done at any time or place, or reaches people who are far away.',
      example: 'The recordings get watched by people in the regional offices who could never come to the headquarters.',
    },
  ],

  codings,

  themes: [
    {
      name: 'Informal learning outweighs formal courses',
      description:
        'Across areas and levels of expertise, participants credit colleagues, mentors and the work itself with most of what they know, while inductions and courses are remembered as useful for orientation at best.',
      codes: [INFORMAL, MENTORING, FORMAL],
    },
    {
      name: 'Attitudes to e-learning range from sceptical to supportive',
      description:
        'Views on technology for learning run from outright rejection in the warehouse to enthusiasm among newer office staff, yet even supporters notice that online courses leave them without anyone to talk to.',
      codes: [TECH, SOCIAL],
    },
  ],
};
