"""Benign look-alikes: spans that only look alarming ("kill a python process", "this heat is
killing me", "cut myself some slack", "died 40 times to that boss").

``detect`` masks each match with " ~ " before the risk rules in ``rules`` run, so the words
inside never count as risk; what is left around a mask still does ("this heat is killing me and
i want to die" keeps its second half). A look-alike is named, so every masking shows in the
assessment's signals. Left out: anything that depends on earlier turns (``rules_context``).
"""

from __future__ import annotations

import re

LOOK_ALIKES: list[tuple[str, re.Pattern[str]]] = [
    (name, re.compile(pattern))
    for name, pattern in [
        ("idiom_killing_me", r"\b(is|are|was|were|it is|that is|this is|these|those) killing me\b"),
        ("idiom_kill_for", r"\b(would|could) kill for\b"),
        ("cord_cutting", r"\bcut(ting)? the cord\b[^.!?]{0,40}\b(cable|streaming|satellite|sky|tv|"
                         r"netflix|subscriptions?|landline)\b"),
        ("medication_tracking", r"\b(app|reminder|tracker|chart|dosette|pill (box|organi[sz]er))s? "
                                r"(to|that|for|which) (helps? )?(track|remember|log|organi[sz]e|"
                                r"keep track of|remind)\b"),
        ("laughing_threat", r"\b(want to|going to|gonna|could|will) (strangle|kill|murder|throttle) "
                            r"(him|her|them|my \w+)\W{0,3}(lol|lmao|haha|😂|🤣|🙄)"),
        ("pest_control", r"\b(rat|mouse|slug|ant|wasp|mole) (poison|bait|pellets|killer)s?\b.{0,60}\b("
                         r"safe|safest|round|around|near|will not hurt|not hurt|not harm|will not "
                         r"harm) (the |our |my |next door's |the neighbours' )?(chicken|hens|garden|"
                         r"shed|run|kids|dog|cat|spaniel|pets?)\b"),
        ("weeds", r"\b(kill|killing|get rid of|poison|poisoning) (the |this |that |these |those |"
                  r"off |all the )?(\w+ )?(knotweed|weeds?|bindweed|brambles?|ivy|moss|dandelions?|"
                  r"thistles?|nettles?|ragwort|horsetail|stumps?|roots|couch grass)\b"),
        ("kitchen_knife", r"\b(boning|carving|bread|chef'?s|paring|filleting|fillet) knife\b|\bbutcher"
                          r"\w*\b.{0,40}\b(lamb|pig|beef|carcass|joint|shoulder|chicken)\b"),
        ("fencing", r"\b(épée|epee|fencing|sabre|foil)\b.{0,60}\b(stab\w*|hit)\b|\bstab\w*\b.{0,60}"
                    r"\b(épée|epee|fencing|bout)\b"),
        ("idiom_kill_a_thing", r"\b(murder|kill|strangle|throttle) (this|that|the|my) (sweater|jumper|"
                               r"scarf|sleeve|knitting|yarn|mohair|wool|cardigan|shawl|sock|socks|"
                               r"blanket|quilt|pattern|project|recipe|cake|dough|essay|printer|"
                               r"laptop|plant|spreadsheet|code)\b"),
        ("goodnight_only", r"^\W*(ok|okay|right|well|anyway)?\W*(good ?night|night night|nighty night)"
                           r"\W*(x+|sleep well|sweet dreams|😴|💤|🌙)?\W*$"),
        ("my_character_says", r"\bmy character (says|said|has to say|shouts|whispers|screams)\W{0,3}"
                              r"['\"][^'\"]{1,80}['\"]"),
        ("idiom_death_of_me", r"\b(is|are|will be|going to be|gonna be|would be) the (death|end) of "
                              r"me\b"),
        # Laughter, and a pint after giving blood: "the whole table was in tears", "donated blood".
        ("laughing_in_tears", r"\b(whole|the) (table|room|audience|crowd|pub|office|class)\b( was|"
                              r" were)? in (tears|bits|stitches)\b"),
        ("travel_tired", r"\b(jet ?lag(ged)?|just landed|long haul flight|body (clock )?thinks "
                         r"it is)\b|\bsleep it off\b"),
        ("blood_donation", r"\b(giving|gave|give|donating|donated|donate) blood\b|\bblood "
                           r"(donation|donor|bank)\b"),
        ("idiom_die_of", r"\b(die|dying|died|dead) (of|from|laughing|with) (embarrassment|laughter|"
                         r"laughing|cringe|boredom|shame|cuteness)\b"),
        ("idiom_die_laughing", r"\b(die|dying|died|dead) laughing\b"),
        ("idiom_could_die", r"(?<!so i )\bcould (just )?die\b(?! (tonight|today|now))"),
        ("idiom_dying_to", r"\bdying to (see|know|try|meet|go|hear|watch|read|get)\b"),
        ("idiom_to_die_for", r"(?<!want )(?<!wants )(?<!wanted )(?<!wanting )\bto die for\b"),
        ("idiom_kms_if", r"\b(going to|gonna|will|i will|i am going to|about to) (kill myself|kms) "
                         r"if (this|the|that|my) (printer|computer|laptop|pc|code|song|game|wifi|bus|"
                         r"train|meeting|traffic|queue|app|phone|advert|ad|alarm|neighbour|dog)\b"),
        ("idiom_kms_tech", r"\b(kms|kill myself)\W+(this|the|that|my) (\w+ )?(excel|formula|"
                           r"spreadsheet|code|printer|laptop|computer|pc|wifi|router|app|website|"
                           r"vlookup|bug|compiler|build|software|update|zoom|teams|powerpoint)\b"),
        ("hang_joke", r"\bhang(ing)? myself\W*(\.\.\.|…)?\W*(a|the|my|some) (hammock|swing|picture|"
                      r"shelf|curtains?|poster|frame|lights|bunting|coat)\b"),
        ("professional_self_harm", r"\b(patient|patients|client|clients|service users?|resident|"
                                   r"residents|pupils?)('s|s'| s)? (self harm|overdose|suicide attempt)\w*|"
                                   r"\b(patients?|clients?|service users?|young people|people|students|"
                                   r"pupils?) (who|that) (\w+ ){0,3}(after|with|following) (self harm|an "
                                   r"overdose|a suicide attempt)\w*"),
        ("teaching_overdose", r"^(?=.*\b(teach|teaching|course|class|training|lecture|session|new "
                              r"grads|students|exam|revision|studying|leaflet|lesson|instructor|"
                              r"textbook)\b).*\b(managing|management of|recognising|recognizing|"
                              r"treating|treatment of|signs of|stages of|symptoms of) (paracetamol |"
                              r"an |acetaminophen )?(overdose|self harm|suicide risk)\b"),
        ("idiom_murder_exam", r"\b(murder|murdered|kill|killed|smash|smashed|destroy|destroyed|crush|"
                              r"crushed|slay|slayed|nail|nailed|butcher|butchered) (this|that|the|my) "
                              r"(exam|test|interview|presentation|workout|game|match|race|song|set|"
                              r"gig|essay|assignment|audition|sourdough|bread|cake|recipe|dinner|"
                              r"karaoke|solo|speech|lyrics|lines)\b"),
        ("why_people_self_harm", r"\b(why|how often|how many) (do |does )?(some |many )?(people|"
                                 r"teens|teenagers|kids|young people|students) (self harm|cut "
                                 r"themselves)\b"),
        ("cut_fringe", r"\bcut(ting)? myself (a|some|an|my own) (fringe|bangs|haircut|slice|piece|"
                       r"break|slack)\b|\bcut(ting)? myself some slack\b"),
        ("first_aid_class", r"^(?=.*\b(teach|teaching|course|class|training|exam|revision|studying|"
                            r"leaflet|lesson|instructor|textbook)\b).*\b(unconscious|unresponsive|"
                            r"not breathing)\b"),
        ("idiom_dead", r"\b(dead (tired|serious|on|set|end|line|lift|heat|centre|center)|"
                       r"(?<!i am )(?<!i am just )(?<!i feel like )(?<!like )dead weight|"
                       r"i am dead (lol|lmao|haha)|i am dead 💀|deadline)\b"),
        ("idiom_to_death", r"\b(bored|scared|worried|tickled|loved?) to death\b"),
        ("idiom_killing_it", r"\b(killing|killed|kill) it\b(?! all)"),
        ("idiom_overdose_on", r"\boverdos(e|ed|ing) on (chocolate|coffee|sugar|netflix|tv|caffeine|"
                              r"candy|sweets|anime|memes)\b"),
        ("tech_kill", r"\b(kill|terminate|end|abort|shoot|execute) ((a|an|the|this|that|my|all) )?"
                      r"((?!(myself|me|him|her|them|it|everyone|people|you|of)\b)[\w-]+ ){0,2}"
                      r"(process|processes|task|tasks|job|jobs|program|app|server|"
                      r"thread|threads|tab|tabs|script|session|sessions|container|containers|query|"
                      r"pid|workers?|daemon|service|loop|command)\b"),
        ("tech_unresponsive", r"\b(app|apps|laptop|computer|pc|mac|phone|screen|program|software|"
                              r"excel|word|outlook|teams|zoom|chrome|firefox|safari|browser|website|"
                              r"site|page|tab|server|session|ssh|terminal|process|script|game|"
                              r"console|xbox|playstation|ps5|printer|router|wifi|system|window|"
                              r"mouse|keyboard|tv|remote|api|database|bot|device|ipad|kindle|"
                              r"touchscreen|car)\b.{0,30}\b(not responding|unresponsive)\b|"
                              r"\bunresponsive ([\w-]+ )?(session|app|page|tab|script|server|"
                              r"process|website|site|program|window|terminal|ui|screen)\b|"
                              r"\b(not responding|unresponsive) to (my |your |his |her |our |their |"
                              r"any |the )?(emails?|texts?|messages?|calls?|dms?|treatment|"
                              r"medication|antibiotics|physio|therapy|requests?|letters?|"
                              r"complaints?|invites?)\b"),
        ("game_kill", r"\b(kill|killed|killing) (the )?(boss|zombies?|enemies|monsters?|dragon|"
                      r"mobs?|creeper|spiders?|bugs?|weeds|mosquitos?|flies|ants|the mood|"
                      r"the lights|the engine|time)\b"),
        ("diy_hang", r"\bhang(ing)? (a|the|up|out|my|some)? ?(picture|painting|frame|shelf|shelves|"
                     r"mirror|clothes|washing|laundry|curtains?|tv|lights|decorations|out|drywall|"
                     r"plasterboard|wallpaper|doors?|cabinets?|cupboards?|gutters?|hammock|bunting|"
                     r"blinds|coats?)\b"),
        ("game_death", r"\b(die|died|dying|dies|keep dying) (to|in) (a |the |this )?(\w+ ){0,2}"
                       r"(boss|raid|level|dungeon|elden ring|dark souls|fortnite|minecraft|valorant|"
                       r"roblox|apex|overwatch|the game|this game)\b|\b(die|died|dying) to \w+ (one "
                       r"more time|again|\d+ times)\b|\b(died|dying|die) (like |about |over )?\d+ "
                       r"times\b|\bone shot(ting|s)? me\b"),
        ("things_suicide", r"\b(plants?|houseplants?|succulents?|basil|herbs|tomatoes|seedlings|"
                           r"sourdough( starter)?|phone|battery|laptop|car|printer|goldfish) (are |is "
                           r"|keep |keeps )?(committing|commit|trying to commit) (mass )?suicide\b"),
        ("kitchen_cut", r"\bcut(ting)? (the|an?|some|my)? ?(onions?|cake|bread|grass|hair|fabric|"
                        r"wood|paper|costs|carbs|sugar|ties|corners|class|losses|vegetables|meat)\b"),
        ("shoot_message", r"\bshoot (me )?(an? )?(email|message|text|photo|photos|video|hoops|film)\b"),
        ("harmless_target", r"\b(kill|murder|shoot|attack|destroy|smash|demolish|devour)(ing)? (this|that|"
                            r"the|a|my|some) (\w+ )?(burger|pizza|sandwich|steak|meal|dinner|lunch|"
                            r"breakfast|plate|buffet|cake|curry|kebab|chips|fries|pie|sunrise|sunset|"
                            r"skyline|landscape|scene|wedding|portraits?|exam|test|interview|"
                            r"presentation|gig|set|solo|routine|workout|race|essay|deadline)\b"),
        ("jump_to", r"\bjump (to|into) (conclusions|the pool|action|a call|the next)\b"),
        ("phone_died", r"\b(phone|battery|laptop|car|plant|plants|houseplants?|fish|game|conversation|"
                       r"wifi|printer|pen)('s)?( \w+)? (died|is dead|has died|dead)\b|\b(engine|car|"
                       r"van|truck|ute|bike) (will not|would not|does not|did not) (even )?(start|"
                       r"turn over|fire)\b"),
        # A trip said plainly beside being away: "won't be here next week, off to the algarve".
        ("away_on_holiday", r"\b(will not|am not going to) be (here|around|online|on here) (next "
                            r"week|this week|for a (week|bit|while|fortnight)|till \w+|until \w+)\b"
                            r"((?!\b(not|no|never)\b).){0,40}\b(holiday|vacation|hols|honeymoon|"
                            r"cruise|festival|camping|conference|hen do|stag do|girls trip|with the "
                            r"(girls|lads)|abroad)\b"),
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
        ("harmless_objects", r"\b(rope (ladder|swing|lights?|bridge|course|toy|bracelet|basket|"
                             r"knot|climbing)|skipping rope|jump rope|(glue|nerf|water|heat|staple|"
                             r"nail|spray|paint|toy|cap|bubble|massage|radar|hot glue) guns?|"
                             r"(mower|lawnmower|blender|fan|wiper|saw|hockey|skate|turbine) blades?|"
                             r"blades? (for|on) (my|the) (mower|lawnmower|blender|saw|skates))\b"),
        ("idiom_die_if", r"\b(going to|gonna|will|would|i will|i would|could) (literally )?die "
                         r"(if (i|we) (do not|cannot|never) (get|have|eat|drink|see|find|hear)|"
                         r"without (my |a |some )?(coffee|tea|caffeine|food|snacks?|chocolate|"
                         r"sleep|wifi|phone|music|netflix|nap))\b|\b(i will|i would|i am going to|"
                         r"going to|gonna) (literally )?die if (we|they|you|i|he|she) (\w+ ){0,4}(again|"
                         r"one more time|another)\b"),
        ("idiom_dead_before", r"\b(i|you|we|he|she|they) (will|would) (be )?(dead|dead and buried|long "
                              r"gone|six feet under|in my grave|pushing up daisies) (before|by the time)\b"),
        ("idiom_so_dead", r"\b(i am|we are|you are|he is|she is) (so |totally |absolutely )?dead "
                          r"(if|when) (my |mum|mom|dad|the |she|he|they|anyone)\b|\b(mum|mom|dad|my (mum|mom|"
                          r"dad|parents|boss|teacher|coach)) (will|is going to|would) (kill|murder) "
                          r"me (when|if) (she|he|they) (sees?|finds? out|hears?|notices?|gets? the "
                          r"(bill|report|results))\b"),
        ("body_words", r"\b(bridge of (my|the|his|her|your) nose|(stabbing|shooting|knife like|"
                       r"killer) (pain|pains|sensation|feeling|headache|cramps?)|pain (is )?"
                       r"killing my (back|knee|neck|head|feet|shoulder))\b"),
        ("sport_jumps", r"\b(bungee|bungy|base|cliff|sky|tandem)[ -]?(jump|jumping|jumps|dive|"
                        r"diving)\b[^.!?]*|\b(skydiv\w*|paraglid\w*|abseil\w*|zip ?lin\w*|"
                        r"parachut\w*)\b[^.!?]*"),
        ("idiom_hit_the", r"\bhit(ting)? the (gym|road|sack|hay|books|shops|pub|town|slopes|beach|"
                          r"bar|dance floor|ground running|jackpot|spot|nail on the head|snooze)\b"),
        ("idiom_i_am_dead", r"\b(funny|hilarious|slaps|joke|meme|video|tiktok|laughing|comedy|"
                            r"banger)\b.{0,40}\bi am (so |literally |actually |lowkey )?dead\b|"
                            r"\bi am (literally |so |actually )?dead\W*(😂|🤣|💀|😭|lol|lmao|haha|omg)"),
        ("idiom_kill_me_for", r"\b(going to|gonna|will|is going to) (kill|murder) me\b[,.]? "
                              r"(because |when (she|he|they) (sees?|finds? out|hears?)[,.]? )?"
                              r"(i|for) (\w+ ){0,2}(broke|forgot|lost|missed|spilled|spilt|dented|"
                              r"scratched|crashed|ate|late|failed|burnt|burned|deleted|ruined|spent|"
                              r"being late|forgetting|breaking|losing|missing)\b"),
        ("little_one_hit", r"\bmy (toddler|baby|little one|\d+ (year|month) old|puppy|kitten|dog|cat)"
                           r"( \w+)? (hit|kicked|punched|bit|headbutted|scratched|smacked) me\b"),
        ("reflexive_idioms", r"\b(bury|burying|buried|throw|throwing|threw|immerse|lose|losing|"
                             r"pour|pouring|fling) (myself|me) (in|into) (my |the |this |a |some )?"
                             r"(work|project|studies|study|revision|books?|music|tv|netflix|games?|"
                             r"hobbies|training|gym|job|garden|writing|cooking|painting|reading)\b"),
        ("money_bleeding", r"\b(bleeding|haemorrhaging|hemorrhaging|losing) (money|cash|points|"
                           r"subscribers|followers|customers|fans|viewers)\b"),
        ("hug_idioms", r"\b(strangled|choked|crushed|squeezed|smothered|killed) (me|us) (in|with) "
                       r"(a |his |her |their )?(hug|bear hug|cuddle|kisses|love)\b"),
        ("sleep_in", r"\b(not|never) wake up (till|until|before) (noon|midday|lunch|\d+|the "
                     r"afternoon|late|the weekend|monday|tomorrow afternoon)\b|\bnever wake up (as|"
                     r"this|that|so) early\b"),
        ("history_law", r"\b(capital punishment|death penalty|death row|executions?|executed for|"
                        r"public hangings?|hanging\b.{0,20}\b(punishment|sentence|"
                        r"execution)|hanged for|guillotine|electric chair|lethal injection)\b"),
        ("accidental_injury", r"\b(cut|nicked|sliced|grazed|scraped|burned|burnt|caught)"
                              r"(?![^.!?]{0,200}\b(on purpose|deliberately|meant to)\b) (myself|"
                              r"my (finger|fingers|thumb|hand|leg|knee|foot|toe|lip|chin|face|arm|"
                              r"shin|palm)) (while |when )?(shaving|cooking|chopping|slicing|"
                              r"gardening|playing|on (the|a|some) \w+|with (the|a) (knife|razor|tin|"
                              r"can|mandoline|scissors|saw|grater|kettle|iron|oven|pan)|by accident|"
                              r"accidentally|at work|opening)\b[^.!?]*|\b(nose|gums?|lip|knee|"
                              r"finger|thumb|toe|graze|blister) (is |are |keeps |started |still )?"
                              r"bleeding\b[^.!?]*"),
        ("study_terms", r"\b(difference between|definition of|define|in clinical terms|terminology|"
                        r"should i (write|say|use)|the (term|phrase|word)|(dissertation|thesis|essay|"
                        r"research|module|assignment|lecture|exam|paper) (on|about|into|covering))\b"
                        r"[^.!?]{0,40}\b(self harm|suicid\w*|committed suicide|died by suicide)"
                        r"( (and|or|vs|versus) (self harm|suicid\w*))?( \w+){0,3}"),
        ("workout_killed_me", r"\b(leg day|arm day|workout|the gym|that (run|class|session|set)|"
                              r"training|bootcamp|spin( class)?|hiit|crossfit|pilates|yoga) "
                              r"(absolutely |literally |totally |properly )?(killed|destroyed|"
                              r"wrecked|murdered|ruined) me\b"),
        ("warning_signs_taught", r"\b(warning signs?|signs?|how (do|can|would) (i|you|we|staff) "
                                 r"(tell|know|spot|recogni[sz]e))\b.{0,30}\b(someone|somebody|a "
                                 r"person|people|clients?|patients?|students?|pupils?|service users?)"
                                 r"( \w+){0,3} (thinking about|considering|contemplating|at risk of) "
                                 r"(suicide|ending (their|his|her) life|killing (themselves|himself|"
                                 r"herself)|self harm)\b"),
        ("animal_blood", r"^(?=.*\b(fish|pike|carp|trout|salmon|hook|hooked|deer|lamb|lambing|calf|"
                         r"calving|chicken|pig|butcher\w*|gutting|venison|the dog|the cat|vet|"
                         r"nosebleed|nose bleed|period)\b).*\bblood (everywhere|all over)\b"),
        ("art_about", r"(?<!i am )(?<!i was )(?<!i have been )\b(writing|written|wrote|sing|singing|"
                      r"sang|song|songs|lyrics?|album|track|poem|poems|novel|film|documentary|"
                      r"painting|play) (is |was |are |were )?(about|on) (self harm|suicide|"
                      r"depression|addiction|overdose)\b"),
        ("idiom_bridge", r"\b(jump|cross|burn) (off )?that bridge when (we|i|you|they) (come|get) "
                         r"to it\b"),
        ("idiom_deceased", r"\bi am (literally |actually |so )?deceased\b|\b(that|this|the) (video|"
                           r"tiktok|meme|clip|reel|tweet|post) (is )?sending me\b"),
        ("embarrassed_to_death", r"^(?=.*\b(embarrass\w*|crush|cringe|in front of|tripped|fell over|"
                                 r"saw me|everyone saw|awkward|mortified|humiliat\w*|leg day|workout|"
                                 r"gym|sore|doms|squats|burpees|lost|losing|beaten|thrashed|"
                                 r"slaughtered|nil|match|game)\b).*\b(i )?(literally |actually |"
                                 r"lowkey |just )?(want|wanted) to die\W*(💀|😭|😂|🤣|lol|lmao|haha|"
                                 r"omg)"),
        # Hyperbole with a laugh straight after: "one more away day and i'll walk into the sea 😂".
        ("laughing_hyperbole", r"\b(walk into the sea|jump off a (bridge|cliff)|throw myself (off|"
                               r"under) (a|the) \w+)\W{0,4}(😂|🤣|🙃|🙄|\blol\b|\blmao\b|haha)"),
        # A quoted song line or title: "the folk song that goes 'hang me, oh hang me'".
        ("quoted_title", r"\b(song|lyrics?|line|poem|film|movie|book|title|track|album|chorus|verse|"
                         r"hymn|ballad)\b( that goes| called| titled| named)?\W{0,2}(?<![a-z])['\"][^'\"]{1,80}"
                         r"['\"]"),
        ("fear_of_heights", r"\b(scared|afraid|terrified|frightened|fear) of heights\b"),
        ("fiction_writing", r"^(?=.*\b(thriller|novel|short story|screenplay|script|detective|my "
                            r"character|the character|plot|crime fiction|murder mystery|writing a "
                            r"(book|story|novel|scene|play))\b).*\b(goodbye|suicide|farewell) (note|"
                            r"letter)s?\b"),
        ("medication_advice", r"^(?!.*\b(die|dying|dead|death|end it|kill|overdose|not wake|too many|"
                              r"fatal|lethal|enough to|all of them|the lot)\b).*\b(which|what) "
                              r"(antidepressants?|medications?|meds|pills?|painkillers?|sleeping "
                              r"pills?|tablets?) ((should|do|can|would|could) (i|you)|(i|you) "
                              r"(should|could|can|would)) (start|take|try|"
                              r"recommend|use|ask (for|about))\b"),
        ("joking_threat", r"^(?=.*(😂|🤣|😤|😡|🙄|\blol\b|\blmao\b|\bhaha|\b(pizza|"
                          r"leftovers?|chocolate|biscuits?|crisps|chips|fries|cake|snacks?|"
                          r"sandwich|last slice|yogh?urt|ice cream|charger|hoodie)\b))(?=.*\b(ate|eaten|stole|nicked|took|"
                          r"finished|borrowed|spoiled|spoilt|used)\b).*\b(going to|gonna|will|about to) "
                          r"(kill|murder|strangle|end) (my|him|her|them)( \w+)?\b"),
        ("diving_depth", r"^(?=.*\b(dive|diving|divers?|scuba|freediv\w*|narcosis|decompression|"
                         r"padi|snorkel\w*|nitrox)\b).*\b(deepest|how deep|depth)\b"),
        ("near_miss_laugh", r"\b(thought|felt like) i was (going to|gonna|about to) (drown|die)\b(?=.{0,60}"
                            r"(\blol\b|\blmao\b|haha|😂|🤣|\bbest\b|\bsick\b|\bepic\b|wipeout))"),
        # A coping practice asked for, and nothing else in the message: "can you give me a quick
        # breathing thing i can do on the bus without looking weird". What may follow the request
        # is spelled out: any other clause ("..., it will all be over soon") is read as it is.
        ("practice_asked", r"^\W*(can|could|would) (you|u) (give|suggest|teach|show|recommend|share)"
                           r"( me| us)? (a |an |some )?((quick|short|simple|easy|little|small|"
                           r"calming|subtle) )*(breathing|grounding|calming|relaxation|mindfulness) "
                           r"(thing|exercise|technique|trick|practice|routine)s?( (that )?(i|we) can "
                           r"(do|use|try))?( backstage)?( (on|in|at|for|during|before) (the |my |a |"
                           r"an )?(?![a-z' ]*\b(bridge|roof|edge|end|cliff|tracks|train|last)\b)[a-z']+( "
                           r"[a-z']+)?)?( (before|after|when) i (go on|start|sleep|present|perform|"
                           r"speak)( with [a-z' ]{1,30})?)?( without (looking|being) weird)?\W*$"),
        ("compassion_practice", r"\b(exercise|practice|practise|meditation|technique|tip|habit|phrase|"
                                r"prompt)s? (for|to use|to try)( (when|if) i am)?( being)? (so )?(hard on "
                                r"myself|harsh (on|with) myself|mean to myself|self[- ]critical|"
                                r"beating myself up|kinder to myself|gentler with myself)\b"),
        ("end_a_contract", r"\bend it\b.{0,20}\bwith (my|the|our) (gym|membership|subscription|"
                           r"contract|phone|broadband|bank|energy|insurance)\b"),
        ("idioms_listed", r"^(?=.*\b(idioms?|expressions?|english|figure of speech|in (\w+ish|"
                          r"norwegian|german|french|dutch|my language))\b).*\b(say|says|said|saying) "
                          r"(things|phrases|stuff) like\b[^.?!]{0,250}"),
        # A first-aid question for a course: "revising for my first aid certificate, what's the
        # recovery position for someone who's unconscious?"
        ("first_aid_study", r"^(?=.*\b(what is|how do|how to|how would|when should|when do)\b)(?=.*\b("
                            r"first aid|recovery position|revising|revision|certificate|course|exam|"
                            r"module)\b).*\b(unconscious|not breathing|unresponsive|having a seizure|"
                            r"heart attack|stroke|chest pain)\b"),
        ("literary_quote", r"\b(shuffle(d)? off (this|the) mortal coil|to be or not to be|do not go "
                           r"gentle|rage against the dying of the light)\b(?=.{0,80}\b(mean|means|"
                           r"meaning|essay|quote|line|poem|play|hamlet|shakespeare|english|analys\w*))"),
        ("fiction_plot", r"\b(in|from) (the )?(movie|film|book|novel|show|series|game|episode|"
                         r"play|anime|comic)\b"),
    ]
]
