"""Pattern rules over normalised text: the fast, explainable first layer of detection.

Each rule names the evidence it stands for, the level it implies and its category. Benign
look-alikes ("kill a python process", "this heat is killing me") are masked before the risk rules
run, and a negation just before a match ("i would never kill myself") lowers it to distress.
What the rules cannot see (oblique wording, typos) is the classifier's job; what depends on earlier
turns (method questions after distress, retractions) is the detector's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .assessment import Level

SELF_HARM = "suicide_self_harm"
OTHERS = "harm_to_others"
DANGER = "abuse_danger"
MEDICAL = "medical_emergency"
THIRD = "third_party"


@dataclass(frozen=True)
class Rule:
    name: str
    level: Level
    category: str | None
    pattern: re.Pattern[str]


def _rule(name: str, level: Level, category: str | None, pattern: str) -> Rule:
    return Rule(name, level, category, re.compile(pattern))


# Shared vocabulary.
_END_LIFE = (
    r"(kill(ing)? myself|end(ing)? (my life|it all|it|things|everything)|take my (own )?life|"
    r"commit(ting)? suicide|suicide|off myself|hang(ing)? myself|shoot(ing)? myself|"
    r"overdos(e|ing)|not (be )?(here|alive|around) (anymore|tomorrow)|die( tonight| today| now)?|"
    r"be dead|jump(ing)? (off|in front))"
)
_WANT = (
    r"(want|wanted|need|going|plan|planning|ready|decided|deciding|intend|intending|about|"
    r"will|would like|have to|trying|try|tempted|gonna|really want|just want)"
)
_WHO = r"(he|she|they|my \w+( \w+)?)"
_PEOPLE = (
    r"(him|her|them|my \w+|someone|somebody|people|everyone|everybody|that \w+|this \w+|"
    r"the \w+|my (boss|teacher|ex|dad|mum|mom|brother|sister|partner|wife|husband))"
)

# Said of something long ago ("overdosed last year"): a past attempt, not an emergency now.
_NOT_PAST = (
    r"(?!.{0,30}\b(last (year|month|week|summer|winter|time)|years? ago|months ago|when i was|"
    r"in the past|survived)\b)"
)

# Spans that only look alarming. They are masked before the risk rules see the text.
BENIGN: list[tuple[str, re.Pattern[str]]] = [
    (name, re.compile(pattern))
    for name, pattern in [
        ("idiom_killing_me", r"\b(is|are|was|were|it is|that is|this is|these|those) killing me\b"),
        ("idiom_kill_for", r"\b(would|could) kill for\b"),
        ("idiom_die_of", r"\b(die|dying|died|dead) (of|from|laughing|with) (embarrassment|laughter|"
                         r"laughing|cringe|boredom|shame|cuteness)\b"),
        ("idiom_could_die", r"\bcould (just )?die\b(?! (tonight|today|now))"),
        ("idiom_dying_to", r"\bdying to (see|know|try|meet|go|hear|watch|read|get)\b"),
        ("idiom_to_die_for", r"\bto die for\b"),
        ("idiom_dead", r"\b(dead (tired|serious|on|set|end|line|lift|heat|weight|centre|center)|"
                       r"i am dead (lol|lmao|haha)|i am dead 💀|deadline)\b"),
        ("idiom_to_death", r"\b(bored|scared|worried|tickled|loved?) to death\b"),
        ("idiom_killing_it", r"\b(killing|killed|kill) it\b(?! all)"),
        ("idiom_overdose_on", r"\boverdos(e|ed|ing) on (chocolate|coffee|sugar|netflix|tv|caffeine|"
                              r"candy|sweets|anime|memes)\b"),
        ("tech_kill", r"\b(kill|terminate|end|abort|shoot|execute) (a|the|this|that|my|all)? ?"
                      r"(python |linux |background |zombie |child |docker )?(process|processes|task|"
                      r"job|program|app|server|thread|tab|script|session|container|query|pid)\b"),
        ("game_kill", r"\b(kill|killed|killing) (the )?(boss|zombies?|enemies|monsters?|dragon|"
                      r"mobs?|creeper|spiders?|bugs?|weeds|mosquitos?|flies|ants|the mood|"
                      r"the lights|the engine|time)\b"),
        ("diy_hang", r"\bhang(ing)? (a|the|up|out|my|some)? ?(picture|painting|frame|shelf|shelves|"
                     r"mirror|clothes|washing|laundry|curtains?|tv|lights|decorations|out)\b"),
        ("kitchen_cut", r"\bcut(ting)? (the|an?|some|my)? ?(onions?|cake|bread|grass|hair|fabric|"
                        r"wood|paper|costs|carbs|sugar|ties|corners|class|losses|vegetables|meat)\b"),
        ("shoot_message", r"\bshoot (me )?(an? )?(email|message|text|photo|photos|video|hoops|film)\b"),
        ("jump_to", r"\bjump (to|into) (conclusions|the pool|action|a call|the next)\b"),
        ("phone_died", r"\b(phone|battery|laptop|car|plant|plants|houseplants?|fish|game|conversation|"
                       r"wifi|printer|pen)( \w+)? (died|is dead|has died|dead)\b"),
        ("hair_dye", r"\bdy(e|ing|ed) (my |your )?hair\b"),
    ]
]

RULES: list[Rule] = [
    # Crisis: intent, plan, means, preparation, in progress, danger now.
    _rule("intent", Level.CRISIS, SELF_HARM, rf"\b(i|i am|i have|i will|i'?ll)\b.{{0,40}}?\b{_WANT}\b"
          rf"( to| on)? {_END_LIFE}"),
    _rule("intent_short", Level.CRISIS, SELF_HARM,
          r"\b(going to|gonna|about to|will|ready to|decided to|time to|plan to) "
          r"(kill myself|off myself|end it all|end my life|commit suicide|take my (own )?life|"
          r"hang myself)\b"),
    _rule("kill_myself", Level.CRISIS, SELF_HARM,
          r"\b(kill(ing)? myself|end(ing)? my (own )?life|take my (own )?life|hang(ing)? myself|"
          r"shoot(ing)? myself|commit(ting)? suicide)\b"),
    _rule("suicidal", Level.CRISIS, SELF_HARM,
          r"\b(i am|i feel|feeling|been|getting|i have been|i get|so|very|really|actively) "
          r"(really |so |very |pretty |kind of |quite )?suicidal\b|\bsuicidal (thoughts|again|"
          r"tonight|right now|today)\b|\bsuicide (tonight|today|now|this weekend|tomorrow)\b"),
    _rule("thinking_suicide", Level.CRISIS, SELF_HARM,
          r"\b(thinking|thought|thoughts|think) (about|of|on) (suicide|killing myself|ending (it|my "
          r"life|things|everything)|taking my (own )?life|how to die)\b"),
    _rule("plan_means", Level.CRISIS, SELF_HARM,
          r"\b(i have|got|bought|saved|saving|stockpil\w*|collected|collecting|hoard\w*)\b.{0,25}"
          r"\b(pills|tablets|a rope|rope|a gun|gun|razor|blades?)\b.{0,40}\b(for|to|when|ready|"
          r"enough|tonight|end|myself)\b|\b(have|made|got) a plan\b.{0,30}\b(die|end|kill|suicide|"
          r"myself)\b|\b(my|a) (suicide|goodbye) (note|letter|plan)\b|\bhow i am going to do it\b"),
    _rule("preparation", Level.CRISIS, SELF_HARM,
          r"\b(giv(e|ing)|gave) (away )?(all )?my (stuff|things|belongings|possessions|pets?|"
          r"cat|dog)\b.{0,40}\b(away|to|because|since)\b|\bgiving (away )?(all )?my (stuff|"
          r"things|belongings) away\b|\b(this is|these are) (my )?(last|final) (message|words|post|"
          r"goodbye)\b|\bsaying (my )?goodbyes?\b|\bsaid my goodbyes\b|\bsort(ed)? (out )?my "
          r"affairs\b|\bwrote (letters|notes) (to|for) (everyone|my family)\b|\bwill not be "
          r"(around|here|a problem|a burden) (much longer|for long|tomorrow|after tonight|anymore)\b"
          r"|\bgoodbye (everyone|forever|world)\b|\bgave away (all )?(of )?my (stuff|things|"
          r"belongings|possessions)\b|\bsee you on the other side\b|\b(after (tonight|today)|soon) (nobody|no one|you|"
          r"they|everyone) (has to|have to|will have to|needs to|will not have to|will never have"
          r" to)\b|\b(nobody|no one) (has to|will have to|needs to) (worry about|put up with|deal "
          r"with|look after) me\b|\b(you|nobody|no one|they) (will not|will never) (hear from|see)"
          r" me again\b|\b(it is|everything is|it has|everything has) (all )?(been )?(taken care of|"
          r"sorted)\b.{0,30}\b(after|gone|nobody|no one|today|tonight)\b|\btell (them|everyone|my \w+) i (love|loved) "
          r"them\b.{0,30}\b(after|when i am gone|gone)\b|\bwhen i am gone\b|\bby the time you "
          r"(read|see) this\b|\bmy (will|affairs) (is|are) (done|sorted|in order)\b"),
    _rule("self_harm_now", Level.CRISIS, SELF_HARM,
          r"(?<!to )\b(cut|cutting|burned|burning|hurt|hurting|harmed|harming) myself\b.{0,40}\b(right "
          r"now|just now|now|tonight|minutes ago|and it will not stop|bleeding|too deep|deep)\b|"
          r"\b(i am|i keep|keeps|still|it is) bleeding\b|\bwill not stop bleeding\b|\bcut (too )?"
          r"deep\b|\bblood (everywhere|all over)\b|\bbleeding (a lot|heavily|badly|so much)\b|"
          r"\b(doing it|cutting|cutting again) (right )?now\b"),
    _rule("overdose_taken", Level.CRISIS, MEDICAL,
          # An amount is required: "took my pills this morning" is not an overdose.
          rf"\b(took|taken|swallowed|downed|necked)\b (all|a load of|loads of|a lot of|lots of|too "
          rf"many|a bunch of|a handful of|the whole|every|all of|a whole|an entire|everything)\b"
          rf".{{0,25}}\b(\w*pills|tablets|meds|medications?|antidepressants|painkillers|paracetamol|"
          rf"ibuprofen|prescription|insulin|bottle|box|packet|pack|in the cabinet)\b"
          rf"{_NOT_PAST}|\b(i|i have|i just|just)\b.{{0,15}}\b(took|taken|swallowed)\b.{{0,25}}"
          rf"\boverdose\b{_NOT_PAST}|\bi (have |just )?overdosed\b{_NOT_PAST}|\btook an "
          rf"overdose\b{_NOT_PAST}"),
    _rule("harm_others", Level.CRISIS, OTHERS,
          rf"\b(i|i am|i will)\b.{{0,20}}\b(want|going|gonna|plan|planning|about|ready|will)( to)? "
          rf"(kill|hurt|stab|shoot|murder|strangle|attack|poison) {_PEOPLE}\b|\b(show up|turn up|"
          rf"walk in|come in)\b.{{0,30}}\b(gun|rifle|weapon)\b|\b(bring|bringing|take|taking) "
          rf"(a|my|my \w+'?s?) (gun|rifle|weapon) (to|into) (school|class|work)\b"),
    _rule("danger_now", Level.CRISIS, DANGER,
          rf"\b{_WHO} (is|are) (outside|here|at the door|coming|coming back|breaking in|trying to "
          rf"(get|break) in)\b.{{0,60}}\b(knife|gun|weapon|kill|hurt|scared|afraid|terrified|help)\b"
          rf"|\b{_WHO} (has|got|is holding|pulled) (a )?(knife|gun|weapon)\b|\b{_WHO} "
          rf"(is|are) (going to|gonna|trying to) (kill|hurt|strangle|stab) me\b|\b(i am|i am not) "
          rf"(in danger|safe) (right now|now|here)\b.{{0,0}}|\bhe will kill me\b|\bnot safe right "
          rf"now\b|\blocked myself in\b.{{0,40}}\b(he|she|they)\b|\b(broke|breaking|broken) into "
          rf"(my|our) (house|home|flat|apartment|room)\b|\bi am hiding (from|in)\b"),
    _rule("medical_now", Level.CRISIS, MEDICAL,
          r"\b(cannot|can not) breathe\b.{0,30}\b(chest|help|dying)\b|\b(chest pain|heart attack|"
          r"stroke|unconscious|not breathing|passed out and|speech is slurred|slurred speech|"
          r"(cannot|can not) feel my (face|arm|leg)|face is (drooping|numb)|arm is (weak|numb)|"
          r"(is not|not) responding|unresponsive|having a seizure)\b"),
    # Elevated: risk without imminence.
    _rule("passive_wish", Level.ELEVATED, SELF_HARM,
          r"\bwish i (was|were|could be) (dead|never born|not alive|gone|not here|not around)\b|"
          r"\bwish i (could )?(just )?(go to )?sleep and (never|not) wake up\b|\b(do not|never) "
          r"want to wake up\b|\bhope i (do not|never) wake up\b|\bwish i (did not|would not) wake "
          r"up\b|\b(do not|no longer) want to (be alive|live|exist|be here|be around|go on)\b|"
          r"\b(want|wanted) to (disappear|not exist|stop existing|not be here|not wake up)\b|"
          r"\bbetter off dead\b|\b(wish|hope) (something|a car|a bus|it) (would )?(kill|hit)s? me\b"
          r"|\bwish i (could )?(just )?die\b|\bwant to die\b|\bi (wanna|want) to be dead\b|"
          r"\bready to die\b|\b(would not|wouldn't|do not|don't) (care|mind) if i (died|was dead|"
          r"were dead|did not wake up|was gone|got hit)\b"),
    _rule("hopeless", Level.ELEVATED, SELF_HARM,
          r"\bno (point|reason) (in |to )?(living|anymore|going on|being alive|to live|carrying "
          r"on|trying|in anything|to keep going|to be here)\b|\b(cannot|can not) (go on|keep "
          r"going|do this anymore|take (it|this) anymore|cope anymore|carry on)\b|\bwhat is the "
          r"point (of|in) (living|life|anything|going on|being alive|me|carrying on|trying|it all|any "
          r"of it)\b|\b(i am|i feel|feeling|"
          r"everything is|life is|it is) (completely |totally |so )?hopeless\b|\bnothing (will )?"
          r"(ever )?(get|gets) better\b|\bno way out\b|\blife (is|feels) (pointless|meaningless|"
          r"not worth)\b|\b(tired|sick) of (living|life|being alive|existing)\b|\bwant (it all|"
          r"everything|the pain|it) to (stop|end)\b|\bnot worth living\b|\bgive up on life\b|"
          r"\bthere is no point anymore\b|\bno future for me\b|\bnothing matters( anymore)?\b"),
    _rule("burden", Level.ELEVATED, SELF_HARM,
          r"\b(better off without me|(i am|i feel like|i am just|i am such) (a|such a|an|only a) "
          r"(burden|waste of space)|burden (on|to) (everyone|my family|them|you)|nobody would "
          r"(care|notice|miss me)|no one would (care|notice|miss me)|(everyone|they) would be "
          r"(happier|better) without me)\b"),
    _rule("self_harm", Level.ELEVATED, SELF_HARM,
          r"\b(urge|urges|want|wanting|tempted|need|itching) to (cut|hurt|harm|burn|punish) "
          r"myself\b|\bself harm(ing|ed)?\b|\b(i|i have|been)\b.{0,12}\b(cut|cutting|burned|"
          r"burning|hurt|hurting|harmed|harming|scratching|hitting|punching|starving) myself\b|"
          r"\b(bang|banging|banged|hit|hitting|punch|punching) my head\b|\brelapsed\b.{0,20}"
          r"\b(cut|self harm|cutting)\b"),
    _rule("past_attempt", Level.ELEVATED, SELF_HARM,
          r"\b(tried|attempted) (to )?(kill myself|suicide|end my life|take my (own )?life|end "
          r"it)\b|\b(my|a|previous|last|suicide) attempt\b|\boverdosed\b.{0,30}\b(last (year|month|"
          r"week|time)|years? ago|months ago|when i was|survived)\b|\bsurvived (an|my) (attempt|overdose)\b"),
    _rule("abuse", Level.ELEVATED, DANGER,
          rf"\b{_WHO} (hits|hit|beats|beat|chokes|choked|slaps|slapped|kicks|kicked|punches|"
          rf"punched|hurts|hurt|threatens|threatened|strangled|shoves|pushes|pushed) me\b|"
          r"\b(scared|afraid|terrified) (to go|of going) home\b|\bnot safe at home\b|\b(abusive|"
          r"violent) (relationship|partner|boyfriend|girlfriend|husband|wife|home|dad|father|"
          r"mum|mom|mother|parent|parents|stepdad)\b|\b(he|she|they) (will|would) (kill|hurt) "
          r"me if\b|\b(scared|afraid|terrified) of my (dad|father|mum|mom|mother|husband|wife|"
          r"partner|boyfriend|girlfriend|stepdad|stepmum|parents)\b|\bforced me to\b|\bcomes into my (room|bed) at night\b|"
          r"\btouches me\b"),
    # Distress: pain without risk indicators.
    _rule("distress", Level.DISTRESS, None,
          r"\b(sad|sadness|unhappy|miserable|depressed|down|low|lonely|alone|isolated|anxious|"
          r"anxiety|panic|panicking|stressed|stress|overwhelmed|exhausted|burn(ed|t)? ?out|burnout|"
          r"drained|empty|numb|heartbroken|broken|crying|cried|cry|tears|grief|grieving|mourning|"
          r"lost my|passed away|died last|funeral|hurt|hurting|struggling|struggle|scared|afraid|"
          r"worried|worry|ashamed|shame|guilty|worthless|useless|failure|failed|failing|rejected|"
          r"unloved|unwanted|hate myself|hate my life|hate my body|hate how i look|so stupid|"
          r"i am an idiot|such an idiot|not good enough|i am so dumb|i am pathetic|"
          r"disgusted with myself|hard day|rough day|awful day|terrible day|bad day|hard time|"
          r"rough time|falling apart|breaking down|cannot cope|not coping|cannot sleep|insomnia|"
          r"frustrated|angry|furious|upset|disappointed|hopeless day|dumped|broke up|breakup|"
          r"break up|divorce|fired|laid off|tired of everything|fed up)\b"),
]

# Questions that seek means, method, heights or doses: harmless alone, crisis after distress.
METHOD_QUESTION = re.compile(
    r"\b(how (many|much)\b.{0,40}\b(pills|tablets|paracetamol|tylenol|ibuprofen|aspirin|"
    r"sleeping pills|insulin|medication|meds|dose)\b|lethal (dose|amount)|overdose (on|amount|"
    r"threshold)|how (high|tall) (is|are|would|does|do)\b.{0,40}\b(bridge|building|cliff|roof|"
    r"tower|car park|parking|balcony|floor|story|storey)|(tallest|highest) (bridge|building|"
    r"cliff|roof|tower|car park|point|place)|fall from|(painless|quick(est)?|easiest|fastest|"
    r"surest) (way|ways|method|methods) (to|of) (die|dying|death|go)|how to (hang|overdose|"
    r"suffocate|drown)|how long (does it take|until) .{0,20}(die|bleed|unconscious|pass out)|"
    r"where (can|could) i (buy|get) (a gun|rope|pills|a rope|poison)|how far\b.{0,30}\bfall|"
    r"(deadliest|most lethal|most dangerous|strongest) (medication|medicine|drug|pills?|thing)|"
    r"high enough|how long does it take to die|blood loss|(get|buy|get hold of) (a )?gun|"
    r"train (times|schedule)"
    r".{0,20}(tracks|line)|how deep (is|do)\b.{0,20}\b(cut|river|water|lake))"
)
# A method question with self-reference is crisis on its own.
SELF_METHOD = re.compile(
    r"\b(how (can|do|should|could|would) i|how to|best way to|easiest way to|quickest way to|"
    r"painless way to|ways to)\b.{0,15}\b(kill myself|end my life|die|commit suicide|overdose|"
    r"hang myself|end it)\b|\bhow many\b.{0,30}\bto (die|kill myself|end it|not wake up)\b|"
    r"\b(least painful|painless|quickest|easiest|surest) way to die\b"
)
# Short replies that carry a plan forward; they matter only right after a crisis turn.
CONTINUATION = re.compile(
    r"\b(i am ready|ready now|it is time|goodbye|bye|thanks for everything|thank you for "
    r"everything|made up my mind|decided|i am done|it is done|enough|painless|how long|tonight|"
    r"right now|doing it|not going to stop me|too late|all sorted|everything is sorted|"
    r"sleep forever|just want to sleep|no one can stop me|nobody can stop me)\b"
)
RETRACTION = re.compile(
    r"\b(jk|just kidding|just joking|only joking|kidding|joking|was joking|being dramatic|"
    r"dramatic|forget (i said|what i said|it|that)|did not mean (it|that)|never mind|nevermind|"
    r"nvm|i am fine (now|lol|really|honestly)|i am okay (now|lol|really|honestly)|lol)\b"
)
THIRD_PARTY = re.compile(
    r"\b(my (friend|mate|best friend|bf|gf|boyfriend|girlfriend|partner|husband|wife|son|"
    r"daughter|kid|child|brother|sister|sibling|mum|mom|mother|dad|father|parent|cousin|"
    r"colleague|coworker|co-worker|roommate|flatmate|classmate|student|client|teen|teenager|"
    r"nephew|niece|uncle|aunt|grandma|grandad|grandpa|neighbour|neighbor)|(a|one of my) "
    r"(friend|student|colleague|coworker|classmate)|someone i (know|love|care about)|"
    r"(he|she|they) (said|says|told me|keeps saying|texted|posted|mentioned|wrote))\b"
)
THIRD_PARTY_RISK = re.compile(
    r"\b(wants? to die|want(s|ed)? to kill (himself|herself|themselves|themself)|kill "
    r"(himself|herself|themselves|themself)|suicidal|suicide|self harm(ing)?|cutting|hurting "
    r"(himself|herself|themselves)|end (his|her|their) life|not want to (live|be here)|"
    r"better off without (him|her|them)|overdos(e|ed)|self harm\w*|wants? to disappear|(thinks|thinking|"
    r"talks|talking) about (dying|death|suicide)|(hits|hit|beats|beat|hurts|chokes|abuses) (her|"
    r"him|them)|abusive|(wants|want) to hurt (himself|herself|themselves))\b"
)
THIRD_PARTY_NOW = re.compile(
    r"\b(took|taken|swallowed|downed) (a lot of|all|too many|a bunch of|the whole|loads of|"
    r"some|his|her|their)? ?(of )?(pills|tablets|meds|medication|bottle|packet)\b|\b(overdosed|cut (himself|herself|"
    r"themselves)|is bleeding|is not breathing|is unconscious|will not wake up|collapsed|"
    r"(is not|not) responding|unresponsive)\b|\b(is|are) (beating|hitting|attacking|hurting|"
    r"strangling|choking) (her|him|them)\b|"
    r"\b(is|are) (on|at) the (bridge|roof|ledge|edge|tracks)\b|\b(going to|gonna|about to) "
    r"(kill|hurt) (himself|herself|themselves|themself) (tonight|now|right now|today)\b|"
    r"\b(tonight|right now|now)\b.{0,40}\b(kill|end) (himself|herself|themselves|his life|"
    r"her life|their life)\b"
)
# The writer's own risk, which talk about someone else must never hide.
FIRST_PERSON_RISK = re.compile(
    r"\b(myself|my (own )?life|i (want|need|am going) to die|i am (so |really )?suicidal|i feel "
    r"suicidal|i wish i (was|were) dead)\b"
)
# Worry about someone else without risk words: the writer's distress, no support block needed.
THIRD_PARTY_CONCERN = re.compile(
    r"\b(how (do|can|should) i (help|support|talk to|approach|bring (it|this) up|be there for|"
    r"reach out to|comfort|check on)|what (do|should|can) i (say|do)|should i (tell|say|ask)|"
    r"worried (about|for)|scared for|concerned about|eating disorder|bullied|being bullied|"
    r"hates? (himself|herself|themselves)|not eating|barely eats|(has not|not) left (his|her|"
    r"their) room|nightmares|flashbacks|drinking too much|depressed|struggling|abusive|burden|"
    r"will not leave|cannot leave)\b"
)
NEGATION = re.compile(
    r"\b(not|never|no longer|nor|no|without|stop myself from|instead of)\b(\s+\w+){0,3}\s*$"
)
