// The demo's six interview transcripts (fictional people, invented dialogue).
// LF line endings, one speaker turn per paragraph, a blank line between turns.

export const LUCIA = 'Interview 1 — Lucía';
export const ANDRES = 'Interview 2 — Andrés';
export const MONICA = 'Interview 3 — Mónica';
export const BEGONA = 'Interview 4 — Begoña';
export const JOAQUIN = 'Interview 5 — Joaquín';
export const INES = 'Interview 6 — Inés';

export const luciaText = `Interviewer: Thanks for making time, Lucía. To start, could you tell me what your job involves?

Lucía: Sure. I joined Human Resources about six months ago, and most of my day is onboarding paperwork for new hires: contracts, bank details, the health insurance forms, that kind of thing. It sounds simple, but every contract type has its own little traps.

Interviewer: How did you learn to do it?

Lucía: Honestly, mostly by sitting next to Rocío. She has been in the team for nine years and she let me shadow her for the first three weeks. I watched her prepare the files and she explained why she did each step, not only what to click. Then one day she just said, now you do this one and I'll check it.

Interviewer: What kind of things did she give you first?

Lucía: The easy ones. Permanent contracts for people in the offices, where everything is standard. I wasn't allowed near the seasonal warehouse contracts until my second month, because those change with every campaign. Looking back, that order made a lot of sense. I felt useful from the first week, even if I was only doing the boring part.

Interviewer: And now?

Lucía: Now I do the seasonal ones on my own, and last month I even explained the process to a new intern. That was a strange feeling, being the one who knows. La verdad, aprendí más con Rocío que en cualquier curso en línea. Sorry, I switch to Spanish when I'm thinking.

Interviewer: No problem at all. Did you have any formal training when you started?

Lucía: There was the induction day, with the presentation about the company's history and values and a tour of the main warehouse. It was nice for meeting people from other departments, but I can't say it taught me how to do my job. There was also a course on data protection that everyone has to pass.

Interviewer: How was that course delivered?

Lucía: Online, on the learning platform. You watch some videos, then there is a quiz at the end. I actually like that format, because I can pause it, go back, and do it at home if the office is too noisy. I grew up doing homework on a laptop, so for me it's normal.

Interviewer: So you're comfortable with technology for learning?

Lucía: Yes, I'd say I'm in favour. The platform could be better, the videos are a bit long and nobody answers the forum, but the idea is good. I'd love it if they recorded Rocío explaining the seasonal contracts, because she won't be here forever and that knowledge is only in her head.

Interviewer: You mentioned the team. Do you share knowledge among yourselves in other ways?

Lucía: We have a group chat for the HR team, and a shared folder with templates that somebody started years ago. Everyone adds notes to it when a new case comes up. And on Fridays we have coffee together and usually end up talking about the weird cases of the week. Es como una pequeña comunidad, ¿sabes? Nobody has to organise it, it just happens.

Interviewer: Is there anything you would change about how new people learn here?

Lucía: I would give every new person a Rocío, officially. Some teams have someone like her and some don't, and it depends on luck. Also I would make the online courses shorter and more practical, with real examples from our forms instead of generic ones.

Interviewer: Thank you, Lucía, that's very helpful.

Lucía: De nada. It was fun to think about it.`;

export const andresText = `Interviewer: Andrés, thanks for coming. How long have you been with Norte Logística?

Andrés: A year and a half, more or less. I'm in Sales, managing accounts for small businesses: shops, restaurants, a couple of pharmacies. They need deliveries but they don't have their own fleet.

Interviewer: How did you learn the job when you arrived?

Andrés: The first two weeks were formal. There was the induction programme, then a sales methodology course with a trainer from outside, and a visit to the distribution centre so we understood what we were actually selling. That visit was useful, because until you see the trucks being loaded you don't understand why a customer can't get a delivery at seven in the morning.

Interviewer: And after those two weeks?

Andrés: After that, my manager paired me with Iván, who has the big accounts. For about a month I went with him to client meetings and I mostly kept quiet and took notes. He would ask me afterwards what I noticed, which was a bit like an exam, but a friendly one. Then he handed me ten of his smallest clients and said, these are yours now, call me if something catches fire.

Interviewer: Did anything catch fire?

Andrés: Oh, yes. In my third week on my own I promised a restaurant a Sunday delivery that we don't offer. I had to call Iván, and he fixed it with the operations people in ten minutes. I learned more from that mistake than from the whole methodology course, to be honest. Now I check the service catalogue before I promise anything.

Interviewer: How does the Sales team share what it knows?

Andrés: We have a Monday meeting, but the real exchange happens in our team channel. Someone posts, has anyone dealt with a client who wants to pay in three instalments, and five minutes later there are three answers and a 👍 from the boss. It's fast and everyone can see it, so the answer stays there for the next person. I search that channel more than I search the intranet.

Interviewer: Do you feel part of that group?

Andrés: More and more. At the beginning I only read the channel, I didn't dare to post. Now I answer questions from the two people who joined after me, mostly about the CRM, because I'm the one who likes tinkering with it. It's a nice feeling to go from the person asking to the person answering.

Interviewer: Let's talk about technology. What role does it play in your learning?

Andrés: A huge one, and I think it should be bigger. I did three courses on the e-learning platform last year, negotiation, Excel for sales and the CRM certification, and I finished all of them on the train. I also watch tutorials on my own, podcasts about sales, whatever. For me, technology is the easiest way to learn at your own pace.

Interviewer: Were there things you didn't like about the online courses?

Andrés: The negotiation one was strange, because negotiation is about people and you were alone with a video. There was no one to practise with. I would have liked a live session where we role-play with colleagues, even by video call. But that's a design problem, not a problem with online learning as such.

Interviewer: Some of your colleagues are less enthusiastic about e-learning. Why do you think that is?

Andrés: Partly habit, I think. Some of the senior people learned everything face to face and they see a screen as a wall. I understand it, but I think they're missing out. If the company put all the product information in short videos, new people like me would need much less of Iván's time, and Iván could spend that time selling.

Interviewer: Would you want more of your training to be online?

Andrés: Definitely. I'd say eighty per cent could be online, with the remaining part being shadowing and real calls. And I'd like the platform to have a way to ask the experts questions, a bit like our channel but organised by topic.

Interviewer: Anything else you want to add?

Andrés: Only that Iván deserves a raise. You can put that in your report.

Interviewer: I'll note it down. Thank you, Andrés.`;

export const monicaText = `Interviewer: Mónica, you've been in Logistics for six years. What does your work look like today?

Mónica: I plan the delivery routes for the northern region. Every afternoon I get the orders for tomorrow and I build the routes, taking into account the trucks, the drivers' hours and the customers' time windows. Then in the morning I deal with whatever goes wrong.

Interviewer: How did you learn to plan routes?

Mónica: When I started I was just an assistant. I printed the route sheets, I called customers to confirm addresses, that sort of thing. Small tasks, but I was listening all day to the planners arguing about which truck goes where. After a year they let me plan one small zone, the industrial park, and bit by bit they gave me more zones.

Interviewer: Was there someone in particular who guided you?

Mónica: Don Ernesto, who retired two years ago. He didn't explain much, he was not a talker. But he would look at my routes and circle one stop with a red pen, and I had to figure out why. Normally it was something obvious once you saw it, like a bridge that trucks can't cross. Con él aprendí a mirar el mapa de otra manera, pensando como el conductor.

Interviewer: And courses? Did the company train you formally?

Mónica: I did a course on the routing software when we changed systems, three days in a classroom. It was fine for the buttons, but the software doesn't know that the customer on Calle Mayor never opens before ten. You only learn that by doing it, by getting it wrong a few times.

Interviewer: Does your team have ways of sharing that kind of knowledge?

Mónica: We have a notebook, a real paper notebook, where the planners write down the strange things about customers. It's older than me. Now a younger colleague wants to move it to a spreadsheet, and we are discussing it, because half the team likes paper and the other half doesn't.

Interviewer: How do you feel about learning through technology, e-learning and so on?

Mónica: Depende. For some things it's perfect, like the safety regulations, which you need to repeat every year and which are the same for everyone. For the real work, no. I've done courses online that I finished and forgot the next week. It's not good or bad, it depends what you want to learn.

Interviewer: What was missing in those online courses?

Mónica: People. In the classroom, even a bad course, you talk to the person next to you at the break and you find out they have the same problem as you. Online you click next, next, next and nobody knows you were there. Nadie te pregunta nada, nadie te conoce.

Interviewer: Thank you, Mónica. That's a good place to finish.`;

export const begonaText = `Interviewer: Begoña, could you describe your role in Finance?

Begoña: I reconcile supplier invoices with the purchase orders and the delivery notes, and I chase the differences. It's detective work, in a way. Somebody ordered a hundred pallets, we received ninety-eight and the invoice says a hundred and two.

Interviewer: How did you learn it?

Begoña: I came from an accounting firm, so I knew the theory. What I didn't know was how this company works, who to call in the warehouse, which suppliers always send invoices late. My supervisor, Patricia, gave me a list of contacts on my first day and told me to phone each of them just to introduce myself. That list was worth more than any manual.

Interviewer: Did you have formal training here?

Begoña: The induction, and a two-day course on the accounting system. Both were correct, I suppose. The system course was taught by someone from IT who had never reconciled an invoice in his life, so when we asked real questions he couldn't answer.

Interviewer: What about colleagues? Do they help each other?

Begoña: Very much. There are four of us doing reconciliations and we sit together. If I find a strange case I say it out loud and usually someone has seen something similar. We also have a monthly meeting with the warehouse people where we go through the worst cases together, and that is where you really learn how the other side thinks.

Interviewer: Do new people in your team get a mentor, like you had with Patricia?

Begoña: Not officially. It depends on who sits next to them. Last year a new colleague started while Patricia was on leave, and he struggled for months because nobody had time to show him the contacts. Ahora le digo a todo el que llega: pregunta, que aquí nadie muerde. It means ask, nobody bites here.

Interviewer: Have you used the e-learning platform?

Begoña: For the compulsory courses, yes: compliance, anti-fraud, that kind of thing. I do them because I have to. I can't say I remember much. To be honest, I usually have the course open in one window and my work in the other.

Interviewer: So you're not convinced by online learning?

Begoña: Not really. I don't think it's useless, but it's very passive. You can't ask the screen why. I'd rather have one hour with Patricia than a whole afternoon of videos. Maybe for people who are far away, in the regional offices, it makes more sense.

Interviewer: If you could redesign training in your department, what would you do?

Begoña: I'd take the new people to the warehouse for a week before they touch a single invoice. Once you've seen how goods are received, the mistakes on paper make sense.

Interviewer: Thank you, Begoña.

Begoña: You're welcome. Good luck with the study.`;

export const joaquinText = `Interviewer: Joaquín, you've been here longer than anyone I've interviewed. How did you start?

Joaquín: Twenty years this September. I started loading trucks on the night shift, when the company had one warehouse and maybe forty people. Now I supervise the central warehouse, around a hundred and twenty people across three shifts.

Interviewer: How did you learn the work back then?

Joaquín: Nobody trained you, you just started. The foreman showed you where the pallet jack was and that was it. You watched the older guys and you copied them. If you did something stupid, they told you, sometimes not very politely. But you learned fast, because the truck had to leave at five whether you knew what you were doing or not.

Interviewer: Was there anyone who took you under their wing?

Joaquín: Paco, the forklift driver. He taught me to drive the forklift on Sundays when the warehouse was empty, without anyone asking him to. Later he pushed me to apply for team leader. I wouldn't be a supervisor if it wasn't for him. Ese hombre me enseñó todo lo que sé del almacén.

Interviewer: How do new people learn in your warehouse today?

Joaquín: We have a proper induction now: health and safety, a video about the company, the forklift licence course for those who need it. That's necessary, I'm not against it. But the real learning starts when I put a new person with one of my veterans. For the first days they only do labelling and scanning. Then they move to picking, then to loading. By the end of the second month they know the whole cycle.

Interviewer: Why that order?

Joaquín: Because labelling can't hurt anybody. If you put a wrong label, the scanner catches it. If you load a truck wrong, the pallets fall on the motorway. You give people responsibility when they have shown they can handle the smaller things. And they see the whole operation from the beginning, so they understand where their piece fits.

Interviewer: Do the veterans share knowledge among themselves too?

Joaquín: All the time, at the shift change. There's a fifteen-minute overlap where the outgoing team tells the incoming team what happened: this dock door is sticking, this client's pallets are badly wrapped, this new guy is good. It's not on any procedure, we invented it. If head office ever cuts that overlap to save money, the warehouse will suffer.

Interviewer: What's your view on e-learning and technology for training?

Joaquín: Mira, te lo digo claro: la tecnología no enseña a nadie a trabajar en un almacén. Sorry, I'll say it in English. I don't believe in it. They sent us a course on the tablet about manual handling, how to lift a box. My guys clicked through it in ten minutes during lunch. Not one of them lifts a box differently now.

Interviewer: Is there anything online that has worked for you?

Joaquín: Nothing I can think of. Maybe for office people it's different, they're already sitting in front of a screen all day. My people are on their feet. The only thing I use is the video call with the other warehouses, when we compare how they organise their docks. That's useful, but that's people talking, not a course. A screen doesn't shout at you when you're about to make a mistake, and a screen doesn't notice that you look tired today.

Interviewer: Head office is investing in the platform. How do you feel about that?

Joaquín: Honestly, I think it's money thrown away, at least for the warehouse. I'd rather they paid the veterans a bit extra for training the new ones. That's where the knowledge is. When Paco retired, nobody recorded anything, and no platform would have captured what he knew anyway.

Interviewer: Do you think younger workers see it differently?

Joaquín: Some do. The young ones like their phones, sure. But when I watch them learning, they still look at the person next to them, not at the phone. Los chavales aprenden mirando, igual que aprendí yo.

Interviewer: Have you ever taught anything formally yourself?

Joaquín: They asked me to give a talk in the induction, about safety in the warehouse. I do it every month. I bring a broken pallet and I tell them what happened to the guy who was standing under it. They remember that better than any slide.

Interviewer: That's quite a powerful image. Anything you'd like to add?

Joaquín: Only that experience can't be downloaded. Put that in your study, and thank you for coming down to the warehouse instead of sending me a form.`;

export const inesText = `Interviewer: Inés, tell me about your role in IT.

Inés: I'm responsible for the fleet-tracking system, the software that tells us where every truck is and feeds the delivery estimates to customers. I've been here twelve years, and I've been on that system for eight of them.

Interviewer: How did you become an expert in it?

Inés: When I inherited it, the documentation was almost nonexistent. The person who built it had left. So I learned it by breaking things in the test environment, reading the code, and fixing incidents at two in the morning. You remember a bug very well when it woke you up.

Interviewer: Did anyone help you?

Inés: A developer from the vendor, Marta, who was very patient on the phone. And the dispatchers, strangely enough. They knew how the system behaved better than I did, because they used it all day. I spent a week sitting with them in the control room and it changed how I saw the whole thing.

Interviewer: Now you're the senior person. How do you bring new people in?

Inés: I give them the monitoring first. They watch the dashboards and they tell me when something looks odd, and we investigate together. It's low risk, but it teaches them the normal rhythm of the system. After a few months they take small incidents, then releases, and eventually they're on the on-call rota.

Interviewer: Is there a community around the system?

Inés: There is, and it goes beyond IT. We have a monthly session with dispatchers, a couple of people from customer service and the IT team where we look at the strangest incidents of the month. It started informally and now it has its own wiki. People come even when they're not obliged to, which tells you something.

Interviewer: What about formal training?

Inés: I've done certifications, cloud and security, mostly online, and they were useful for structuring what I knew. The company paid for them, which I appreciated. But they don't teach you our system, of course. Nothing replaces time with the real thing.

Interviewer: How do you see technology in learning more generally?

Inés: I'm a supporter, with conditions. I run an internal webinar series myself, short sessions on how to read the tracking data, and they work well. The recordings get watched by people in the regional offices who could never come to the headquarters. So the reach is real.

Interviewer: What are the conditions?

Inés: That it stays social. The courses I see on our platform are mostly a person talking over slides and a quiz. There's no conversation, no way to see what your colleagues are struggling with. The webinars work because people ask questions in the chat and I answer them live. When we tried pre-recorded-only, attendance dropped by half.

Interviewer: Why do you think that is?

Inés: Learning is a social thing, even for technical people. We like to think we learn alone from documentation, but most of what I know came from conversations. If the platform can't give you that, it's just a video library.

Interviewer: Some colleagues in operations are quite sceptical of e-learning. What would you say to them?

Inés: That they're partly right. A bad online course is worse than no course, because it wastes time and makes people cynical. But I'd ask them to try a good one before deciding. And I'd invite them to design it with us, since they know the work.

Interviewer: Thank you, Inés.

Inés: Thank you. I enjoyed it.`;
