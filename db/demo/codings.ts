// The two coders' independent codings of the demo, anchored by quotation:
// every `quote` occurs exactly once in its document's text.
import type { DemoCoding } from './types';
import { ANDRES, BEGONA, INES, JOAQUIN, LUCIA, MONICA } from './transcripts';

export const MENTORING = 'Learning > Mentoring';
export const LPP = 'Learning > LPP';
export const INFORMAL = 'Learning > Informal learning';
export const DOING = 'Learning > Learning by doing';
export const FORMAL = 'Learning > Formal training';
export const COP = 'Community of practice';
export const TECH = 'Technology attitude';
export const SOCIAL = 'E-learning > Lack of social interaction';
export const REACH = 'E-learning > Flexibility and reach';

export const codings: DemoCoding[] = [
    // ── Interview 1 — Lucía ────────────────────────────────────────────────
    { coder: 'Ana', document: LUCIA, quote: 'She has been in the team for nine years and she let me shadow her for the first three weeks.', codes: [MENTORING] },
    { coder: 'Ana', document: LUCIA, quote: "Then one day she just said, now you do this one and I'll check it.", codes: [LPP] },
    { coder: 'Ana', document: LUCIA, quote: 'Now I do the seasonal ones on my own, and last month I even explained the process to a new intern.', codes: [LPP] },
    { coder: 'Ana', document: LUCIA, quote: 'La verdad, aprendí más con Rocío que en cualquier curso en línea.', codes: [INFORMAL, MENTORING] },
    {
      coder: 'Ana',
      document: LUCIA,
      quote: "It was nice for meeting people from other departments, but I can't say it taught me how to do my job.",
      codes: [FORMAL],
      memo: 'Induction valued for social contact, not for job skills.',
    },
    { coder: 'Ana', document: LUCIA, quote: 'I actually like that format, because I can pause it, go back, and do it at home if the office is too noisy.', codes: [TECH, REACH], weight: 1 },
    {
      coder: 'Ana',
      document: LUCIA,
      quote: "Yes, I'd say I'm in favour. The platform could be better, the videos are a bit long and nobody answers the forum, but the idea is good.",
      codes: [TECH, SOCIAL],
      weight: 1,
    },
    { coder: 'Ana', document: LUCIA, quote: 'Es como una pequeña comunidad, ¿sabes? Nobody has to organise it, it just happens.', codes: [COP, INFORMAL] },
    { coder: 'Ana', document: LUCIA, quote: 'I would give every new person a Rocío, officially.', codes: [MENTORING] },

    { coder: 'Bruno', document: LUCIA, quote: 'Honestly, mostly by sitting next to Rocío. She has been in the team for nine years and she let me shadow her for the first three weeks.', codes: [MENTORING] },
    { coder: 'Bruno', document: LUCIA, quote: "Then one day she just said, now you do this one and I'll check it.", codes: [DOING] },
    { coder: 'Bruno', document: LUCIA, quote: 'The easy ones. Permanent contracts for people in the offices, where everything is standard.', codes: [LPP] },
    { coder: 'Bruno', document: LUCIA, quote: 'La verdad, aprendí más con Rocío que en cualquier curso en línea.', codes: [MENTORING] },
    {
      coder: 'Bruno',
      document: LUCIA,
      quote:
        "There was the induction day, with the presentation about the company's history and values and a tour of the main warehouse. It was nice for meeting people from other departments, but I can't say it taught me how to do my job.",
      codes: [FORMAL],
    },
    {
      coder: 'Bruno',
      document: LUCIA,
      quote: "I actually like that format, because I can pause it, go back, and do it at home if the office is too noisy. I grew up doing homework on a laptop, so for me it's normal.",
      codes: [TECH, REACH],
      weight: 2,
      memo: 'Treats online learning as the default; rated +2 rather than +1.',
    },
    { coder: 'Bruno', document: LUCIA, quote: 'the videos are a bit long and nobody answers the forum', codes: [SOCIAL] },
    { coder: 'Bruno', document: LUCIA, quote: 'And on Fridays we have coffee together and usually end up talking about the weird cases of the week.', codes: [INFORMAL, COP] },
    { coder: 'Bruno', document: LUCIA, quote: "I would give every new person a Rocío, officially. Some teams have someone like her and some don't, and it depends on luck.", codes: [MENTORING] },

    // ── Interview 2 — Andrés ───────────────────────────────────────────────
    {
      coder: 'Ana',
      document: ANDRES,
      quote:
        'The first two weeks were formal. There was the induction programme, then a sales methodology course with a trainer from outside, and a visit to the distribution centre so we understood what we were actually selling.',
      codes: [FORMAL],
    },
    { coder: 'Ana', document: ANDRES, quote: 'After that, my manager paired me with Iván, who has the big accounts.', codes: [MENTORING] },
    { coder: 'Ana', document: ANDRES, quote: 'For about a month I went with him to client meetings and I mostly kept quiet and took notes.', codes: [LPP] },
    { coder: 'Ana', document: ANDRES, quote: 'Then he handed me ten of his smallest clients and said, these are yours now, call me if something catches fire.', codes: [LPP] },
    { coder: 'Ana', document: ANDRES, quote: 'I had to call Iván, and he fixed it with the operations people in ten minutes.', codes: [MENTORING] },
    { coder: 'Ana', document: ANDRES, quote: 'I learned more from that mistake than from the whole methodology course, to be honest.', codes: [DOING] },
    {
      coder: 'Ana',
      document: ANDRES,
      quote: 'Someone posts, has anyone dealt with a client who wants to pay in three instalments, and five minutes later there are three answers and a 👍 from the boss.',
      codes: [COP, INFORMAL],
    },
    {
      coder: 'Ana',
      document: ANDRES,
      quote: "It's a nice feeling to go from the person asking to the person answering.",
      codes: [LPP, COP],
      memo: 'Clear movement from the periphery towards full membership.',
    },
    { coder: 'Ana', document: ANDRES, quote: 'For me, technology is the easiest way to learn at your own pace.', codes: [TECH], weight: 2 },
    {
      coder: 'Ana',
      document: ANDRES,
      quote: 'The negotiation one was strange, because negotiation is about people and you were alone with a video. There was no one to practise with.',
      codes: [SOCIAL],
    },

    {
      coder: 'Bruno',
      document: ANDRES,
      quote:
        'There was the induction programme, then a sales methodology course with a trainer from outside, and a visit to the distribution centre so we understood what we were actually selling.',
      codes: [FORMAL],
    },
    {
      coder: 'Bruno',
      document: ANDRES,
      quote: 'After that, my manager paired me with Iván, who has the big accounts. For about a month I went with him to client meetings and I mostly kept quiet and took notes.',
      codes: [MENTORING, LPP],
    },
    { coder: 'Bruno', document: ANDRES, quote: 'Then he handed me ten of his smallest clients and said, these are yours now, call me if something catches fire.', codes: [DOING] },
    { coder: 'Bruno', document: ANDRES, quote: 'I had to call Iván, and he fixed it with the operations people in ten minutes.', codes: [MENTORING] },
    { coder: 'Bruno', document: ANDRES, quote: 'I search that channel more than I search the intranet.', codes: [INFORMAL] },
    {
      coder: 'Bruno',
      document: ANDRES,
      quote: "Now I answer questions from the two people who joined after me, mostly about the CRM, because I'm the one who likes tinkering with it.",
      codes: [LPP],
    },
    {
      coder: 'Bruno',
      document: ANDRES,
      quote:
        'A huge one, and I think it should be bigger. I did three courses on the e-learning platform last year, negotiation, Excel for sales and the CRM certification, and I finished all of them on the train.',
      codes: [TECH, REACH],
      weight: 2,
    },
    { coder: 'Bruno', document: ANDRES, quote: 'The negotiation one was strange, because negotiation is about people and you were alone with a video.', codes: [SOCIAL] },
    { coder: 'Bruno', document: ANDRES, quote: "I'd say eighty per cent could be online, with the remaining part being shadowing and real calls.", codes: [TECH], weight: 2 },

    // ── Interview 3 — Mónica ───────────────────────────────────────────────
    {
      coder: 'Ana',
      document: MONICA,
      quote: 'When I started I was just an assistant. I printed the route sheets, I called customers to confirm addresses, that sort of thing.',
      codes: [LPP],
    },
    { coder: 'Ana', document: MONICA, quote: 'Small tasks, but I was listening all day to the planners arguing about which truck goes where.', codes: [LPP, INFORMAL] },
    { coder: 'Ana', document: MONICA, quote: 'But he would look at my routes and circle one stop with a red pen, and I had to figure out why.', codes: [MENTORING] },
    { coder: 'Ana', document: MONICA, quote: 'Con él aprendí a mirar el mapa de otra manera, pensando como el conductor.', codes: [MENTORING] },
    { coder: 'Ana', document: MONICA, quote: 'I did a course on the routing software when we changed systems, three days in a classroom.', codes: [FORMAL] },
    { coder: 'Ana', document: MONICA, quote: 'You only learn that by doing it, by getting it wrong a few times.', codes: [DOING] },
    { coder: 'Ana', document: MONICA, quote: 'We have a notebook, a real paper notebook, where the planners write down the strange things about customers.', codes: [COP] },
    {
      coder: 'Ana',
      document: MONICA,
      quote: "For some things it's perfect, like the safety regulations, which you need to repeat every year and which are the same for everyone. For the real work, no.",
      codes: [TECH],
      weight: 0,
    },
    { coder: 'Ana', document: MONICA, quote: 'Online you click next, next, next and nobody knows you were there.', codes: [SOCIAL] },

    { coder: 'Bruno', document: MONICA, quote: 'I printed the route sheets, I called customers to confirm addresses, that sort of thing.', codes: [LPP] },
    {
      coder: 'Bruno',
      document: MONICA,
      quote: "He didn't explain much, he was not a talker. But he would look at my routes and circle one stop with a red pen, and I had to figure out why.",
      codes: [MENTORING],
    },
    { coder: 'Bruno', document: MONICA, quote: "Normally it was something obvious once you saw it, like a bridge that trucks can't cross.", codes: [DOING] },
    { coder: 'Bruno', document: MONICA, quote: 'Con él aprendí a mirar el mapa de otra manera, pensando como el conductor.', codes: [MENTORING] },
    {
      coder: 'Bruno',
      document: MONICA,
      quote:
        "I did a course on the routing software when we changed systems, three days in a classroom. It was fine for the buttons, but the software doesn't know that the customer on Calle Mayor never opens before ten.",
      codes: [FORMAL],
    },
    { coder: 'Bruno', document: MONICA, quote: 'You only learn that by doing it, by getting it wrong a few times.', codes: [DOING] },
    {
      coder: 'Bruno',
      document: MONICA,
      quote: "We have a notebook, a real paper notebook, where the planners write down the strange things about customers. It's older than me.",
      codes: [COP, INFORMAL],
    },
    {
      coder: 'Bruno',
      document: MONICA,
      quote: "For the real work, no. I've done courses online that I finished and forgot the next week.",
      codes: [TECH],
      weight: -1,
      memo: 'She says it depends, but for the core of her job she leans sceptical.',
    },
    { coder: 'Bruno', document: MONICA, quote: 'Online you click next, next, next and nobody knows you were there. Nadie te pregunta nada, nadie te conoce.', codes: [SOCIAL] },

    // ── Interview 4 — Begoña ───────────────────────────────────────────────
    {
      coder: 'Ana',
      document: BEGONA,
      quote: 'My supervisor, Patricia, gave me a list of contacts on my first day and told me to phone each of them just to introduce myself.',
      codes: [MENTORING],
    },
    { coder: 'Ana', document: BEGONA, quote: 'The induction, and a two-day course on the accounting system.', codes: [FORMAL] },
    {
      coder: 'Ana',
      document: BEGONA,
      quote: "The system course was taught by someone from IT who had never reconciled an invoice in his life, so when we asked real questions he couldn't answer.",
      codes: [FORMAL],
    },
    { coder: 'Ana', document: BEGONA, quote: 'If I find a strange case I say it out loud and usually someone has seen something similar.', codes: [COP, INFORMAL] },
    {
      coder: 'Ana',
      document: BEGONA,
      quote: 'We also have a monthly meeting with the warehouse people where we go through the worst cases together, and that is where you really learn how the other side thinks.',
      codes: [COP],
    },
    { coder: 'Ana', document: BEGONA, quote: "I don't think it's useless, but it's very passive. You can't ask the screen why.", codes: [TECH, SOCIAL], weight: -1 },
    {
      coder: 'Ana',
      document: BEGONA,
      quote: 'Not officially. It depends on who sits next to them.',
      codes: [MENTORING],
      memo: 'Mentoring is a matter of luck, as Lucía also says.',
    },
    { coder: 'Ana', document: BEGONA, quote: "I'd rather have one hour with Patricia than a whole afternoon of videos.", codes: [MENTORING] },

    {
      coder: 'Bruno',
      document: BEGONA,
      quote:
        'My supervisor, Patricia, gave me a list of contacts on my first day and told me to phone each of them just to introduce myself. That list was worth more than any manual.',
      codes: [MENTORING],
    },
    { coder: 'Bruno', document: BEGONA, quote: 'The induction, and a two-day course on the accounting system. Both were correct, I suppose.', codes: [FORMAL] },
    { coder: 'Bruno', document: BEGONA, quote: 'The system course was taught by someone from IT who had never reconciled an invoice in his life', codes: [FORMAL] },
    {
      coder: 'Bruno',
      document: BEGONA,
      quote: 'There are four of us doing reconciliations and we sit together. If I find a strange case I say it out loud and usually someone has seen something similar.',
      codes: [COP],
    },
    {
      coder: 'Bruno',
      document: BEGONA,
      quote:
        'Not officially. It depends on who sits next to them. Last year a new colleague started while Patricia was on leave, and he struggled for months because nobody had time to show him the contacts.',
      codes: [MENTORING],
    },
    {
      coder: 'Bruno',
      document: BEGONA,
      quote: 'To be honest, I usually have the course open in one window and my work in the other.',
      codes: [TECH],
      weight: -2,
      memo: 'Completes courses only nominally; rated -2. Discuss with Ana, who rated her -1.',
    },
    { coder: 'Bruno', document: BEGONA, quote: "You can't ask the screen why.", codes: [SOCIAL] },
    { coder: 'Bruno', document: BEGONA, quote: "I'd rather have one hour with Patricia than a whole afternoon of videos.", codes: [MENTORING, TECH], weight: -1 },
    { coder: 'Bruno', document: BEGONA, quote: "I'd take the new people to the warehouse for a week before they touch a single invoice.", codes: [DOING] },

    // ── Interview 5 — Joaquín ──────────────────────────────────────────────
    { coder: 'Ana', document: JOAQUIN, quote: 'You watched the older guys and you copied them.', codes: [INFORMAL] },
    { coder: 'Ana', document: JOAQUIN, quote: 'But you learned fast, because the truck had to leave at five whether you knew what you were doing or not.', codes: [DOING] },
    { coder: 'Ana', document: JOAQUIN, quote: 'He taught me to drive the forklift on Sundays when the warehouse was empty, without anyone asking him to.', codes: [MENTORING] },
    { coder: 'Ana', document: JOAQUIN, quote: 'Ese hombre me enseñó todo lo que sé del almacén.', codes: [MENTORING] },
    {
      coder: 'Ana',
      document: JOAQUIN,
      quote: 'We have a proper induction now: health and safety, a video about the company, the forklift licence course for those who need it.',
      codes: [FORMAL],
    },
    { coder: 'Ana', document: JOAQUIN, quote: 'For the first days they only do labelling and scanning. Then they move to picking, then to loading.', codes: [LPP] },
    { coder: 'Ana', document: JOAQUIN, quote: "It's not on any procedure, we invented it.", codes: [COP, INFORMAL] },
    { coder: 'Ana', document: JOAQUIN, quote: 'Mira, te lo digo claro: la tecnología no enseña a nadie a trabajar en un almacén.', codes: [TECH], weight: -2 },
    {
      coder: 'Ana',
      document: JOAQUIN,
      quote: "A screen doesn't shout at you when you're about to make a mistake, and a screen doesn't notice that you look tired today.",
      codes: [SOCIAL],
    },
    {
      coder: 'Ana',
      document: JOAQUIN,
      quote: "Only that experience can't be downloaded.",
      codes: [TECH],
      weight: -2,
      memo: 'Strong candidate for a quotation in the report.',
    },

    {
      coder: 'Bruno',
      document: JOAQUIN,
      quote: 'The foreman showed you where the pallet jack was and that was it. You watched the older guys and you copied them.',
      codes: [INFORMAL],
    },
    { coder: 'Bruno', document: JOAQUIN, quote: 'But you learned fast, because the truck had to leave at five whether you knew what you were doing or not.', codes: [DOING] },
    {
      coder: 'Bruno',
      document: JOAQUIN,
      quote: 'Paco, the forklift driver. He taught me to drive the forklift on Sundays when the warehouse was empty, without anyone asking him to.',
      codes: [MENTORING],
    },
    { coder: 'Bruno', document: JOAQUIN, quote: 'Ese hombre me enseñó todo lo que sé del almacén.', codes: [MENTORING] },
    {
      coder: 'Bruno',
      document: JOAQUIN,
      quote:
        "We have a proper induction now: health and safety, a video about the company, the forklift licence course for those who need it. That's necessary, I'm not against it.",
      codes: [FORMAL],
    },
    {
      coder: 'Bruno',
      document: JOAQUIN,
      quote: 'For the first days they only do labelling and scanning. Then they move to picking, then to loading. By the end of the second month they know the whole cycle.',
      codes: [LPP],
    },
    {
      coder: 'Bruno',
      document: JOAQUIN,
      quote:
        "There's a fifteen-minute overlap where the outgoing team tells the incoming team what happened: this dock door is sticking, this client's pallets are badly wrapped, this new guy is good.",
      codes: [COP],
    },
    { coder: 'Bruno', document: JOAQUIN, quote: 'Mira, te lo digo claro: la tecnología no enseña a nadie a trabajar en un almacén.', codes: [TECH], weight: -2 },
    { coder: 'Bruno', document: JOAQUIN, quote: "A screen doesn't shout at you when you're about to make a mistake", codes: [SOCIAL] },
    { coder: 'Bruno', document: JOAQUIN, quote: "Honestly, I think it's money thrown away, at least for the warehouse.", codes: [TECH], weight: -2 },
    {
      coder: 'Bruno',
      document: JOAQUIN,
      quote: 'I bring a broken pallet and I tell them what happened to the guy who was standing under it.',
      codes: [FORMAL],
      memo: 'Formal induction slot, but the teaching is a story from experience.',
    },

    // ── Interview 6 — Inés ─────────────────────────────────────────────────
    {
      coder: 'Ana',
      document: INES,
      quote: 'So I learned it by breaking things in the test environment, reading the code, and fixing incidents at two in the morning.',
      codes: [DOING],
    },
    { coder: 'Ana', document: INES, quote: 'A developer from the vendor, Marta, who was very patient on the phone.', codes: [MENTORING] },
    { coder: 'Ana', document: INES, quote: 'I spent a week sitting with them in the control room and it changed how I saw the whole thing.', codes: [INFORMAL] },
    { coder: 'Ana', document: INES, quote: "I give them the monitoring first. They watch the dashboards and they tell me when something looks odd, and we investigate together. It's low risk, but it teaches them the normal rhythm of the system.", codes: [LPP] },
    { coder: 'Ana', document: INES, quote: "After a few months they take small incidents, then releases, and eventually they're on the on-call rota.", codes: [LPP] },
    {
      coder: 'Ana',
      document: INES,
      quote: 'We have a monthly session with dispatchers, a couple of people from customer service and the IT team where we look at the strangest incidents of the month.',
      codes: [COP],
    },
    { coder: 'Ana', document: INES, quote: "I've done certifications, cloud and security, mostly online, and they were useful for structuring what I knew.", codes: [FORMAL] },
    { coder: 'Ana', document: INES, quote: "I'm a supporter, with conditions.", codes: [TECH], weight: 1 },
    { coder: 'Ana', document: INES, quote: 'The recordings get watched by people in the regional offices who could never come to the headquarters.', codes: [REACH] },
    { coder: 'Ana', document: INES, quote: "There's no conversation, no way to see what your colleagues are struggling with.", codes: [SOCIAL] },

    {
      coder: 'Bruno',
      document: INES,
      quote:
        'So I learned it by breaking things in the test environment, reading the code, and fixing incidents at two in the morning. You remember a bug very well when it woke you up.',
      codes: [DOING],
    },
    { coder: 'Bruno', document: INES, quote: 'A developer from the vendor, Marta, who was very patient on the phone.', codes: [MENTORING] },
    { coder: 'Bruno', document: INES, quote: 'They watch the dashboards and they tell me when something looks odd, and we investigate together.', codes: [MENTORING] },
    { coder: 'Bruno', document: INES, quote: "After a few months they take small incidents, then releases, and eventually they're on the on-call rota.", codes: [LPP] },
    {
      coder: 'Bruno',
      document: INES,
      quote: 'We have a monthly session with dispatchers, a couple of people from customer service and the IT team where we look at the strangest incidents of the month. It started informally and now it has its own wiki.',
      codes: [COP],
    },
    {
      coder: 'Bruno',
      document: INES,
      quote: "I've done certifications, cloud and security, mostly online, and they were useful for structuring what I knew. The company paid for them, which I appreciated.",
      codes: [FORMAL],
    },
    {
      coder: 'Bruno',
      document: INES,
      quote: "I'm a supporter, with conditions. I run an internal webinar series myself, short sessions on how to read the tracking data, and they work well.",
      codes: [TECH],
      weight: 2,
    },
    {
      coder: 'Bruno',
      document: INES,
      quote: "The courses I see on our platform are mostly a person talking over slides and a quiz. There's no conversation, no way to see what your colleagues are struggling with.",
      codes: [SOCIAL],
    },
    {
      coder: 'Bruno',
      document: INES,
      quote: 'The webinars work because people ask questions in the chat and I answer them live.',
      codes: [SOCIAL],
      memo: 'Coded as the contrast case: live interaction is what makes the webinars work.',
    },
    { coder: 'Bruno', document: INES, quote: "If the platform can't give you that, it's just a video library.", codes: [TECH, SOCIAL], weight: 1 },
];
