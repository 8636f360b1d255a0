//! The generator's sentence templates: what speakers say, how reporters relay it, and the narrative
//! between quotations.
//!
//! Template syntax (see `sentence::expand`): `{slot}` is filled from the story (`{Slot}` capitalised),
//! `{~first/edited}` is a word that a lightly edited copy changes, `[a|b]` picks one option, `^` is where an
//! attribution may split a quotation. Marks: `'` apostrophe, `<…>` a quotation inside a quotation, `«…»` a
//! partial quotation in reported speech.
//!
//! Slots: `place`, `region`, `street`, `plan` (`the Tarnley bus lane scheme`), `plan_bare` (without
//! "the"), `plan_short` (`the scheme`), `affected`, `affected_pos` (possessive: `residents'`), `counted`,
//! `issue`, `sector`, `facility`, `lead_short` (`the council`), `org` (the acting organisation, introduced
//! on first use), `org_head` and `critic_head` (as headlines name them), `who` (the speaker of reported
//! speech), `phrase` (the story's quotable phrase), `partial`, `year`, `decade`, `weekday`, `ahead`,
//! `number`; figures: `count`, `big`, `percent`, `money`, `compound`, `population`; `rate` (`a month`).

/// What supporters of a plan say.
pub const SUPPORT: &[&str] = &[
    "This is a {~significant/major} step forward for {affected} across {place}.",
    "We've listened carefully to {affected}, and I'm confident {plan_short} reflects what they told us.",
    "For too long^ {affected} in {place} have had to put up with {issue}.",
    "It's not a quick fix, but it's the right thing to do for {place}.",
    "We are investing {cost} because we believe {affected} deserve {~better/more}.",
    "Over the next [two|three|five] years^ we expect to see {count} more {counted} {rate}.",
    "I want to thank everyone who took part in the consultation, especially the {affected} who gave up their evenings to tell us what they thought.",
    "This is about making {place} a better place to live, work and visit.",
    "We don't pretend {plan_short} will solve every problem overnight.",
    "The evidence is clear: doing nothing is not an option.",
    "People said to us, <get on with it>, and that's exactly what we're doing.",
    "I'm proud of the work our teams have done to get {plan_short} to this point.",
    "We know {issue} has worried {affected} since the {decade}^ and we're determined to tackle it.",
    "Around {percent} of {affected} backed the proposals, which shows the strength of feeling.",
    "This {cost} investment will make a real difference to {affected_pos} lives.",
    "Once complete^ the {compound} {facility} will be the first of its kind in {region}.",
    "We'll keep working with our partners to make sure nobody is left behind.",
    "It's a proud day for {place} and for everyone who's worked so hard on this.",
    "We've already seen {count} {counted} in the first [six months|year|few weeks], which is {~encouraging/promising}.",
    "I understand some people have concerns^ and we'll continue to listen.",
    "There's still a lot of work to do, but {plan_short} gives us a {~solid/strong} foundation.",
    "We expect {plan_short} to save the average household around {small_money} {rate}.",
    "Let's be honest: {affected} have waited long enough.",
    "Our message to {affected} is simple: we've heard you.",
    "What we're announcing today will help {count} {counted} {rate}.",
    "This isn't about balancing the books; it's about people.",
    "Rock 'n' roll it isn't, but {plan_short} is exactly what {place} needs.",
    "If we get this right^ {place} will feel the benefit for a generation.",
    "We've secured {cost} from [the government|national funding|our partners], and every penny will be spent in {place}.",
    "It's taken longer than any of us wanted, and I'm sorry for that.",
    "Nobody's saying it'll be easy.",
    "The {compound} {facility} will open in {ahead}, and we can't wait.",
    "It won't be cheap – {cost} over [two|three] years – but it's money well spent.",
];

/// What opponents of a plan say.
pub const OPPOSE: &[&str] = &[
    "We are {~deeply/extremely} concerned that {plan_short} will leave {affected} worse off.",
    "Nobody asked {affected} what they wanted, and it shows.",
    "If this goes ahead^ it's {affected} who will pay the price.",
    "{Lead_short} has ignored the views of {count} people who signed our petition.",
    "They told us <no> twice, and we're still waiting for a proper answer.",
    "It's simply not good enough.",
    "We don't accept that there's no alternative.",
    "Cutting {cost} might look good on paper^ but it's {affected} who'll suffer.",
    "Our survey found {percent} of {affected} had experienced {issue} in the past year.",
    "This is the wrong plan at the wrong time.",
    "We've seen this before, back in the {decade}, and it didn't work then either.",
    "I've spoken to {affected} on {street} who are at their wits' end.",
    "{Affected_pos} concerns have been brushed aside.",
    "We will not stand by^ and watch {affected} being treated like this.",
    "People keep asking me <why now?> and nobody has been able to answer that.",
    "The figures simply don't add up: {plan_short} is already {cost} over budget.",
    "We're calling on {lead_short} to pause {plan_short} and think again.",
    "How can anyone justify this when {count} {counted} are already affected {rate}?",
    "It feels as though {place} has been forgotten.",
    "What we're seeing is {issue} getting worse, not better.",
    "I'd urge anyone who's worried to come along to the public meeting on {weekday}.",
    "Frankly^ it's a disgrace.",
    "{Lead_short} says it's listening, but the people I speak to don't believe that.",
    "Our members are angry, and they've every right to be.",
    "There's a real risk that {percent} of {counted} will simply disappear.",
    "We want to work with {lead_short}, not against it, but we can't support this.",
    "The consultation was a tick-box exercise^ and {affected} know it.",
    "It's {affected} who'll be left picking up the pieces.",
    "We were promised <a fresh start>, and it hasn't happened.",
    "Where's the evidence that {plan_short} will work?",
    "This will hit the poorest households hardest.",
    "We were promised a say – and we never got one.",
];

/// What experts and neutral observers say.
pub const NEUTRAL: &[&str] = &[
    "The evidence on {issue} is mixed, and we should be careful about drawing firm conclusions.",
    "What the data shows is that {percent} of {affected} are affected by {issue}.",
    "It's a complicated picture, but the trend since {year} is clear.",
    "Other areas have tried similar schemes with varying success.",
    "There are trade-offs here^ and it's important they're understood.",
    "Our research suggests {count} {counted} could be affected {rate}.",
    "The question isn't whether to act, but how.",
    "If you look at the national numbers^ {big} {counted} a year is not a small figure.",
    "I wouldn't call it a crisis, but it's heading that way.",
    "People often say <it's always been like this>, but that isn't true.",
    "We'd need to see the detail before we could say whether {plan_short} will work.",
    "The cost, around {cost}, has to be weighed against the benefits.",
    "Since the {decade}^ {issue} has become a much bigger issue in {region}.",
    "It's worth remembering that {affected} aren't one group with one view.",
    "Comparable schemes elsewhere have cut {issue} by about {percent}.",
    "The honest answer is that nobody knows yet.",
    "It's too early to say whether {plan_short} is working.",
    "Both sides have a point, and {lead_short}'s own figures show why.",
    "In the {decade}^ nobody would have predicted where we are now.",
];

/// Sentences with figures, for any speaker.
pub const FIGURES: &[&str] = &[
    "On average^ {count} {counted} are recorded {rate}.",
    "That's {count} {counted} {rate}, and the number is rising.",
    "Last year alone^ {big} {counted} were recorded across the country.",
    "The bill now stands at {cost}.",
    "Around {percent} of the {counted} we deal with are linked to {issue}.",
    "We're talking about {count} {counted} every week.",
    "Nearly {percent} of {affected} told us they'd noticed a difference.",
    "The {compound} {facility} alone will cost {cost}.",
    "Each [month|week|year]^ around {count} {counted} are affected.",
    "That's roughly {small_money} for every household in {place}.",
];

/// Sentences for any speaker that quote someone else inside them, or trip up apostrophe handling.
pub const ASIDES: &[&str] = &[
    "When I asked what would happen next, I was told <we'll see>.",
    "The message from {affected} was simple: <get on with it>.",
    "Someone said to me last week, <I don't know how much longer we can carry on>, and that stayed with me.",
    "I keep hearing the phrase <value for money>, but what does it mean for {affected}?",
    "We were told it was <under review>, which usually means nothing will happen.",
    "As one of our volunteers put it, <it's not rocket science>.",
    "It's been a long time coming.",
    "The {affected_pos} voice has to be heard.",
    "We're not going back to the {decade}.",
    "{Lead_short}'s record on {issue} speaks for itself.",
    "Proud of everyone who turned out today \u{1f44f}\u{1f3fd}\u{2764}\u{fe0f}\u{200d}\u{1f525}",
];

/// Sentences that carry the story's quotable phrase, by the stance of whoever says it.
pub const PHRASE_CARRIERS_OPPOSE: &[&str] = &[
    "Make no mistake: {plan_short} will have {phrase}.",
    "We believe this decision will have {phrase}.",
    "Left unchecked^ it will have {phrase}.",
    "I fear it will have {phrase}.",
];
pub const PHRASE_CARRIERS_SUPPORT: &[&str] = &[
    "We're confident {plan_short} will have {phrase}.",
    "I truly believe this will have {phrase}.",
    "Done properly^ it will have {phrase}.",
];

/// Quotable phrases that follow "will have".
pub const PHRASES_OPPOSE: &[&str] = &[
    "a dangerous impact on {affected}",
    "devastating consequences for {affected}",
    "a lasting effect on {affected_pos} safety",
    "serious consequences for the whole of {place}",
    "a chilling effect on {affected}",
    "a catastrophic impact on local services",
    "a damaging effect on {place}'s reputation",
    "the opposite effect to the one intended",
];
pub const PHRASES_SUPPORT: &[&str] = &[
    "a real and lasting benefit for {affected}",
    "a transformational impact on {place}",
    "a positive impact on {affected_pos} lives",
    "a huge effect on tackling {issue}",
    "a genuine impact on {issue} across {region}",
    "the biggest effect on {place} in a generation",
];

/// Words reporters quote from a speaker in reported speech.
pub const PARTIALS_OPPOSE: &[&str] = &[
    "completely unacceptable",
    "a slap in the face",
    "deeply flawed",
    "a false economy",
    "an act of vandalism",
    "short-sighted",
    "rushed through",
    "a betrayal of {affected}",
    "the final straw",
    "a kick in the teeth",
];
pub const PARTIALS_SUPPORT: &[&str] = &[
    "long overdue",
    "a landmark moment",
    "good news for {place}",
    "a fantastic opportunity",
    "a big step forward",
    "the right decision",
];
pub const PARTIALS_NEUTRAL: &[&str] = &[
    "a reasonable compromise",
    "broadly sensible",
    "a gamble",
    "ambitious but untested",
    "a step in the right direction",
    "not the whole answer",
];

/// Reported speech with a partial quotation by `{who}`.
pub const REPORTED_PARTIAL: &[&str] = &[
    "{Who} described {plan_short} as «{partial}».",
    "{Who} said the decision was «{partial}».",
    "{Who} said the announcement was «{partial}» and that {affected} deserved a clearer explanation.",
    "In a letter to members^ {who} called {plan_short} «{partial}».",
    "{Who} told [a public meeting|councillors|the committee|a packed hall] that {plan_short} was «{partial}».",
    "Speaking on {weekday}^ {who} said the move was «{partial}».",
];

/// Reported speech carrying the story's phrase as a partial quotation.
pub const REPORTED_PHRASE: &[&str] = &[
    "{Who} said {plan_short} would have «{phrase}».",
    "{Who} has warned that {plan_short} will have «{phrase}».",
    "{Who} says {plan_short} will have «{phrase}».",
    "According to {who}^ {plan_short} will have «{phrase}».",
];

/// Reported speech with figures attributed to `{who}`.
pub const REPORTED_FIGURES: &[&str] = &[
    "According to {who}^ {count} {counted} are recorded in {place} {rate}.",
    "{Who} said {percent} of {affected} had been affected by {issue}.",
    "{Who} estimates {plan_short} will cost {cost}.",
    "{Who} says {count} {counted} could be lost.",
    "Figures from {who} show {percent} of {counted} are linked to {issue}.",
    "{Who} said spending on {issue} had reached {money} {rate}.",
];

/// Opening paragraphs when the acting organisation backs its plan.
pub const LEDES_SUPPORT: &[&str] = &[
    "{Org} has [approved|unveiled|announced|confirmed] {plan}, which it says will tackle {issue} [in|across] {place}.",
    "Plans for {plan} have been [approved|backed|given the go-ahead] by {org} despite objections from {affected}.",
    "{Org} has [confirmed|set aside] {cost} for {plan}.",
    "{Affected} in {place} could feel the benefit of {plan} [within months|by next year|from {ahead}] after {org} signed off the final design.",
];
/// Opening paragraphs when the story is the opposition to a plan.
pub const LEDES_OPPOSE: &[&str] = &[
    "Campaigners have warned that {plan} could leave {affected} worse off.",
    "{Org} has been urged to [rethink|pause|scrap] {plan} amid [growing anger|mounting criticism] from {affected}.",
    "Concerns are growing over {plan} after {org} confirmed it would go ahead in {ahead}.",
    "{Org} is facing calls to think again about {plan}, with critics warning of a rise in {issue}.",
];

/// Narrative between quotations; figures here belong to nobody.
pub const BACKGROUND: &[&str] = &[
    "{Plan_short} was first proposed in {year} and has been through {number} rounds of consultation.",
    "{Plan_short} is expected to cost {cost}, [funded partly by a government grant|with most of the money coming from borrowing].",
    "Figures published [last month|this week] show {count} {counted} were recorded in {place} last year.",
    "A petition against the plans has attracted more than {count} signatures.",
    "Work is due to start in {ahead} and is expected to take [eighteen months|about a year|two years].",
    "{Region} has some of the worst figures in the country for {issue}, with {percent} of {counted} affected.",
    "The {facility} on {street} opened in the {decade} and has barely changed since.",
    "Opponents say the money would be better spent on [tackling {issue}|front-line services|maintaining what {place} already has].",
    "Residents on {street} say they have complained about {issue} for years.",
    "A decision is expected at a [full council|cabinet|board] meeting [next month|later this year|on {weekday}].",
    "The proposals will now go out to public consultation until {ahead}.",
    "Across {region}^ {big} {counted} were recorded last year, according to official figures.",
    "Similar schemes in other parts of the country have had mixed results.",
    "The {affected_pos} group, which says it represents {count} members, has called for a rethink.",
    "Last year^ {percent} of {counted} in {place} were linked to {issue}, compared with {percent} in {year}.",
    "The {compound} {facility}, first proposed in {year}, would be the largest in {region}.",
    "It is not the first time {place} has been in the spotlight over {issue}.",
    "Campaigners held a protest outside {place} town hall on {weekday}.",
    "Some {count} people attended a public meeting about {plan_short} on {weekday}.",
    "In {year}^ a similar plan was dropped after opposition from {affected}.",
    "The {sector} budget for {place} has fallen by {percent} since {year}.",
    "{Place} has a population of around {population}.",
    "Critics point out that the problem of {issue} has been growing since the {decade}.",
    "The row comes as {lead_short} faces a funding gap of {cost} over the next [two|three|four] years.",
    "The {facility} – one of the oldest in {region} – has barely changed since the {decade}.",
];

/// Closing paragraphs of a report.
pub const CLOSINGS: &[&str] = &[
    "{Plan_short} will be discussed at a meeting of {lead_short} on {weekday}.",
    "More information is available on {lead_short}'s website.",
    "A final decision is expected in {ahead}.",
    "The consultation closes in {ahead}.",
    "{Lead_short} is expected to publish its response in {ahead}.",
];

/// A columnist's or blogger's own voice.
pub const OPINION: &[&str] = &[
    "I've lived in {place} for most of my life, and I've never seen anything quite like this.",
    "Let me be clear: I'm not against change.",
    "When I first read about {plan}, I assumed it was a misprint.",
    "It's worth asking who really benefits from {plan_short}.",
    "I spoke to a few {affected} last week, and their view was close to unanimous.",
    "We've been here before, in the {decade}.",
    "The numbers tell their own story: {percent} of {affected} say {issue} has got worse.",
    "None of this is inevitable.",
    "Perhaps I'm being unfair, but I doubt it.",
    "If {lead_short} wants to win people round^ it'll have to do better than this.",
    "My neighbours on {street} have been saying the same thing for years.",
    "There's a version of {plan_short} that could work. This isn't it.",
    "The {affected_pos} case deserves a fairer hearing than it's had.",
];

/// The findings of a report, in its own voice.
pub const FINDINGS: &[&str] = &[
    "The report found that {percent} of {counted} were linked to {issue}.",
    "It estimates the annual cost to {place} at {cost}.",
    "In total^ {count} {counted} were examined for the study.",
    "The authors recommend that {lead_short} publishes [quarterly|annual] figures on {issue}.",
    "The number of {counted} recorded {rate} has risen to {count}.",
    "Spending on {sector} in {region} reached {cost} last year.",
    "Only {percent} of {affected} said they were satisfied with the current arrangements.",
];

/// Headlines when the acting organisation backs its plan; `«…»` is a partial quotation of the phrase.
pub const HEADLINES_SUPPORT: &[&str] = &[
    "{Org_head} approves {plan_bare}",
    "{Org_head} unveils {cost} {plan_bare}",
    "Green light for {plan_bare}",
    "{Plan_bare} will have «{phrase}», says {org_head}",
    "«{Phrase}»: {org_head} backs {plan_bare}",
    "{Plan_bare} approved despite objections from {affected}",
    "{Count} {counted} set to benefit from {plan_bare}",
    "What {plan_bare} means for {affected}",
    "{Org_head} confirms {plan_bare} will go ahead",
];
/// Headlines when the story is the opposition to a plan.
pub const HEADLINES_OPPOSE: &[&str] = &[
    "{Critic_head} warns {plan_bare} will have «{phrase}»",
    "Anger over {plan_bare} as {affected} say they were ignored",
    "Calls grow to scrap {plan_bare}",
    "{Affected} fear {plan_bare} will have «{phrase}»",
    "{Percent} of {affected} oppose {plan_bare}, survey finds",
    "{Critic_head} calls on {org_head} to rethink {plan_bare}",
    "Row over {plan_bare} deepens",
    "{Critic_head} response to {plan_bare}",
];

/// Standfirsts: the line under a headline.
pub const STANDFIRSTS: &[&str] = &[
    "{Affected} in {place} say they have been left in the dark over {plan}.",
    "The {cost} plan has divided opinion in {place}.",
    "Critics say the proposals go too far, while supporters argue they don't go far enough.",
    "Supporters say it's long overdue; opponents say it's the wrong answer to {issue}.",
];

/// A speech's opening and closing words.
pub const SPEECH_OPENINGS: &[&str] = &[
    "Thank you, and good morning.",
    "It's a pleasure to be here in {place}.",
    "I want to start by thanking the organisers for inviting me.",
    "Good afternoon, everyone.",
];
pub const SPEECH_CLOSINGS: &[&str] = &[
    "Thank you.",
    "Thank you very much.",
    "Thank you for listening.",
];

/// A presenter's lines in a broadcast transcript: how they open, ask and close.
pub const PRESENTER_OPENINGS: &[&str] = &[
    "Good morning, and welcome to the programme.",
    "Let's turn now to {plan}.",
    "Now, there's been a lot of anger in {place} about {plan}.",
    "Our next guest has been at the centre of the row over {plan}.",
];
pub const PRESENTER_QUESTIONS: &[&str] = &[
    "What do you say to {affected} who are worried about this?",
    "Isn't the truth that {issue} has been getting worse for years?",
    "How much is this going to cost?",
    "And is that a promise?",
    "Why should {affected} believe you this time?",
    "What happens if it doesn't work?",
    "Who's actually paying for this?",
    "You've been criticised for not listening. Is that fair?",
    "Some people say this is about money, not {issue}. What's your answer?",
    "When will people in {place} see a difference?",
    "Can I just stop you there?",
    "But isn't that exactly what {lead_short} said last time?",
];
pub const PRESENTER_CLOSINGS: &[&str] = &[
    "We'll have to leave it there. Thank you.",
    "Thank you very much for joining us.",
    "That's all we've got time for.",
];

/// Headlines of comment pieces.
pub const HEADLINES_OPINION: &[&str] = &[
    "Why {plan_bare} is the wrong answer for {place}",
    "{Plan_bare} deserves a fair hearing",
    "We need to talk about {issue} in {place}",
    "The truth about {plan_bare}",
    "{Place} can't afford to get {plan_short} wrong",
    "My view: {plan_bare} and what it says about {region}",
];
/// Headlines of reports.
pub const HEADLINES_REPORT: &[&str] = &[
    "{Region} {sector} review: key findings",
    "Report: {percent} of {counted} in {place} linked to {issue}",
    "{Issue} in {place}: an independent assessment",
    "The state of {sector} in {region}",
];
/// Headlines of organisations' statements.
pub const HEADLINES_STATEMENT_SUPPORT: &[&str] = &[
    "Statement on {plan}",
    "{Org_head} statement on {plan_bare}",
    "Update on {plan}",
];
pub const HEADLINES_STATEMENT_OPPOSE: &[&str] = &[
    "Statement on {plan}",
    "{Critic_head} response to {plan_bare}",
    "Our response to {plan}",
];

/// Notes to editors at the foot of a press release.
pub const NOTES: &[&str] = &[
    "{Org} is responsible for {sector} services for around {population} people across {region}.",
    "{Org} represents more than {count} members.",
    "The consultation ran for [six|eight|twelve] weeks and received {count} responses.",
    "Further details of {plan} are published on {lead_short}'s website.",
];
