"""Pattern rules over normalised text: the fast, explainable first layer of detection.

Each rule names the evidence it stands for, the level it implies and its category. Benign
look-alikes ("kill a python process", "this heat is killing me", see ``lookalikes``) are masked
before the risk rules run, and a negation just before a match ("i would never kill myself")
lowers it to distress. What the rules cannot see (oblique wording, typos) is the classifier's
job; what depends on earlier turns (method questions after distress, retractions) and on other
people is in ``rules_context``.
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
    r"(want|wanted|wanting|need|going|plan|planning|ready|decided|deciding|intend|intending|about to|"
    r"will|would like|have to|trying|try|tempted|gonna|really want|just want|feel like)"
)
_WHO = r"(he|she|they|my \w+([ -]in[ -]law| \w+)?)"
MEDS = (
    r"(pills|tablets|meds|medication|antidepressants|painkillers|sleeping pills|insulin|paracetamol|"
    r"tylenol|ibuprofen|aspirin|codeine|tramadol|sertraline|fluoxetine|citalopram|prozac|zoloft|"
    r"xanax|diazepam|valium|oxycodone|melatonin|lithium|quetiapine|seroquel|adderall|ritalin|"
    r"amitriptyline|propranolol|benadryl|zopiclone|morphine|fentanyl|co-codamol|cocodamol|"
    r"dihydrocodeine|pregabalin|gabapentin|mirtazapine|naproxen|nurofen|panadol)"
)
"""Medicines by kind and by the names people use most."""
HOUSEHOLD_POISON = (r"(bleach|antifreeze|weed ?killer|rat poison|paraquat|drain cleaner|pesticide|"
                    r"oven cleaner)")
"""Poisons found at home, swallowed or about to be ("drank bleach", "going to drink the
antifreeze")."""
HEAD_INJURY_NOW = (
    r"\b(hit|banged|bumped|smacked) (her|his|their|my) head\b.{0,60}\b(vomiting|being sick|"
    r"throwing up|confused|does not know (what day|where|who)|unconscious|will not wake|drowsy|"
    r"slurring)\b|\b(baby|toddler|son|daughter|child|kid|little one)\b.{0,60}\b(floppy|limp|"
    r"will not wake|cannot wake|unresponsive|fitting|having a fit|turning blue)\b"
)
"""A blow to the head, or a child floppy or not waking, with the signs that it is serious now
(anyone's)."""
HEIGHT_THAT_WOULD_DO_IT = (
    r"(what|which) (floor|storey|story|height|level) (would|will|is (high )?enough to) (do it|do "
    r"the job|be enough|finish it)"
)
"""A question after a height that would end a life: a crisis rule and a method question both."""
_ADULT_AT_HOME = (r"(dad|father|stepdad|mum|mom|mother|stepmum|husband|wife|partner|boyfriend|"
                  r"girlfriend|bf|gf|uncle|ex|flatmate|housemate|carer)")
"""Who "gets aggressive when he drinks" makes a home unsafe (not a son who is tired)."""
_PEOPLE = (
    r"(him|her|them|my \w+|someone|somebody|people|everyone|everybody|that \w+|this \w+|"
    r"the \w+|my (boss|teacher|ex|dad|mum|mom|brother|sister|partner|wife|husband))"
)

# Said of something long ago ("overdosed last year"): a past attempt, not an emergency now.
_NOT_PAST = (
    r"(?!.{0,30}\b(last (year|month|week|summer|winter|time)|years? ago|months ago|(\w+ )?(winters|"
    r"summers|springs|autumns|christmases) ago|when i was|at (\w+teen|twenty|thirty|forty)\b|"
    r"in my (teens|\w+ties)|back then|"
    r"in the past|survived|at \d+|as a (teen|teenager|kid|child)|in (high )?school|in the "
    r"(spring|summer|autumn|fall|winter)|in (january|february|march|april|may|june|july|august|"
    r"september|october|november|december))\b)"
)

# A break-in told as past ("someone broke in last night while we were asleep"): shaken, not in
# danger now.
_BREAK_IN_PAST = (
    r".{0,40}\b(last (night|week|weekend|month|year|summer|winter)|yesterday|\w+ (days|weeks|"
    r"months|years) ago|while (we|i) (were|was) (away|out|asleep|on holiday))\b"
)

_FOR_AN_OCCASION = (
    r"for (our|the|a|my|his|her|their|a few|some) (\w+ )?(wedding|photos?|pictures|shoot|picnic|"
    r"party|proposal|ceremony|memorial|bench|plaque|ashes|walk|run|race|view|sunset|sunrise|"
    r"barbecue|bbq|swim|fishing)\b")
SPOT_FOR_AN_OCCASION = rf"(?!.{{0,25}}?\b{_FOR_AN_OCCASION})"
"""After a spot, tree or bridge picked: one picked for an occasion ("the spot on the bridge for our
wedding photos", up to 25 characters on), not one picked to die."""
SPOT_FOR_ANOTHER_REASON = (
    r"(?! we\b)(?!.{0,25}?\b(where (we|they|he|she|our|my|his|her|dad|mum)\b|"
    rf"{_FOR_AN_OCCASION}|to (fish|swim|sit|eat|picnic|camp|park|paint|photograph|watch)\b))")
"""After a spot visited to be picked: also one "where we scattered dad's ashes" or "to fish".
A spot "where i will do it" or "where the drop is highest" stays a choice of place."""
# Said of an attempt that is over ("tried to end my life"): the past_attempt rule's, not intent.
_NOT_ATTEMPT = r"(?<!tried to )(?<!attempted to )(?<!after trying to )"
# A stretch of words with no negation in it: "i do not want to die" is no intent.
_UNNEGATED = r"((?!\b(not|never|no)\b).){0,40}?"

INTENT = {"intent", "intent_short", "kill_myself", "suicidal", "thinking_suicide", "passive_wish",
          "self_harm"}
"""Rules whose words, denied, deny the risk ("i'm not going to kill myself"); a denied wish for
relief does not ("not even sure i want it to stop")."""
ACTS_DONE = {"wrists_cut", "harm_done_on_purpose", "attempt_just_now", "self_harm_now",
             "bleeding_now"}
"""Self-harm already done: an emergency whatever is said next, as the ``MEDICAL`` rules are."""
TOLD_AS_PAST_ABLE = ACTS_DONE | {"overdose_taken"}
"""Acts that, told in a sentence opening on a time long past, are a past attempt (elevated)."""
FAREWELL = {"farewell_letters", "goodbye_message", "letters_left", "messages_left", "gone_by_day",
            "affairs_sorted"}
"""Rules that read a goodbye: an occasion named just before (a retirement, a move) explains it."""

PREPARATIONS: list[tuple[str, re.Pattern[str]]] = [(name, re.compile(pattern)) for name, pattern in [
    ("bequest", r"\b(he|she|they|you|my \w+( \w+)?) can have (my|the|all my|all of my) \w+|"
                r"\b(gave|give|given|giving|left) (my )?(little |baby |big )?(\w+ )?(nephew|niece|"
                r"brother|sister|son|daughter|mate|friend|neighbour|cousin|nan|grandson|"
                r"granddaughter)( \w+)? (my|the) (watch|ring|necklace|guitar|bike|car|trainers|books|"
                r"games|console|clothes|phone|tools|records|jacket|medals?)\b|\b(given|gave) (the|my) "
                r"\w+ to (my \w+|the \w+( \w+)?)\b.{0,10}\band (the|my) \w+ to\b|\b(gave|given|giving) "
                r"my \w+( \w+)? to (my )?(\w+ )?\w+\W{0,3} (and|n|&) my \w+( \w+)? to\b"),
    ("letters_each", r"\bwrote (each of )?my (friends|family|kids|children|sisters|brothers) (a )?"
                     r"letters?\b|\b(wrote|written|writing|finished) (\w+ )?letters? (for|to) (my|each)\b|\bletters?\b.{0,40}\b(under|on|beneath) (my|their|his|her|the) "
                     r"pillows?\b|\bsealed (them|it|each|(the |my )?(letters?|notes?))( \w+){0,2} in (an )?envelopes? (for|to) (my|each)\b"),
    ("gifts_named", r"\b(gave|given|giving|left) my (\w+ ){0,2}\w+ to (my )?(little |small |baby |big )?("
                    r"brother|sister|nephew|niece|son|daughter|cousin|mate|friend|neighbour|grandson|"
                    r"granddaughter|the ladies|the (girls|lads) (at|on|from))\b|\b(labelled|marked|"
                    r"written down) (which|what) (friend|one|person|of them) gets (which|what)\b|"
                    r"\b(goes|go|are going|is going) to my (son|daughter|nephew|niece|brother|sister|"
                    r"apprentice|best mate|best friend)\b"),
    ("business_closed", r"\b(closed|shut) (my|the) books\b|\brefunded (every|all)( single)? "
                        r"(deposit|booking|client)s?\b"),
    ("means_kept", r"\b(tucking|putting|squirrell?ing|saving|stockpiling|hoarding|stashing|hiding) "
                   r"(away )?(the |my |up )?(evening |night |morning |heart |sleeping )?(ones|pills|"
                   r"tablets|meds|medication|doses)\b|\bsetting (a little|some|a bit) aside every\b|\bcounted (out )?(\w+ ){0,2}(pills|tablets|meds)\b"
                   r"(?!.{0,30}\b(for the week|dosette|pill box|organi[sz]er)\b)"),
    ("papers_in_order", r"\b(put|got|have) my papers in order\b|\bfor my executor\b"),
    ("finished", r"\b(merely|simply) finished\b(?! (with|the|my|work|reading|eating))|\bit was "
                 r"considered\b"),
    ("video_left", r"\brecord(ed)? a (little |short )?(video|message) for my (son|daughter|kids|"
                   r"children|husband|wife)\b"),
    ("things_bagged", r"\b(give|gave|given|giving) away (all )?my (clothes|stuff|things|bits|books|"
                      r"records)\b|\b(put|packed|bagged|boxed) (up )?(all )?my (bits|stuff|things|"
                      r"clothes)\b|\bwith (his|her|their|\w+'s) names? on\b|\bput (his|her|their|"
                      r"my \w+'s|\w+'s) names? on\b"),
    ("own_wake", r"\bat (my|the) (wake|funeral)\b(?!.{0,30}\b(of|for) (my|his|her|their|our)\b)|"
                 r"\b(chosen|chose|picked|sorted|written down|wrote down) (the |my )?(hymns|songs|music|"
                 r"readings|playlist) for (my (own )?(funeral|send ?off)|afterwards)\b"),
    ("arrangements", r"\bcancel(l?ed|l?ing)? (the|my) (paper|papers|newspaper|milk|subscriptions?|"
                     r"phone contract|gym)\b|\b(sorted|arranged|left|settled) (the|my) (cat|dog|budgie|"
                     r"rabbit|pets?) (with|at)\b|\bleft (the |my )?(\w+ )?(door )?keys? (under|with|"
                     r"for)\b|\bfor whoever (comes|finds|is)\b"),
    ("goodbye_said", r"\b(told|tell) (them|her|him|my \w+( \w+)?) (that )?(i|daddy|mummy|mum|mam|dad|"
                     r"papa|mama) (love|loves|loved) (them|her|him|you)\b.{0,20}\bno matter what\b|"
                     r"\bsounds? finished\b|\bnothing left (she|he|they) (has|have|will have|needs?) "
                     r"to wonder\b|\b(the|a|my) (last )?goodbye i (wanted|want)\b"),
    ("settled", r"\b(feels|it all feels|everything feels|all) (tidy|settled|in order)\b"),
    ("not_around", r"\bnot (planning|going|gonna) to be around\b|\b(will not|do not|not going to) "
                   r"(be )?need(ing)? (them|it|any of it|to see)\b|\b(nobody|no one) (will|can|is going to) stop me\b|"
                   r"\bfinished with it all\b|\beverything (is )?done for me\b"),
]]
"""Everyday acts that, two or more in one message, are a preparation (``detect`` counts them)."""
PREPARATION_EXPLAINED = re.compile(
    r"\b(move|moving(?! on)|relocat\w*|emigrat\w*|declutter\w*|car boot|garage sale|yard sale|"
    r"holiday|trip|new (house|flat|home|place)|travel\w*|deploy\w*|abroad|hospital|surgery|"
    r"operation|rehab)\b"
)
"""A move or a trip, which explains things given away and the milk cancelled."""

RULES: list[Rule] = [
    # Crisis: intent, plan, means, preparation, in progress, danger now.
    _rule("intent", Level.CRISIS, SELF_HARM, rf"\b(i|i am|i have|i will|i'?ll)\b{_UNNEGATED}"
          rf"\b{_WANT}\b( to| on)? {_NOT_ATTEMPT}{_END_LIFE}{_NOT_PAST}"),
    _rule("intent_short", Level.CRISIS, SELF_HARM,
          r"\b(going to|gonna|about to|will|ready to|decided to|time to|plan to|planning to|intend "
          r"to|intending to) (go |just )?"
          r"(kill myself|off myself|end it all|end my life|commit suicide|take my (own )?life|"
          r"disappear (for good|forever)|"
          r"(go to )?sleep and (not|never) wake up|(lie|lay|sleep) (down )?on the (train |railway )?"
          r"(tracks|rails|railway line)|"
          r"hang myself|(jump|walk|step) (off|from) (the|a|this|that) ([a-z]+[ -]){0,2}(roof|bridge|"
          r"building|cliff|balcony|"
          r"car park|parking garage|parking structure|multi ?storey|overpass|viaduct|tower|ledge|"
          r"terrace|rooftop|window|building)|"
          r"jump in front of)\b"),
    _rule("method_would_do_it", Level.CRISIS, SELF_HARM, rf"\b{HEIGHT_THAT_WOULD_DO_IT}\b"),
    # A place scouted: "walked down to the railway line twice this week to pick the spot".
    _rule("place_scouted", Level.CRISIS, SELF_HARM,
          r"\b(walked|went|been|go|going|drove|drive|cycled) (down |up |out |back )?to (the|a) "
          r"(railway|railway line|tracks?|line|level crossing|bridge|cliffs?|viaduct|quarry|river|"
          r"weir|dam|overpass|multi ?storey|car park)\b.{0,60}\bto (pick|choose|find|look at|check) "
          rf"(out )?(the|a|my) (spot|place|point|stretch)\b{SPOT_FOR_ANOTHER_REASON}"),
    # Said in the person's own terms: "that walk is only going one way", "bolted the door so
    # nobody walks in on anything", "not clipping on tomorrow... that's rather the point".
    _rule("no_return", Level.CRISIS, SELF_HARM,
          r"\bno return (flight|ticket|journey|trip)\b.{0,20}\b(this time|needed|for me)\b|"
          r"\b(not|never|without|no) (clipping|harness|tying|roping|buckling|strapping)( on| in| up)? "
          r"this time\b|\bknow (exactly )?how (much|many)( of what)? (it takes|it would take|would do "
          r"it)(?=\W*($|[.,;!?]))|"
          r"\b(stones|rocks|weights) in my (coat |jacket )?pockets\b|\bmake (it|my death) look like "
          r"an accident\b|"
          r"\b(walk|trip|drive|swim|climb|journey|hike|ride|dive|flight|crossing)\b.{0,20}\b(is )?only "
          r"(going|goes) one way\b|\bso (nobody|no one) (walks|comes|barges|bursts) in on (anything|"
          r"it)\b|\b(locked|bolted|wedged|barricaded) (the|my) (\w+ )?doors?\b.{0,40}\bso (nobody|no "
          r"one) (can )?(stop|interrupt|find) me\b|\b(not|never|without|no) (clipping|clip|harness|"
          r"tying|roping|buckling|strapping)( on| in| up)?\b.{0,120}\b(that is|thats|which is) (rather "
          r"|kind of |sort of |exactly |precisely |really )?the (whole )?point\b"),
    # A crash, the tracks, a place one does not come back from.
    _rule("intent_place", Level.CRISIS, SELF_HARM,
          r"\b(going to|gonna|will|plan to|planning to|want to) (drive|crash|steer|swerve|put|wrap|"
          r"plough|plow) (my |the |it )?(car |truck |van |ute |it )?(into|off) (a|the) (\w+ )?(tree|"
          r"oak|wall|bridge|cliff|lorry|truck|"
          r"river|lake|sea|oncoming|barrier|pillar)\b|^(?=.*\b(tracks|railway|train|freight|line)\b)"
          r".*\b(going to|gonna|will) (go )?(and )?(stand|lie|lay|sit|wait) (on|there|in front|"
          r"between)\b|\bnot coming back\b.{0,30}\bnot to anything\b|\bnot coming back from it"
          r"(\W*$|\. )|\b(do not|not) (plan|planning|intend|intending|going) (on|to) (coming|come) "
          r"(back|home|back up|up|out)\b(?! (to|for) (this|that|the|work)\b)|\b(get|getting|have|going "
          r"to|finally|tonight)\b.{0,30}\b(permanent|eternal) sleep\b|\bsitting on the (edge|ledge) "
          r"of (the |a )?([\w-]+ ){0,3}(roof|bridge|building|car park|cliff|balcony|tower)\b|\b(sat|"
          r"standing|stood) on the (edge|ledge) of (the |a )?([\w-]+ ){0,3}(roof|bridge|building|car "
          r"park|cliff|balcony|tower)\b.{0,40}\b(now|tonight|thinking|ready|alone)\b"),
    # The other way out, named without naming it: "so i'm taking the third option tonight".
    _rule("other_option", Level.CRISIS, SELF_HARM,
          r"\b(taking|take|going with|choosing|chose|chosen) the (third|last|final|other|only other) "
          r"(option|way out|exit)\b(?! (on|in|at|from|of|for|off)\b).{0,40}\b(tonight|today|now|not (even )?(scared|afraid)|"
          r"goodbye|sorry|for good)\b"),
    # Intent on a named medication: "going to take all my sleeping pills tonight".
    _rule("overdose_intent", Level.CRISIS, SELF_HARM,
          r"^(?=.*\b" + MEDS + r"\b).*\b(going to|gonna|will|plan to|planning to|about to) (take|"
          r"swallow|down) (them|it) all\b|\b\b(going to|gonna|about to|will|plan to|planning to|want to|ready to|decided to) "
          r"(take|swallow|down|neck) (all|every one|the whole (bottle|box|packet|pack)|all of) "
          r"(of )?(my |the |these |those )?(\w+ ){0,2}" + MEDS + r"\b(?!.{0,30}\b(with (me|us|breakfast|food|dinner|"
          r"lunch|water)|on (holiday|the trip|vacation|time)|in my (bag|suitcase|luggage)|as "
          r"prescribed|every day|in the morning|back)\b)|\b(going to|gonna|will|about to|plan to|"
          r"planning to|want to|ready to) (drink|swallow|down|neck|take) (the|some|a bottle of|"
          r"that|all the) " + HOUSEHOLD_POISON + r"\b"),
    _rule("kill_myself", Level.CRISIS, SELF_HARM,
          rf"\b{_NOT_ATTEMPT}(kill(ing)? myself|end(ing)? my (own )?life|take my (own )?life|"
          rf"hang(ing)? myself|shoot(ing)? myself|commit(ting)? suicide)\b{_NOT_PAST}"),
    _rule("suicidal", Level.CRISIS, SELF_HARM,
          r"\b(i am|i feel|feeling|been|getting|i have been|i get|so|very|really|actively) "
          r"(really |so |very |pretty |kind of |quite )?suicidal\b|^(so |really |feeling )?suicidal\b"
          r"|(?<!had )\bsuicidal (thoughts|again|tonight|right now|today)\b(?!.{0,20}\b(last|ago)\b)|\bsuicide (tonight|today|now|this weekend|tomorrow)\b"
          r"|^\W*((ok|right|well|so|welp|yeah)\W+)*suicide (time|o'?clock|mode)\b"),
    _rule("thinking_suicide", Level.CRISIS, SELF_HARM,
          r"\b(thinking|thought|thoughts|think) (about|of|on) (suicide|killing myself|ending (it|my "
          r"life|things|everything)|taking my (own )?life|how to die)\b|^(?=.*\b(killed (himself|"
          r"herself|themselves)|died|passed|suicide|took (his|her|their) (own )?life|funeral|"
          r"grave)\b).*\b(think|thinking|thought) (about|of) (following|joining) (him|her|them)\b|"
          # Told at a grave: "went up the cemetery and told my nan i'll be with her soon".
          r"^(?=.*\b(died|passed|grave|cemetery|heaven|funeral|ashes|buried|churchyard)\b).*\bi "
          r"(will|am going to) be with (her|him|them|you) (soon|again soon|shortly|before long)\b|"
          # Planned in so many words: "i've been planning how to not be here anymore".
          r"\b(planning|planned|worked out|working out|figured out|figuring out) how (to|i will|i "
          r"am going to) (not be here|kill myself|end my life|die|take my (own )?life|not wake up)\b"),
    _rule("plan_means", Level.CRISIS, SELF_HARM,
          r"\b(i have|got|bought|saved|saving|stockpil\w*|collected|collecting|hoard\w*)\b.{0,25}"
          r"\b(pills|tablets|a rope|rope|a gun|gun|razor|blades?)\b.{0,40}\b(ready|enough to|to (do "
          r"it|end|die|take (them|it) all)|for (tonight|it|when|the end|later|afterwards|after)|when "
          r"(the time|i am ready|it is time)|tonight|end|myself)\b|\b(have|made|got) a plan\b.{0,30}\b(die|end|kill|suicide|"
          r"myself)\b|\b(my|a) suicide (note|letter|plan)\b|\bhow i am going to do it\b"),
    # Means got ready in so many words: "got the rope sorted, this is the last weekend", train
    # times looked at "not to catch one".
    _rule("means_ready", Level.CRISIS, SELF_HARM,
          r"\b(got|have|had) (the|a|my) (rope|noose|pills|tablets|gun|blade|razor|hose|charcoal) "
          r"(sorted|ready|organised|organized|sorted out|all set)\b|\bthis is (my|the) last "
          r"(weekend|week|night|day|christmas|birthday)\b(?! (of|before|at|in|on|for|with|off)\b)|"
          r"\b(everything|all) i need is (already )?(\w+ ){0,3}(ready|there|here|at the \w+|in the "
          r"\w+|out at the \w+)\b.{0,60}\b(thought it (all )?through|made up my mind|decided)\b|"
          r"\b(not (getting|coming) (out|back)|(will not|would not) be long now|no way back)\b.{0,100}"
          r"\b(everything|all|what) i need is (already )?(\w+ ){0,2}(ready|in the|in my|here|there)\b|"
          r"\b(train times|train timetable|timetable)\b.{0,30}"
          r"\bnot (to|for) (catch|get on|ride|board|travel)\b|"
          r"^(?!.*\b(pull ?ups?|chin ?ups?|swing|hammock|climb\w*|gym|aerial|trapeze|silks|yoga|"
          r"boulder\w*|ladder|loft conversion|builder|joiner|surveyor)\b).*\b(check|checked|"
          r"checking|test|tested|testing|made sure)\b.{0,20}\b(beam|rafters?|banisters?|"
          r"bannisters?|hook|loft hatch|light fitting|door frame|curtain pole|pipe)\b.{0,30}\b(take|"
          r"hold|bear|support)s? my weight\b|"
          r"\b(rope|cord|belt|noose|cable|flex)('s| is| are)? (already )?(tied|hung|set up|up|ready)\b"
          r".{0,30}\b(garage|loft|attic|beam|banister|bannister|shed|tree|stairs|wardrobe door|rafters?)\b|"
          r"\b(researching|researched|looked up|looking up|reading about) (suicide |ways to die|"
          r"how to die|methods)\b.{0,80}\b(picked|chosen|chose|decided on|settled on) (one|it|mine|"
          r"the one)\b|\b(will not|do not) need (any of )?my (stuff|things|belongings|clothes) "
          r"(soon|anymore|much longer)\b"),
    # A goodbye nobody is told is one: "this is the last time. take care x", a pet left "for a
    # few days" when "she doesn't know it's for good".
    _rule("last_goodbye", Level.CRISIS, SELF_HARM,
          r"\b(she|he|they|nobody|no one) (does not|do not|doesnt|dont) know (that )?(it is|this is)"
          r" (for good|forever|the last time)\b|\bthis is the last time\W*(take care|"
          r"goodbye|bye|x\b|thank)|\bthanks for (talking|being there|everything)\b.{0,60}\bthis is "
          r"the last time\b"),
    # Means with its purpose denied or its place chosen.
    _rule("means_chosen", Level.CRISIS, SELF_HARM,
          r"\b(bought|got|have|ordered|picked up)\b.{0,30}\b(helium|rope|charcoal|a gun|a pistol|"
          r"pills|a hose)\b.{0,30}\bnot for (a |the )?(party|balloons|camping|hunting|bbq|barbecue|"
          r"pain|the garden)\b|\b(rope|noose)\b.{0,60}\b(found|picked|chose|chosen) (a|the) (spot|"
          r"place|tree|beam|branch)\b|\b(nobody|no one) will (question|suspect|think twice about) "
          r"(a|an|the) (\w+ )?accident\b|\bso (no one|nobody) has to (deal with|clean up|sort out|"
          r"clean|find) (a |the |my )?(mess|anything|stuff)\b.{0,20}\b(after|afterwards)\b|"
          r"\b(figured out|worked out|found|know) (how|a way) to (stop being a burden|not be a burden|"
          r"make it all stop|end it|disappear for good)\b|\bone more (day|night|week)\b.{0,30}"
          r"\b(then|and then) i am (out|gone|done|free)\b|\b(i am|just) (choosing|picking|deciding) "
          r"(when|the day|the date)\b|\b(picking|picked|chose|chosen|choosing) (which|the) (tree|"
          rf"bridge|wall|spot|place|cliff|beam)\b{SPOT_FOR_AN_OCCASION}|\b(rope|noose)('s|s| is| has been)? (up|hung|tied up|"
          r"set up) (in|on|from) the (barn|garage|shed|loft|attic|tree|beam|stairs|garden|woods)\b|"
          r"^(?=.*\b(thanks|thank you|goodbye|sorry|the only one|last)\b).*\bbath\b.{0,60}\b(razor|"
          r"blades?|knife)\b|^(?=.*\b(stopped|stop|quit) (drinking|eating|taking) (water|food|fluids|"
          r"anything)\b).*\b(not stopping|not going to stop|will not stop|easier)\b|\b(last|"
          r"final) (voicemail|message|text|call|note)\b.{0,60}\bbefore i go\b|"
          r"^(?=.*\b(kill|die|end it|jump|bridge|river|cliff|rope|tracks|"
          r"tonight|do it|over)\b).*\b(got|have|found) (the |a |my )?(spot|place) (picked|chosen)"
          r"( out)?\b|\bhose\b.{0,30}\bexhaust\b|\bexhaust\b.{0,30}\bhose\b|"
          r"\blife insurance (covers|pays out on) it after\b.{0,60}\b(been|it is|that is)\b|"
          r"\b(policy|insurance)\b.{0,40}\bpays? out (whatever|regardless of|no matter) (the )?"
          r"(cause|what|how)\b|"
          r"\blife (insurance|policy|cover)\b.{0,60}\b(longer than|past|beyond|outside) the "
          r"(exclusion|suicide|waiting) (period|clause)\b|"
          r"\blife insurance\b.{0,60}"
          r"\b(pays? out|payout|suicide clause|covers suicide)\b.{0,80}\b(timing|works out|been (two|2) "
          r"years)\b|\blife insurance\b.{0,60}\b(exclusion|waiting|contestab\w*) period\b.{0,20}\b("
          r"ended|is over|over|has passed|finished|up)\b|\b(nobody|no one) (would|will) (even )?know it "
          r"(was not|is not) an accident\b|\b(will not|would not|just will not) turn the wheel\b|\b(comot|commot) (for|from) (this )?(life|world)\b|\b(because|cos|since) i know "
          r"(it is|this is) (the|my) last (one|day|night)\b|\b(my )?(last|final) (entry|post|diary "
          r"entry|journal entry)\b.{0,60}\b(not going to|will not|do not) need\b|\b(will not|am not "
          r"going to|do not think i will) be (alive|here|around)\b.{0,60}\b(if you know what i mean|"
          r"sorted (that|it|everything) out|taken care of)\b|^(?=.*\b(sleep forever|die|dying|death|"
          r"dead|hurt|painless)\b).*\b(i am )?about to find out\b|\btrains?\b.{0,40}\b(does not|do "
          r"not|never|will not) (slow down|stop)\b.{0,40}\b(just so you know|that is all|that is it|"
          r"goodbye|tonight)\b|\b(walk|walking|walked|wade|wading|swim|swimming) (out )?into the (sea|"
          r"river|lake|ocean|water|loch)\b.{0,60}\b(tonight|and not|never|quick|forever|cold|"
          r"freezing|tide)\b|\b(thinking|thought|imagine|going to|gonna) (about |of )?(\w+ ){0,4}(walk|"
          r"walking|wade|wading) (out )?into the (sea|river|lake|ocean|water|loch)\b|\b(thinking|thought|think) (about|of) (\w+ ){0,8}(walking "
          r"into the (sea|river|lake|water|ocean)|driving (into|off) (a|the)|jumping (off|from|in "
          r"front)|stepping in front)\b|^(?=.*\b(stop|end|forever|over|done|tired|pointless|"
          r"cannot)\b)(?!.*\b(office|flat|apartment|view|rent|bar|restaurant|shopping|meeting)\b)"
          r".*\b(thinking|thought|think) (about|of) the (top|edge) (floor|level|deck|storey|of the)"
          r"( of)? (the )?(multi ?storey|car park|parking|building|tower|block|bridge)\b|"
          r"\b(thinking|thought|think) (about|of) (\w+ ){0,8}(walking "
          r"into the (sea|river|lake|water|ocean)|driving (into|off) (a|the)|jumping (off|from|in "
          r"front)|stepping in front)\b"),
    # A poison moved to where one will be alone: "the old weedkiller... i've moved it into my car".
    _rule("poison_moved", Level.CRISIS, SELF_HARM,
          r"\b(weedkiller|paraquat|pesticide|rat poison|poison|antifreeze)\b.{0,80}\b(moved|put|"
          r"hidden|hid|taken|took)( it)? (in|into|to) my (car|bag|room|van|truck|locker)\b"),
    # Medication kept back rather than taken is a means being gathered.
    _rule("stockpiling", Level.CRISIS, SELF_HARM,
          rf"\b(i|been|started|keep|kept)( \w+){{0,2}} (stockpil\w*|hoard\w*|stash\w*|sav(e|ed|ing) "
          rf"up) (my |all my |all the |the |some )?(\w+ )?{MEDS}\b|"
          r"^(?=.*\b(die|dead|end it|kill myself|not wake up)\b).*\b(pills|tablets|meds)\b.{0,40}"
          r"\b(not enough|is not enough|need more)\b|"
          r"^(?=.*\b(pills|tablets|meds|medication|painkillers)\b).*"
          r"\b(counting|counted|stockpil\w*|saving|saved|collecting|collected|hoard\w*)\b.{0,80}"
          r"\b(almost|nearly|finally|now|think that is|that is|that will be|should be)( have| got| "
          r"i have| i have got)? enough\b|\b(i|been)( \w+){0,2} sav(e|ed|ing) (my |all my |the )?"
          r"(pills|tablets|meds|antidepressants|painkillers) up\b|\b(pills|tablets|meds|medication|"
          r"antidepressants|painkillers)\b.{0,60}\b(i|been)( \w+){0,2} (stockpil\w*|hoard\w*|"
          r"stash\w*|sav(e|ed|ing)) (them|it) (up|all)\b|\b(got|have|keep|kept)\b.{0,25}" + MEDS +
          r" (saved|stashed|hidden|put) (up|away)\b"),
    # Preparation, one family each: giving things away, goodbyes, affairs in order, a timeline.
    _rule("giving_away", Level.CRISIS, SELF_HARM,
          r"^(?!.*\b(move|moving(?! on)|relocat\w*|emigrat\w*|declutter\w*|charity shop|car boot|"
          r"garage sale|yard sale|minimalis\w*)\b).*(\b(giv(e|ing|en)|gave) (away )?(all )?my (stuff|things|belongings|possessions|pets?|"
          r"cat|dog)\b(?! (toys|food|bed|bowl|lead|clothes|things)).{0,40}\b(away|to|because|since)\b|\bgiving (away )?(all )?my (stuff|"
          r"things|belongings) away\b|\bgiving away (all )?(of )?my (stuff|things|belongings|"
          r"possessions)\b(?!.{0,40}\b(move|moving(?! on)|declutter\w*|charity|car boot|garage sale|"
          r"yard sale|minimalis\w*|abroad|emigrat\w*)\b)|\bgave away (all )?(of )?my (stuff|things|belongings|"
          r"possessions)\b|\b(left|rehomed|found a home for|handed|handed over|given) (my|the) (dog|cat|"
          r"pets?)( over)?\b.{0,60}"
          r"\b(letters?|notes?|goodbye|everyone|affairs)\b|\b(letters|notes) (to|for) (everyone|my \w+)"
          r"\b.{0,60}\b(left|rehomed|gave away|found a home for) (my|the) (dog|cat|pets?)\b)"
          r"(?!.{0,40}\b(trip|holiday|vacation|weekend|while i am away)\b)"),
    # Gone by a named day: "i won't be around by friday so it's fine" (unless said of a move or a
    # trip, here or just before: see ``FAREWELL``).
    _rule("gone_by_day", Level.CRISIS, SELF_HARM,
          r"\b(will not|am not going to|not going to) be (around|here|alive) (by|after|past|for|on) "
          r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|tomorrow|next "
          r"week|christmas|my birthday|then)\b(?!.{0,60}\b(going|go|away|holiday|trip|travel\w*|"
          r"conference|work|working|visiting|flying|off to|leaving for|in \w+|at (a|the|my|our))\b)|"
          r"\b(tomorrow|tonight|after tonight|by (the )?morning|by tomorrow)\b,? i (am|will be) not "
          r"(here|around|alive) any ?more\b"),
    _rule("goodbye_message", Level.CRISIS, SELF_HARM,
          r"^(?!.*\b(off to|trip|holiday|vacation|travel\w*|no signal|no wifi|offline for|digital "
          r"detox|retreat|festival|for (a|two|three|four|\d+) (days|weeks|months)|move|moving|"
          r"emigrat\w*|leaving for|flight)\b)"
          r".*(\bthe (last )?goodbye i (wanted|want) (them|her|him|you) to (remember|have)\b|\b(this is|these are) (my )?(last|final) (message|words|post|goodbye)\b(?! (before|until|"
          r"for (today|now|the (day|night|week|year))))|(?<!like )(?<!as if )\bsaying (my )?"
          r"goodbyes?\b(?! to (it|them|the (house|home|garden|flat|office|school|trees|place|old \w+)|"
          r"my (house|home|garden|flat|office|desk|classroom|old \w+)))|\bsaid my goodbyes\b|\bgoodbye (everyone|forever|world)\b|\bsee you on "
          r"the other side\b(?! of)|\bby the time you (read|see) this\b|\b(sign|signing|log|logging|check|checking) "
          r"(off|out) (for good|forever|permanently)\b|\b(bye|goodbye) for good\b|\bthe last "
          r"(one|person) i (wanted|want|needed) to (talk|speak) to\b|\b(wanted|want|needed) to say "
          r"(a )?(proper|last|final) goodbye( to (someone|somebody|anyone|you))?\b(?! to)|\bthank you "
          r"for (listening|everything)\b.{0,60}\byou (were|are) the only (one|person)\b)"),
    # Last messages left with the companion to pass on: "dear whoever reads this", "can you tell
    # my friends i said bye".
    _rule("messages_left", Level.CRISIS, SELF_HARM,
          r"\b(dear|to) whoever (reads|finds|is reading) this\b(?! \w)|\bfor whoever (comes "
          r"looking|finds me)\b|\b(can you|could you|will you|"
          r"please) (tell|let) (my \w+( \w+)?|everyone|them|her|him)( know)?( that)? i (love|loved|"
          r"said (bye|goodbye)|am sorry|was sorry|tried)\b(?!.{0,30}\b(in (\w+ish|french|german|"
          r"spanish|italian|welsh|japanese|arabic)|card|poem|song|speech|nicer way)\b)|\byou are the "
          r"only (one|thing) (who|that) (will|would|is going to) remember (this|me|us)\b"),
    _rule("farewell_letters", Level.CRISIS, SELF_HARM,
          r"^(?!.*\b(cover|application|thank you|christmas|wedding|reference|complaint|motivation)"
          r"\b).*(\b(the|my|all the|all my) |^\W*)letters are (all )?(written|done|finished|sealed)\b|"
          r"\b(wrote|written|writing|left|leaving) (the |my )?(goodbye|farewell|last|final) (letters|"
          r"notes) (to|for) (everyone|all of them|my \w+)\b|\b(letters?|notes?) (to|for) (each of )?"
          r"(my|everyone)\b.{0,30}\b(explaining|to explain) why\b|\b(wrote|"
          r"written|writing|left) (a |my )?(goodbye|farewell) (letter|note|message)s?\b(?! (to|for)"
          r" (my |the |our )?(team|class|colleagues|coworkers|students|office|job|work))|\b(my|a) "
          r"goodbye (note|letter)\b(?! (to|for) (my |the |our )?(team|class|colleagues|coworkers|"
          r"students|office|job|work))"),
    _rule("affairs_sorted", Level.CRISIS, SELF_HARM,
          r"\b(it )?all squared away\b.{0,20}\b(before|by) (friday|tonight|tomorrow|the weekend|"
          r"(mon|tues|wednes|thurs|fri|satur|sun)day)\b|\bsort(ed)? (out )?(all )?(of )?my affairs\b|\b(i have|i) (put|got) (all )?my affairs in order\b"
          r"(?!.{0,30}\b(before|for) (the|my|our|a) (surgery|operation|trip|move|baby|"
          r"deployment|travel|holiday|treatment|retirement)\b)|\bmy (will|affairs) (is|are) (done|sorted|in order)\b"
          r"|\b(it is|everything is|it has|everything has) (all )?(been )?(taken care of|sorted)\b"
          r".{0,30}\b(after|gone|nobody|no one|today|tonight)\b|\b(sorted|arranged|settled|"
          r"organi[sz]ed|tied up) (everything|it all|all my \w+|my affairs|loose ends)\b(?! (for|"
          r"before)).{0,40}\b(calm|lighter|at peace|peaceful)\b|\b(calm|calmer|peaceful|at peace|"
          r"lighter|relieved)\b.{0,20}\b(now that|since|because|once) i (have |finally )?(decided|"
          r"made (up )?my (mind|decision)|made the decision)\b(?! (to|on|what|which|that|where|how|"
          r"about|against|whether|if))|^(?!.*\b(move|moving|trip|holiday|wedding|exams?|flat|house|"
          r"job|uni|baby|christmas|party|funeral|garden|kitchen|desk|room|wardrobe|inbox)\b).*"
          r"\b(everything is|it is all|all|everything has been) (now )?(tidy|in order|arranged|"
          r"sorted|settled|squared away|taken care of)\b.{0,40}\b(lighter|calm|calmer|at peace|"
          r"peaceful|relieved)\b"),
    _rule("timeline", Level.CRISIS, SELF_HARM,
          r"\bbefore (they|he|she|anyone|everyone) (find|finds) out\b.{0,40}\bi (will not|am not going "
          r"to) be (here|around|alive)\b|\b(letter|note)\b.{0,60}\bwith the (tablets|pills)\b|"
          r"^(?=.*\b(thinking about (them|it)|pills|tablets|rope|gun|caps|explosives|bridge|letters|"
          r"weedkiller|poison|antifreeze|bleach)\b)"
          r".*\btonight( feels like| is|s) the night\b|"
          r"\b(will not|am not going to|not going to) be (around|here|a problem|a burden|in "
          r"(the|your|anyone'?s|everyone'?s|anyone is|everyone is) way)( (for|to) (anyone|you|"
          r"everyone|them|anybody))? (much longer|for long|after (tonight|today|this "
          r"week|this weekend|the weekend))\b|"
          r"\b(nobody|no one|they)('ll| will| would| is going to| are going to)? find (me|my body)\b"
          r".{0,40}\b(that is the (idea|point|plan)|(until|till) (it is too late|the thaw|spring)|"
          r"in time)\b|\b(nobody|no one|they)('ll| will| would)? (not )?find my body\b|"
          r"\b(after (tonight|today)|soon) (nobody|no one|you|they|everyone) (has to|have to|will "
          r"have to|needs to|will not have to|will never have to)\b|\b(nobody|no one) (has to|"
          r"will have to|needs to|need to) (worry about|put up with|deal with|look after|look out for|"
          r"take care of|bother with|carry|check on) me\b(?! (while|when|for (a|the) (bit|day|week|"
          r"weekend)))|\b(you|"
          r"nobody|no one|they) (will not|will never) (hear from|see) me again\b|\b(once|after) i "
          r"(am|have) gone\b(?! (on|for|to|away|back|home|out))|\bwhen i am "
          r"gone\b(?! (on|for|to|away))|\bbefore i am gone\b(?! (on|for|to|away|out|home|back))|\btell (them|everyone|my \w+) i (love|loved) them\b.{0,30}\b(after|gone)\b"
          r"|\b(will not|am not going to) be (around|here|alive) (anymore |much longer )?to (do it|"
          r"feed (him|her|them|it)|look after (him|her|them|it)|take care of (him|her|them|it)|"
          r"walk (him|her))\b(?!.{0,40}\b(next|this|on (mon|tues|wednes|"
          r"thurs|fri|satur|sun)day|while|holiday|trip|away|working|at work|weekend|week|hospital "
          r"for|until|till)\b)"
          r"|\b(today|tonight|tomorrow) is the (day|night) (i die|i end it|i end my life|i kill "
          r"myself|i go through with it)\b"
          r"|\b(last|final) (sunset|sunrise|train|night|morning|meal|breath)s? i will ever (see|"
          r"watch|feel)\b|\b(the )?last (sunset|sunrise) i am (watching|seeing|going to (see|watch))\b"
          r"|\b(become|becoming|be) (just )?(a|another) (suicide )?statistic\b"
          r"|\bdecided (that )?(tonight|today|tomorrow) is the (night|day)\b|\b(written|wrote|"
          r"writing|finished|left) my note\b(?! (to|for) (the |my )?(teacher|school|work|boss|"
          r"landlord|neighbours?|tutor|doctor|gp))"
          r"|\b(whoever|the (person|one) who) (finds|find) me\b|\b(tonight|today) is the (night|day)"
          r"\W*$|\b(i will|going to|gonna) go the same way\b|^(?=.*\b(tried|attempted|attempt|last time|"
          r"survived)\b).*\b((not|will not) (mess|messing|screw|screwing|fail|failing|botch|botching) "
          r"it up this time|got (the|my|everything|it all) (stuff )?ready for tonight)\b|\b(calculated|worked out|figured out|looked up) (a|the|my) "
          r"(\w+ )?dose\b.{0,90}\b(fatal|lethal|would kill|enough)\b"
          r"|\bwhen (they|someone|somebody|people|you|my \w+) (find|finds) me\b(?!.{0,20}\b(hiding|"
          r"eating|playing|asleep|sleeping|awake)\b)"
          r"|\b(will not|am not going to) be (something|someone|anything|a problem|a burden) "
          r"(anyone|anybody|you|people|they|everyone) (has|have|needs?) to (worry|deal|care) about\b"
          r"|\b(will not|am not going to) be (at|in) [\w ]{1,25}[.,;!]* ?\bor (at all|ever again|anywhere "
          r"else|any other)\b"
          r"|\bnot (planning|intending|going) (on|to) (be|being|stick|sticking|stay|staying) around"
          r"\b(?! (for|to|at|after|while|when|until|till|on|in)\b)"),
    # Going to be with someone who has died: "going to see my grandma again soon. she passed".
    _rule("reunion", Level.CRISIS, SELF_HARM,
          r"^(?=.*\b(passed|died|dead|in heaven|been gone|lost (him|her|them)|grave|killed (himself|"
          r"herself|themselves)|for it|i am ready)\b)(?!.*\b(one day|someday|some day|in my "
          r"dreams|when it is my time|wish i could)\b).*\b(going to|gonna|will|want to|ready to|"
          r"about to|time to) (go (and )?)?(join|be with|see|meet|be reunited with) (my \w+( \w+)?|him|"
          r"her|them) (again|soon|in heaven|tonight)\b"),
    _rule("only_way", Level.CRISIS, SELF_HARM,
          r"\b(suicide|death|dying|ending it|killing myself) (is|feels like|seems like) (the|my) "
          r"only (option|way|answer|choice|way out|escape)\b|\bi am sorry i (could not|cannot|"
          r"was not strong enough to) (stay|hold on|keep going|go on|be stronger)\b(?! (longer|"
          r"for|at|till|until|to))"),
    # Somewhere high or on the tracks, now: "sat on the railing of the bridge", "i am on the roof rn".
    _rule("high_place_now", Level.CRISIS, SELF_HARM,
          r"^(?!.*\b((i am not|i was not|never) (on|at|up|standing|sitting)|fixing|repair\w*|clean(ing|er|ers|ed)|paint\w*|photos?|pictures?|selfies?|view|sunset|"
          r"sunrise|concert|festival|picnic|hik\w*|tour|holiday|trip|party|drinks?|beer|bbq|"
          r"barbecue|traffic|commute|bus|taxi|pub|bar|with (my )?(friends|mates|family|kids))\b)"
          r".*\b(i am|i have|sat|sitting|standing|stood|perched|climbed|climbing|walked|parked|"
          r"waiting)\b.{0,25}\b(on|at|over|onto|out to|up on|on top of|at the top of|(at|on) the "
          r"edge of|by|beside|next to)\b (the |a |this |my |our )?(top of (the |a |my )?|middle of "
          r"(the )?|wrong side of (the )?)?(roof|rooftop|bridge|ledge|cliffs?|cliff edge|edge|"
          r"railings?|parapet|barrier|tracks|train tracks|railway( line| tracks)?|level crossing|"
          r"platform edge|top floor|\d+(st|nd|rd|th) floor( terrace| balcony| window)?|multi ?storey|car park|carpark|balcony|quarry|reservoir|viaduct|pier|"
          r"overpass|footbridge)\b(?! (terrace|bar|garden|party|restaurant|club|pool|tour|walk|"
          r"game|table|deck)| of (the |my |a )?(pool|bed|sofa|couch|bath|bathtub|seat|chair|table|"
          r"stage|desk|road|pavement|kerb|curb|pier|dock|jetty|lake|pond|river|fountain)\b)"
          r".{0,150}\b(right now|now|tonight|alone|ready|thinking about it|jump|jumping|long way down|the drop|looking "
          r"down|legs over|over the (side|edge|railing|barrier|fence)|not (coming|going) (down|"
          r"back|home)|goodbye|sorry|up here|the water|next train|trains?|lorries|traffic below|"
          r"lean forward|let go|step off|for the \d+|\d+(st|nd|rd|th) floor|for (like |about |over "
          r")?\d+ (min|mins|minutes|hours?)|(do not|never) want to (go back|come down|go "
          r"home|go inside|get down))\b"),
    # Going off a height, said as a plan: "driving to the coast tonight and straight off the pier".
    _rule("off_the_edge", Level.CRISIS, SELF_HARM,
          r"^(?!.*\b(swim|swimming|tombstoning|dive|diving|paddle|wetsuit|lifeguard|mates|friends|"
          r"summer|photos?|fishing|rod)\b).*\b(i am|i will|have to|going to|tonight|now)\b.{0,60}\b("
          r"go|going|drive|driving|walk|walking|step|stepping|jump|jumping|drop|dropping)( straight| "
          r"right)? off (the )?(end of the |top of the )?(\w+ )?(roof|rooftop|pier|cliff|bridge|"
          r"balcony|ledge|top floor|car park|stand|building|block|tower|multistorey|quarry|dam)\b"),
    # Settling affairs and feeling at peace: "left the canvases to my niece, paid off the studio".
    _rule("settled_at_peace", Level.CRISIS, SELF_HARM,
          r"^(?!.*\b(move|moving|emigrat\w*|trip|holiday|travel\w*|wedding|retir\w*|new job|baby)\b)"
          r"(?=.*\b(peace|peaceful|calm|lighter|relieved|at rest|ready)\b)(?=.*\b(left|gave|giving|"
          r"leaving) (my|the|all my) \w+( \w+)? to (my )?\w+)(?=.*\b(paid off|cancelled|canceled|"
          r"returned|closed|settled|sorted|finished)\b)"),
    # One's own funeral arranged with a time on it: "chose my own casket. it won't be long now".
    _rule("own_funeral", Level.CRISIS, SELF_HARM,
          r"\b(ordered|bought|chose|picked|made) my own (wreath|coffin|casket|headstone)\b|"
          r"\b(chose|chosen|picked|ordered|bought|paid (off|for)|arranged|sorted)( out)? my (own )?("
          r"casket|coffin|plot|headstone|urn|funeral( plan)?)\b(?=.{0,120}\b(soon|tonight|will not be "
          r"long|a day or two|this week)\b)|"
          # "filled in the year of death on my own entry. this one."
          r"\b(filled in|added|entered|put in|typed in|wrote in)\b.{0,30}\b(year|date) of (my )?death\b"
          r"(?=.{0,40}\b(this one|this year|today|tonight|tomorrow|this week)\b)"),
    # Messages set to go out later, beside other preparation: "scheduled emails to go out
    # saturday, filled out a will, set the cat feeder for a week".
    _rule("scheduled_goodbyes", Level.CRISIS, SELF_HARM,
          r"^(?!.*\b(newsletter|launch|campaign|blog|clients?|customers?|out of office|holiday|"
          r"birthday|promo\w*)\b)(?=.*\bschedul\w* (the |my |some )?(emails?|messages?|texts?|posts?) "
          r"to (go out|send|be sent)\b)(?=.*\b(a will|my will|letters?|notes?|affairs|insurance|cat "
          r"feeder|dog|pets?)\b)"),
    # Indifference to a body already failing: "if it stops it stops".
    _rule("if_it_stops", Level.CRISIS, SELF_HARM,
          r"\bif (it|my heart) stops\W*(then )?it stops\b|\bif i (die|go)\W*(then )?i (die|go)\b|"
          r"\bif i do not wake up\W*(then )?i do not wake up\b"),
    # Preparation in other words: letters for the people left, things not needed, a date set.
    _rule("letters_left", Level.CRISIS, SELF_HARM,
          r"^(?!.*\b(birthday|christmas|thank|wedding|graduation|18th|21st|pen ?pals?|santa|"
          r"holiday|cards?|valentine|anniversary|reference|cover|job|university|college|school "
          r"project|time capsule|future self)\b).*\b(wrote|written|writing|left|leaving|"
          r"finished|sealed|hid|hidden|put)\b.{0,25}\b(letters?|notes?|envelopes?)\b.{0,30}\b(to|"
          r"for) (each of |all "
          r"of )?(everyone|everybody|the people i love|my (mum|mom|dad|parents|family|kids|"
          r"children|sisters?|brothers?|partner|wife|husband|sons?|daughters?|friends|best friend|"
          r"girlfriend|boyfriend|nan|gran|grandparents))\b.{0,60}\b(drawer|pillow|explain\w* (why|"
          r"everything)|sorry|understand|forgive|after i am|when i am gone|goodbye|love them|"
          r"sealed|to find (in the morning|after|when|tomorrow))\b"),
    _rule("not_needed_after", Level.CRISIS, SELF_HARM,
          r"\b(will not|do not|am not going to) (be )?need(ing)? (it|them|"
          r"anything|any of (it|this|them|that|my \w+)|my (stuff|things|belongings|possessions))\b.{0,20}"
          r"\b(where i am going|after (tonight|today|tomorrow|this week|this weekend|the weekend|"
          r"(mon|tues|wednes|thurs|fri|satur|sun)day)|much longer|for much longer|anymore after)\b"),
    _rule("date_set", Level.CRISIS, SELF_HARM,
          r"^(?=.*\b(die|dying|death|dead|end it|over|gone|goodbye|scared|afraid|done|decided|"
          r"suicide|kill myself|nobody|no one|not be (here|around|alive)|not being (here|around|"
          r"alive)|(dark|black|gallows) (humour|humor))\b).*(\b(a|the|my) (day|date) (picked|chosen|set)( out)?\b|\b(picked|chosen|"
          r"chose|set|decided on|settled on|circled) (a |the |my )?(date|day)\b)(?! (for|of) (the |"
          r"our |my |a )?(wedding|party|move|trip|holiday|interview|exam|surgery|operation|launch|"
          r"meeting|funeral|service|match|game|race|sale))|\b(will not|am not going to) be (alive|"
          r"here|around) (to see|for|by|at) (christmas|new year|my birthday|the summer|next (week|"
          r"month|year)|the weekend|spring|\w+ birthday)\b(?!.{0,40}\b(because|since|as|going|"
          r"visiting|working|away|holiday|trip|travel\w*|abroad|at my|at the|with|staying|"
          r"moving)\b)"),
    _rule("last_night_alive", Level.CRISIS, SELF_HARM,
          r"\b(my )?(last|final) (night|day|hours?|morning|evening|week|sunset|sunrise) (on "
          r"earth|alive|before i go)\b(?! (was|is|in|at|of (the|my) (trip|holiday|"
          r"course|tour)|before (i|we) (become|start|turn|get|have|move|go back|fly|leave)))|\b(deleted|deactivated|closed|wiped) (all )?(of )?(my )?(accounts|"
          r"socials|social media|profiles|everything online)\b.{0,60}\b(said (sorry|goodbye|bye)|"
          r"almost time|it is time|tonight|not be needing|will not need|nearly time|last)\b"),
    _rule("goodbye_apology", Level.CRISIS, SELF_HARM,
          r"\b(i am )?sorry (for everything( (mum|mom|dad|mama|papa|everyone|guys|all))?|mum|mom|"
          r"dad|mama|papa|everyone|guys|all)\b[.,! ]*"
          r"(i (really )?tried|i could not do it anymore|i cannot do this anymore|please forgive "
          r"me|forgive me|goodbye|bye|i love you( all)?)\W*$|\b(everyone|they|you all|my family|"
          r"the world|people) (will|would) be (better off|lighter|free of me)\b.{0,20}\b("
          r"by|after|from|come) (tomorrow|tonight|the morning|this time tomorrow|next week|"
          r"(mon|tues|wednes|thurs|fri|satur|sun)day)\b(?!'s)"),
    # A wish to die or be gone, with the means at hand: "the pills are next to me and i don't see
    # the point". Either alone is elevated (or nothing); together they are a crisis.
    _rule("wish_with_means", Level.CRISIS, SELF_HARM,
          r"^(?=.*\b(want to die|wanna die|be dead|kill myself|end (it|it all|my life|things|the "
          r"pain)|suicid\w*|(do not|never) want to (be here|live|be alive|wake up|go on)|(do not|"
          r"cannot) see the point\b(?! (of|in) (this|that|the|a|an|it|going|doing|buying|"
          r"paying|having|getting|learning|trying)\b)|no point (anymore|in (living|anything|"
          r"going on|trying)|to (living|life|any of (it|this)))|what is the point (of|in) (living|"
          r"life|anything|going on|any of (it|this))|sleep forever|not wake up|never wake "
          r"up|better off without me|done with (life|everything|living)|want it (all )?to be over|"
          r"want it to stop|cannot do this anymore|cannot go on|(do not|cannot) (really )?see (a|any) "
          r"reason not to|no reason not to|sleep for a (very )?long time|forever kind|long forever)\b)(?!.*\b(not going to|would "
          r"never|will never|could never) (do|use|take|hurt)\b)"
          r".*(\b(i have|i have got|got|holding|bought|have)\b (the |my |all the |enough |a )?"
          r"(means|pills|tablets|meds|rope|knife|blade|razor|gun|rifle|belt|cord)\b|\b(a whole|the "
          r"whole|a) (box|bottle|packet|pack|strip) of (them|pills|tablets)\b|\b(the |my )?"
          r"(\w+ )?(pills|tablets|meds|rope|knife|blade|razor|gun|rifle|pistol|shotgun|revolver) "
          r"(is |are )?(right )?(here|next to me|in front of me|on the table|in my (hand|hands|bag|"
          r"pocket|room|lap)|ready|out|loaded)\b)"),
    # Last words in other forms: absolving the people left, a reunion with the dead, a rehearsal,
    # an apology for what comes next, asking not to be looked for.
    _rule("last_words", Level.CRISIS, SELF_HARM,
          r"^(?!.*\b(divorce|divorcing|breakup|break up|split|separat\w*|accident|crash|broke|"
          r"broken|spilled|lost the|vase|game|match|result|exam|grade|test)\b).*\b(tell|let|want) "
          r"(the \w+( \w+)?|my \w+|everyone|them|her|him|you all|the kids)( to)?( know)?( that)? (it is|it was|"
          r"none of this (is|was)|this is|this was) not (their|her|his|your|anyone'?s|my \w+'?s?) "
          r"fault\b|\b(be with|see|join) (my )?(grandad|grandpa|grandma|gran|nan|mum|mom|dad|"
          r"brother|sister|son|daughter|husband|wife|partner|friend|baby) (again )?(in heaven|up "
          r"there|on the other side)\b|\b(be with|join) (my )?(grandad|grandpa|grandma|gran|nan|"
          r"mum|mom|dad|brother|sister|son|daughter|husband|wife|baby) again (soon|tonight|"
          r"tomorrow|at last)\b|\b(practis|practic|rehears|test|tried out)\w* (it )?(with )?(the|a|"
          r"my) (belt|noose|ligature|cord)\b|\b(checked|tested|testing|checking) (if |whether "
          r"|that )?(the )?(beam|hook|banister|rail|loft hatch|door frame) (holds|will hold|would "
          r"hold|can hold|is strong enough)\b|\bbath\b.{0,40}\b(hair ?dryer|toaster|radio|heater|"
          r"plugged in)\b|\bsorry for what i am (about|going) to do\b(?!.{0,20}\b(to your|"
          r"karaoke|sing|ears|eyes|spam|post|photos|the group)\b)|\b(please )?(do not|no need to"
          r"|never) (try to )?(find|look for|search for|come looking for) me\b(?!.{0,30}\b(hide|"
          r"seek|game|party|crowd|festival|i will (be|text|call)|later)\b)|\b(cannot wait|"
          r"longing|looking forward) to be (gone|dead|free of (this life|it all|everything|"
          r"myself))\b(?! (from|on|for|away|out))"),
    # Intent in the Latin-script languages people most often switch to, and slang the
    # normaliser does not expand ("toaster bath", "rope time", "d1e").
    _rule("intent_other_languages", Level.CRISIS, SELF_HARM,
          r"\b((me )?(quiero|voy a|vo(y)? a) (matarme|suicidarme|morir(me)?|quitarme la vida)|"
          r"me (quiero|voy a) (matar|suicidar|morir)|no quiero (vivir|seguir viviendo)|"
          r"(me voy a|voy a) desaparecer (hoy|esta noche|para siempre)|ya no quiero (estar aqu[ií]|"
          r"vivir|seguir)|ya decid[ií] c[oó]mo|"
          r"je (veux|vais) (me suicider|me tuer|mourir(?! (de|d'|du)))|j'?ai envie de (mourir|me tuer|me "
          r"suicider)|ich (will|werde|möchte|moechte) (sterben|mich umbringen|mich töten|mich "
          r"toeten|nicht mehr leben)|ich bringe mich um|(quero|vou) (morrer|me matar|me "
          r"suicidar|me suicidar)|(voglio|vado a|sto per) (morire|uccidermi|suicidarmi|"
          r"ammazzarmi|farla finita)|ik wil (dood|sterven|zelfmoord plegen|niet meer leven)|"
          r"(aku|saya|gue|gw) (mau|ingin|pengen) (mati|bunuh diri)|gusto (ko|kong) "
          r"(mamatay|magpakamatay)|(chcę|chce) (umrzeć|umrzec|się zabić|sie zabic)|"
          r"(ölmek|olmek) istiyorum|kendimi (öldüreceğim|oldurecegim|öldürmek|oldurmek)|"
          r"(marna|mar jana|mar jaana) (chahta|chahti|hai)|khudkushi|aatmahatya|gusto (ko )?(na|"
          r"nang) mamatay)\b|"
          r"\b(toaster bath(?! bomb)|rope time|time to rope|(want|going|gonna|wanna|ready) (to )?(d1e|"
          r"d!e|k1ll myself))\b"),
    # A wish to be dead or gone (elevated alone) with a plan, a time or a way (crisis together):
    # "no point anymore. i've got it all planned out", "i wish i was dead and i know how".
    _rule("wish_with_plan", Level.CRISIS, SELF_HARM,
          r"^(?=.*\b(want to die|wish i (was|were) dead|(do not|no longer) want to (be alive|live|"
          r"exist|be here|wake up)|better off (dead|without me)|(happier|better) without me|no "
          r"point( anymore(?! (in|to|with|going|doing))| in living| to (living|life|any of (it|this)))|"
          r"(tired|sick) of (living|life|being alive)(?! (being|getting|in|at|with))|nothing "
          r"(will )?(ever )?(get|gets) better|want to disappear(?! for (a|the|some|\d))|cannot go on|(i am|i feel "
          r"like) a burden|(i am|i feel|feeling|everything is|life is|it is) (completely |totally "
          r"|so )?hopeless(?! (at|about|with|when))|no way out|want (it|the pain|everything|"
          r"this|it all) to (stop|end|be over)|done with (life|living|everything))\b)"
          r"(?!.*\b(not|never) (going to|gonna|planning to|about to) (do|act|try)\b|.*\bwill not "
          r"do anything\b)"
          r".*\b((i am|i will) (going to |gonna )?(do (it|something about it)|end (it|this|things)|"
          r"make it stop|fix (it|that|this)|go through with it|leav(e|ing) for good)|i have (got "
          r")?(it )?(all )?(planned|worked out|figured out)|i know (exactly )?(how|where)(\W*$| (i "
          r"am going to|i will|i would|to do it|to end it|it will happen))|i know the way\W*$|"
          r"(i am|so i am) ending it|made sure i (will not|won't)|(been )?(looking at|checking "
          r"out|scouting|visiting|staring at) the (bridge|tracks|railway|cliff|roof|river|ledge|"
          r"edge|train line|car park))\b"),
    _rule("weapon_attack_now", Level.CRISIS, DANGER,
          rf"\b{_WHO} (is |are )?(threatened|threatening|attacked|attacking|cut|stabbed|hit|came "
          rf"at|coming at) me with (a|his|her|their|the) "
          rf"(knife|gun|weapon|bat|hammer|bottle|machete|blade)\b|\b(he|she|they) (is|are) still "
          rf"(here|in the (house|flat|room))\b.{{0,40}}\b(knife|gun|weapon|hurt|hit|kill)\b|\b(raped|"
          rf"assaulted|attacked|beat me|hit me|hurt me)\b.{{0,40}}\b(he|she|they) (is|are) still "
          rf"(here|in the (house|flat|room|building)|outside)\b"),
    _rule("attempt_just_now", Level.CRISIS, SELF_HARM,
          r"\b(i )?just (now )?(tried|attempted) to (kill myself|end (it|my life)|hang myself|"
          r"overdose|take my (own )?life)\b|\b(tried|attempted) to (kill myself|end (it|my life)|"
          r"hang myself|overdose|take my (own )?life)\b((?!\b(ago|last|when i was)\b).){0,30}\b(just "
          r"now|minutes ago|an hour ago|"
          r"tonight|earlier today|this morning)\b"),
    _rule("intruder_now", Level.CRISIS, DANGER,
          r"\b(an intruder|intruders|a burglar|burglars)\b.{0,20}\b(downstairs|upstairs|in (my|our|"
          r"the) (house|home|flat|room|garden)|breaking in|trying to (get|break) in)\b(?!.{0,30}\b("
          r"film|movie|dream|game|book|story|show)\b)|\b(someone|somebody|a man|men|a stranger|"
          r"strangers) (is |are )?(breaking in|trying to (get|break) in)\b|\b(someone|somebody|a "
          r"man|a stranger) (is )?(downstairs|in (my|our|the) (house|home|flat|room))\b.{0,40}\b("
          r"hiding|scared|terrified|help|knife|gun|do not know (him|them|who))\b"),
    _rule("harm_others_urge", Level.CRISIS, OTHERS,
          r"\b(thoughts|thinking|thought) (of|about) (killing|hurting|harming|drowning|smothering|"
          r"stabbing|strangling) (my|the|our) (baby|babies|kids|children|child|son|daughter|"
          r"husband|wife|partner|mum|mom|dad|brother|sister|family)\b|"
          r"\b(i|i am going to|i will|going to|gonna|want to) (set fire to|burn down|torch|blow "
          r"up) (my|the|our|his|her|their) (school|house|home|office|work|workplace|flat|church|"
          r"mosque|synagogue|college|class)\b(?!.*\b(lol|lmao|haha|cooking|cook|baking|toast|oven|"
          r"candles?|kitchen|burnt)\b)|\b(feel like|urge to|want to|going to) (hurt|"
          r"hurting|kill|killing|attack|attacking|stab|stabbing) (someone|somebody|people|anyone|"
          r"everyone)\b.{0,60}\b(tonight|right now|(cannot|do not know if i can|not sure i can) "
          r"stop( myself)?)\b|\bmake sure (she|he|they) never \w+ again\b.{0,60}\b(thinking about "
          r"how|how i would do it|planned|planning)\b"),
    _rule("wrists_cut", Level.CRISIS, SELF_HARM,
          rf"\b(i|i have|i just|just|i have just)( \w+)? (cut|slit|slashed|sliced|opened) (open )?my "
          rf"(wrists?|throat|veins?)\b{_NOT_PAST}"),
    _rule("harm_done_on_purpose", Level.CRISIS, SELF_HARM,
          r"\b(burned|burnt|scalded|cut|hurt|stabbed) myself (badly |really badly |deep |deeply )?"
          r"(on purpose|deliberately)\b.{0,40}\b(peeling|blister\w*|bleeding|deep|bad|badly|just "
          r"now|skin|stitches|hospital)\b|\bi (just )?swallowed\b.{0,25}\b(razor blades?|blades|"
          r"glass|batteries|bleach|magnets|screws|nails)\b"),
    _rule("refusing_to_live", Level.CRISIS, SELF_HARM,
          r"\b(have not|not|stopped) (had|eaten|drunk|drinking|eating|taken) (any )?(water|food|"
          r"anything|my (insulin|meds|medication))\b.{0,40}\b(not going to|will not|do not plan "
          r"to|never again)\b(?!.{0,15}\b(until|till|before|after)\b)"),
    _rule("self_harm_now", Level.CRISIS, SELF_HARM,
          r"(?<!to )\b(cut|cutting|burned|burning|hurt|hurting|harmed|harming) myself\b.{0,40}\b(right "
          r"now|just now|tonight|minutes ago|and it will not stop|bleeding|too deep)\b|"
          r"\b(cutting|burning|hurting) myself (right )?now\b|\bjust (burned|burnt|cut) myself\b.{0,30}"
          r"\b(again|on purpose|deliberately|lighter|cigarette)\b|"
          r"\b(i am|i keep|keeps|still|it is) bleeding\b|\bwill not stop bleeding\b|\bcut (too |really |so |very )?"
          r"deep\b|\bblood (everywhere|all over)\b|\bbleeding (a lot|heavily|badly|so much)\b|"
          r"\b(doing it|cutting|cutting again) (right )?now\b|\b(slicing|slashing|carving|cutting) "
          r"(into |up )?my (arms?|wrists?|thighs?|legs?|skin)\b.{0,30}\b(right now|now|tonight|"
          r"bad|deep|bleeding|blood)\b|\b(went|gone|cut) (way |far )?too deep\b|\b(bled|bleeding|blood (is |has )?"
          r"(soaking|soaked)|it is soaking|it is soaked|it has soaked) through (the |a |my )?(towels?|"
          r"bandages?|plasters?|sleeve|jeans|clothes|tissues?)\b|"
          r"\b(smashing|banging|hitting|punching) (my head|myself)\b.{0,40}\b(can not stop|cannot "
          r"stop|blood|bleeding)\b"),
    _rule("overdose_taken", Level.CRISIS, MEDICAL,
          # An amount is required: "took my pills this morning" is not an overdose.
          rf"\b(took|taken|swallowed|downed|necked)\b (all|a load of|loads of|a lot of|lots of|too "
          rf"many|a bunch of|a handful of|the whole|every|all of|a whole|an entire|everything)\b"
          rf".{{0,25}}\b({MEDS[1:-1]}|\w*pills?|medications?|prescription|"
          rf"ibuprofen|prescription|insulin|bottle|box|packet|pack|(in|from) (the|my|our|\w+'s) "
          rf"(medicine |bathroom |first aid |pill )?(cabinet|drawer|cupboard|bathroom|box|kit)\b"
          rf"(?! (to|into|out|with|for|along|back)\b))\b"
          rf"{_NOT_PAST}|\b(i|i have|i just|just)\b.{{0,15}}\b(took|taken|swallowed)\b.{{0,25}}"
          rf"\boverdose\b{_NOT_PAST}|\b(took|taken|swallowed|downed|necked) (like |about |around |"
          rf"maybe |over |at least )?(\d{{2,}}|\d+ (boxes|packets|packs|bottles|strips)( of)?|"
          rf"fifteen|twenty|thirty|forty|fifty|a dozen|dozens of)\b.{{0,20}}\b(\w*pills|tablets|"
          rf"meds|paracetamol|ibuprofen|tylenol|aspirin|codeine|co-codamol|sertraline|"
          rf"antidepressants|painkillers|sleeping|insulin|of (my|them|these|those))\b{_NOT_PAST}"
          rf"(?!.{{0,40}}\b(normal|usual|prescribed|daily|a day|per day|every day|vitamins?)\b)"
          rf"|\b(used|took|taken|drank|injected|shot up|snorted|smoked) (way |much |a lot |so much )?"
          rf"more than (i ever have|ever|usual|i usually do|normal|i should)\b.{{0,40}}\b(on purpose|"
          rf"deliberately|last time|want (this|it) to be the last)\b"
          rf"|\b(i|i have|i just|just)( \w+)? (took|taken|swallowed|downed|necked) (the lot|the whole lot|"
          rf"them all|all of them)\b(?! (to|with|for|out|home|on|in|back|along|off|away|into|"
          rf"round|around|apart)\b){_NOT_PAST}"
          rf"|\b(pills|tablets|meds)\b.{{0,80}}\b(already (did|done|took|taken) (it|them)|it is done|"
          rf"did it already)\b"
          rf"|^(?=.*\b({MEDS[1:-1]}|pens?)\b).*\b(i have|i|just) (done|taken|used|injected|had|took) "
          rf"(the lot|the whole lot|all of (it|them)|every one|them all)\b{_NOT_PAST}"
          rf"|\b(took|taken|swallowed) (something|stuff|it) to end (it|things|my life)\b"
          rf"|\b(i have|i) (taken|took|swallowed) them\W+all of them\b"
          rf"|\bi (have |just )?overdosed\b{_NOT_PAST}|\btook an "
          rf"overdose\b{_NOT_PAST}"
          # A household poison swallowed: "drank bleach", "i've just swallowed some antifreeze".
          rf"|(^|\bi (have )?)(just )?(drank|drunk|swallowed|downed|necked) (some |a (load|bottle|"
          rf"cup|glass|mouthful|capful) of |the |a bit of )?{HOUSEHOLD_POISON}\b{_NOT_PAST}"),
    _rule("overdose_symptoms", Level.CRISIS, MEDICAL,
          r"\b(took|taken|swallowed) (way )?too (much|many)\b(?! (photos|pictures|selfies|coffee|"
          r"time|notes|classes|shifts|days|sugar))(?! \w+ off).{0,40}\b(blurry|dizzy|sleepy|drowsy"
          r"|cannot (stay awake|keep my eyes open|see)|heart (is )?(racing|pounding)|passing out)\b"),
    _rule("harm_others", Level.CRISIS, OTHERS,
          r"\b(he|she|they|my \w+)( is| are| has| have)? (just )?(left|gone out|gone round|headed out|"
          r"heading (out|over|round)|on (his|her|their) way)\b.{0,20}\bwith (a|the|his|her|their) "
          r"(knife|gun|machete|weapon|blade|bat)\b|"
          r"\b(bringing|bring|taking|take) the (\w+ )?(gun|knife|machete|hammer|axe|crowbar|bat)\b"
          r".{0,80}\b(not joking|planned|where (he|she|they) (will|would) be)\b|"
          rf"\b(i|i am|i will)\b((?!\b(not|never|no)\b).){{0,20}}\b(want|going|gonna|plan|planning|"
          rf"about|ready|will)( to)? (kill|hurt|stab|shoot|murder|strangle|attack|poison|smother|"
          rf"suffocate) {_PEOPLE}\b|"
          rf"\b(i|i am|i will)\b((?!\b(not|never|no)\b).){{0,20}}\b(going|gonna|about|ready|will)"
          rf"( to)? (batter|glass|beat up) (him|her|them|that \w+|my (ex|boss|dad|brother|"
          rf"stepdad|neighbour|landlord))\b|"
          rf"\b(i|i am|i will)\b.{{0,20}}\b(going to|gonna|will|want to|about to) (put|hold) a "
          rf"pillow over (his|her|their) (face|head)\b|\b(show up|turn up|"
          rf"walk in|come in)\b.{{0,30}}\b(gun|rifle|weapon)\b|\bshoot up (the|my|a|our) (school|"
          rf"workplace|office|class|college|party|mall|church|work)\b|\b(bring|bringing|take|taking) "
          rf"(a|my|my \w+'?s?) (gun|rifle|weapon) (to|into) (school|class|work)\b|\bif (he|she|they|my \w+|anyone|someone|that \w+|this \w+|the \w+|"
          rf"one more|people|you)\b.{{0,60}}\b(i am|i will)\b.{{0,10}}\b(bringing|bring|taking|"
          rf"using|getting) (a|my|the|my \w+'?s?) (knife|gun|rifle|blade|machete|weapon)\b"
          rf"(?! (and fork|to (cut|slice|chop|carve|cook|prep|the (picnic|kitchen|barbecue|bbq))))|\b(bringing|taking) (a|my|the|my \w+'?s?) (knife|gun|rifle|"
          rf"machete|weapon) (to|into) (school|class|college|work|the office)\b"),
    _rule("danger_now", Level.CRISIS, DANGER,
          rf"\b{_WHO} (is|are) (outside|here|at the door|coming|coming back|breaking in|trying to "
          rf"(get|break) in)\b.{{0,60}}\b(knife|gun|weapon|kill|hurt|scared|afraid|terrified|help)\b"
          rf"|\b(he|she|they) (is|are) (drunk|high|raging|furious|kicking off) (now|again|tonight)\b"
          rf".{{0,60}}\b(hear (him|her|them)|coming (up|in|home|back|upstairs)|at the door|on the "
          rf"stairs)\b"
          rf"|\b(strangled|choked|stabbed|beat|hit|attacked) me (tonight|today|just now|earlier|this "
          rf"(morning|evening))\b.{{0,60}}\b(still (in the house|here|home|downstairs|upstairs|in the "
          rf"flat)|asleep|passed out)\b"
          # Heard through a wall: "i just heard her yell help and a big thud, like right now".
          rf"|\b(heard|hear|hearing|can hear) (her|him|them|someone|somebody|a (woman|man|child|kid)|"
          rf"the (woman|man|girl|boy|child|kid)( next door)?) (yell|scream|shout|call|cry)(ing)?( out)?"
          rf" (for )?help\b.{{0,80}}\b(right now|just now|now|thud|bang|crash|smash)\b"
          rf"|\b(a|some|this) (guy|man|bloke|woman|lad|person|someone) (\w+ ){{0,4}}with a (knife|gun|"
          rf"machete|weapon|blade)\b.{{0,80}}\b(shouting|threatening|saying|going to|locked "
          rf"(ourselves|myself))\b"
          rf"|^(?=.*\b(ex|court order|restraining order|protection order|non molestation|injunction|"
          rf"bail conditions)\b).*\b(someone|somebody|he|she|they)('s| is| are)? (trying|rattling|"
          rf"banging on|kicking|hammering on|trying to open) (the|my|our) (back |front |side )?(door|"
          rf"gate|window|handle|lock)s?\b"
          rf"|\b{_WHO} (has|got|is holding|pulled|is got|has got) (a )?(knife|gun|weapon)\b|\b{_WHO} (is|are) "
          rf"(strangling|choking|hitting|beating|stabbing|attacking|kicking|punching) me\b|\b{_WHO} "
          rf"(is|are) (going to|gonna|trying to) (kill|hurt|strangle|stab|shoot) me\b|\bi am (in danger|"
          rf"not safe) (right now|now|here)\b|\bhe will kill me\b(?! if)|\bnot safe right "
          rf"now\b|\b{_WHO} (is|are) (\w+ and )?(hitting|beating|attacking|hurting|strangling|choking)"
          rf" (my \w+|me|us)\b.{{0,30}}\b(right now|now)\b|\b(he|she|they) (will|is going to|"
          rf"are going to) come (for|after) me\b|\b(said|says|told me|swore)\b.{{0,20}}\b(when|once|"
          rf"if) (he|she|they) (is|are|gets?|comes?) (back|home|in)\b.{{0,20}}\bi am (finished|dead|"
          rf"done for|getting it)\b|\b(he|she|they|(my|his|her|their) \w+) (said|says|swore|"
          rf"threatened) (he|she|they) (would|will|had|is going to|are going to) \W?finish (me|me "
          rf"off|the job|him|her|them)\b|\b(choked|"
          rf"strangled|hit|beat|stabbed|hurt) me\b.{{0,80}}\b(he|she|they) (said|says|swore|"
          rf"threatened) (he|she|they) (would|will|is going to|are going to) finish (it|me|the job)\b|\bchoked me "
          rf"(until|till) i (blacked|passed) out\b|\b(said|says|told me|swore) (i am|i will|you are) "
          rf"not (leaving|getting out|going to leave|making it out)( of)?( here| this house| this "
          rf"room)? alive\b|\blocked myself in\b.{{0,40}}\b(he|she|they)\b|(?<!waters )(?<!water )\b(broke|breaking|broken) in\b(?! (half|two|pieces|tears|a sweat|my new|the middle|"
          rf"these|the (shoes|boots)))(?!{_BREAK_IN_PAST})|\bi am (locked|hiding) in (the|my) (bathroom|bedroom|room|car|"
          rf"cupboard|closet|wardrobe)\b.{{0,40}}\b(he|she|they)\b|\b(he|she|they) (just )?(put|"
          rf"punched|smashed|kicked) (his|her|their) (fist|foot|head) through\b.{{0,80}}\b(now|"
          rf"hiding|locked|baby|kids)\b|\b(i am|we are) (locked |hiding )?in the (bathroom|bedroom|"
          rf"toilet|loo)\b.{{0,60}}\block (is|is really|is so|will not|is not)( \w+)? (flimsy|weak|"
          rf"broken|hold)\b|\b(broke|breaking|broken) into "
          rf"(my|our) (house|home|flat|apartment|room)\b(?!{_BREAK_IN_PAST})|\b(i am|we are) hiding (from|in)\b"
          # "he is here now, he has broken the latch and he is shouting he will teach me a lesson"
          rf"|\b(he|she|they) (is|are) (here|inside|in the house|outside|at the door|back)( now)?\b"
          rf".{{0,60}}\b(he|she|they) (has|have) (just )?(broken|kicked in|smashed|forced) (the|my|our) "
          rf"(\w+ )?(door|latch|lock|window)\b"
          rf"|\b(he|she|they) (has|have) just (broken|kicked in|smashed|forced) (the|my|our) "
          rf"(front |back |bedroom |bathroom )?(door|latch|lock|window)\b"
          rf"|\b(he|she|they) (is|are) (shouting|screaming|yelling)( that)? (he|she|they) (will|is "
          rf"going to|is gonna|are going to) (teach me a lesson|hurt me|do me in)\b"),
    # A break-in told as past: the home is not safe, the danger not now ("he broke in last week").
    _rule("break_in_past", Level.ELEVATED, DANGER,
          rf"\b(broke|broken) (in|into (my|our) (house|home|flat|apartment|room))\b{_BREAK_IN_PAST}"),
    # A cut that will not stop bleeding: "cut way deeper than usual and it won't stop".
    _rule("bleeding_now", Level.CRISIS, SELF_HARM,
          r"\b(cut|cuts|cutting)\b.{0,30}\b(deeper|too deep|really deep)\b.{0,60}\b(will not|cannot|"
          r"can not|does not|is not going to) stop\b|\b(bleeding|blood) (will not|does not|is not) "
          r"stop(ping)?\b.{0,60}\b(cut|cuts|cutting|wrist|arm|thigh)\b"),
    _rule("medical_now", Level.CRISIS, MEDICAL,
          rf"\b((blood )?sugars?|glucose|levels?)('s| is| are| have)? (crashing|crashed|dropping fast|plummeting|really "
          r"low|so low|very low)\b.{0,60}\b(shaking|shaky|confused|sweating|dizzy|cannot think|on my "
          r"own|alone|nothing sweet)\b|"
          r"\b(cannot|can not) breathe\b.{0,30}\b(chest|help|dying)\b|"
          r"\bclutching (his|her|their|my) (chest|heart)\b|"
          rf"{HEAD_INJURY_NOW}|"
          r"\bthroats?('s| is)? (getting |feels |feeling )?(really |so |very )?(tight|tighter|tightening|closing)\b"
          r"(?=.{0,80}\b(epipen|epi pen|pen|allerg\w*|peanuts?|nuts?|stung|sting)\b)|\b(epipen|"
          r"peanuts?|nuts|allerg\w*|stung)\b.{0,80}\bthroats?('s| is)? (getting |feels |feeling )?("
          r"tight|tighter|tightening|closing)\b|"
          r"\b(pump|insulin)\b.{0,40}\b(stopped|not working|broke|ran out)\b.{0,80}\b(throwing up|"
          r"vomiting|being sick|breathing (really |so )?fast|cannot get air|confused)\b|"
          r"\bthroats?('s| is)? (closing|swelling)( up)?\b|\b(lips|face|tongue|throat)('s| is| are)? "
          r"(\w+ )?(swelling|swollen|huge|puffing up)\b.{0,80}\b(breath|breathe|breathing|wheez\w*|"
          r"throat|pen|epipen|words)\b|"
          r"\b(pregnant|weeks|waters (just )?(went|broke))\b.{0,60}\b(loads of|lots of|so much|"
          r"heavy|a lot of) (blood|bleeding)\b|"
          # Breath failing with the body's alarm beside it, not a panic attack or a cold.
          r"^(?!.*\b(panic|anxiety attack|cold|flu|congest\w*|stuffy|heat|humid|running|gym|"
          r"workout|laugh\w*)\b).*(\b(struggling|fighting|can barely|can hardly|hard) (to )?breathe\b"
          r".{0,80}\b(alone|lips|chest|blue|tingl\w*|ambulance|passing out|faint)\b|\b(chest|"
          r"lips)\b.{0,60}\b(struggling|fighting|can barely|can hardly) (to )?breathe\b)|(?<!since my )(?<!since his )"
          r"(?<!since her )(?<!after my )(?<!after his )(?<!after her )(?<!had a )(?<!from my )"
          r"(?<!from his )(?<!from her )(?<!since the )(?<!after the )(?<!since a )(?<!after a )"
          r"(?<!of a )\b(chest pain|heart attack|(?<!my )(?<!his )(?<!her )(?<!our )stroke(?! (caught|rate|seat|side|"
          r"of (genius|luck)))|unconscious|not breathing|passed out and|speech is slurred|slurred speech|"
          r"face (has )?(dropped|drooped|fallen) (on|down) one side|face\b.{0,25}\b(sliding|"
          r"dropping|drooping|dropped|drooped|fallen)\b.{0,15}\bone side|(cannot|can not) breathe "
          r"(lying|when i lie) (flat|down)|(sweaty|sweating|clammy) and confused|confused\b.{0,40}"
          r"\b(cannot|can not) wake (him|her|them)|(words|speech|voice) (are |is )?"
          r"(coming out )?slurred|slurring (his|her|their|my) words|"
          r"(cannot|can not) feel my (face|arm|leg)|face is (drooping|numb)|arm is (weak|numb)|"
          r"(is not|not) responding|unresponsive|having a seizure|lips (are |have )?(going |turning |gone )?blue|"
          r"chest (feels )?(like it is being )?(crushed|crushing)|(left )?arm (has )?(gone|going) numb|"
          r"barely (responsive|breathing|conscious))\b(?! (rehab|recovery|survivors?|nurse|ward|unit|"
          r"clinic|team|group|support|patients?|symptoms|signs|risk|warning|awareness|prevention|"
          r"research|had|has|left|took|finished)\b)|\b(just|has just) had a (stroke|heart attack|"
          r"seizure|fit)\b|"
          r"\b(confused|disoriented|drowsy|delirious)\b"
          r".{0,40}\bbreathing (really |very |so )?(fast|hard|heavy|weird|strange)\b|\bbreathing "
          r"(really |very |so )?(fast|hard|heavy)\b.{0,40}\b(confused|disoriented|delirious)\b"),
    # Elevated: risk without imminence.
    _rule("passive_wish", Level.ELEVATED, SELF_HARM,
          r"\b(do not|does not) (even )?care (if|whether) i am (still )?(here|alive|around)\b|"
          r"\b(longing|longed|aching|wishing) to be done\b(?! with)|\benvy(ing)? (the )?(dead|dying)\b|"
          # A place the mind keeps going to: "been thinking about the hotel roof a lot".
          r"\b(keep|keeps|been|always|cannot stop|can not stop) (thinking|dreaming) about (the|that) "
          r"(\w+ ){0,2}(roof|rooftop|bridge|ledge|cliffs?|tracks|railway line|viaduct|top floor|"
          r"quarry|pier)\b(?!.{0,40}\b(leak\w*|repair\w*|tiles?|gutters?|insulation|solar|garden|bar|"
          r"party|view|photos?|paint\w*|fix\w*|design|project|trip|visit)\b)|"
          r"\bit would be (easier|simpler|a relief|better|kinder)( for everyone)? if\b.{0,50}\b("
          r"snapped|gave way|failed|broke|crashed|collapsed|went down|sank|hit me)\b.{0,20}\b(while "
          r"i|with me|and i|on me|under me)\b|"
          r"\bwish i (was|were|could be) (dead|never born|not alive|gone|not here|not around)\b|"
          r"\b(wish|want to|wanna) (i )?(could )?(just )?(go to )?sleep and (never|not) wake up\b|\b(do not|never) "
          r"want to wake up\b|\b(hope|hoping) i (just )?(do not|never|will not|would not) wake up\b|\b(would|i would) (prefer|rather) "
          r"(not to|to not|not) (exist|be alive|be here|wake up)\b|\bwish i (did not|would not) wake "
          r"up\b|\b(do not|no longer) want to (be alive|live|exist|be here|be around|go on)\b|"
          r"\b(want|wanted) to (disappear|not exist|stop existing|not be here|not wake up)\b(?! for "
          r"(a|the) (weekend|week|day|holiday|trip|while|bit|few (days|hours|weeks)|month)|\W{0,5} to "
          r"(a|an|the|my|some) | into "
          r"(a |the |my )?(good |new )?(book|film|game|show|bed|duvet|crowd))|"
          r"\bbetter off dead\b|\bi (would|had) be better off (gone|not here|not around)\b|\b(only|just) (had|have) (a|one|two|three|six) (month|months|"
          r"weeks?|years?) (left|to live)\b.{0,40}\b(relieved|relief|glad|grateful)\b|"
          r"\b(wish|wishes|wished|hope|hoped)( that)? the (cancer|illness|tumou?r|disease|crash|"
          r"accident|overdose|virus) (had )?(just )?(won|killed me|taken me|finished me( off)?)\b|^(?=.*\b(pull through|make it|survive|wake up)\b).*\bpart of me "
          r"(hopes|hoped|wishes|wished|wants)( that)? i (do not|did not|will not|would not|never)\b|"
          r"\bpart of me (hopes|hoped|wishes|wished|wants)( that)? i (do not|will not|never|would "
          r"not) (pull through|make it|survive|wake up)\b|\b(wish|hope) (something|a car|a bus|it) (would )?(kill|hit)s? me\b"
          r"|\bwish i (could )?(just )?die\b|\bwant to die\b|\bi (wanna|want) to be dead\b|"
          r"\bready to die\b|\b(do not|no longer) want to survive\b|\b(do not|no longer) want (this|my) life( anymore)?\b|\b(hope|hoping|wish)\b.{0,20}\b(plane|flight)\b.{0,25}(?<!not )"
          r"\b(goes down|crashes|crash)\b|\b(would not|wouldn't|do not|don't) (care|mind)( at all| much| really)? if i (died|was dead|"
          r"were dead|did not wake up|was gone|got hit|(went to sleep|fell asleep)( \w+){0,2} and (did not|never) (wake|woke) up)\b"),
    _rule("hopeless", Level.ELEVATED, SELF_HARM,
          r"\bi see no (future|way out|point in (living|going on|anything))\b|"
          r"\bno (point|reason) (in |to )?(living|anymore(?! (in|to|with|going|doing))|going on(?! (the|a|an|"
          r"this|that|our|his|her|their|holiday|vacation|tour|trips?|dates?)\b)|being "
          r"alive|to live|carrying "
          r"on|trying|in anything|to keep going|to be here)\b|\b(cannot|can not) (go on|keep "
          r"going|do this anymore|take (it|this) anymore|cope anymore|carry on)\b|\bwhat is the "
          r"point (of|in) (living|life|anything|going on|being alive|me|carrying on|trying|it all|any "
          r"of it)\b|\b(i am|i feel|feeling|"
          r"everything is|life is|it is) (completely |totally |so )?hopeless\b(?! (at|about|with|"
          r"when))|\bhopeless about (everything|life|my life|the future|it all)\b|\bhow pointless (everything|life|it all) is\b|\bnothing i (do|say|try|ever do) (ever )?matters\b|\bnothing (left )?(for me )?to look forward to\b|\bnothing good left\W*$|\bnothing (will )?"
          r"(ever )?(get|gets) better\b|\bno way out\b|\b(life|everything) (is|feels) (pointless|meaningless|"
          r"not worth)\b|\b(tired|sick) of (living|life|being alive|existing)\b(?! (being|getting|in "
          r"(this|the|a)|at|with|admin|costs?))|\bwant (it all|"
          r"everything|the pain|it|all of it) to (stop|end)\b|\bneed (it all|everything|the pain|it|this) to "
          r"(stop|end)\b|\bnot worth living\b|\bgive up on life\b|"
          r"\bthere is no point anymore\b|\bno future for me\b|\b(not seeing|cannot see|do not see) "
          r"(any |a )?way out\b|\bcannot picture a future\b|\bwalang (silbi|kwenta|saysay) (ang buhay "
          r"ko|ako)\b|\bmas (okay|mabuti) (kung|pag) wala na (lang )?ako\b|\b(it is|it|life is|things are|my life "
          r"is|nothing is) (never|not ever) going to (get|be) better\b|\b(it|life|things|nothing) "
          r"will never (get|be) better\b|\b(do not|cannot|can not) see (much |any |a "
          r"|the )?(reason|point) (to|in|of) (carry(ing)? on|go(ing)? on|living|keep(ing)? going|"
          r"being alive|life|anything)\b|\b(do not|cannot|can not) see (a|any) future( for (myself|"
          r"me)| ahead)?\b(?! (in|with|at|for (us|this|the|my \w+)))|\bnothing matters( anymore)?\b|^(?=.*\b(pointless|grey|gray|empty|numb|depress\w*|"
          r"nothing matters)\b).*\bwhat is (even )?the point\W*$"),
    _rule("done_with_life", Level.ELEVATED, SELF_HARM,
          r"\b(i am|i am so|i am just) done (with (life|everything|it all|living|this life|"
          r"existing)|trying\b(?! to))|\bdecided i am done\b(?! (with (this|that|the|my|dating|"
          r"him|her|them|work|uni|school|it)\b|for (the|today|now|tonight)\b))|\b(cannot|can not) keep (doing this|going like this|living like "
          r"this)\b(?= *($|[.,!?]|anymore|any longer))|\bwant (this|it all|everything) to be over\b|\bdisappointed (that )?i woke "
          r"up\b"),
    _rule("burden", Level.ELEVATED, SELF_HARM,
          r"\b(better off without me|tired of being a burden|(i am|i feel like|i am just|i am such|i am "
          r"nothing but) (a|such "
          r"a|an|only a) "
          r"(burden|waste of space)|burden (on|to) (everyone|my family|them|you)|(?<!something )(?<!anything )"
          r"(nobody|no one) would (even )?(care|notice|miss me)(?! if i (left|skipped|"
          r"missed|went|came|wore))|"
          r"(everyone|they|my (kids|family|wife|husband|partner)) would be (happier|better|fine|"
          r"okay|ok|alright) without me\b(?! (for|at|on|while|tonight|this|next|if i (go|went)))|(i am|i feel like)( just)?( a)? dead weight|"
          r"(better off|be better) with (that|it|the|my|his|her) ?(\w+ ){0,2}(money|insurance|payout|"
          r"savings|inheritance)?( \w+){0,2} than with ("
          r"me|a (son|daughter|husband|wife|dad|mum|mother|father) like me)|"
          r"(they|the kids|my kids|the children|my children)('ll| will| would)? be better off with "
          r"(their|his|her) (real |own )?(dad|mum|mom|father|mother)\b|"
          r"(would|will) have (a )?(far |much |so much )?(easier|better|happier) (life|time)( \w+)? "
          r"without me\b|(a |just a )?(weight|millstone|albatross) (round|around) (her|his|their|my "
          r"\w+'?s?) neck\b|"
          r"(they|the \w+|my \w+) would be better off (raised|brought up|looked after) by (someone|"
          r"somebody) (else|who)\b|(i am|like i am|i feel i am)( just| only)? taking up (space|room|"
          r"oxygen|air)\b|"
          r"(everyone|everybody|they|my family|the world) (would|will) "
          r"(all )?be better off(?=\W*($|[.!?]))|(they|everyone|people|my family) (will|would) (soon |quickly "
          r")?(get over|move on from) (me|my death|losing me)|(it )?(will not|would not) hurt "
          r"(anyone|them) for long)\b"),
    _rule("self_harm", Level.ELEVATED, SELF_HARM,
          r"\bcut (again )?(last night|yesterday|this morning|earlier|today|tonight)\b.{0,30}\b(first "
          r"time|again|in a while|in ages|relapsed?)\b|"
          r"\b(urge|urges|want|wanting|tempted|need|itching) to (cut|hurt|harm|burn|punish) "
          r"myself\b|\b(urge|urges|want|wanting|tempted|need|itching) to (cut|burn) again\b(?!.{0,30}\b("
          r"hair|fringe|bangs|grass|hedge|fabric|cake|bread|ties|losses|class|costs))|"
          r"\b(urge|urges|tempted|itching) to (cut|burn)\b(?=\W*($|[.,!?;]|(all|so|again|tonight|today|"
          r"right now|badly|really|but|and)\b))|\bself harm(ing|ed|s)?\b|\b(i|i have|been)\b.{0,12}\b(cut|cutting|burned|"
          r"burning|hurt|hurting|harmed|harming|scratching|hitting|punching|starving|starved) myself\b|"
          r"\b(scratched|scratching|clawed|clawing) (my )?(arms?|legs?|skin|wrists?|thighs?)( up)?\b|"
          r"\b(i|i have|i just|just|been)( \w+)? (cut|sliced|slashed|carved) (into |up )?my (arms?|legs?|"
          r"thighs?|stomach|hips?|skin)\b(?! (on|with|while|when|by|shaving|opening|at))|"
          r"(^|[.!?] )(starved|cut|burned|burnt|hurt|harmed|punished) myself\b|"
          r"\b(smash|smashed|smashing|punch|punched|punching) my (hand|fist|head|knuckles) (against|"
          r"into|on) (the |a )?wall\b|"
          r"\b(slicing|slashing|carving|cutting|gouging) (into |up )?my (arms?|wrists?|thighs?|"
          r"legs?|skin|stomach|hips?)\b(?! (hair|on the|with the|by accident|accidentally))|"
          r"\b(been|started|start|keep|kept|back to|went back to|relapsed( and)?|i am) cutting"
          r"\b(?! (back|down|out|off|in|up|through|corners|costs|ties|class|hair|carbs|sugar|"
          r"onions?|the|a|an|some|it|them|my (hair|fringe|nails|toenails|lawn|grass|hours)))|"
          r"\bcutting again\b(?! (the|my|his|her|a|some))|"
          r"\b(bang|banging|banged|hit|hitting|punch|punching) my head\b|"
          r"^(?!.*\b(oven|by accident|accident\w*|clumsy|cooking|baking|iron|kettle|pan|tray|hob|"
          r"grill|sunburn\w*|shaving|chopping|kitchen|work|bramble\w*|garden\w*)\b).*"
          r"\b(burnt|burned|burning|cut|scratched|scratching) my (arms?|wrists?|legs?|thighs?|skin)\b"
          r".{0,30}\b(again|with (the|a|my) (lighter|blade|razor|compass))\b|"
          r"\b(pressed|pressing|held|holding|put|putting)\b.{0,30}\b(arm|forearm|hand|wrist|"
          r"fingers?)\b.{0,30}\b(on|against|to) (the )?(\w+ ){0,2}(hob|grill|flat ?top|iron|stove|"
          r"oven|kettle|lighter|cigarette|radiator)\b.{0,40}\b(on purpose|deliberately|to feel|"
          r"deserved)\b|\brelapsed\b.{0,20}"
          r"\b(cut|self harm|cutting)\b"),
    _rule("past_attempt", Level.ELEVATED, SELF_HARM,
          r"\b(tried|attempted) (to )?(kill myself|suicide|end my life|take my (own )?life|end "
          r"it)\b|\b(my|a|previous|last|suicide) attempt\b|\b(after|since) (trying|attempting) to "
          r"(kill myself|end my life|take my (own )?life|end it)\b|\b(had|have had|used to have) "
          r"(suicidal thoughts|thoughts of (suicide|killing myself|ending it))\b|\boverdosed\b.{0,30}\b(last (year|month|"
          r"week|time)|years? ago|months ago|when i was|survived|at (\w+teen|twenty|thirty|forty))\b|"
          r"\b(took|taken|had) an overdose\b.{0,30}\b(last (year|month)|years? ago|months ago|when i "
          r"was|at (\w+teen|twenty|thirty|forty)|in my (teens|\w+ties))\b|\bsurvived (an|my) "
          r"(attempt|overdose)\b|\b(took|taken|swallowed) (a load of|all|loads of|a lot of|too many|"
          r"the whole|a handful of) (of )?(my )?(pills|tablets|meds)\b.{0,30}\b(in my (teens|\w+ties)|"
          r"years? ago|when i was)\b"
          r"|\b(cut|slit|slashed) my (wrists?|throat|veins?)\b"
          r"|\b(intent[eé]|trat[eé]) de (matarme|suicidarme|quitarme la vida)\b"
          r"|\bi (have )?attempted\b(?=\W*($|[.,;!?]| (before|once|twice|again|when|after|last|in "
          r"(19|20)\d\d|\d)))"),
    # A threat on a condition ("said if i ever told anyone he'd kill me").
    _rule("threat_if", Level.ELEVATED, DANGER,
          r"\b(said|says|told me|swore|threatened)( that)? if i\b.{0,60}\b(he|she|they) (would|will|"
          r"had|is going to) (kill|hurt|strangle|break|batter)( me| my)\b"),
    _rule("abuse", Level.ELEVATED, DANGER,
          rf"\b{_WHO} (hits|hit|beats|beat|chokes|choked|slaps|slapped|kicks|kicked|punches|"
          rf"punched|hurts|hurt|threatens|threatened|strangled|shoves|shoved|pushes|pushed|grabbed|"
          rf"slammed|throws|threw) me\b|"
          r"\b(boyfriend|girlfriend|husband|wife|partner|stepdad|stepmum|uncle|dad|father) (hit|hits|"
          r"beat|beats|punched|slapped|kicked|choked) me\b|"
          r"\b(scared|afraid|terrified) (to go|of going) home\b|\bnot safe at home\b|"
          rf"\b(he|she|my (brother|sister|son|{_ADULT_AT_HOME})) (gets|can get|turns|goes|becomes|"
          r"can be) (really |so |very )?violent (when|after|if|with me|at me|on (the )?drink)\b|"
          rf"\b(he|she|my {_ADULT_AT_HOME}) (gets|can get|turns|goes|becomes|can be) (really |so |"
          r"very )?(aggressive|physical|rough) ((when|after|if) (i|we)\b|with me|at me|on (the )?"
          r"drink|when (he|she) (drinks|is drunk|has been drinking|is angry|gets angry|is jealous|"
          r"gets jealous|loses (his|her) temper))|\b(do not|no "
          r"longer) feel safe (at home|in my (own )?(home|house|flat|room)|walking|going (home|out)|"
          r"around (him|her|them))\b|\b(abusive|"
          r"violent) (relationship|partner|boyfriend|girlfriend|husband|wife|home|dad|father|"
          r"mum|mom|mother|parent|parents|stepdad)\b|\b(he|she|they) (will|would) (kill|hurt) "
          r"me if\b|\b(said|says|swore|threatened|told me)( that)? (he|she|they) (would|will|was going "
          r"to|is going to) (put me through (the|a) (wall|window)|break my (neck|legs?|arms?|jaw|face)|"
          r"smash my face)\b|\b(scared|afraid|terrified) of my (dad|father|mum|mom|mother|husband|wife|"
          r"partner|boyfriend|girlfriend|stepdad|stepmum|parents)\b|\bforced me to\b|\block (me in|the door)\b.{0,40}\b(take|takes|took|keep|keeps|kept) my "
          r"phone\b|\b(took|takes|taken|take) my phone\b.{0,40}\block(ed|s)? me in\b|\bcomes into my (room|bed) at night\b|\b(keeps |kept )?"
          r"(coming|comes|came) into my (room|bed)\b.{0,30}\b(night|asleep|sleeping)\b|\b(beat|beats|"
          r"beating|hits|hitting) me (every|all the|when|whenever|if)\b|\b(does not|will not|would not) "
          r"let me (eat|leave|see (my|anyone)|go out|sleep)\b|\b(threw|throws|thrown) (a |the |things |"
          r"stuff )?(\w+ )?at (me|us)\b|"
          r"\b(i was|i have been|i got|been|he|she|they) (raped|sexually assaulted)( me)?\b"
          r"(?!.{0,40}\b(years ago|when i was|as a (kid|child|teen|teenager)|last year|in the "
          r"past|at uni|in school)\b)|"
          r"\btouches me\b|\b(scared|afraid|terrified) of (him|her|them) when (he|she|they)\b|"
          r"\b(frightened|scared|afraid|terrified) of (him|her|them) (all the time|constantly|every "
          r"day)\b|\bi am (so |really |very )?(frightened|scared|afraid|terrified) of (him|her|my (son|"
          r"daughter|husband|wife|partner|carer|grandson|granddaughter))\b(?! (leaving|going|finding|"
          r"getting|being|not|dying|moving))|\bbruises\b.{0,60}\b(he|she) (says|said|swore) if i "
          r"(tell|told|leave|left)\b|\b(locked|locks|kicked|threw|shut) me out (again|every|all night|in "
          r"the cold)\b|\b(got|was|been|am) (locked|kicked|thrown|shut) out (again|all night|in the "
          r"cold)\b.{0,30}\bby (my|his|her) \w+|\b(i|we) (will|would|are going to|am going to) pay for it (later|when)\b|"
          r"\b(he|she|they|daddy|dad|mum|mam|mom|father|mother|stepdad|stepmum|husband|boyfriend|"
          r"partner)( \w+)? (broke|fractured|cracked|split) my (arm|nose|ribs?|wrist|jaw|lip|tooth|"
          r"teeth|finger|cheekbone)\b|\b(gets|getting|got|is) handsy\b|\b(tries|tried|keeps trying) to touch me\b"),
    # Distress: pain without risk indicators.
    _rule("distress", Level.DISTRESS, None,
          r"\b(pagod na (pagod )?ako|i am the problem|(never|not ever|is never) (good )?enough|sad|sadness|unhappy|miserable|depressed|depression|unbearable|nobody listens|pain(?! au)|agony|worst (season|year|week|month)|"
          r"(do not|cannot) know how (we|i) will (pay|cope|manage)|(today|this week|the day|work|it) (was|has "
          r"been|is) (so |really |just )?(awful|horrible|terrible|rough|brutal|the worst)|"
          r"(feel|feeling|felt|been|seems?|so|really|pretty|bit|very|quite|am|is|just) (down|low)\b(?! "
          r"(the|to|on|in|at|for|stairs|light|dose))|low (day|mood|point|place)|let (\w+ ){0,2}down(?! (a|an) \w)(?! (the|my|his|her|your) (\w+ )?("
          r"tyres?|tires?|hem|hair|sails?|rope|line|bucket|ladder|balloons?|mainspring|spring)\b)|"
          r"letting (\w+ ){0,2}down|had to (have |be )?(\w+ ){0,2}put down|(broke|breaking|broken) down|"
          r"(wearing|wears|wore) (me|us|him|her) down|worn down|lonely|alone|(feel|feeling|felt|so|very|"
          r"really|am|being|get|getting) isolated|anxious|"
          r"anxiety|panic|panicking|stressed|(?<!no )stress|overwhelmed|exhausted|burn(ed|t)? ?out|burnout|"
          r"drained|empty|numb|heartbroken|broken|crying|cried|cry|tears|grief|grieving|mourning|"
          r"lost my|lost (the|our) (house|home|farm|business)|(is|are) (crushing|drowning|destroying) me|(can|could) never face (anyone|anybody|"
          r"people|them|the world) again|"
          r"(wife|husband|partner|girlfriend|boyfriend)"
          r"( has| is)? (left|gone)( me)?\b(?! (to|out|for|into|off|on|shopping|home|early|the|a|"
          r"his|her|their|with)\b)|(wife|husband|partner|girlfriend|boyfriend) (walked|moved) out|"
          r"taken the (kids|children)|passed away|died last|funeral(?! (director|arranger|home|parlour|parlor|celebrant|"
          r"industry|trade|business|service (for|at)))|hurt|hurting|struggling|struggle|scared|afraid|"
          r"worried|worry|ashamed|shame|guilty|worthless|(?<!one is )(?<!it is )(?<!this is )"
          r"(?<!that is )useless|failure|failed|failing|rejected|"
          r"unloved|unwanted|hate myself|hate my life|hate my body|hate how i look|so stupid|"
          r"i am an idiot|such an idiot|not good enough|i am so dumb|i am pathetic|"
          r"disgusted with myself|hard day|rough day|awful day|terrible day|bad day|hard time|"
          r"rough time|falling apart|breaking down|cannot cope|not coping|cannot sleep|insomnia|"
          r"frustrated|angry|furious|upset|disappointed|hopeless day|dumped|broke up|breakup|"
          r"break up|divorce|fired|laid off|tired of everything|fed up|so over (it|it all|"
          r"everything)|over it all|(dog|cat|pet|puppy|kitten|rabbit|horse) died|everyone (leaves|"
          r"leave|left) me|i have (nobody|no one)( left| to talk to)?|(cannot|can not) live without|"
          r"(feel|feeling|felt) (so |really )?(awful|terrible|horrible|rubbish|like (crap|shit))|(cannot|can not) face (it|any of "
          r"it|anything|anyone|tomorrow|monday|work|today)|lost everything|(pointless|useless|worthless|hopeless|a waste) and so am i|(so )?tired of "
          r"(all of )?(this|it all)|(cannot|can not) (shut|switch|turn) (it|them|my (head|brain|mind)|"
          r"the \w+) off|chronic pain|running on empty|end of my (rope|tether)|(my life is|i am) (such a|a total|a complete|a) mess|(feeling|feel|felt) (\w+ ){0,2}blue|(sick|tired) of being me|i am (a|such a) waste of)\b"),
]
