# gesta core patterns: present-day news phrasing, written for gesta (MIT).
# Format: docs/patterns.md. Loaded before the patterns converted from the
# Phoenix CAMEO.2.0 dictionary; the most specific matching pattern wins, ties
# go to the earlier line.

############ word lists used by the clause analysis ############
# Verbs of saying: their complement is reported speech (attribution) and they
# are coded themselves (01x) only when nothing inside them is.
%speech say tell announce state add write declare claim report note insist stress explain
%speech suggest confirm argue assert affirm remark comment post tweet reply respond recall
%speech acknowledge predict estimate believe think reckon testify disclose reveal quote
# Verbs that negate the act of their complement ("refused to accept").
%negator refuse decline fail neglect
# Governors that make their complement an intention ("ready to discuss").
%intent ready willing prepared eager keen plan intend aim hope seek expect agree
%intent promise pledge vow offer look poised set determined
# Modal auxiliaries of intention, and of mere possibility (not coded).
%modal will would shall 'll wo
%hypothetical may might could can should must ought cannot
# Negation words (advmod/det of the predicate or of its event noun).
%negation not n't never no neither nor
# Nouns that stand for the noun after "of" ("rounds of negotiations").
%partitive round series set number lot kind couple part wave barrage string spate day week
%partitive ten swath swathe stretch strip container canister cylinder
# Time nouns the parser may take for a subject ("militants tonight attacked").
%temporal monday tuesday wednesday thursday friday saturday sunday today tonight
%temporal yesterday overnight weekend
# Protest nouns: a protest named as the setting of an arrest, a dispersal or an
# attack ("detained protesters during a protest") is coded as a protest too.
%protestnoun protest demonstration rally march sit-in sit_in vigil picket walkout
# Verbs whose object is the subject of their complement ("urged X to ...").
%objcontrol ask urge tell call want order force persuade invite encourage allow authorize
%objcontrol authorise press pressure lead help

############ synonym sets ############
&NEGOTIATION negotiation talk round peace_talk
&MEETING meeting summit conversation consultation discussion dialogue session
&CALL phone_call call telephone_call video_call videoconference
&PHONE phone telephone videophone video_link videoconference
&CEASEFIRE ceasefire cease-fire truce armistice ceasefire_agreement cease-fire_agreement
&CEASEFIRE truce_agreement
&PEACE &CEASEFIRE peace deal agreement settlement accord plan proposal solution framework
&ATTACK attack strike raid assault offensive bombardment bombing shelling airstrike
&AIRATTACK drone_attack drone_strike air_strike airstrike missile_strike missile_attack
&AIRATTACK air_raid rocket_attack drone missile rocket bomb warplane jet aircraft
&TROOP troop force soldier army unit reinforcement
&AIDNOUN aid assistance support help relief
&ARMS weapon arm ammunition missile tank jet military_aid military_assistance airpower

############ consult (04) ############
# "spoke by phone with", "talked by telephone"
041 speak|talk|confer pp:by=&PHONE
041 speak|talk|confer pp:over=&PHONE
041 speak|talk|confer pp:on=&PHONE
041 phone|telephone|ring
041 call obj=* full            # "X called Y" (transitive call)
---  call obj=* xcomp=*        # "called this important"
041 have|hold obj=&CALL
040 speak|talk|confer pp:with
040 speak|talk|confer pp:to
---  speak|talk                 # "spoke anonymously", "talked about": no partner, no event
040 meet
040 consult|confer
040 discuss
040 have|hold obj=&MEETING
046 have|hold obj=&NEGOTIATION
046 negotiate
046 conduct obj=&NEGOTIATION
046 continue|resume subj=&NEGOTIATION actorless
040 continue|resume subj=&MEETING actorless
046 continue|resume obj=&NEGOTIATION
040 join|attend obj=&NEGOTIATION|&MEETING
040 participate|take_part pp:in=&NEGOTIATION|&MEETING
042 visit
042 travel|fly|go|head pp:to target=pp:to
042 arrive pp:in target=pp:in
043 host
043 receive|welcome obj=delegation|visitor|envoy|minister|president|leader
045 mediate
045 broker obj=&PEACE|&NEGOTIATION

############ intend (03) ############
036 give|grant obj=mandate     # "gave his team a mandate to discuss"
036 offer|propose obj=&NEGOTIATION|&MEETING
030 promise|pledge|vow
030 commit
030 make obj=commitment|pledge|promise   # "made no commitment" -> negated reject
0871 accept|declare|announce|agree obj=&CEASEFIRE
030 accept obj=&PEACE|offer|invitation|condition|term
0871 agree pp:to=&CEASEFIRE
036 agree pp:to=&NEGOTIATION|&MEETING

############ appeal (02) and demand (10) ############
020 push pp:for
020 push obj=&PEACE|&NEGOTIATION
020 call pp:for
020 call pp:on target=pp:on
020 urge|appeal|implore
020 press pp:for
100 demand
100 make xcomp=conditional target=pp:on,obj deep   # "made the ceasefire conditional on X"
100 condition pp:on target=pp:on deep
100 insist pp:on

############ cooperation (05-08) ############
051 endorse|praise|hail|welcome|commend|applaud|back|support
051 express obj=support
057 sign obj=&PEACE|treaty|pact|memorandum
057 conclude|strike|seal|clinch obj=&PEACE|treaty|pact   # "struck a deal with"
032 reach obj=&PEACE|treaty|pact     # Phoenix's reading of "reached an agreement", also without a partner
0841 take_place|begin|start subj=prisoner_swap|prisoner_exchange actorless
0871 take_effect subj=&CEASEFIRE actorless      # "the truce takes effect at midnight"
# Giving up ground ("handed over the town to", "abandoned their positions")
0874 hand_over|cede|surrender|relinquish obj=&TERRITORY|control|authority target=pp:to,obj
0874 abandon|vacate obj=&TERRITORY
0874 retreat
070 provide|send|give|deliver|offer obj=&AIDNOUN
072 provide|send|supply|deliver obj=&ARMS
073 provide|send|deliver obj=humanitarian_aid|food|medicine
0872 withdraw|pull obj=&TROOP
0872 withdraw pp:from
0872 pull_out|pull_back
081 ease|lift obj=sanction|restriction|embargo
0841 release|free obj=prisoner|hostage|detainee|captive
0841 exchange|swap|trade obj=prisoner|hostage|detainee|captive|prisoner_of_war pair=0841
0841 conduct|complete|carry_out|hold obj=exchange|swap pp:of=prisoner|hostage|detainee|captive pair=0841

############ reject (12), accuse (11), threaten (13) ############
120 reject|rebuff|dismiss|spurn|refuse
120 turn_down
129 veto
111 criticize|criticise|condemn|denounce|slam|blast|rebuke
112 accuse|blame
# Claims: in reported speech the speaker accuses the clause subject.
112 want obj=&PEACE neg claim         # "X does not want a ceasefire" (said Y)
112 stall|stonewall|obstruct|sabotage|lie claim
130 threaten
130 warn pp:of
131 threaten obj=sanction|tariff

############ protest (14) ############
&PROTESTER protester demonstrator people resident student worker activist farmer supporter
&PROTESTER protestor opponent citizen
&PROTESTER villager crowd hundred thousand dozen teacher nurse doctor employee member woman
&PROTESTNOUN protest demonstration rally march sit-in sit_in die-in
&PROTESTER lawyer youth pensioner trader driver mourner marcher
141 protest|demonstrate|rally|march|picket
141 protest|demonstrate actorless   # "detainees protested": the protest is the event
141 protest|demonstrate|rally|march|gather|assemble subj=&PROTESTER actorless
141 stage|hold|organize|organise obj=&PROTESTNOUN actorless
141 take_to pp:to=street
141 take pp:to=street actorless                 # "thousands took to the streets"
141 return|head|come|go pp:to=street actorless  # "returned to the streets"
141 take xcomp=street actorless                 # the same, "streets" parsed as xcomp
141 take_place subj=&PROTESTNOUN actorless      # "a peaceful protest took place"
141 erupt|break_out|spread subj=&PROTESTNOUN actorless
141 gather|assemble|march|rally pp:in=&PROTESTNOUN actorless
141 gather|assemble pp:during|pp:at|pp:for=&PROTESTNOUN actorless
141 walk|fill|flood|throng|pack obj=street actorless     # "crowds flooded the streets"
# Obstruction ("blocked roads", "shut down highways")
&PASSAGE road street highway motorway thoroughfare bridge traffic railway junction
&PASSAGE intersection border_crossing
144 block|barricade|blockade|shut_down|close obj=&PASSAGE
&PROTESTNOUN strike walkout vigil boycott hunger_strike
141 participate|take_part pp:in=&PROTESTNOUN actorless
141 join|lead obj=&PROTESTNOUN actorless
141 kick_off|start|launch|begin|continue|resume obj=&PROTESTNOUN actorless
141 pour|spill|flood pp:into=street actorless
141 go_on pp:on=strike actorless
141 strike|walk_out subj=&PROTESTER actorless
145 riot
# Stone-throwing, the act of a riot ("protesters threw rocks at police",
# "pelted the convoy with stones", "projectiles were thrown")
&MISSILEOBJ stone rock brick bottle projectile firecracker firework brickbat
145 throw|hurl|lob|pelt obj=&MISSILEOBJ actorless target=pp:at,pp:on,pp:towards,pp:toward,pp:into
145 pelt pp:with=&MISSILEOBJ actorless target=obj
145 clash subj=&PROTESTER actorless
145 clash|fight|riot subj=rioter|looter|mob|hooligan actorless

############ posture (15), coerce (16-17), assault/fight (18-20) ############
154 prepare xcomp=launch obj=&ATTACK|offensive   # "preparing to launch an offensive"
154 prepare pp:for=&ATTACK|offensive
154 mass|deploy|mobilize|mobilise obj=&TROOP
154 mobilize|mobilise
163 impose obj=sanction|embargo
163 impose obj=tariff
172 impose obj=curfew|restriction
173 arrest|detain actorless      # "dozens were arrested": the arrest is the event
181 abduct|kidnap actorless   # "13 crew members have been abducted": the abduction is the event
182 beat|torture
1823 lynch
182 assault|batter|manhandle
# Mob violence ("beaten up by a mob", "vigilantes chased down and lynched"):
# the mob is no actor, the assault is the event
&MOB mob crowd vigilante rioter looter hooligan thug
182 beat|assault|attack|chase|chop|stab|stone|torture|hack subj=&MOB actorless
1823 lynch actorless
190 kill|murder subj=&MOB actorless
190 kill|shoot|shot|wound|injure      # ("shot": a lemmatizer slip)
190 murder|slay|stab|behead|massacre
190 clash pp:with
190 fight|battle pp:with
190 fight|battle pp:against
183 detonate|explode
# Explosions with no named perpetrator ("a bomb exploded", "an IED went off",
# "the blast killed five")
&EXPLOSIVE bomb grenade device ied mine landmine explosive car_bomb roadside_bomb
&EXPLOSIVE explosion blast explosive_device hand_grenade
183 explode|detonate|go_off subj=&EXPLOSIVE actorless
183 kill|wound|injure|rock|hit|damage|destroy subj=&EXPLOSIVE actorless
183 target|attack|hit pp:with=&EXPLOSIVE|grenade_attack|bomb_attack actorless
183 set_off obj=bomb|explosive|device|car_bomb|charge
1831 blow_up obj=themselves|himself|herself actorless
1831 detonate obj=suicide_vest|suicide_belt|vest|belt actorless
1831 kill|wound|injure|hit subj=suicide_bombing|suicide_attack|suicide_bomber actorless
193 exchange obj=fire|gunfire
190 open obj=fire|gunfire target=pp:on,pp:at,pp:in,pp:towards,pp:toward
# Riot control ("fired tear gas", "used water cannons to disperse the crowd",
# "suppressed a peaceful protest")
&RIOTGEAR tear_gas teargas water_cannon rubber_bullet pepper_spray baton live_ammunition
&RIOTGEAR live_round live_bullet stun_grenade smoke_grenade plastic_bullet pellet
175 fire|use|deploy|spray|shoot|shot obj=&RIOTGEAR target=pp:at,pp:on,pp:against,obj
175 pepper-spray|tear-gas|teargas
# Headline present "police fire tear gas": the tagger often reads "fire" as a
# noun subject of the verb "tear" with "gas" its object
175 tear subj=fire obj=gas actorless
175 disperse|suppress|crush|quell|break_up obj=&PROTESTNOUN|&PROTESTER
# Thrown and fired munitions ("lobbed a grenade at a police post", "fired
# dozens of rockets towards the town")
183 throw|hurl|lob obj=grenade|hand_grenade|bomb|petrol_bomb|molotov_cocktail|explosive target=pp:at,pp:towards,pp:toward,pp:on,pp:into,obj
194 fire|lob obj=rocket|mortar|shell|mortar_shell|artillery_shell|artillery|round target=pp:at,pp:towards,pp:toward,pp:on,pp:into,obj
195 fire obj=missile|ballistic_missile|cruise_missile target=pp:at,pp:towards,pp:toward,pp:on,pp:into,obj
174 expel|deport
190 attack|strike|raid|storm|invade|hit
190 hit|strike|pound|target subj=&ATTACK actorless
195 hit|strike|pound|target subj=&AIRATTACK actorless
# The attack as the subject of its toll ("a grenade attack killed ten",
# "air strikes left 30 dead")
190 kill|wound|injure|leave|claim subj=&ATTACK|shooting actorless
# Killed or wounded in an attack, blast or clash ("three civilians were
# killed in a coalition airstrike"): the attack is the event; the victims are
# its target (not "died in": the victims would be the subject, the source)
&CLASH clash fighting battle gunfight firefight skirmish crossfire shootout gun_battle
&BOMBATTACK grenade_attack bomb_attack ied_attack landmine_attack mine_attack bombing
&BOMBATTACK bomb_blast grenade_blast
1831 kill|wound|injure pp:in=suicide_bombing|suicide_attack|suicide_blast actorless target=obj,subj
195 kill|wound|injure pp:in=&AIRATTACK actorless target=obj,subj
194 kill|wound|injure pp:in=shelling|bombardment|mortar_attack|artillery_fire|rocket_fire actorless target=obj,subj
183 kill|wound|injure pp:in=&EXPLOSIVE|&BOMBATTACK actorless target=obj,subj
190 kill|wound|injure pp:in=&ATTACK|shooting actorless target=obj,subj
190 kill|wound|injure pp:in=&CLASH actorless target=obj,subj
# Coming under attack or fire ("the base came under missile attack")
190 come pp:under=&ATTACK|fire|gunfire actorless target=subj
195 come pp:under=&AIRATTACK actorless target=subj
194 come pp:under=shelling|mortar_fire|artillery_fire|rocket_fire actorless target=subj
# Engaging in clashes ("soldiers engaged in heavy clashes with ISIL")
190 engage pp:in=&CLASH|exchange_of_fire|fire_exchange target=pp:with
195 kill|wound|injure|leave|claim|destroy subj=&AIRATTACK actorless
195 fire|launch|drop subj=&AIRATTACK actorless   # "Saudi jets fired missiles"
195 bomb
194 shell|bombard
190 launch|carry_out|conduct obj=&ATTACK|war|invasion|operation
195 launch|carry_out|conduct obj=&AIRATTACK
193 fire pp:on
193 fire pp:at
183 bomb obj=market|bus|mosque|church|school

# Property: arson, looting, vandalism ("torched two patrol cars", "set the
# shops on fire", "looted houses")
&PROPERTY house home shop store building office car vehicle church mosque temple
&PROPERTY synagogue school market property headquarters station warehouse bank
&PROPERTY business premises depot mall
1712 torch|ransack|vandalize|vandalise|raze|loot|plunder|pillage|firebomb
1712 torch|ransack|vandalize|vandalise|raze|loot|plunder|pillage|firebomb obj=&PROPERTY actorless
1712 burn|destroy|demolish|damage obj=&PROPERTY
1712 set pp:on=fire
1712 set obj=fire pp:to      # "set fire to the building"
1712 set obj=fire pp:on
1712 set xcomp=ablaze|alight|afire
1712 go pp:on=looting_spree|rampage|spree actorless   # "went on a looting spree"
# Territory changing hands ("recaptured the town from the rebels", "seized
# control of the highway", "freed several villages from IS")
&TERRITORY town city village district area territory region province base camp ground
&TERRITORY airport road highway hill neighborhood neighbourhood outpost position
&TERRITORY stronghold enclave port island county municipality settlement capital bastion
&TERRITORY locality field oilfield oil_field gas_field crossing checkpoint hilltop height
&TERRITORY neighbourhood suburb quarter castle fort fortress
192 recapture|retake|reclaim|regain|capture|seize|overrun|liberate obj=&TERRITORY target=pp:from,obj
192 win prt=back obj=&TERRITORY target=pp:from,obj
192 gain obj=territory|town|village|city|district target=pp:from,obj   # (not "ground", "position": polls)
192 advance|push pp:into=&TERRITORY target=pp:into   # "fighters pushed deep into eastern areas"
192 regain|seize|take|wrest|gain|assume|recover|retake|establish obj=control target=pp:from,pp:of,pp:over
192 recover obj=&TERRITORY target=pp:from,obj
192 free|clear obj=&TERRITORY target=pp:from,obj
# Sexual violence
1821 rape|molest|gang-rape actorless   # "two women were raped": the rape is the event
1821 assault prt=sexually actorless
1821 commit obj=rape|sexual_assault|sexual_violence|sexual_abuse
# Chemical weapons ("dropped a chlorine bomb", "attacked with sarin")
&CHEM chlorine sarin mustard_gas nerve_agent nerve_gas chemical_weapon toxic_gas sarin_gas
&CHEM poison_gas poisonous_gas chlorine_bomb chlorine_gas chemical_bomb
&CHEM chlorine_munition chemical_munition sulfur_mustard sulphur_mustard mustard_gas
&CHEMATTACK chemical_attack gas_attack chlorine_attack sarin_attack chemical_weapons_attack
&CHEMATTACK poison_gas_attack toxic_gas_attack
2041 use|fire|drop|deploy|launch obj=&CHEM actorless   # also "chlorine munitions were dropped"
2041 launch|carry_out|conduct obj=&CHEMATTACK
2041 kill|wound|injure|hit|affect subj=&CHEMATTACK actorless
2041 kill|wound|injure|hit|affect|pound|strike|target subj=&CHEM actorless   # "positions were pounded by chemical weapons"
2041 attack|strike|hit|bomb|shell|target pp:with=&CHEM

############ statements (01): coded only when nothing more specific is ############
010 say|tell|announce|state|write|declare|add|post|tweet|remark|note|stress|explain
010 describe
013 express obj=optimism|hope|confidence
012 express obj=concern|pessimism|doubt
018 express obj=condolence|sympathy|solidarity
016 deny
