"""Patterns that read a message against the conversation or against other people.

``METHOD_QUESTION`` (means, heights, doses) is harmless alone and a crisis after distress;
``CONTINUATION`` and ``DANGER_ARRIVAL`` carry an earlier crisis or threat forward; ``RETRACTION``
never lowers a level. The ``THIRD_PARTY`` family tells worry about someone else from the writer's
own risk, which talk about someone else must never hide. ``NEGATION`` softens a match just after
"not" or "never". The single-message risk rules live in ``rules``.
"""

from __future__ import annotations

import re

from .rules import HEAD_INJURY_NOW, HEIGHT_THAT_WOULD_DO_IT, MEDS

# Questions that seek means, method, heights or doses: harmless alone, crisis after distress.
METHOD_QUESTION = re.compile(
    r"\bknot\b.{0,30}\b(hold|holds|take|takes|bear|bears) (the most |my |a person'?s? )?weight\b|"
    r"\b(hard|harder|impossible|difficult) to (pick up|detect|find|trace|spot)\b.{0,30}\b(post "
    r"mortem|postmortem|autopsy|tox\w*)\b|\b(undetectable|untraceable)\b|"
    r"\b(across or down|down or across)\b|\b(works?|work) better\b.{0,30}\bwrists?\b|"
    rf"\b{HEIGHT_THAT_WOULD_DO_IT}|"
    r"\b(how (many|much)\b.{0,40}\b(pills|tablets|paracetamol|tylenol|ibuprofen|aspirin|"
    r"sleeping pills|insulin|medication|meds|dose)\b|lethal (dose|amount)|overdose (on|amount|"
    r"threshold)|how (high|tall) (is|are|would|does|do)\b.{0,40}\b(bridge|building|cliff|roof|"
    r"tower|car park|parking|balcony|floor|story|storey|viaduct|dam|quarry|pier|multi ?storey|"
    r"overpass|flyover|gorge|crane|lighthouse)|\bheight of (the )?(\w+ ){0,3}(bridge|building|"
    r"cliff|viaduct|tower|car park|multi ?storey|dam)\b|(tallest|highest) (bridge|building|"
    r"cliff|roof|tower|car park|point|place)|fall from|(painless|quick(est)?|easiest|fastest|"
    r"surest) (way|ways|method|methods) (to|of) (die|dying|death|go)|how to (hang|overdose|"
    r"suffocate|drown)|how long (does it take|until) .{0,20}(die|bleed|unconscious|pass out)|"
    r"where (can|could) i (buy|get) (a gun|rope|pills|a rope|poison)|how far\b.{0,30}\bfall|"
    r"(deadliest|most lethal|most dangerous|strongest) (medication|medicine|drug|pills?|thing)|"
    r"high enough|how long does it take to die|blood loss|(get|buy|get hold of) (a )?gun|"
    r"train (times|schedule)"
    r".{0,20}(tracks|line)|how deep (is|do)\b.{0,20}\b(cut|river|water|lake))"
    r"|" + "|".join([
        # Poisonous enough to kill a person: "which plants here are poisonous enough to kill".
        r"\b(poisonous|toxic|deadly|lethal) enough to kill\b|\b(plants?|berries|mushrooms|fungi|"
        r"flowers)\b.{0,40}\b(deadliest|most poisonous|most toxic|kill a (person|human))\b",
        # A poison asked after as for a person: "which pesticide works fastest on a person".
        r"\b(pesticide|weedkiller|poison|rat poison|antifreeze|bleach)s?\b.{0,40}\b(fastest|"
        r"quickest|on a (person|human)|kill a (person|human)|for a (person|human))\b",
        # A top floor one can reach, a dose that would be "enough", trains that do not slow down.
        r"\b(top|highest) (level|floor|deck|storey)\b.{0,60}\b(get onto|get up|get to|access|reach|"
        r"open)\b",
        r"\b(patches|pills|tablets|meds|insulin|doses?|pens)\b.{0,50}\bbe enough\b(?! to (help|"
        r"treat|ease|fix|cure|work|sleep|get))",
        r"\btrains?\b.{0,60}\b(do not|never|that do not|which do not) (slow|stop)( down)?\b",
        # How far a fall must be: "how high does a fall have to be to be certain".
        r"\bhow (high|far|long|big) (does|would|do|must|should) (a|the) (fall|drop) (have to|"
        r"need to|must) be\b(?!.{0,30}\b(cat|dog|kitten|puppy|pet|phone|egg|drone|parachute|"
        r"bungee)s?\b)",
        # A dose that means not waking: "what medicine, how many, sleep not wake up".
        r"\b(medicine|medication|pills|tablets|meds|take)\b.{0,30}\b(not|never) wake up\b.{0,30}\?",
        # Places to fall from, asked after.
        r"\b(nearest|closest) (cliff|bridge|tall building|rooftop|railway|train tracks?|"
        r"multi ?storey|car park|motorway bridge)",
        r"\b(which|what) (building|bridge|tower|car park|cliffs?|multi ?storey|block|flats)\b"
        r".{0,40}\b(highest|tallest|top floor)",
        # Which of the medicines at hand are "the strong ones"; how long one lasts without one's
        # insulin; means counted ("there's enough in there").
        r"\b(which|what) (of )?(\w+'s |my |the |these |those )?(\w+ )?(tablets|pills|meds|"
        r"medicines?|medication) (are|is) (the )?(strong|strongest|most dangerous)\b",
        r"\bhow long (can|could|would|does|do) (someone|a person|you|i|a diabetic|one|people) "
        r"(last|survive|live|go) without (it|insulin|food|water|eating|drinking|my \w+|their \w+|"
        r"meds|medication)\b",
        r"\b(there is|there are|i have|i have got|got) (more than )?enough (in there|(pills|"
        r"tablets|meds) (in there|here|now|saved))\b",
        # How long the cold takes: "how long till you freeze if you sit down in the snow".
        r"\bhow long (does it take |would it take |until |till |before )?(you |someone |a person |"
        r"i |to )?(freeze|die of (cold|exposure|hypothermia)|get hypothermia)\b",
        r"\b(is it|would it be) (painless|quick|peaceful) to (drown|die|bleed out|freeze|jump|hang|"
        r"overdose)\b|\bdoes (drowning|hanging|overdosing|bleeding out|jumping|freezing) "
        r"(to death )?hurt\b",
        r"\bwhat happens if (you|i|someone|a person) (take|takes|took|swallow\w*) too many (\w+ )?"
        + MEDS,
        r"\bhighest (view|drop|floor|point) (from|around|near|in town|round here)",
        # How-to for a means.
        r"\b(tie|make|knot) (a|the) noose\b",
        r"\bhow deep (does|do|should|must) (the )?water\b",
        r"\b(tell me|talk|teach me|explain) about (jumping|hanging|overdosing|drowning)\b",
        r"^(what is|whats|what's) the (fastest|quickest|easiest|least painful|surest) way\W*$",
        # Limits and poisons: how much before it harms, what kills if swallowed.
        r"\b(max|maximum|most|upper limit|how much|how many)\b.{0,30}\b(paracetamol|tylenol|"
        r"ibuprofen|aspirin|codeine|pills|tablets|insulin|meds|medication|antidepressants)\b"
        r".{0,40}\b(dangerous|fatal|deadly|lethal|kills?|die|damage|stop your heart)\b",
        r"\b(poisonous|toxic|deadly|lethal|fatal|kill (you|a person|someone)) if (you|i|someone|"
        r"a person|people)? ?(drink|swallow|eat|take|inhale|mix)\w*\b(?!.{0,20}\b(dog|cat|pet|"
        r"puppy|kitten|toddler|baby|child|kid)s?\b)",
        r"\b(what|which) (household |cleaning |garden |kitchen )?(stuff|products?|chemicals?|"
        r"things?|liquids?) (is|are|would be|can be|could be) (poisonous|toxic|deadly|lethal|"
        r"fatal)\b(?!.{0,30}\b(dogs?|cats?|pets?|puppy|kitten|toddlers?|babies|kids|children)\b)",
        r"\bhow long (does it|would it|will it|until|before)\b.{0,30}\b(bleed out|bleed to death|"
        r"drown|freeze to death|suffocate|pass out|lose consciousness|stop breathing)\b",
        r"\b(survive|survivable|survived)\b.{0,20}\b(fall|jump|drop) from\b",
        r"\btrains?\b.{0,60}\b(without stopping|(do|does|will) not stop|non ?stop(ping)?|fast "
        r"through)\b",
        r"\b(make|makes|produce|produces|create|creates) (a )?(toxic |poisonous |deadly )?"
        r"(gas|fumes)"
        r"\b.{0,40}\b(kills?|die|lethal|deadly)\b",
        r"\b(go|going|get) up (there|on it|to the top)\b.{0,40}\b(alone|at night|one last time|"
        r"once more)\b",
        r"\b(arteries|artery|veins?)\b.{0,40}\b(where|which|biggest|big one|thigh|neck|wrist)\b|"
        r"\b(where|which)\b.{0,30}\b(arteries|artery|veins?)\b",
        r"\bhow (many|much)\b.{0,30}" + MEDS + r".{0,30}\b(too many|too much)\b",
        r"\b(overdose|hanging|drowning|jumping|bleeding out)\b.{0,20}\b(painless|hurt|quick)\b",
        r"\b(what|which) part\b.{0,30}\b(wrist|arm|neck|thigh)\b.{0,30}\b(cut|slit)\b|"
        r"\bcut\b.{0,30}"
        r"\bso it (actually )?works\b",
        r"\b(buy|get|order)\b.{0,30}\bwithout (a )?prescription\b.{0,20}$",
        # Places: somewhere to jump from, deep water, a way onto a roof, how many floors.
        r"\b(best|good|highest|nearest|quietest|easiest) (place|spot|bridge|building|roof)s? "
        r"(around here |near me |nearby |in town |round here )?to jump( from| off)?\b",
        r"\bhow deep (is|are) (the |that )?(\w+ )?(canal|river|lake|reservoir|quarry|sea|"
        r"harbour|harbor|dock|docks|pond|loch|weir|estuary)\b",
        r"\b(roof|rooftop) access\b|\b(get|climb|go) (on|onto|up on|up to) (the|its) roof\b"
        r"(?!.{0,30}\b(fix|repair|clean|gutter|tiles?|leak|aerial|antenna|solar)\b)",
        r"\b(is|are) the (river|water|lake|sea|canal|drop|fall|bridge|building|roof|reservoir|"
        r"quarry|weir|cliff)\b.{0,20}\b(deep|high|tall|cold|fast) enough\b(?! (to|for) (swim|"
        r"swimming|dive|diving|paddle|paddling|kayak\w*|boat\w*|fish\w*|surf\w*|sail\w*|the "
        r"kids))",
        r"\bhow many (floors|storeys|stories|metres|meters|feet)\b.{0,40}\b(need|enough|fatal|"
        r"survive|die|kill|to jump|fall)\b",
        # Gases and mixtures, a way out of a high window, a place open in the night, a dose's end.
        r"\b(car )?exhausts?\b.{0,40}\b(work|still|kill|die|garage|hose|catalytic)\b|\bcarbon "
        r"monoxide\b.{0,30}\b(how long|how much|kill|die|painless|garage|car)\b",
        r"\bhelium\b.{0,40}\b(tank|tanks|bag|hood|kill|die|without (them |anyone )?asking)\b",
        r"\b(mix|mixing|mixed|combine|combining)\b.{0,20}\b(bleach|ammonia|chemicals|cleaning "
        r"products)\b(?!.{0,40}\b(safe(ly)?|avoid|accident\w*|by mistake|fumes in|ventilat\w*)\b)",
        r"\b(windows?|balcony|balconies) (that |which )?(actually |still )?(open|opens)\b.{0,40}\b("
        r"floor|storey|high|hotel)\b|\b(highest|top) (hotel |building )?floor\b.{0,40}\bwindows?\b",
        r"\b(is|are) (the )?(\w+ ){0,3}(train station|station|bridge|car park|parking garage|"
        r"multi ?"
        r"storey|rooftop|roof|tracks|pier|cliff path|viaduct|quarry|tower|dam)\b.{0,30}\b(open|"
        r"locked|closed|accessible)\b.{0,80}"
        r"\b(at )?(\d+ ?(am|a m)|night|midnight|late)\b",
        r"\bwould (they|i|you|someone|a person|he|she) (just )?(die|sleep forever|not wake up|"
        r"never wake up|stop breathing)\b",
        # Any medicine by name: how many it would take, a dose for one's weight, buying in bulk.
        r"\bhow (many|much)\b.{0,40}\b(would it|does it|will it|do you need to|would i need to|"
        r"would you need to) (take|kill)\b|\b(take|takes|need) to (od|overdose)\b",
        r"\b(dose|amount)\b.{0,50}\bfor (someone|a person|somebody) (my|of my) (weight|size)\b|"
        r"\bfor my weight\b.{0,20}\b(dose|pills|tablets)\b",
        r"\b(buy|get)\b.{0,20}\b(a lot of|lots of|loads of|enough|in bulk|bulk)\b.{0,15}"
        r"\b(paracetamol|tylenol|pills|tablets|painkillers|sleeping pills|ibuprofen|aspirin)\b"
        r"|\b(buy|get)\b.{0,30}\b(paracetamol|tylenol|pills|tablets|painkillers) (at once|"
        r"in bulk)\b",
        r"\b(calibre|caliber|gauge)\b.{0,40}\b(single|one) shot\b|\b(most|more) (reliable|lethal|"
        r"certain) (calibre|caliber|gun|round|bullet)\b",
        r"\b(bridges?|cliffs?|beachy head|viaduct|tracks|station|car park|roof)\b.{0,40}\b(nets?|"
        r"barriers?|fences?|railings?|cameras?|patrols?|chaplains?|suicide prevention|security "
        r"guards?)\b",
        r"\b(belt|rope|cord|scarf|cable|sheet|dressing gown cord)\b.{0,30}\b(hold|take|support) "
        r"(an "
        r"adult'?s?|my|a person'?s?|someone'?s?|the) weight\b|\bdoor handle\b.{0,30}\b(weight|hold|"
        r"hang)\b",
        r"\b(how much|how many)\b.{0,40}\b(can|would|will|does it take to) kill (a|an|one) "
        r"(grown )?"
        r"(man|woman|person|adult|human|someone)\b|\b(insecticide|pesticide|weedkiller|weed killer|"
        r"rat poison|paraquat|antifreeze)\b.{0,40}\b(kill|die|drink|swallow|lethal|deadly|fatal)\b",
        r"\b(max|maximum|highest) dose\b.{0,40}\b(deadly|fatal|lethal|dangerous|kills?|die)\b",
        r"\b(how much|how many)\b.{0,60}\b(to be|would be|is) (fatal|lethal|deadly)\b|"
        r"\bfor it to be "
        r"(fatal|lethal|deadly)\b|\bdose\b.{0,60}\b(guaranteed|certain|definitely)\b",
        r"\b(pay|pays|paid) out\b.{0,40}\b(looks?|looked|made to look) like (a|an) (\w+ ){0,2}"
        r"accident\b",
        r"\broof\b.{0,30}\b(not locked|unlocked|left open|is open)\b|\b(rope|knot|noose)\b.{0,30}"
        r"\b(will not|does not|would not|cannot|that will not|that does not) (slip|come undone|"
        r"give)\b|\b(strongest|best) (rope|knot)\b"
        r".{0,30}\b(weight|heavy|hold)\b|"
        r"\b(nearest|closest) (pharmacy|chemist|drugstore|hardware store|gun (shop|store))\b|"
        r"\b(pharmacy|chemist)\b.{0,30}\bopen\b.{0,20}\b(now|late|tonight|24)\b",
        r"\b(stopped|stop|stopping|stops) (their|my|his|her|your) (dialysis|insulin|heart (meds|"
        r"pills|medication)|treatment)\b.{0,40}\bhow long\b",
        # Enough to stop a heart; the least messy way; a knot that holds; cuts made deeper.
        r"^(?!.*\b(panic|anxiety|palpitations|caffeine|energy drinks?)\b).*\benough to stop (the|"
        r"my|their|his|her|your|a|someone'?s) heart\b",
        r"\b(least|most) (messy|painful|painless|peaceful|quiet|final) (way|method)\b",
        r"\b(make|get) (it|them|the cuts?) (go )?deeper\b|\bcut deeper\b|\bdeeper cuts?\b",
        # Open roofs, a heart stopped by hunger, pills mixed with drink, places nobody stops you.
        r"\b(multi ?storey|car parks?|parking (garage|structure)s?|buildings?|towers?)\b.{0,40}\b("
        r"open|accessible|flat) (roofs?|rooftops?|roof terraces?|top floors?)\b",
        r"\b(before|until) (their|my|your|his|her|the) heart (stops|gives out|gives up)\b",
        r"\b(pills|tablets|meds)\b.{0,30}\b(mix|mixed|mixing|with|w) (\w+ )?(vodka|alcohol|wine|"
        r"booze|whisky|whiskey|gin|drink)\b",
        r"\b(where|somewhere|anywhere)\b.{0,40}\b((people|you|i)( will| would| do| does| did)? "
        r"(not|never) (get|be)|without (being|getting)) (stopped|found|disturbed|interrupted|"
        r"seen)\b|\b(where|somewhere|anywhere)\b.{0,40}\b(nobody|no one) (would|will|could) "
        r"(ever )?(find|see|disturb|stop) me\b",
        r"\b(max|maximum|most|highest) (amount|dose|number) of (\w+ )?" + MEDS,
        r"\b(which|what) (meds|medications?|medicines?|pills|tablets|drugs) (are|is) (the )?most "
        r"(dangerous|deadly|lethal|toxic)\b",
        # Roof access, a gun without a wait, a fire lit in a closed room.
        r"\baccess to the (top floor|roof|rooftop)\b|\btop floor access\b",
        r"\b(gun|firearm|rifle|pistol|shotgun) (shop|store|dealer)s?\b|\b(no|without a|without the"
        r"|skip the) (waiting period|background check)\b",
        r"^(?!.*\b(alarm|detector|sensor|monitor|boiler|heater|landlord|gas engineer|flue|"
        r"chimney)s?\b).*\bcarbon monoxide\b",
        r"\b(charcoal|bbq|barbecue|disposable grill|generator)\b.{0,50}\b("
        r"closed|small|sealed|shut|enclosed) (room|space|tent|car|garage|bathroom)\b",
    ])
)
# A method question with self-reference is crisis on its own.
SELF_METHOD = re.compile(
    r"\b(how (can|do|should|could|would) i|how to|best way to|easiest way to|quickest way to|"
    r"painless way to|ways to)\b.{0,15}\b(kill myself|end my life|die|commit suicide|overdose|"
    r"hang myself|end it)\b|\bhow many\b.{0,30}\bto (die|kill myself|end it|not wake up)\b|"
    r"\bhow many (of )?(my |the |these |those |\w+'s )*(\w+ )?" + MEDS + r"\b.{0,30}\bto (die|kill "
    r"myself|end it|not wake up)\b|"
    r"\b(gunshot|shot|bullet) to the (head|chest|heart|temple)\b.{0,40}\b(work|works|certain|sure|"
    r"reliable|instant)\b|"
    r"\b(least painful|painless|quickest|easiest|surest) way to die\b|\b(what|which \w+) (can|"
    r"could|should|do) i (take|use|drink|buy) (to (die|end it|end my life|kill myself|not wake "
    r"up)|so (that )?i (do not|will not|never|would not) wake up)\b|"
    # A lethal amount asked for the writer's own body: "would kill someone my size".
    r"\b(how many|how much|what (dose|amount))\b.{0,50}\b(kill|be fatal (for|to)|be lethal (for|"
    r"to)|finish off) (someone|somebody|a person|a girl|a guy|a woman|a man) (my (size|weight|age|"
    r"height)|of my (size|weight|age|height)|like me)\b"
)
# Short replies that carry a plan forward; they matter only right after a crisis turn.
# A threat from an earlier turn arriving: "he is outside" after "he said he would kill me".
DANGER_ARRIVAL = re.compile(
    r"\b(he|she|they|him|her|them) (is|are|has|have) (outside|here|at the door|downstairs|"
    r"coming|on (his|her|their) way|found me|back|home)\b|\b(i can|i) (hear|see) (him|her|them)\b|"
    r"^\W*(yes\W*|yeah\W*|oh god\W*)?it is (him|her|them)\b"
)
# The danger of an earlier turn gone: "ok he's gone now", "i'm at my sister's".
BARE_TAKEN = re.compile(
    r"\W*(i )?(took|have taken|swallowed|had) (all of them|them all|the lot|all of it)\W*"
)
"""A bare "i took all of them": an overdose only when medicine was spoken of."""
MEDICINE = re.compile(rf"\b({MEDS[1:-1]}|pills?|tablets?|dose|overdose|bottle|packets?)\b")
SAFE_RETURN = re.compile(
    r"\W*(oh )?(he|she|they) (is|are|has|have) (home|back|here)( now| safe| safely| at last| "
    r"finally)*\W*(thank (god|goodness)|phew|finally)?\W*"
)
"""The one awaited is home ("he's home now."): after no danger, relief, not a risk."""
DANGER_PASSED = re.compile(
    r"\b(he|she|they) (is|are|has|have) (gone|left)\b(?! (quiet|silent|mad|mental|red|white|pale|"
    r"off|for|to (get|fetch|buy|the (shop|pub|offy))|downstairs|upstairs|into)\b)|"
    r"\b(he|she|they) (is|are) (at work|out|away|off \w+)( right now| now| till| until| for)\b|"
    r"\b(he|she|they) (has|have) (travelled|traveled|gone "
    r"away)\b|\bpolice (came|took|arrested|have (taken|got))\b|\bwe are (safe|out|at \w+'?s?)\b|"
    r"\b(he|she|they) (left|drove off|went out)\b(?!.{0,30}\bwith (a|the|his|her|their) (knife|"
    r"gun|machete|weapon|blade|bat)\b)|"
    r"\bi am (safe|out|away|at my \w+'?s?|at a friend'?s?)\b|\bgot out\b"
)
OWN_MEANS = re.compile(r"\b(revolver|rifle|shotgun|pistol|pills|tablets|rope|noose)\b")
"""Means named in a message: "cleaned dad's old revolver after he left" is no danger passed."""
CONTINUATION = re.compile(
    r"\b(i am ready|ready now|it is time|goodbye|bye|thanks for everything|thank you for "
    r"everything|made up my mind|made (my|the) decision|decided|i am done|it is done|enough|"
    r"painless|how long|"
    r"good ?night|night night|^\W*((yes|yeah|yep)\W+)?(on )?(monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|tomorrow|this weekend)(?=\W*$)|"
    r"(just )?(got|been|came|come) back from the (chemist|pharmacy)|"
    r"(would (anyone|anybody|people)|(anyone|anybody) would) (even )?notice|"
    r"what time does (it|the (chemist|pharmacy)) (close|open|shut)|tide times|when is high tide|"
    r"(it is|it will be|doing it|happening|going to be|the plan is) tonight|^\W*tonight(?=\W*$)|"
    r"(is|how) (the )?(water|sea|river|lake) (cold|deep|freezing)|will you remember me|remember me|"
    r"do not forget me|(going to|gonna) sleep|sleep for a (very )?long time|"
    r"(doing it|happening|going to do it) right now|^\W*right now(?=\W*$)|doing it|not going to "
    r"stop me|too late|all sorted|everything is sorted|all packed|"
    r"(bags?|everything) (is |are )?packed|"
    r"sleep forever|just want to sleep|no one can stop me|nobody can stop me|"
    r"(giving|give|gave) (away )?(all )?my \w+( \w+)? (away|to)|"
    r"(giving|give|gave) away (all )?(of )?my \w+|(giving|give|gave) (my|all my) [^.?!]{0,40}\bto "
    r"(my|his|her|their) \w+|"
    r"(rehoming|rehomed|found a home for) (my|the) \w+|(last|next) train|letters? (to|for) "
    r"(my|everyone)|"
    # The body after an overdose or an injury: "my hands won't stop shaking".
    r"shaking|dizzy|drowsy|so sleepy|throwing up|vomiting|being sick|blurry|heart (is )?(racing|"
    r"pounding)|cannot (stay awake|keep my eyes open|breathe|feel my)|(feel|feeling) (sick|weird|"
    r"strange|funny|faint)|bleeding)\b"
)
PHYSICAL_PAIN = re.compile(
    r"\b(tooth|teeth|toothache|wisdom tooth|gums?|back|neck|knee|hip|shoulder|head|headache|"
    r"migraine|period|cramps?|stomach|ear|earache|gout|arthritis|sciatica|jaw|foot|ankle|wrist|"
    r"leg|hand|joints?|tendon|sprain\w*|burn|cut finger|broken \w+|surgery|stitches)\b.{0,40}\b("
    r"pain|ache|aching|agony|hurts|hurting|killing me|throbbing|unbearable|sore)\b|\b(pain|ache|"
    r"agony|throbbing) in my \w+"
)
"""Pain of the body: before a question about doses, the question is about the pain."""
DOSE_TO_DIE = re.compile(
    r"\b(would it take|to die|die|lethal|fatal|kill|not wake|never wake|od|overdose|whole (box|"
    r"packet|bottle)|all of (them|it)|too many to)\b"
)
"""A dose question that asks what would end a life, whatever came before."""
AILMENT_NAMED = re.compile(
    r"\bfor (his|her|their|my|your|a|the|\w+'s) (bad |sore |aching )?(back|knee|hip|neck|"
    r"shoulder|tooth|teeth|toothache|fever|temperature|headache|migraine|cold|flu|cough|"
    r"arthritis|pain|period|cramps|sore throat|earache|sprain|hangover|allergies|hay fever)\b"
)
"""The ailment a dose is for ("how much paracetamol can he have for his back")."""
FICTION_FRAME = re.compile(
    r"\b(in|for) my (crime |murder |mystery |detective |historical )?(novel|story|book|screenplay|"
    r"script|play|campaign)\b|\bwriting a (crime |murder |mystery )?(novel|story|book|screenplay|"
    r"script|play)\b|\bthe (villain|detective|murderer)\b"
)
"""A story being written: its poisonings are the plot's, not the writer's method."""
GIVING_UP_IN_PASSING = re.compile(
    r"\b(because|bc|cos|coz|cause|since) i am (so |just )?(done|finished|over it)\b|"
    r"\bi want to go (quietly|peacefully)\b|\b(so )?tired of (all of )?(this|it all|everything|"
    r"all of it)\b|"
    r"\bi am (so |just )?done\W*$|\bnot doing (recovery|treatment|this|it) anymore\b|"
    r"\b(do not|dont) ask (me )?why\b|\bi would (prefer|rather|choose) (that|it|this)\b|"
    r"\b(do not|no longer) want to survive\b|"
    r"\breasons i would rather not (explain|say|go into)\b|\basking for (me|myself)\b|"
    r"\bnot for (a|my) (story|book|novel|essay|project|assignment|friend|class|script)\b|"
    r"\bhopeless about (everything|life|it all)\b|"
    r"\b(tired of|sick of) being a burden\b|\bkuch (nahi|nahin) bacha\b|"
    r"\b(sleep|and) (and )?(not|never) wake up\b|"
    r"\b(want|need) (it|this|everything) (to be )?over( with)?\b|"
    r"\bneed (this|it|everything) to stop\b"
)
"""Giving up said beside a method question in the same message ("asking bc i'm done"), or the
question claimed as one's own ("don't ask why", "asking for me")."""
GIVING_UP = re.compile(
    r"^\W*(i think |honestly |tbh |ok |well )?(i am|i am just|i am so) (done|finished|out)\W*$|"
    r"^\W*(i think )?i (give up|quit)\W*$|^\W*(i )?(can not|cannot) (do (this|it)|anymore)"
    r"( anymore)?\W*$|"
    r"^\W*((ok|okay|right|well|so|anyway)\W+)*(i have |i )?(made up my mind|made (my|the|a) "
    r"(decision|choice)|decided)\W*$"
)
"""A short giving-up after talk of pain ("i think i'm done."): hopelessness, not a job resigned.
Or a decision with nothing named ("ok i've made up my mind"): after pain, ask."""
RELAPSE = re.compile(r"^\W*(i |i have |i just |just )?(did it|done it|slipped( up)?|relapsed|cut|"
                     r"gave in) again\b")
SELF_HARM_TALK = re.compile(r"\b(cutting|cut myself|cuts|self harm\w*|hurting myself|hurt myself|"
                            r"burning myself|clean from|relapse|blades?|razors?)\b|\b(urge|urges|"
                            r"tempted|itching) to (cut|burn)\b(?!\W*(my|the|a|an|some|his|her|"
                            r"their|it|back|down|out|off)\b)")
""""I did it again" after talk of self-harm, even of being clean from it: recent
self-harm."""
DONE_IT = re.compile(r"^\W*(ok |okay |so |well |sorry\W+)?(i )?(did it|have done it|done it|went "
                     r"through with it|gave in|caved)( just now| now| tonight)?\W*$|"
                     r"^\W*(it )?happened again (just now|tonight)\W*$")
""""I did it", "gave in", "it happened again just now" right after an urge or a plan to harm
oneself: the act, just done. A bare "did it again" is ``RELAPSE``'s: recent, not just now."""
REPORTED = re.compile(
    r"\b(joking|jokes?|joked|talking|talks|talked|posting|posts|posted|saying|says|said|texting|"
    r"texts|texted|writes|wrote|writing|keeps? saying|messaged) (stuff |things )?(about|like)\W*"
    r"(\w+\W+){0,4}$|\b(saying|says|said|texted|posted|wrote|messaged|tells me|told me)( that)?"
    r"\W*(\w+\W+){0,2}$"
    r"|\b(saying|says|said|texted|posted|wrote|messaged|tells me|told me|goes)( that)?\W*\"(\w+\W+)"
    r"{0,6}$|\b(he|she|they) ((would|will|might) be( so)?|is|are|was|were|feels?|had|has|"
    r"have)( been)?\s*$"
)
"""Words just before a risk phrase that make it someone else's ("my friend keeps joking about
kms", he keeps saying "i am going to kms", "he would be better off dead"): the phrase is reported,
not the writer's own."""
ASKED_ABOUT_SUICIDE = re.compile(
    r"(thoughts of (ending|taking) (your|their|your own) life|thinking (about|of) (suicide|"
    r"killing yourself|ending your life)|thoughts of suicide|thoughts like that)", re.I)
"""The companion's own screening question (as the ASQ asks it), in its last reply."""
YES_TO_SCREENING = re.compile(
    r"^\W*(yes|yeah|yea|yep|yup|ye|ya|yh|i am|i do|i have|i guess|sometimes|kind of|kinda|"
    r"a bit|a little|maybe|often|always|all the time|every day|most days|honestly yes|i think so|"
    r"i (have been |keep |do )?(think|thinking|thought) about (it|that|ending it|dying)|"
    r"more than i would like|lately yes|(it is )?decided|i have decided|(i have )?made up my mind|"
    r"my mind is made up)\b"
)
"""An answer that is not a no: any yes to the screening question is treated as acute."""
AGREEMENT = re.compile(
    r"\W*((ok|okay|sure|yes|yeah|yep|alright|fine|good idea|i think)\W+)*(i will|will|i can|"
    r"i could|i might) (do it|do that|try (it|that)|give it a (go|try)|give that a (go|try))"
    r"( now| tonight| later| tomorrow)?\W*"
)
"""A short yes to a suggestion ("ok i'll do it", "sure, i'll try that tonight")."""
DENIED = re.compile(r"\b(not|never|no|nope|nah)\b")
"""A "no" inside the answer's first clause ("i do not", "i have never") keeps it a no."""
NOT_SAFE = re.compile(r"\bnot (safe|okay|ok|fine|good|alright|all right|coping)\b")
"""A "not" that is no denial: "yes, i am not safe"."""
YES_BUT = re.compile(r",|\b(but|though|although|yet)\b")
"""Before that "no", a yes already given: "sometimes, but not right now"."""
RETRACTION = re.compile(
    r"\b(jk|just kidding|just joking|only joking|kidding|joking|was joking|being dramatic|"
    r"dramatic|forget (i said|what i said|it|that)|did not mean (it|that)|never mind|nevermind|"
    r"nvm|i am (grand|alright|all right)\b|i am fine (now|lol|really|honestly)|"
    r"i am okay (now|lol|really|honestly)|lol|haha|"
    r"(dark|black|gallows) (humour|humor|joke)|"
    r"messing (around|about|with you)|trolling|(just|only|was|i am|i was) venting|"
    r"(it was|was only|was just) a joke|banter|chill|"
    r"calm down|relax|not serious|was not serious|ignore (me|that|it|this)|i am (fine|okay|ok)"
    r"(?! for now)|"
    r"(do not|dont) worry|it is (fine|nothing)|not a big deal|not actually|why i said that)\b"
)
THIRD_PARTY = re.compile(
    r"^(mum|mom|dad|mother|father|grandad|grandpa|grandma|nan|gran|husband|wife|partner|son|"
    r"daughter|brother|sister)\b|"
    r"\b(my (friend|mate|best friend|bf|gf|boyfriend|girlfriend|partner|husband|wife|son|"
    r"daughter|kid|child|brother|sister|sibling|mum|mom|mother|dad|father|parent|cousin|"
    r"colleague|coworker|co-worker|roommate|flatmate|classmate|student|client|teen|teenager|ex|"
    r"boss|teacher|housemate|patient|"
    r"nephew|niece|uncle|aunt|auntie|aunty|grandma|grandad|grandpa|grandmother|grandfather|nan|gran|"
    r"neighbour|neighbor)|(the )?(man|woman|couple|people|lady|bloke|guy|family) next door|next "
    r"door's|my (\d+ ?(yo|year old|yr old) |little |older |younger |oldest |"
    r"youngest |teenage |step ?|twin |best )(son|daughter|kid|child|brother|sister|friend|mum|mom|"
    r"dad)|my (little |baby |wee |eldest |youngest |oldest )?(boy|girl|toddler|lad|lass)|"
    r"(a|one of my) (friend|student|colleague|coworker|classmate|client|service user|pupil|"
    r"mentee|caller|parishioner|congregant|customer)s?|one of (the|my|our) (\w+ ){0,2}"
    r"(residents|patients|clients|kids|lads|students|pupils|friends|mates|colleagues|members|"
    r"guys|girls|regulars|players|soldiers|men|team|staff|employees|squad|crew)|my (bestie|bff|"
    r"bestfriend|bro|sis|homie|pal|buddy)|((a|this|one|some|the) )?(girl|guy|boy|man|woman|member|"
    r"kid|lad|lass|lady|resident|patient|client|person|customer|volunteer|player|friend|mate|"
    r"buddy) (in|from|at|on) "
    r"(my|our|the)|(someone|somebody) (in|from|at|on) (my|our)|someone i (know|love|"
    r"care about)|(girl|guy|boy|man|woman|person|friend|someone) i know (from|at|through|"
    r"online|irl)|"
    r"(he|she|they) (just )?(said|says|told me|keeps saying|texted|posted|mentioned|wrote)|"
    r"(disclosed|confided|admitted) (\w+ ){0,3}to me)\b"
)
THIRD_PARTY_RISK = re.compile(
    r"\b(wants? to die|want(s|ed)? to kill (himself|herself|themselves|themself)|(end|ending|"
    r"take|taking) (his|her|their) (own )?life|kill "
    r"(himself|herself|themselves|themself)|suicidal|suicide|self harm(ing)?|cutting|hurting "
    r"(himself|herself|themselves)|end (his|her|their) life|not want to (live|be here)|"
    r"better off without (him|her|them)|overdos(e|ed)|self harm\w*|wants? to disappear|"
    r"((he|she|they)( is| are| has been| have been| had been| was| were| keeps| kept)?( \w+)?|"
    r"(friend|mum|mom|dad|"
    r"brother|sister|son|daughter|partner|husband|wife) (is|keeps|kept|has been)) (thinks|thinking|"
    r"talks|talking) about (dying|death|suicide|ending it|ending (his|her|their) "
    r"life|killing (himself|herself|themselves))|(hits|hit|hitting|beats|beat|beating|hurts|"
    r"chokes|abuses) (her|"
    r"him|them)|abusive|grabbed (him|her|them) by the (neck|throat|hair)|(wants|want) to hurt "
    r"(himself|herself|themselves)|(he|she|they) (will|would|is "
    r"going to|was going to|is gonna|are going to) (drink|take|swallow) (poison|bleach|weedkiller|"
    r"pills)|wish(es|ed)? (he|she|"
    r"they) (was|were) (dead|gone|never born|not here)|wish(es|ed)? (he|she|they) (would not|"
    r"did not|could not|never) wake up|(does|do|did) not want to (live|be alive|"
    r"wake up|exist)|no (point|reason) (in )?(living|to live|being alive)|(giving|gave|given) "
    r"(away )?(his|her|their) (things|stuff|belongings|possessions)|(giving|gave|given) away (his|"
    r"her|their) \w+.{0,40}\b(said|saying|says) goodbye\b|(been |is |are )?"
    r"(stockpil\w*|hoard\w*) (pills|meds|tablets|medication)|wanting to die|(would )?rather (be "
    r"dead|die)|dark thoughts|(he|she|"
    r"they|mum|mom|dad|brother|sister|friend) (has )?attempted|(he|she|they) (is|are) not sure (he|"
    r"she|they) (wants?|want) to (be around|be here|live|go on|be alive)|(will|would|is going "
    r"to|is gonna) (hurt|kill|harm) (himself|herself|themselves)|(he|she|they) (has|have|had) a "
    r"plan|(is|says (she|he|they) "
    r"(is|are)|keeps saying (she|he|they) (is|are)) ready to die|(going|gonna|plans?|planning) "
    r"to (hurt|kill|harm) (himself|herself|themselves|themself)|threaten(ed|s|ing) (her|him|"
    r"them)|(posting|posts|posted|talking|talks|saying|says|writing|writes) (\w+ ){0,5}about\W{0,3}"
    r"(not wanting to (be alive|live|be here|exist)|wanting to die|dying|suicide|ending it|killing "
    r"(himself|herself|themselves)))\b"
    r"(?! (insurance|assurance|savings|story|cover|policy|support))"
)
THIRD_PERSON_RISK = re.compile(
    r"\b(to|will|would|gonna|wanna|about) kill(ing)? (himself|herself|themselves|themself)\b|"
    r"\b(wants?|wanted|wanting|threaten\w*|tried|trying|keeps?|kept|been|about) (to )?(hurt|harm)"
    r"(ing)? (himself|herself|themselves|themself)\b|"
    r"\b(cuts|cutting|burns|burning|starves|starving) (himself|herself|themselves|themself)\b|"
    r"\b((to|will|would|might|gonna) (end|take)|ending|taking) (his|her|their) (own )?life\b"
    r"(?! (insurance|assurance|savings|story|cover|policy|support))|"
    r"\b(he|she|they) (is |are |was |were |has been |have been |had been |keeps |kept )?(\w+ )?"
    r"(thinking|talking|talks|thinks|posting|posts|joking|jokes) (\w+ ){0,3}about (dying|death|"
    r"suicide|ending it|wanting to die|not wanting to (live|be here|be alive))\b|"
    r"\b(he|she|they) (has|have|had|has got|have got) (a plan|(\w+ ){0,2}(pills|tablets|meds|"
    r"medication) (saved|stashed|hidden|stockpiled))\b|"
    r"\b(he|she|they) (has |have |had |is |are |was |were )?(been )?(giving|gave|given) away (his|"
    r"her|their) \w+.{0,40}\b(said|saying|says) goodbye\b|"
    # An emergency of theirs now: "she's gone grey and i can't wake her properly".
    r"\b(can not|cannot|will not|could not) wake (him|her|them)\b(?!( up)? (for|in time|in the "
    r"morning|on time|before))|\b(he|she|they) (is|are) (not breathing|unconscious|unresponsive)\b"
)
"""Risk, now, that names someone else by a pronoun ("she is been talking about killing herself", "he
has pills saved up"): worry about them even when the message does not say who they are (an earlier
one did: "my friend has been really down"). Not told as past ("took his own life", "killed
themselves"): history, fiction or a loss."""
IF_IT_HAPPENED = re.compile(
    r"\b(what (happens|do (i|you|we) do|should (i|we) do|to do)|how do (i|you) know) if\b[^.!?]*$"
)
"""Just before a danger to someone: the question is what to do if it happened ("what happens if my
toddler swallowed a battery"), asked ahead, not that it has."""
THIRD_PARTY_NOW = re.compile(
    HEAD_INJURY_NOW + "|"
    r"\b(do not|dont) come looking\b|"
    r"\b(on facetime|on the phone|on a call|on video|on voice)( with me)? right now\b.{0,30}\b("
    r"cutting|bleeding|taking|swallowing|overdos\w*|slurring)\b|\b(cutting|hurting (herself|"
    r"himself|themselves)) (right now )?and (she|he|they) (will not|cannot|can not) stop\b|"
    r"\b(he|she|they)('s| has| have| is)? (just )?(taken|swallowed|downed) (his|her|their) (whole|"
    r"entire|full) (prescription|bottle|packet|box|supply|stash)\b|"
    r"\b(overdue|not answering|not responding|no answer)\b.{0,60}\b(line|comms|radio|tether)\b"
    r".{0,30}\b(slack|gone quiet|dead|nothing)\b|\b(line|tether)('s| has| is)? gone slack\b|"
    r"\b(just |has just |has )?swallowed (a|an|one of|some|the)\b.{0,40}\b(button |coin |flat "
    r"round )?(batter(y|ies)|magnets?|bleach|detergent|pods?|liquitabs?|pills|tablets)\b|"
    r"\b(texted|messaged|sent|rang|called)( me)?\W{1,3}(help|sos|help me)\W{1,3}(and nothing else|"
    r"and then nothing|then nothing|and went quiet|and nothing since)\b|"
    r"\b(sent|posted|shared)( me)? (a )?(photo|picture|pic|video|snap|story) of (the |her |his |"
    r"their )?(pills|tablets|a rope|a noose|a knife|blood|a blade|the bridge|a ledge)\b|"
    r"\b(tonight|today)('s| is) (her|his|their) last (night|day)\b|"
    r"\b(her|his|their) last (night|day) (alive|on earth)\b|"
    r"\b((my|our) (\w+ )?)?(dad|father|mum|mom|mother|son|daughter|child|kid|baby|toddler|brother|"
    r"sister|grandad|grandpa|grandma|grandmother|grandfather|nan|gran|husband|wife|partner|"
    r"friend|boyfriend|girlfriend)\b.{0,30}\b(has gone|went|is|has been|gone) missing\b"
    r"(?!.{0,40}\b(years? ago|in (19|20)\d\d|when i was|last (year|month))\b)|"
    r"\b(took|taken|swallowed|downed) (a lot of|all|too many|a bunch of|the whole|loads of|"
    r"some|his|her|their)? ?(of )?(pills|tablets|meds|medication|bottle|packet)\b|"
    r"\b(overdosed|cut (himself|herself|themselves)|is bleeding|is not breathing|is unconscious|"
    r"will not wake up|(cannot|can not) wake (him|her|them)( up)?|clutching (his|her|their) chest|"
    r"(his|her|their) breathing (sounds|is|seems|looks) (wrong|funny|weird|strange|shallow|rattly|"
    r"really slow|noisy)|"
    r"collapsed|"
    r"(is not|not) responding|unresponsive)\b|\b(is|are) (beating|hitting|attacking|hurting|"
    r"strangling|choking) (her|him|them|my \w+)\b|"
    r"\b(crying|screaming|shouting|begging) for help\b.{0,20}\b(right now|now)\b|"
    r"\blocked in the (bathroom|toilet|loo|room|bedroom)\b.{0,80}\b(cutting|pills|blood|bleeding|"
    r"knife|razor|blade)\b|\bblood (coming )?(under|through) the door\b|"
    r"\b(is|are) (on|at) the (bridge|roof|ledge|edge|tracks)\b|\b(locked|shut|barricaded) "
    r"(himself|herself|themselves) in\b.{0,40}\b(pills|tablets|knife|blade|rope|gun|razor)s?\b|"
    r"\b(texted|messaged|said|sent)( me)?"
    r"\W*(look after|take care of|feed) ((the|my|our) (dog|cat|kids|pets?|children|baby)|mum|mom|"
    r"dad|nan|gran)\b.{0,80}\b(gone|missing|cannot (reach|get)|nobody can|no one can|not "
    r"answering|voicemail|not picking up|will not pick up|no answer)\b|"
    r"\b(is|are) (standing|sitting|climbing) (on|over) the (\w+ ){0,2}(railing|railings|ledge|edge|"
    r"roof|parapet|barrier)\b|\b(saying|says|said|screaming) (she|he|they) (is|are) (going to|"
    r"gonna) jump\b|\b(went|gone|headed) out\b.{0,60}\b(storm|blizzard|snow|flood|sea|hills|"
    r"mountains?|river|ice)\b.{0,60}\b(not answering|no answer|cannot (reach|get hold of)|not "
    r"picking up|not back|has not come back)\b|"
    r"\b(following|chasing) (her|him|"
    r"them|my \w+)\b.{0,40}\b(right now|now)\b|\b(he|she|they) (is|are) (hiding|locked) (in|"
    r"from)\b.{0,60}\b(trying to (get|break) in|breaking things|outside)\b|"
    r"\b(hear|hearing|see|watching) (him|her|them|my \w+|the \w+|her \w+|his \w+)( \w+){0,2} "
    r"(hitting|beating|attacking|hurting|strangling|choking)\b|"
    r"\b(texted|messaged|sent|said|posted)"
    r"( me)?( a)?\W*(goodbye|farewell)\b.{0,70}\b(straight to voicemail|not answering|will not "
    r"answer|cannot reach|not "
    r"picking up|phone is off)\b|\b(going to|gonna|about to) "
    r"(kill|hurt) (himself|herself|themselves|themself) (tonight|now|right now|today)\b|"
    r"\b(tonight|right now|now)\b.{0,40}\b(kill|end) (himself|herself|themselves|his life|"
    r"her life|their life)\b|\b(he|she|they) (is |are )?(going to|gonna|about to|will) "
    r"(jump (off|from|in front of) (a|the|his|her|their) (bridge|roof|building|cliff|balcony|"
    r"train|car park|tower)|overdose|end it|end it all|hang (himself|herself|themselves))\b"
    r".{0,30}\b(tonight|right now|now|today)\b"
)
# The writer's own risk, which talk about someone else must never hide.
SAME_HERE = re.compile(r"\b(so do i|so am i|me too|same here|i do too|i feel the same( way)?)\b")
"""The writer taking someone else's risk words as their own ("she doesn't want to be here anymore
and so do i"), when that risk was named (``THIRD_PARTY_RISK``)."""
FIRST_PERSON_RISK = re.compile(
    r"\b(myself|my (own )?life|i (want|need|am going) to die|i am (so |really )?suicidal|i feel "
    r"suicidal|i wish i (was|were) dead)\b|^(so |really |feeling )?suicidal\b|\bi know where "
    r"(\w+ ){1,3}(keeps?|hides?|kept|stores?) (\w+ )?(gun|rifle|pills|tablets|meds|rope)\b"
    # First-person plans, acts and agreement, which a mention of someone else must not hide:
    # "my boyfriend left me and tonight i am going to overdose", "she is suicidal and so am i".
    r"|\bi (am |was )?(going to|gonna|about to|will|want to|plan to|planning to|need to|"
    r"decided to|ready to)\b.{0,20}\b(overdose|die|end it|end things|jump|cut|hang|do it)\b"
    r"|\bi (have |just )?(taken|took|swallowed) (an |a )?overdose\b|\bi (have |just )?overdosed\b"
    r"|(^|[.!?] )(been |i have been |i am |just )?(thinking|thought) about (ending it|suicide|"
    r"killing myself|dying|not being here)\b"
    r"|\b(and )?so am i\b|\bi am too\b|\bme too\b|\bi (just )?cut (really |so |too |very )?deep\b"
    r"|\bi (have )?(started|been) doing it too\b|\bi do it too\b|\bbetter off without (me|us|"
    r"both of us)\b|\b(think|thinking|thought) about (following|joining) (him|her|them)\b"
)
# An occasion that explains a goodbye letter in the next message ("retiring after 25 years").
FAREWELL_OCCASION = re.compile(
    r"\b(retir\w*|leaving (my|the|this) (job|team|company|firm|school|station|ward|post|role)|"
    r"(my|our|their|his|her) last (day|shift|week)|last (day|shift|week) (at|of|in) (the|my|work|"
    r"school|uni)|farewell (party|do|speech|card)|leaving "
    r"(do|party|card)|colleagues|coworkers|co-workers|my team|the team|students|pupils|class of|"
    r"graduat\w*|tax return|receipts|paperwork|admin|"
    r"(moving|move|i move) (away|abroad|house|out|to)|flying (to|out|home|back)|"
    r"leaving (for|to) [a-z]+|(year|semester|months?) (abroad|away|travelling|traveling)|"
    r"emigrat\w*|new job|handing in my notice|resign\w*)\b"
)
LEAVING_WORK = re.compile(
    r"\b(cleared (out )?my (desk|locker)|handed (in|back) my (pass|badge|keys|lanyard|laptop|"
    r"notice)|retire(d|ment)|retiring (from|after|today|tomorrow|this|next|on)|leaving (do|party|"
    r"card)|farewell (party|do|speech)|last (day|shift) (at|of|"
    r"in) (the|my|work))\b"
)
"""A job left, named in the same message as a goodbye said."""
# Worry about someone else without risk words: the writer's distress, no support block needed.
THIRD_PARTY_CONCERN = re.compile(
    r"\b(how (do|can|should) i (help|support|talk to|approach|bring (it|this) up|be there for|"
    r"reach out to|comfort|check on)|what (do|should|can) i (say|do)|should i (tell|say|ask)|"
    r"worried (about|for)|scared for|concerned about|eating disorder|bullied|being bullied|"
    r"hates? (himself|herself|themselves)|not eating|barely eats|(has not|not) left (his|her|"
    r"their) room|nightmares|flashbacks|drinking too much|depressed|struggling|abusive|burden|"
    r"will not leave|cannot leave|warning sign|red flag)\b"
)
SAFE_SAID = re.compile(
    r"\bi am not in (any )?danger\b|\bi am (safe|okay|ok) (right now|tonight|for now)\b|"
    r"\b(i am |i )?(not going to|will not|would never|have no (plan|intention)s? to) (act on|do "
    r"anything (about|with)) (it|them|those|these|this)\b|\bi am not going to do anything "
    r"(stupid|silly|drastic)\b|\bi would not do anything( myself| about it)?\b|\bnot planning "
    r"anything\b|\b(not going to|will not|would never) (hurry|speed|help|rush) it along\b|"
    r"\b(not going to|will not) do it again (tonight|today)\b|"
    r"\bnot going to do anything\b(?! (else|more|today|tonight|now|for|to|until|till|but))|"
    r"\bi (really |honestly )?do not want to die\b(?! now)"
    r"(?!.{0,60}\b(took|taken|swallowed|overdos\w*)\b)"
)
"""The writer's own word that they are safe ("i want to be clear i'm not in any danger", "i'm not
going to act on them"): the classifier alone, reading the weight of the rest, may then raise the
message to elevated, not to a crisis (see ``detect.read_message``)."""
TOLD_AS_PAST = re.compile(
    r"\b(last (year|month|summer|winter|spring|autumn|christmas)|(a|one|two|three|four|five|six|"
    r"\w+) (years?|months?) ago|years ago|months ago|back (in|when)|when i was (\d+|a|in|at|"
    r"younger|\w+teen)|in (19|20)\d\d|as a (teen|teenager|kid|child)|at (uni|school|university))\b"
)
"""A time long past opening the sentence of an act ("last month i took a load of tablets and
woke up in a&e"): a past attempt, not an emergency now. Days or weeks are not enough: an
overdose two days ago may still be one."""
DISCLAIMED = re.compile(
    r"^\W{0,4}(not literally|figuratively|not like that|not in a (bad|dark|suicidal|serious) way|"
    r"lovingly|affectionately|jokingly|in[- ]?game|in the game)\b|^\W{0,2}\(\s*~"
)
"""Said just after a risk phrase, it takes the phrase back ("i want to die 😭 (not literally",
"i want to die (in game"); so does a look-alike masked in brackets there ("~", see ``rules``).
A "jk" does not: said straight after, it is as often a test of whether anyone noticed."""
NEGATION = re.compile(
    r"\b(not|never|no longer|nor|no|without|stop myself from|instead of)\b"
    r"(?! (worry|worried|panic|suspect|notice|know|find out|realise|realize)\b)(\s+\w+){0,3}\s*$"
)
"""A "not" a few words before a risk phrase denies it ("i would never kill myself"); one that
hides it from others does not ("so my friends don't worry before i'm gone")."""
