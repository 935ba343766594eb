"""Pattern rules over normalised text: the fast, explainable first layer of detection.

Each rule names the evidence it stands for, the level it implies and its category. Benign
look-alikes ("kill a python process", "this heat is killing me") are masked before the risk rules
run, and a negation just before a match ("i would never kill myself") lowers it to distress.
What the rules cannot see (oblique wording, typos) is the classifier's job; what depends on earlier
turns (method questions after distress, retractions) and on other people is in ``rules_context``.
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
    r"(kill(ing)? myself|end(ing)? (my life|it all|it|things|everything)(?! (with|between|off))|take my (own )?life|"
    r"commit(ting)? suicide|suicide|off myself|hang(ing)? myself|shoot(ing)? myself|"
    r"overdos(e|ing)|not (be )?(here|alive|around) (anymore|tomorrow)|die( tonight| today| now)?|"
    r"be dead|jump(ing)? (off|in front))"
)
_WANT = (
    r"(want|wanted|need|going|plan|planning|ready|decided|deciding|intend|intending|about|"
    r"will|would like|have to|trying|try|tempted|gonna|really want|just want|feel like)"
)
_WHO = r"(he|she|they|my \w+( \w+)?)"
_PEOPLE = (
    r"(him|her|them|my \w+|someone|somebody|people|everyone|everybody|that \w+|this \w+|"
    r"the \w+|my (boss|teacher|ex|dad|mum|mom|brother|sister|partner|wife|husband))"
)

# Said of something long ago ("overdosed last year"): a past attempt, not an emergency now.
_NOT_PAST = (
    r"(?!.{0,30}\b(last (year|month|week|summer|winter|time)|years? ago|months ago|when i was|"
    r"in the past|survived|at \d+|as a (teen|teenager|kid|child)|in (high )?school)\b)"
)

# Said of an attempt that is over ("tried to end my life"): the past_attempt rule's, not intent.
_NOT_ATTEMPT = r"(?<!tried to )(?<!attempted to )(?<!after trying to )"
# A stretch of words with no negation in it: "i do not want to die" is no intent.
_UNNEGATED = r"((?!\b(not|never|no)\b).){0,40}?"

# Spans that only look alarming. They are masked before the risk rules see the text.
BENIGN: list[tuple[str, re.Pattern[str]]] = [
    (name, re.compile(pattern))
    for name, pattern in [
        ("idiom_killing_me", r"\b(is|are|was|were|it is|that is|this is|these|those) killing me\b"),
        ("idiom_kill_for", r"\b(would|could) kill for\b"),
        ("idiom_die_of", r"\b(die|dying|died|dead) (of|from|laughing|with) (embarrassment|laughter|"
                         r"laughing|cringe|boredom|shame|cuteness)\b"),
        ("idiom_could_die", r"(?<!so i )\bcould (just )?die\b(?! (tonight|today|now))"),
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
        ("idiom_kill_myself_working", r"\bkill(ing)? myself (with|at|in|over|for) (this|the|that|"
                                      r"my) (workout|gym|run|training|revision|homework|job|"
                                      r"shift|diet)\b"),
        ("idiom_kill_me_if", r"\b(kill|murder) me if (i|we) (am |are |was |were )?(late|forget|"
                             r"forgot|miss|missed|break|broke|lose|lost|eat|ate|spend|spent|fail|"
                             r"failed|skip|skipped|spill|spilled|scratch|scratched|dent|dented)\b"),
        ("playful_attack", r"\bmy (cat|dog|kitten|puppy|hamster|parrot|bird|rabbit|toddler|baby) "
                           r"(is|keeps) (attacking|biting|hitting|kicking|scratching) me\b|"
                           r"\b(hitting|punching|kicking|attacking) me with (a |the )?(pillows?|"
                           r"snowballs|water (guns|balloons)|nerf)\b"),
        ("cut_back", r"\bcut(ting)? (back|down) on (sugar|carbs|coffee|caffeine|alcohol|drinking|"
                     r"booze|spending|screen time|snacks|meat|salt|sweets|junk food|social media)\b"),
        ("household_kill", r"\b(kill|killing|kills) (off )?(the )?(mould|mold|bacteria|germs|"
                           r"viruses|fleas|lice|weeds|moss|slugs|wasps|roaches|cockroaches|"
                           r"rats|mice|pests|aphids|fungus|algae)\b"),
        ("fiction_plot", r"\b(in|from) (the )?(movie|film|book|novel|show|series|game|episode|"
                         r"play|anime|comic)\b"),
    ]
]

RULES: list[Rule] = [
    # Crisis: intent, plan, means, preparation, in progress, danger now.
    _rule("intent", Level.CRISIS, SELF_HARM, rf"\b(i|i am|i have|i will|i'?ll)\b{_UNNEGATED}"
          rf"\b{_WANT}\b( to| on)? {_NOT_ATTEMPT}{_END_LIFE}{_NOT_PAST}"),
    _rule("intent_short", Level.CRISIS, SELF_HARM,
          r"\b(going to|gonna|about to|will|ready to|decided to|time to|plan to) "
          r"(kill myself|off myself|end it all|end my life|commit suicide|take my (own )?life|"
          r"hang myself|jump (off|from) (the|a|this|that) (roof|bridge|building|cliff|balcony|"
          r"car park|tower|ledge)|jump in front of)\b"),
    _rule("kill_myself", Level.CRISIS, SELF_HARM,
          rf"\b{_NOT_ATTEMPT}(kill(ing)? myself|end(ing)? my (own )?life|take my (own )?life|"
          rf"hang(ing)? myself|shoot(ing)? myself|commit(ting)? suicide)\b{_NOT_PAST}"),
    _rule("suicidal", Level.CRISIS, SELF_HARM,
          r"\b(i am|i feel|feeling|been|getting|i have been|i get|so|very|really|actively) "
          r"(really |so |very |pretty |kind of |quite )?suicidal\b|^(so |really |feeling )?suicidal\b"
          r"|(?<!had )\bsuicidal (thoughts|again|tonight|right now|today)\b(?!.{0,20}\b(last|ago)\b)|\bsuicide (tonight|today|now|this weekend|tomorrow)\b"),
    _rule("thinking_suicide", Level.CRISIS, SELF_HARM,
          r"\b(thinking|thought|thoughts|think) (about|of|on) (suicide|killing myself|ending (it|my "
          r"life|things|everything)|taking my (own )?life|how to die)\b"),
    _rule("plan_means", Level.CRISIS, SELF_HARM,
          r"\b(i have|got|bought|saved|saving|stockpil\w*|collected|collecting|hoard\w*)\b.{0,25}"
          r"\b(pills|tablets|a rope|rope|a gun|gun|razor|blades?)\b.{0,40}\b(for|to|when|ready|"
          r"enough|tonight|end|myself)\b|\b(have|made|got) a plan\b.{0,30}\b(die|end|kill|suicide|"
          r"myself)\b|\b(my|a) (suicide|goodbye) (note|letter|plan)\b|\bhow i am going to do it\b"),
    # Preparation, one family each: giving things away, goodbyes, affairs in order, a timeline.
    _rule("giving_away", Level.CRISIS, SELF_HARM,
          r"\b(giv(e|ing|en)|gave) (away )?(all )?my (stuff|things|belongings|possessions|pets?|"
          r"cat|dog)\b(?! (toys|food|bed|bowl|lead|clothes|things)).{0,40}\b(away|to|because|since)\b|\bgiving (away )?(all )?my (stuff|"
          r"things|belongings) away\b|\bgave away (all )?(of )?my (stuff|things|belongings|"
          r"possessions)\b|\b(left|rehomed|found a home for) (my|the) (dog|cat|pets?)\b.{0,60}"
          r"\b(letters?|notes?|goodbye|everyone|affairs)\b|\b(letters|notes) (to|for) (everyone|my \w+)"
          r"\b.{0,60}\b(left|rehomed|gave away|found a home for) (my|the) (dog|cat|pets?)\b"
          r"(?!.{0,40}\b(trip|holiday|vacation|weekend|while i am away)\b)"),
    _rule("goodbye_message", Level.CRISIS, SELF_HARM,
          r"\b(this is|these are) (my )?(last|final) (message|words|post|goodbye)\b(?! (before|until|"
          r"for (today|now|the (day|night|week|year))))|\bsaying (my )?"
          r"goodbyes?\b|\bsaid my goodbyes\b|\bgoodbye (everyone|forever|world)\b|\bsee you on "
          r"the other side\b(?! of)|\bby the time you (read|see) this\b|\b(signing|logging|checking) "
          r"(off|out) (for good|forever|permanently)\b|\b(bye|goodbye) for good\b|\bthe last "
          r"(one|person) i (wanted|want|needed) to (talk|speak) to\b"),
    _rule("farewell_letters", Level.CRISIS, SELF_HARM,
          r"\b(wrote|written|writing|left|leaving) (the |my )?(goodbye|farewell|last|final) (letters|"
          r"notes) (to|for) (everyone|all of them|my \w+)\b|\b(letters?|notes?) (to|for) (each of )?"
          r"(my|everyone)\b.{0,30}\b(explaining|to explain) why\b|\b(wrote|"
          r"written|writing|left) (a |my )?(goodbye|farewell) (letter|note|message)s?\b(?! (to|for)"
          r" (my |the |our )?(team|class|colleagues|coworkers|students|office|job|work))"),
    _rule("affairs_sorted", Level.CRISIS, SELF_HARM,
          r"\bsort(ed)? (out )?my affairs\b|\bmy (will|affairs) (is|are) (done|sorted|in order)\b"
          r"|\b(it is|everything is|it has|everything has) (all )?(been )?(taken care of|sorted)\b"
          r".{0,30}\b(after|gone|nobody|no one|today|tonight)\b|\b(sorted|arranged|settled|"
          r"organi[sz]ed|tied up) (everything|it all|all my \w+|my affairs|loose ends)\b(?! (for|"
          r"before)).{0,40}\b(calm|lighter|at peace|peaceful)\b"),
    _rule("timeline", Level.CRISIS, SELF_HARM,
          r"\b(will not|am not going to|not going to) be (around|here|a problem|a burden|in "
          r"(the|your|anyone'?s|everyone'?s|anyone is|everyone is) way)( (for|to) (anyone|you|"
          r"everyone|them|anybody))? (much longer|for long|after (tonight|today|this "
          r"week|this weekend|the weekend))\b|"
          r"\b(after (tonight|today)|soon) (nobody|no one|you|they|everyone) (has to|have to|will "
          r"have to|needs to|will not have to|will never have to)\b|\b(nobody|no one) (has to|"
          r"will have to|needs to) (worry about|put up with|deal with|look after) me\b|\b(you|"
          r"nobody|no one|they) (will not|will never) (hear from|see) me again\b|\bwhen i am "
          r"gone\b(?! (on|for|to|away))|\btell (them|everyone|my \w+) i (love|loved) them\b.{0,30}\b(after|gone)\b"
          r"|\b(last|final) (sunset|sunrise|train|night|morning|meal|breath)s? i will ever (see|"
          r"watch|feel)\b"),
    _rule("only_way", Level.CRISIS, SELF_HARM,
          r"\b(suicide|death|dying|ending it|killing myself) (is|feels like|seems like) (the|my) "
          r"only (option|way|answer|choice|way out|escape)\b|\bi am sorry i (could not|cannot|"
          r"was not strong enough to) (stay|hold on|keep going|go on|be stronger)\b(?! (longer|"
          r"for|at|till|until|to))"),
    _rule("refusing_to_live", Level.CRISIS, SELF_HARM,
          r"\b(have not|not|stopped) (had|eaten|drunk|drinking|eating|taken) (any )?(water|food|"
          r"anything|my (insulin|meds|medication))\b.{0,40}\b(not going to|will not|do not plan "
          r"to|never again)\b(?!.{0,15}\b(until|till|before|after)\b)"),
    _rule("self_harm_now", Level.CRISIS, SELF_HARM,
          r"(?<!to )\b(cut|cutting|burned|burning|hurt|hurting|harmed|harming) myself\b.{0,40}\b(right "
          r"now|just now|tonight|minutes ago|and it will not stop|bleeding|too deep)\b|"
          r"\b(cutting|burning|hurting) myself (right )?now\b|"
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
    _rule("overdose_symptoms", Level.CRISIS, MEDICAL,
          r"\b(took|taken|swallowed) (way )?too (much|many)\b(?! (photos|pictures|selfies|coffee|"
          r"time|notes|classes|shifts|days|sugar))(?! \w+ off).{0,40}\b(blurry|dizzy|sleepy|drowsy"
          r"|cannot (stay awake|keep my eyes open|see)|heart (is )?(racing|pounding)|passing out)\b"),
    _rule("harm_others", Level.CRISIS, OTHERS,
          rf"\b(i|i am|i will)\b.{{0,20}}\b(want|going|gonna|plan|planning|about|ready|will)( to)? "
          rf"(kill|hurt|stab|shoot|murder|strangle|attack|poison) {_PEOPLE}\b|\b(show up|turn up|"
          rf"walk in|come in)\b.{{0,30}}\b(gun|rifle|weapon)\b|\bshoot up (the|my|a|our) (school|"
          rf"workplace|office|class|college|party|mall|church|work)\b|\b(bring|bringing|take|taking) "
          rf"(a|my|my \w+'?s?) (gun|rifle|weapon) (to|into) (school|class|work)\b"),
    _rule("danger_now", Level.CRISIS, DANGER,
          rf"\b{_WHO} (is|are) (outside|here|at the door|coming|coming back|breaking in|trying to "
          rf"(get|break) in)\b.{{0,60}}\b(knife|gun|weapon|kill|hurt|scared|afraid|terrified|help)\b"
          rf"|\b{_WHO} (has|got|is holding|pulled) (a )?(knife|gun|weapon)\b|\b{_WHO} (is|are) "
          rf"(strangling|choking|hitting|beating|stabbing|attacking|kicking|punching) me\b|\b{_WHO} "
          rf"(is|are) (going to|gonna|trying to) (kill|hurt|strangle|stab) me\b|\b(i am|i am not) "
          rf"(in danger|safe) (right now|now|here)\b.{{0,0}}|\bhe will kill me\b(?! if)|\bnot safe right "
          rf"now\b|\b{_WHO} (is|are) (\w+ and )?(hitting|beating|attacking|hurting|strangling|choking)"
          rf" (my \w+|me|us)\b.{{0,30}}\b(right now|now)\b|\b(he|she|they) (will|is going to|"
          rf"are going to) come (for|after) me\b|\blocked myself in\b.{{0,40}}\b(he|she|they)\b|\b(broke|breaking|broken) into "
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
          r"\b(want|wanted) to (disappear|not exist|stop existing|not be here|not wake up)\b(?! for "
          r"(a|the) (weekend|week|day|holiday|trip))|"
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
    _rule("done_with_life", Level.ELEVATED, SELF_HARM,
          r"\b(i am|i am so|i am just) done (with (life|everything|it all|living|this life|"
          r"existing)|trying\b(?! to))|\b(cannot|can not) keep (doing this|going like this|living like "
          r"this)\b(?= *($|[.,!?]|anymore|any longer))|\bwant (this|it all|everything) to be over\b|\bdisappointed (that )?i woke "
          r"up\b"),
    _rule("burden", Level.ELEVATED, SELF_HARM,
          r"\b(better off without me|(i am|i feel like|i am just|i am such|i am nothing but) (a|such "
          r"a|an|only a) "
          r"(burden|waste of space)|burden (on|to) (everyone|my family|them|you)|(nobody|no one) "
          r"would (care|notice|miss me)(?! if i (left|skipped|missed|went|came|wore))|(everyone|they) would be "
          r"(happier|better) without me)\b"),
    _rule("self_harm", Level.ELEVATED, SELF_HARM,
          r"\b(urge|urges|want|wanting|tempted|need|itching) to (cut|hurt|harm|burn|punish) "
          r"myself\b|\bself harm(ing|ed)?\b|\b(i|i have|been)\b.{0,12}\b(cut|cutting|burned|"
          r"burning|hurt|hurting|harmed|harming|scratching|hitting|punching|starving) myself\b|"
          r"\b(bang|banging|banged|hit|hitting|punch|punching) my head\b|\brelapsed\b.{0,20}"
          r"\b(cut|self harm|cutting)\b"),
    _rule("past_attempt", Level.ELEVATED, SELF_HARM,
          r"\b(tried|attempted) (to )?(kill myself|suicide|end my life|take my (own )?life|end "
          r"it)\b|\b(my|a|previous|last|suicide) attempt\b|\b(after|since) (trying|attempting) to "
          r"(kill myself|end my life|take my (own )?life|end it)\b|\b(had|have had|used to have) "
          r"(suicidal thoughts|thoughts of (suicide|killing myself|ending it))\b|\boverdosed\b.{0,30}\b(last (year|month|"
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
