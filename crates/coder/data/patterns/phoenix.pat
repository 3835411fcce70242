# Converted by gesta-coder (src/phoenix.rs) from CAMEO.2.0.txt:
# the PETRARCH2/Phoenix CAMEO verb dictionary, Copyright (c) 2015 Open Event
# Data Alliance, MIT licence. Do not edit: re-run the converter
# (cargo test -p gesta-coder --test phoenix_convert -- --ignored).
# Format: docs/patterns.md.

############ synsets ############
&AUXVERB1 was were been
&AUXVERB2 will is_to would
&AUXVERB3 have has had
&TOBEVERB is are am was
&PREPOSIT1 against in on by near at
&CURRENCY money currency cash afghani austral baht balboa birr bitcoin bolivar cedi dalasi
&CURRENCY dinar dirham dollar dong dobra euro eurodollar escudo conto forint gourde guarani
&CURRENCY guilder gulden florin inti kina kip koruna krona krone kroner kroon kwacha
&CURRENCY kwai kwanza kyat lek lempira leone leu lev lilangeni lira loti metical
&CURRENCY naira ngultrum ouguiya pa'anga pataca boliviano cordoba peso pound pula quetzal rand
&CURRENCY rial riel ringgit riyal ruble rouble dram manat rubel lari tenge lats
&CURRENCY litas som hryvina rupee rupiah renminbi shekel shilling sucre taka tala tical
&CURRENCY tugrik tughrik won yen yuan zloty
&FIGHT-OF-WORDS argument disgareement debate
&LEADER president governor dictator ruler prime_minister queen king sultan minister
&STRONGHOLD stronghold bastion citadel blockhouse redoubt fort outpost headquarters
&CEASEFIRE truce armistice cease-fire ceasefire cease_fire
&CAR car sedan vehicle auto automobile motorcar truck van lorry
&HOSTAGE hostage prisoner captive
&NEGOTIATOR negotiator mediator go-between intermediator intermediary intercessor
&NEGOTIATION negotiation dialogue discussion
&MEDIATION mediation arbitration conciliation
&PROPOSAL proposal proposition suggestion proffer motion
&REFUGEE refugee expatriate displaced_person stateless_person exile
&TREATY treaty pact accord written_agreement agreement
&PROGRAM program programme outline schema scheme agenda
&DETENTION detention detainment jail prison penitentiary concentration_camp custody confinement
&MILITARY military armed_forces armed_services army ground_forces marines reserves troops navy special_forces soldiers servicemen
&MILITARY paratroopers infantrymen servicemembers combat_brigades battalions brigades
&SECURITY security secureness protection precaution safeguard
&OPPOSITION opposition resistance opponent enemy foe adversary rival challenger contender
&TOWN town municipality borough township city metropolis urban_center urban_area village settlement community
&CRIME crime offense criminal_offense criminal_offence offence law-breaking infraction violation infringement transgression misconduct wrongdoing
&CRIME misdemeanor misdemeanour felony
&PEOPLE people folk poor rich wealthy populace public population populations citizenry followers masses
&PEOPLE civilians voters citizens nationals subjects
&SUSPECT suspect accused defendant
&ASYLUM asylum refuge sanctuary safe_house shelter
&DISPUTE dispute conflict quarrel controversy contention contestation disputation argument arguing difference difference_of_opinion differences_of_opinion
&DISPUTE disagreement dissidence dissension contravention
&FIGHT struggle battle fight fighting strife war warfare feud combat hostilities belligerency
&SOLUTION solution answer result resolution closure
&EVIDENCE evidence ground proof probable_cause attestation
&AIRCRAFT aircraft plane helicopter warplane airplane airliner jet airship dirigible glider chopper skyhook
&AIRCRAFT jumbojet jumbo_jet jetliner turbojet drone rpv drone_aircraft unmanned_drone predator_drone unmanned_aircraft unmanned_predator reaper_drone
&AIRCRAFT unmanned_aerial_drone unmanned_aerial_vehicle remotely_piloted_drones remotely_piloted_aircraft unmanned_aerial_system predator_uav pilotless_plane apache_attack_helicopter apache_gunship fighter_jet fighter_bombers fighter_aircraft
&AIRCRAFT jetfighter fighter_plane f/a-18_fighter_jet super_hornet tomcat_fighter f/a-18e/f_super_hornet f-22a_raptor f-22_raptor f/a-22_raptor f/a-18_fighter f/a-22_fighter rf_4c
&AIRCRAFT f/a-18 f-16 f-22 f-33 f-14 bomber b-52 stealth_bomber mq-9_reaper eurofighter_typhoon mig harrier_jet
&AIRCRAFT su-24 a-37b_dragonfly f-7mg mirage-2000 mig-21pfm su-30mk mi-24vm/hind p-3a_orion ch-47f_chinook p-8a_poseidon ah-64d_apache ah-64_apache
&AIRCRAFT v-22_osprey stealth_fighter fighting_falcon
&INFORMATION information info details fact news intelligence update
&INVESTIGATION investigation inquiry enquiry probe analysis analyses research examination
&WEAPON weapon flamethrower gun knife knives missile missiles sword swords cannon cannons firearm
&WEAPON rifle semiautomatic pistol carbine kalashnikov assault_rifle ak-47 ak-74 uzi rpg rocket_propelled_grenade ammunition
&WEAPON bomb rocket missile unguided_rocket guided_missile cruise_missiles antiship_missile antiaircraft_missile tow_missile sidewinder_missile ballistic_missile machete
&WEAPON machine_gun revolver shotgun tear_gas bayonet bazooka dagger howitzer sabers slingshot spear switchblade
&WEAPON billy_club bow_and_arrow brass_knuckles hunting_knife armament artillery howitzer recoilless_rifle attack_helicopters apache_attack_helicopter fighter_jet f-16
&WEAPON f-22 f-33 f-14 bomber b-52 m16 m14 50-caliber predator_drone reaper_drone mq-9_reaper eurofighter_typhoon
&WEAPON mig aircraft_carrier frigate arleigh_burke-class_destroyer manpad antiaircraft_missile_batteries armored_personnel_carrier armoured_personnel_carrier infantry_fighting_vehicle battle_tank m1a1_abrams m1_abrams
&WEAPON mrap bradley_fighting_vehicle m2_bradley harrier_jet su-24 a-37b_dragonfly f-7mg s565s_panther mirage-2000 as-532_cougar nh-90_nfh a-129c_mangusta
&WEAPON mig-21pfm su-30mk mi-24vm/hind p-3a_orion ch-47f_chinook p-8a_poseidon ah-64d_apache ah-64_apache v-22_osprey hellfire_missile precision_guided_munition ied
&WEAPON improvised_explosive_device vbied improvised_explosive_devise improvised_explosive improvised_bomb armor_piercing_roadside_bomb borne_ied
&WMD weapon_of_mass_destruction weapons_of_mass_destruction wmd nuclear_bomb nuclear_weapon nuclear_device nuclear_weapons atom_bomb tactical_nuke atomic_weapons nerve_gas sarin
&WMD sarin_gas sarin_nerve_gas sarin_nerve_agent vx_nerve_agent mustard_gas mustard_blister_agent cyclosarin vx_nerve_gas vx_stockpile blister_agent chemical_weapon nonconventional_weapons
&WMD chemical_warfare
&FOOD food nutrient nutriment nourishment nutrition sustenance aliment provisions commissariat grocery foodstuff
&PKO peacekeeping peacekeeper peace-keeping peace-keeper un_peacekeepers peacekeeping_force blue_helmets peacekeeping_contingent
&DEFENSE defense defence

############ ACCELERATE (line 709) ############
&V-ACCELERATE-709 accelerate expedite hasten hurry quicken race rush speed
--- accelerate
--- expedite
--- hasten
--- hurry
--- quicken
--- race
--- rush
--- speed
194 &V-ACCELERATE-709 obj=&WEAPON
073 &V-ACCELERATE-709 obj=relief_assistance
154 &V-ACCELERATE-709 subj=&MILITARY
153 &V-ACCELERATE-709 obj=police pp:to=border
072 &V-ACCELERATE-709 obj=arms_shipment
073 &V-ACCELERATE-709 obj=&FOOD
154 &V-ACCELERATE-709 obj=deployment
154 &V-ACCELERATE-709 pp:to=border
154 &V-ACCELERATE-709 obj=buildup
073 &V-ACCELERATE-709 obj=relief
070 &V-ACCELERATE-709 obj=aid
042 &V-ACCELERATE-709 pp:to pair=043

############ ADD (line 734) ############
&V-ADD-734 add
--- add
1722 &V-ADD-734 pp:to=list pp:of=banned_parties
163 &V-ADD-734 obj=sanctions

############ ALERT (line 743) ############
&V-ALERT-743 alert
--- alert
151 &V-ALERT-743 obj=&SECURITY pp:over=&WEAPON_attack

############ ALLEVIATE (line 750) ############
&V-ALLEVIATE-750 alleviate diminish
--- alleviate
--- diminish

############ ALTER (line 757) ############
&V-ALTER-757 alter amend change modify revise switch
--- alter
--- amend
--- change
--- modify
--- revise
--- switch
0344 &V-ALTER-757 obj=constitution
050 &V-ALTER-757 obj=stand
031 &V-ALTER-757 obj=deal

############ ANGER (line 771) ############
&V-ANGER-771 anger enrage exasperate incense inflame
--- angered_by
--- anger
--- enrage
--- exasperate
--- incense
--- inflame

############ APPEAR (line 782) ############
&V-APPEAR-782 appear look seem
--- appear
--- look
--- seem
190 &V-APPEAR-782 pp:behind=&WEAPON
013 &V-APPEAR-782 pp:to=future pp:with=optimism
1041 &V-APPEAR-782 pp:to=press pp:for=ouster
090 &V-APPEAR-782 pp:into=allegation
090 &V-APPEAR-782 pp:into=complaints
1312 &V-APPEAR-782 pp:at=new_sanctions
090 &V-APPEAR-782 pp:into=charges
090 &V-APPEAR-782 pp:into=reports
173 &V-APPEAR-782 pp:before=court reverse
030 &V-APPEAR-782 obj=positively
090 &V-APPEAR-782 pp:into=charge
012 &V-APPEAR-782 obj=uncertain
090 &V-APPEAR-782 pp:into=death
173 &V-APPEAR-782 pp:at=hearing reverse
013 &V-APPEAR-782 prt=forward
020 &V-APPEAR-782 pp:for=help
050 &V-APPEAR-782 pp:in=favor
090 &V-APPEAR-782 pp:for=link
173 &V-APPEAR-782 pp:in=court
032 &V-APPEAR-782 pp:for=way

############ ARRANGE (line 810) ############
&V-ARRANGE-810 arrange base format place pose position post put set situate stage station
--- arrange
--- base
--- format
--- place
--- pose
--- position
--- post
--- put
--- set
--- situate
--- stage
--- station
062 &V-ARRANGE-810 obj=mock_attacks subj=&AIRCRAFT pair=062
183 &V-ARRANGE-810 obj=&WEAPON prt=off
195 &V-ARRANGE-810 obj=attacks subj=&AIRCRAFT
195 &V-ARRANGE-810 obj=raids subj=&AIRCRAFT
195 &V-ARRANGE-810 obj=raid subj=&AIRCRAFT
051 &V-ARRANGE-810 obj=demonstration pp:in=solidarity
062 &V-ARRANGE-810 obj=exercises subj=&MILITARY pair=062
051 &V-ARRANGE-810 obj=demonstration pp:in=support
173 &V-ARRANGE-810 pp:in=&DETENTION
173 &V-ARRANGE-810 pp:in=&DETENTION
035 &V-ARRANGE-810 pp:to=&TREATY
051 &V-ARRANGE-810 obj=protest pp:in=solidarity
139 &V-ARRANGE-810 obj=conditions pp:before=end
152 &V-ARRANGE-810 pp:on=alert pp:along=border
173 &V-ARRANGE-810 pp:under=surveillance
017 &V-ARRANGE-810 obj=candlelight_vigil
027 &V-ARRANGE-810 obj=peace_plan prt=forward
1621 &V-ARRANGE-810 obj=financial_squeeze
190 &V-ARRANGE-810 obj=series pp:of=attacks
014 &V-ARRANGE-810 obj=new_strategy prt=out
051 &V-ARRANGE-810 obj=rally pp:in=support
152 &V-ARRANGE-810 pp:on=state pp:of=alert
160 &V-ARRANGE-810 obj=initiate pp:on=hold
173 &V-ARRANGE-810 obj=verdict pp:in=trial
195 &V-ARRANGE-810 obj=air_raid pp:against
090 &V-ARRANGE-810 obj=&INVESTIGATION
141 &V-ARRANGE-810 obj=demonstration
141 &V-ARRANGE-810 obj=demonstration
145 &V-ARRANGE-810 obj=fire pp:in=protest
145 &V-ARRANGE-810 obj=himself pp:on=fire
151 &V-ARRANGE-810 obj=police pp:on=alert
190 &V-ARRANGE-810 obj=incursion pp:into
046 &V-ARRANGE-810 obj=final_touches
110 &V-ARRANGE-810 obj=resistance prt=up
143 &V-ARRANGE-810 obj=strikes pp:until
160 &V-ARRANGE-810 obj=repatriation
183 &V-ARRANGE-810 obj=explosive prt=off
195 &V-ARRANGE-810 obj=air_operation
022 &V-ARRANGE-810 obj=&PROPOSAL
050 &V-ARRANGE-810 pp:aside=enmity pair=050
144 &V-ARRANGE-810 obj=barricade prt=up
151 &V-ARRANGE-810 obj=air_exercise
160 &V-ARRANGE-810 obj=decision prt=off
012 &V-ARRANGE-810 obj=real_threat
0356 &V-ARRANGE-810 obj=&CEASEFIRE
045 &V-ARRANGE-810 obj=guidelines
062 &V-ARRANGE-810 obj=mock_attack pair=062
100 &V-ARRANGE-810 obj=conditions
140 &V-ARRANGE-810 obj=fire pp:to=flag
150 &V-ARRANGE-810 obj=mock_attack
175 &V-ARRANGE-810 obj=force_rally
030 &V-ARRANGE-810 pp:aside=rift
140 &V-ARRANGE-810 pp:in=protest
141 &V-ARRANGE-810 obj=mass_rally
160 &V-ARRANGE-810 obj=limits prt=off
010 &V-ARRANGE-810 obj=views prt=out
014 &V-ARRANGE-810 obj=priority
139 &V-ARRANGE-810 obj=deadline
150 &V-ARRANGE-810 obj=mock_raid
161 &V-ARRANGE-810 obj=diplomat
175 &V-ARRANGE-810 obj=riot prt=down
014 &V-ARRANGE-810 pp:to=a_vote
042 &V-ARRANGE-810 pp:from prt=off
141 &V-ARRANGE-810 obj=protest
141 &V-ARRANGE-810 obj=rallies
152 &V-ARRANGE-810 pp:on=alert
164 &V-ARRANGE-810 obj=talk prt=off
173 &V-ARRANGE-810 pp:on=trial
173 &V-ARRANGE-810 pp:to=death
042 &V-ARRANGE-810 pp:for prt=off pair=043
073 &V-ARRANGE-810 obj=return
110 &V-ARRANGE-810 obj=row prt=off pair=110
140 &V-ARRANGE-810 obj=strike
143 &V-ARRANGE-810 obj=strike
180 &V-ARRANGE-810 pp:on=fire
180 &V-ARRANGE-810 obj=ablaze
190 &V-ARRANGE-810 obj=attack
017 &V-ARRANGE-810 obj=vigil
141 &V-ARRANGE-810 obj=rally
141 &V-ARRANGE-810 obj=sit-in
180 &V-ARRANGE-810 obj=afire
0841 &V-ARRANGE-810 obj=free
111 &V-ARRANGE-810 obj=heat
180 &V-ARRANGE-810 obj=fire
190 &V-ARRANGE-810 obj=raid

############ ASK (line 912) ############
&V-ASK-912 ask enquire grill inquire interrogate interview petition query question request wonder
020 ask_for
020 ask
--- enquire
110 grill
--- inquire
090 interrogate
--- interview
020 petition
--- query
--- question
020 request
--- wonder
0232 &V-ASK-912|ask_for pp:for=fighter_&AIRCRAFT
0232 &V-ASK-912|ask_for obj=&WEAPON
0214 &V-ASK-912|ask_for pp:for=&SOLUTION pp:of=&INVESTIGATION
173 &V-ASK-912|ask_for obj=&DETENTION subj=prosecutor
0234 &V-ASK-912|ask_for obj=&PKO
0234 &V-ASK-912|ask_for pp:for=help pp:in=&SECURITY
023 &V-ASK-912|ask_for obj=emergency_assistance
173 &V-ASK-912|ask_for obj=death_penalty pp:against
0213 &V-ASK-912|ask_for obj=judicial_assistance
0232 &V-ASK-912|ask_for obj=&MILITARY_aid
0233 &V-ASK-912|ask_for pp:for=humanitarian_aid
025 &V-ASK-912|ask_for obj=lifting pp:of=immunity
0214 &V-ASK-912|ask_for pp:for=&INVESTIGATION
090 &V-ASK-912|ask_for obj=&REFUGEE
0231 &V-ASK-912|ask_for pp:for=financial_aid
0231 &V-ASK-912|ask_for obj=debt_forgiveness
0233 &V-ASK-912|ask_for obj=humanitarian_aid
110 &V-ASK-912|ask_for obj=future_coalition
022 &V-ASK-912|ask_for obj=support_efforts
0241 &V-ASK-912|ask_for obj=early_elections
027 &V-ASK-912|ask_for obj=reconciliation
020 &V-ASK-912|ask_for obj=authorisation
0214 &V-ASK-912|ask_for obj=&INVESTIGATION
0231 &V-ASK-912|ask_for obj=financial_help
023 &V-ASK-912|ask_for obj=technical_help
0214 &V-ASK-912|ask_for obj=&INFORMATION
0233 &V-ASK-912|ask_for obj=humanitarian
038 &V-ASK-912|ask_for obj=intervention
020 &V-ASK-912|ask_for obj=explanation
0213 &V-ASK-912|ask_for obj=extradition
055 &V-ASK-912|ask_for obj=forgiveness
020 &V-ASK-912|ask_for obj=permission
0211 &V-ASK-912|ask_for obj=investment
0213 &V-ASK-912|ask_for pp:for=retrial
022 &V-ASK-912|ask_for obj=assurances
0231 &V-ASK-912|ask_for obj=&CURRENCY
0233 &V-ASK-912|ask_for obj=evacuation
0233 &V-ASK-912|ask_for obj=&ASYLUM
0234 &V-ASK-912|ask_for obj=&SECURITY
0256 &V-ASK-912|ask_for obj=withdrawal
090 &V-ASK-912|ask_for obj=allegation
025 &V-ASK-912|ask_for pp:for=access
028 &V-ASK-912|ask_for obj=intervene
090 &V-ASK-912|ask_for obj=suspicion
110 &V-ASK-912|ask_for obj=assertion
023 &V-ASK-912|ask_for obj=supplies
173 &V-ASK-912|ask_for obj=sentence
020 &V-ASK-912|ask_for obj=support
022 &V-ASK-912|ask_for obj=support
023 &V-ASK-912|ask_for obj=amnesty
026 &V-ASK-912|ask_for obj=meeting
028 &V-ASK-912|ask_for obj=meeting
0351 &V-ASK-912|ask_for obj=amnesty
036 &V-ASK-912|ask_for obj=meeting
110 &V-ASK-912|ask_for obj=apology
111 &V-ASK-912|ask_for obj=promise
113 &V-ASK-912|ask_for pp:against
020 &V-ASK-912|ask_for obj=arrest
023 &V-ASK-912|ask_for obj=assist
0214 &V-ASK-912|ask_for obj=files
020 &V-ASK-912|ask_for obj=help
023 &V-ASK-912|ask_for obj=loan
023 &V-ASK-912|ask_for obj=aid

############ ATTEMPT (line 992) ############
&V-ATTEMPT-992 attempt
--- attempt
185 &V-ATTEMPT-992 obj=assassination

############ AVERT (line 999) ############
&V-AVERT-999 abstain avert avoid deflect forfend refrain
--- abstain
--- avert
--- avoid
--- deflect
--- forfend
--- refrain
185 &V-AVERT-999 obj=attempt pp:on=life
064 &V-AVERT-999 subj=&INFORMATION pair=064
1211 &V-AVERT-999 pp:from=business
013 &V-AVERT-999 obj=air_strike
--- &V-AVERT-999 obj=incidents
--- &V-AVERT-999 obj=attack
037 &V-AVERT-999 obj=crisis
0334 &V-AVERT-999 obj=clash

############ BACKLASH (line 1018) ############
&V-BACKLASH-1018 backlash
--- backlash

############ BELIEVE (line 1024) ############
&V-BELIEVE-1024 believe trust
--- believe
--- trust
110 &V-BELIEVE-1024 obj=responsible
012 &V-BELIEVE-1024 obj=dangerous
012 &V-BELIEVE-1024 obj=no_point
050 &V-BELIEVE-1024 obj=friend
1124 &V-BELIEVE-1024 obj=kidnap

############ BRACE (line 1036) ############
&V-BRACE-1036 poise steady
--- poise
--- steady
154 &V-BRACE-1036 pp:for=attack

############ BRING (line 1044) ############
&V-BRING-1044 bring bring deliver
--- bring
--- bring
--- deliver
072 &V-BRING-1044 obj=&AIRCRAFT
026 &V-BRING-1044 obj=&CEASEFIRE_proposal
173 &V-BRING-1044 obj=warrant pp:for=arrest
072 &V-BRING-1044 obj=&MILITARY
073 &V-BRING-1044 obj=humanitarian_aid
110 &V-BRING-1044 obj=counter-argument
111 &V-BRING-1044 obj=message pp:against
111 &V-BRING-1044 obj=sharpest_attack
073 &V-BRING-1044 obj=&FOOD
073 &V-BRING-1044 obj=&FOOD
194 &V-BRING-1044 obj=rocket_strike
051 &V-BRING-1044 obj=endorsement
020 &V-BRING-1044 obj=petition
110 &V-BRING-1044 obj=sharp_jab
010 &V-BRING-1044 obj=address
010 &V-BRING-1044 obj=message
130 &V-BRING-1044 obj=warning
140 &V-BRING-1044 obj=protest
--- &V-BRING-1044 obj=defeat
010 &V-BRING-1044 obj=letter
010 &V-BRING-1044 obj=report
020 &V-BRING-1044 obj=appeal
040 &V-BRING-1044 obj=letter
110 &V-BRING-1044 obj=rebuff
110 &V-BRING-1044 obj=rebuke
111 &V-BRING-1044 obj=insult
190 &V-BRING-1044 obj=attack
073 &V-BRING-1044 obj=water
020 &V-BRING-1044 obj=plea
023 &V-BRING-1044 obj=plea
070 &V-BRING-1044 obj=gift
120 &V-BRING-1044 obj=blow
070 &V-BRING-1044 obj=aid
073 &V-BRING-1044 obj=aid

############ BROADCAST (line 1086) ############
&V-BROADCAST-1086 broadcast publicise publicize televise televize
--- broadcast
--- publicise
--- publicize
--- televise
--- televize
031 &V-BROADCAST-1086 obj=&PROGRAM

############ BURN (line 1097) ############
&V-BURN-1097 burn burnt
--- burn
--- burnt
1712 &V-BURN-1097 obj=&TOWN
141 &V-BURN-1097 obj=pictures
141 &V-BURN-1097 obj=portrait
1712 &V-BURN-1097 obj=offices
141 &V-BURN-1097 obj=effigy
1712 &V-BURN-1097 obj=church
1712 &V-BURN-1097 obj=houses
1712 &V-BURN-1097 obj=mosque
141 &V-BURN-1097 obj=flag
1712 &V-BURN-1097 prt=down
1712 &V-BURN-1097 obj=home

############ CANCEL (line 1115) ############
&V-CANCEL-1115 abolish abort cease close desist discontinue end halt quit reclose stop suspend terminate
160 call_off
--- shut_down
--- take_leave
--- abolish
160 abort
--- cease
--- close
--- desist
--- discontinue
--- end
--- halt
--- quit
--- reclose
--- stop
--- suspend
--- terminate
087 &V-CANCEL-1115|call_off|shut_down|take_leave obj=&WEAPON
1622 &V-CANCEL-1115|call_off|shut_down|take_leave obj=&MILITARY_cooperation
164 &V-CANCEL-1115|call_off|shut_down|take_leave obj=meeting pp:with=negotiators
1622 &V-CANCEL-1115|call_off|shut_down|take_leave obj=&SECURITY_cooperation
1722 &V-CANCEL-1115|call_off|shut_down|take_leave obj=campaign_office subj=police
090 &V-CANCEL-1115|call_off|shut_down|take_leave obj=fact-finding_mission
1721 &V-CANCEL-1115|call_off|shut_down|take_leave obj=television_station
143 &V-CANCEL-1115|call_off|shut_down|take_leave subj=business pp:in=strike
1721 &V-CANCEL-1115|call_off|shut_down|take_leave obj=&INFORMATION prt=down
172 &V-CANCEL-1115|call_off|shut_down|take_leave obj=polling_stations
160 &V-CANCEL-1115|call_off|shut_down|take_leave obj=border_crossing
170 &V-CANCEL-1115|call_off|shut_down|take_leave obj=production_line
164 &V-CANCEL-1115|call_off|shut_down|take_leave obj=talks subj=abruptly pair=164
--- &V-CANCEL-1115|call_off|shut_down|take_leave subj=transactions
0871 &V-CANCEL-1115|call_off|shut_down|take_leave obj=&FIGHT
1622 &V-CANCEL-1115|call_off|shut_down|take_leave obj=arms_shipment
012 &V-CANCEL-1115|call_off|shut_down|take_leave pp:with=warning
161 &V-CANCEL-1115|call_off|shut_down|take_leave obj=trade_office
1721 &V-CANCEL-1115|call_off|shut_down|take_leave obj=publication
1721 &V-CANCEL-1115|call_off|shut_down|take_leave obj=television
172 &V-CANCEL-1115|call_off|shut_down|take_leave obj=university
196 &V-CANCEL-1115|call_off|shut_down|take_leave obj=&CEASEFIRE
080 &V-CANCEL-1115|call_off|shut_down|take_leave obj=operation
087 &V-CANCEL-1115|call_off|shut_down|take_leave obj=bloodshed
161 &V-CANCEL-1115|call_off|shut_down|take_leave obj=consulate
161 &V-CANCEL-1115|call_off|shut_down|take_leave obj=embassies
191 &V-CANCEL-1115|call_off|shut_down|take_leave obj=aid_convoy
0871 &V-CANCEL-1115|call_off|shut_down|take_leave obj=violence
087 &V-CANCEL-1115|call_off|shut_down|take_leave obj=air_raids
087 &V-CANCEL-1115|call_off|shut_down|take_leave obj=blockade
160 &V-CANCEL-1115|call_off|shut_down|take_leave obj=material
172 &V-CANCEL-1115|call_off|shut_down|take_leave obj=main_link
172 &V-CANCEL-1115|call_off|shut_down|take_leave obj=airspace
040 &V-CANCEL-1115|call_off|shut_down|take_leave obj=meeting
085 &V-CANCEL-1115|call_off|shut_down|take_leave obj=embargo
0871 &V-CANCEL-1115|call_off|shut_down|take_leave obj=attacks
0871 &V-CANCEL-1115|call_off|shut_down|take_leave obj=clashes
0871 &V-CANCEL-1115|call_off|shut_down|take_leave obj=gunfire
160 &V-CANCEL-1115|call_off|shut_down|take_leave obj=flights
161 &V-CANCEL-1115|call_off|shut_down|take_leave obj=embassy
161 &V-CANCEL-1115|call_off|shut_down|take_leave subj=embassy
1721 &V-CANCEL-1115|call_off|shut_down|take_leave obj=schools
172 &V-CANCEL-1115|call_off|shut_down|take_leave obj=highway
172 &V-CANCEL-1115|call_off|shut_down|take_leave obj=theater
191 &V-CANCEL-1115|call_off|shut_down|take_leave obj=airport
--- &V-CANCEL-1115|call_off|shut_down|take_leave obj=search
--- &V-CANCEL-1115|call_off|shut_down|take_leave subj=market
080 &V-CANCEL-1115|call_off|shut_down|take_leave obj=deport
082 &V-CANCEL-1115|call_off|shut_down|take_leave obj=strike
0871 &V-CANCEL-1115|call_off|shut_down|take_leave obj=attack
087 &V-CANCEL-1115|call_off|shut_down|take_leave obj=strike
160 &V-CANCEL-1115|call_off|shut_down|take_leave obj=office
1621 &V-CANCEL-1115|call_off|shut_down|take_leave obj=grants
172 &V-CANCEL-1115|call_off|shut_down|take_leave obj=border
172 &V-CANCEL-1115|call_off|shut_down|take_leave obj=center
172 &V-CANCEL-1115|call_off|shut_down|take_leave obj=centre
191 &V-CANCEL-1115|call_off|shut_down|take_leave obj=access
191 &V-CANCEL-1115|call_off|shut_down|take_leave obj=border
042 &V-CANCEL-1115|call_off|shut_down|take_leave obj=visit pair=043
087 &V-CANCEL-1115|call_off|shut_down|take_leave obj=shell
160 &V-CANCEL-1115|call_off|shut_down|take_leave obj=talks
160 &V-CANCEL-1115|call_off|shut_down|take_leave obj=camps
160 &V-CANCEL-1115|call_off|shut_down|take_leave obj=party
164 &V-CANCEL-1115|call_off|shut_down|take_leave obj=talks pair=164
1721 &V-CANCEL-1115|call_off|shut_down|take_leave obj=radio
1723 &V-CANCEL-1115|call_off|shut_down|take_leave obj=route
--- &V-CANCEL-1115|call_off|shut_down|take_leave obj=base
042 &V-CANCEL-1115|call_off|shut_down|take_leave obj=tour pair=043
0831 &V-CANCEL-1115|call_off|shut_down|take_leave obj=post
0874 &V-CANCEL-1115|call_off|shut_down|take_leave obj=camp
143 &V-CANCEL-1115|call_off|shut_down|take_leave obj=work
160 &V-CANCEL-1115|call_off|shut_down|take_leave obj=trip
160 &V-CANCEL-1115|call_off|shut_down|take_leave obj=base
160 &V-CANCEL-1115|call_off|shut_down|take_leave subj=work
1723 &V-CANCEL-1115|call_off|shut_down|take_leave obj=road
1723 &V-CANCEL-1115|call_off|shut_down|take_leave obj=shop
162 &V-CANCEL-1115|call_off|shut_down|take_leave obj=aid
162 &V-CANCEL-1115|call_off|shut_down|take_leave subj=aid

############ CHANT (line 1214) ############
&V-CHANT-1214 chant
--- chant
141 &V-CHANT-1214 pp:against=government
141 &V-CHANT-1214 pp:at=demonstration
141 &V-CHANT-1214 pp:in=capital
141 &V-CHANT-1214 obj=slogans
111 &V-CHANT-1214 obj=death

############ CLAMP (line 1225) ############
&V-CLAMP-1225 clamp
--- clamp
1723 &V-CLAMP-1225 obj=curfew
173 &V-CLAMP-1225 prt=down

############ CLEANSE (line 1233) ############
&V-CLEANSE-1233 cleanse
--- cleanse
203 &V-CLEANSE-1233 pp:from=&TOWN
203 &V-CLEANSE-1233 subj=ethnically
203 &V-CLEANSE-1233 pp:from=areas
203 &V-CLEANSE-1233 subj=ethnic

############ CLINCH (line 1243) ############
&V-CLINCH-1243 clinch grasp
--- clinch
--- grasp
050 &V-CLINCH-1243 obj=&TREATY
061 &V-CLINCH-1243 obj=deal pair=061

############ COLLAPSE (line 1252) ############
&V-COLLAPSE-1252 buckle cave collapse crumble disband disintegrate dissolve fold subside
--- buckle
--- cave
--- collapse
--- crumble
160 disband
--- disintegrate
--- dissolve
--- fold
--- subside
160 &V-COLLAPSE-1252 pp:in=&DISPUTE
164 &V-COLLAPSE-1252 subj=talks pair=164

############ COLLECT (line 1268) ############
&V-COLLECT-1268 accumulate collect compile hoard
--- round_up
--- accumulate
--- collect
--- compile
--- hoard
090 &V-COLLECT-1268|round_up obj=documents

############ COME-AFTER (line 1279) ############
--- come_after

############ CONFIRM (line 1285) ############
&V-CONFIRM-1285 affirm confidence confirm reaffirm substantiate validate
013 seem_confident
051 affirm
--- confidence
--- confirm
--- reaffirm
--- substantiate
--- validate
0312 &V-CONFIRM-1285|seem_confident obj=purchase pp:of=&WEAPON
074 &V-CONFIRM-1285|seem_confident obj=&DEFENSE_&WEAPON
1125 &V-CONFIRM-1285|seem_confident obj=&FIGHT_&CRIME_charges
130 &V-CONFIRM-1285|seem_confident obj=commitment pp:against=threats
060 &V-CONFIRM-1285|seem_confident obj=winner pp:of=elections
125 &V-CONFIRM-1285|seem_confident obj=boycott pp:of=meeting
015 &V-CONFIRM-1285|seem_confident obj=secret_prisons
030 &V-CONFIRM-1285|seem_confident obj=determination
173 &V-CONFIRM-1285|seem_confident obj=sentence subj=court
010 &V-CONFIRM-1285|seem_confident obj=allegation
050 &V-CONFIRM-1285|seem_confident obj=commitment
050 &V-CONFIRM-1285|seem_confident obj=commitment
100 &V-CONFIRM-1285|seem_confident obj=conditions
110 &V-CONFIRM-1285|seem_confident obj=&OPPOSITION
010 &V-CONFIRM-1285|seem_confident obj=dismissal
110 &V-CONFIRM-1285|seem_confident obj=objection
110 &V-CONFIRM-1285|seem_confident obj=rejection
0341 &V-CONFIRM-1285|seem_confident obj=election
012 &V-CONFIRM-1285|seem_confident obj=concern
051 &V-CONFIRM-1285|seem_confident obj=backing
051 &V-CONFIRM-1285|seem_confident obj=support
163 &V-CONFIRM-1285|seem_confident obj=boycott
173 &V-CONFIRM-1285|seem_confident obj=arrest
100 &V-CONFIRM-1285|seem_confident obj=claim
010 &V-CONFIRM-1285|seem_confident obj=fire

############ CONSPIRE (line 1322) ############
&V-CONSPIRE-1322 conspire contrive scheme
--- conspire
--- contrive
--- scheme
130 &V-CONSPIRE-1322 pp:against

############ CONSTRUCT (line 1331) ############
&V-CONSTRUCT-1331 build conceive concoct construct create design devise gymble engineer erect fashion forge form formulate generate invent mold produce shape
--- set_up
--- take_shape
--- build
--- conceive
--- concoct
--- construct
--- create
--- design
--- devise
--- gymble
--- engineer
--- erect
--- fashion
--- forge
--- form
--- formulate
--- generate
--- invent
--- mold
--- produce
--- shape
094 &V-CONSTRUCT-1331|set_up|take_shape obj=&INVESTIGATION pp:into=&FIGHT
110 &V-CONSTRUCT-1331|set_up|take_shape obj=worries subj=&MILITARY
0312 &V-CONSTRUCT-1331|set_up|take_shape obj=&DEFENSE_cooperation
061 &V-CONSTRUCT-1331|set_up|take_shape obj=investment_company
160 &V-CONSTRUCT-1331|set_up|take_shape obj=fence pp:along=border
150 &V-CONSTRUCT-1331|set_up|take_shape obj=&MILITARY
061 &V-CONSTRUCT-1331|set_up|take_shape obj=joint_companies
154 &V-CONSTRUCT-1331|set_up|take_shape obj=fortifications
191 &V-CONSTRUCT-1331|set_up|take_shape obj=&SECURITY_zone
061 &V-CONSTRUCT-1331|set_up|take_shape obj=economic_group pair=061
090 &V-CONSTRUCT-1331|set_up|take_shape obj=&INVESTIGATION
150 &V-CONSTRUCT-1331|set_up|take_shape obj=fence pp:on=border
150 &V-CONSTRUCT-1331|set_up|take_shape obj=paramilitary
144 &V-CONSTRUCT-1331|set_up|take_shape obj=human_shield
030 &V-CONSTRUCT-1331|set_up|take_shape obj=committee
0311 &V-CONSTRUCT-1331|set_up|take_shape obj=free_trade
032 &V-CONSTRUCT-1331|set_up|take_shape obj=contacts
050 &V-CONSTRUCT-1331|set_up|take_shape obj=alliance
050 &V-CONSTRUCT-1331|set_up|take_shape obj=alliance
073 &V-CONSTRUCT-1331|set_up|take_shape obj=shelters
073 &V-CONSTRUCT-1331|set_up|take_shape obj=shelters
090 &V-CONSTRUCT-1331|set_up|take_shape obj=tribunal
090 &V-CONSTRUCT-1331|set_up|take_shape obj=tribunal
1043 &V-CONSTRUCT-1331|set_up|take_shape obj=movement
154 &V-CONSTRUCT-1331|set_up|take_shape obj=forces prt=up
110 &V-CONSTRUCT-1331|set_up|take_shape obj=uproar pp:in reverse
036 &V-CONSTRUCT-1331|set_up|take_shape obj=meeting
070 &V-CONSTRUCT-1331|set_up|take_shape obj=funding
150 &V-CONSTRUCT-1331|set_up|take_shape obj=barrier
154 &V-CONSTRUCT-1331|set_up|take_shape subj=troop prt=up
160 &V-CONSTRUCT-1331|set_up|take_shape obj=barrier
070 &V-CONSTRUCT-1331|set_up|take_shape obj=funds
154 &V-CONSTRUCT-1331|set_up|take_shape subj=troop
050 &V-CONSTRUCT-1331|set_up|take_shape obj=ties
050 &V-CONSTRUCT-1331|set_up|take_shape obj=ties
060 &V-CONSTRUCT-1331|set_up|take_shape obj=ties
070 &V-CONSTRUCT-1331|set_up|take_shape obj=fund
150 &V-CONSTRUCT-1331|set_up|take_shape obj=base

############ CONTINUE (line 1395) ############
&V-CONTINUE-1395 advance continue further persevere persist proceed progress
--- go_forward
--- advance
--- continue
--- further
--- persevere
--- persist
--- proceed
--- progress
190 &V-CONTINUE-1395|go_forward obj=&MILITARY_operation
154 &V-CONTINUE-1395|go_forward obj=&MILITARY_buildup
190 &V-CONTINUE-1395|go_forward obj=&MILITARY_action
1232 &V-CONTINUE-1395|go_forward obj=refusal pp:to=recognize
1246 &V-CONTINUE-1395|go_forward obj=operation pp:against
190 &V-CONTINUE-1395|go_forward subj=&MILITARY
045 &V-CONTINUE-1395|go_forward obj=&MEDIATION
190 &V-CONTINUE-1395|go_forward obj=bombardment
170 &V-CONTINUE-1395|go_forward obj=crackdown
190 &V-CONTINUE-1395|go_forward obj=offensive
120 &V-CONTINUE-1395|go_forward subj=standoff pair=120
145 &V-CONTINUE-1395|go_forward obj=uprising
046 &V-CONTINUE-1395|go_forward obj=talking
163 &V-CONTINUE-1395|go_forward obj=embargo
190 &V-CONTINUE-1395|go_forward obj=attacks
190 &V-CONTINUE-1395|go_forward obj=hitting
060 &V-CONTINUE-1395|go_forward obj=effort
070 &V-CONTINUE-1395|go_forward obj=supply
190 &V-CONTINUE-1395|go_forward obj=across
190 &V-CONTINUE-1395|go_forward obj=attack
190 &V-CONTINUE-1395|go_forward obj=attack
046 &V-CONTINUE-1395|go_forward obj=talks pair=046
046 &V-CONTINUE-1395|go_forward obj=talks pair=046
1246 &V-CONTINUE-1395|go_forward obj=siege
020 &V-CONTINUE-1395|go_forward obj=plan
190 &V-CONTINUE-1395|go_forward obj=into

############ CRASH (line 1434) ############
&V-CRASH-1434 collision crash slam slam wreck
--- collision
--- crash
--- slam
--- slam
--- wreck
194 &V-CRASH-1434 subj=&WEAPON
195 &V-CRASH-1434 obj=&WEAPON
--- &V-CRASH-1434 subj=&AIRCRAFT
111 &V-CRASH-1434 obj=&CRIME
111 &V-CRASH-1434 pp:as=unacceptable
111 &V-CRASH-1434 pp:as=provocative
111 &V-CRASH-1434 obj=condemnation
111 &V-CRASH-1434 obj=appointment
--- &V-CRASH-1434 subj=&CAR
111 &V-CRASH-1434 obj=incursion
111 &V-CRASH-1434 obj=sentence
111 &V-CRASH-1434 obj=policies
--- &V-CRASH-1434 pp:into=sea
1054 &V-CRASH-1434 obj=boycott
111 &V-CRASH-1434 obj=strikes
1712 &V-CRASH-1434 obj=mission
193 &V-CRASH-1434 obj=grenade
--- &V-CRASH-1434 obj=victim
111 &V-CRASH-1434 obj=action
191 &V-CRASH-1434 obj=border
194 &V-CRASH-1434 subj=mortar
194 &V-CRASH-1434 subj=rocket
194 &V-CRASH-1434 subj=shells
194 &V-CRASH-1434 subj=shells
--- &V-CRASH-1434 subj=ship
111 &V-CRASH-1434 obj=plan
160 &V-CRASH-1434 obj=shut
111 &V-CRASH-1434 obj=for

############ CRAWL (line 1472) ############
&V-CRAWL-1472 crawl creep slide
--- crawl
--- creep
--- slide

############ CROSS (line 1480) ############
&V-CROSS-1480 cross
--- cross
0233 &V-CROSS-1480 subj=&REFUGEE pp:into
190 &V-CROSS-1480 subj=&MILITARY pp:into
191 &V-CROSS-1480 subj=restricting
074 &V-CROSS-1480 obj=border pp:into reverse
190 &V-CROSS-1480 pp:in=pursuit
--- &V-CROSS-1480 subj=railroad
192 &V-CROSS-1480 subj=force

############ DECORATE (line 1493) ############
&V-DECORATE-1493 decorate embellish
--- decorate
--- embellish

############ DEFUSE (line 1500) ############
&V-DEFUSE-1500 defuse
--- defuse
--- &V-DEFUSE-1500 obj=&WEAPON subj=police
--- &V-DEFUSE-1500 obj=&WEAPON

############ DESPATCH (line 1508) ############
&V-DESPATCH-1508 despatch dismiss dispatch export
--- bring_out
--- put_out
--- despatch
110 dismiss
--- dispatch
--- export
074 &V-DESPATCH-1508|bring_out|put_out obj=batallion pp:of=&PKO
072 &V-DESPATCH-1508|bring_out|put_out obj=&WEAPON
154 &V-DESPATCH-1508|bring_out|put_out obj=&MILITARY_personnel
061 &V-DESPATCH-1508|bring_out|put_out obj=passenger_cars pp:to target=pp:to
111 &V-DESPATCH-1508|bring_out|put_out pp:as=fabrication
010 &V-DESPATCH-1508|bring_out|put_out obj=speculation
110 &V-DESPATCH-1508|bring_out|put_out obj=appointment
120 &V-DESPATCH-1508|bring_out|put_out obj=&PROPOSAL
016 &V-DESPATCH-1508|bring_out|put_out obj=accusation
016 &V-DESPATCH-1508|bring_out|put_out obj=allegation
1213 &V-DESPATCH-1508|bring_out|put_out obj=judge_order
--- &V-DESPATCH-1508|bring_out|put_out obj=countries
016 &V-DESPATCH-1508|bring_out|put_out obj=assertion
110 &V-DESPATCH-1508|bring_out|put_out obj=governor
111 &V-DESPATCH-1508|bring_out|put_out pp:as=unfair
163 &V-DESPATCH-1508|bring_out|put_out subj=sanction
016 &V-DESPATCH-1508|bring_out|put_out obj=charges
110 &V-DESPATCH-1508|bring_out|put_out obj=protest
110 &V-DESPATCH-1508|bring_out|put_out obj=message
016 &V-DESPATCH-1508|bring_out|put_out obj=report
016 &V-DESPATCH-1508|bring_out|put_out obj=claim
081 &V-DESPATCH-1508|bring_out|put_out obj=case
061 &V-DESPATCH-1508|bring_out|put_out pp:to

############ DETER (line 1542) ############
&V-DETER-1542 deter deterring divert
--- deter
--- deterring
--- divert
--- &V-DETER-1542 obj=attacks

############ DEVELOP (line 1551) ############
&V-DEVELOP-1551 bloom blossom burgeon cultivate develop flourish foster grow proliferate swell thrive
--- bloom
--- blossom
--- burgeon
--- cultivate
--- develop
--- flourish
--- foster
--- grow
--- proliferate
--- swell
--- thrive
050 &V-DEVELOP-1551 obj=friendly_relations
012 &V-DEVELOP-1551 subj=crisis

############ DISCOVER (line 1569) ############
&V-DISCOVER-1569 detect discover find locate uncover
--- detect
--- discover
--- find
--- locate
--- uncover
128 &V-DISCOVER-1569 pp:in=&CRIME pp:of=sanction
080 &V-DISCOVER-1569 obj=no_&EVIDENCE
090 &V-DISCOVER-1569 obj=&EVIDENCE
110 &V-DISCOVER-1569 pp:in=breach pp:of=law
030 &V-DISCOVER-1569 obj=&SOLUTION
012 &V-DISCOVER-1569 obj=resentful
080 &V-DISCOVER-1569 obj=innocent
173 &V-DISCOVER-1569 obj=guilty
090 &V-DISCOVER-1569 obj=plot
190 &V-DISCOVER-1569 obj=dead

############ DISPEL (line 1589) ############
&V-DISPEL-1589 dismiss dispel dispelling
--- dismiss
--- dispel
--- dispelling

############ DISTANCE (line 1597) ############
&V-DISTANCE-1597 distance outpace outstrip transcend
--- distance
--- outpace
--- outstrip
--- transcend
120 &V-DISTANCE-1597 pp:from=&PROPOSAL
016 &V-DISTANCE-1597 pp:from=remarks
120 &V-DISTANCE-1597 pp:from=blame
110 &V-DISTANCE-1597 pp:from

############ DOCK (line 1610) ############
&V-DOCK-1610 dock
--- dock
042 &V-DOCK-1610  pair=043

############ DRAFT (line 1617) ############
&V-DRAFT-1617 adumbrate delineate draft draw draw illustrate outline sketch
--- adumbrate
--- delineate
--- draft
--- draw
--- draw
--- illustrate
010 outline
--- sketch
037 &V-DRAFT-1617 pp:at=&TOWN pp:of=&DISPUTE
035 &V-DRAFT-1617 obj=&PROPOSAL pp:for=incursion pp:against
153 &V-DRAFT-1617 obj=police_reinforcement
014 &V-DRAFT-1617 obj=&TREATY
130 &V-DRAFT-1617 obj=letter pp:of=warning
014 &V-DRAFT-1617 obj=constitution
190 &V-DRAFT-1617 obj=ground_fire
010 &V-DRAFT-1617 obj=statement
014 &V-DRAFT-1617 obj=guideline
--- &V-DRAFT-1617 obj=picture
100 &V-DRAFT-1617 obj=mandate
014 &V-DRAFT-1617 obj=stance
153 &V-DRAFT-1617 obj=police
014 &V-DRAFT-1617 obj=bill
014 &V-DRAFT-1617 obj=plan
031 &V-DRAFT-1617 obj=bill

############ DRAG (line 1646) ############
&V-DRAG-1646 drag lug
--- drag
--- lug

############ DRIVE (line 1653) ############
&V-DRIVE-1653 drive
--- drive
0874 &V-DRIVE-1653 subj=group pp:from
201 &V-DRIVE-1653 pp:out=of

############ ELIMINATE (line 1661) ############
&V-ELIMINATE-1661 eliminate erase
--- eliminate
--- erase
081 &V-ELIMINATE-1661 obj=restriction

############ EMBRACE (line 1669) ############
&V-EMBRACE-1669 accept accommodate adopt embody embrace encompass espouse incorporate
--- accept
--- accommodate
--- adopt
--- embody
--- embrace
--- encompass
--- espouse
--- incorporate
030 &V-EMBRACE-1669 obj=&MILITARY_&TREATY
1044 &V-EMBRACE-1669 obj=declaration pp:on=sovereignty
0834 &V-EMBRACE-1669 obj=constitutional_amendment
130 &V-EMBRACE-1669 obj=aggressive_strategy
030 &V-EMBRACE-1669 obj=&TREATY
160 &V-EMBRACE-1669 obj=early_election_blow
0333 &V-EMBRACE-1669 obj=&REFUGEE
083 &V-EMBRACE-1669 obj=election_deadline
050 &V-EMBRACE-1669 obj=new_relationship
015 &V-EMBRACE-1669 obj=responsibility
038 &V-EMBRACE-1669 obj=&MEDIATION
063 &V-EMBRACE-1669 obj=jurisdiction
030 &V-EMBRACE-1669 obj=formulation
032 &V-EMBRACE-1669 obj=&PROPOSAL
036 &V-EMBRACE-1669 obj=invitation pair=036
057 &V-EMBRACE-1669 obj=&SOLUTION
050 &V-EMBRACE-1669 pp:as=partner
070 &V-EMBRACE-1669 obj=delivery
083 &V-EMBRACE-1669 obj=election
015 &V-EMBRACE-1669 obj=charges
030 &V-EMBRACE-1669 obj=request
031 &V-EMBRACE-1669 obj=request
080 &V-EMBRACE-1669 obj=refusal
030 &V-EMBRACE-1669 obj=plan
030 &V-EMBRACE-1669 obj=plan
071 &V-EMBRACE-1669 obj=loan
0834 &V-EMBRACE-1669 obj=bill
--- &V-EMBRACE-1669 obj=law

############ EMERGE (line 1710) ############
&V-EMERGE-1710 dawn emerge
--- dawn
--- emerge
045 &V-EMERGE-1710 pp:as=&NEGOTIATOR
040 &V-EMERGE-1710 pp:from=meeting pair=040

############ EMPTY (line 1719) ############
&V-EMPTY-1719 deplete drain empty exhaust
--- deplete
--- drain
--- empty
--- exhaust

############ ENDURE (line 1728) ############
&V-ENDURE-1728 endure remain survive
--- endure
--- remain
--- survive
1243 &V-ENDURE-1728 obj=in_&DETENTION reverse
150 &V-ENDURE-1728 subj=&MILITARY
124 &V-ENDURE-1728 pp:to=peace prt=apart
012 &V-ENDURE-1728 obj=pessimistic pair=012
013 &V-ENDURE-1728 obj=optimistic
050 &V-ENDURE-1728 obj=strong subj=ties pair=050
120 &V-ENDURE-1728 obj=deadlocked
012 &V-ENDURE-1728 obj=concerned
012 &V-ENDURE-1728 obj=sceptical
013 &V-ENDURE-1728 obj=convinced
051 &V-ENDURE-1728 obj=committed
110 &V-ENDURE-1728 obj=skeptical
127 &V-ENDURE-1728 obj=isolated
170 &V-ENDURE-1728 obj=confined reverse
030 &V-ENDURE-1728 obj=neutral
110 &V-ENDURE-1728 obj=opposed
120 &V-ENDURE-1728 obj=defiant
011 &V-ENDURE-1728 obj=silent
110 &V-ENDURE-1728 pp:at=odds pair=110
050 &V-ENDURE-1728 obj=close

############ ENJOY (line 1756) ############
&V-ENJOY-1756 adore enjoy love relish
--- adore
--- enjoy
--- love
--- relish
030 &V-ENJOY-1756 obj=cultural_ties pair=030
050 &V-ENJOY-1756 obj=support reverse

############ ENTER (line 1767) ############
&V-ENTER-1767 enter
--- enter
192 &V-ENTER-1767 obj=headquarters subj=&MILITARY
192 &V-ENTER-1767 obj=&TOWN subj=&MILITARY
192 &V-ENTER-1767 obj=&TOWN subj=&MILITARY
192 &V-ENTER-1767 subj=&MILITARY pp:by=force
057 &V-ENTER-1767 obj=&TREATY pair=057
128 &V-ENTER-1767 obj=demilitarized_zone
036 &V-ENTER-1767 obj=&NEGOTIATION
046 &V-ENTER-1767 obj=talks pair=046
192 &V-ENTER-1767 subj=tanks

############ ERUPT (line 1782) ############
&V-ERUPT-1782 erupt
--- erupt
194 &V-ERUPT-1782 subj=&WEAPON
190 &V-ERUPT-1782 subj=&FIGHT pair=190
180 &V-ERUPT-1782 subj=violence
193 &V-ERUPT-1782 subj=gunfire
110 &V-ERUPT-1782 subj=enmity pair=110
140 &V-ERUPT-1782 subj=revolt

############ EVACUATE (line 1794) ############
&V-EVACUATE-1794 abandon abscond defect desert escape evacuate flee forsake
--- take_flight
--- abandon
--- abscond
120 defect
--- desert
--- escape
070 evacuate
--- flee
--- forsake
074 &V-EVACUATE-1794|take_flight pp:for=medical_treatment
160 &V-EVACUATE-1794|take_flight obj=foreign_&PEOPLE
073 &V-EVACUATE-1794|take_flight obj=&REFUGEE
075 &V-EVACUATE-1794|take_flight subj=&REFUGEE
0874 &V-EVACUATE-1794|take_flight obj=headquarters
0874 &V-EVACUATE-1794|take_flight obj=&STRONGHOLD
196 &V-EVACUATE-1794|take_flight obj=&CEASEFIRE
0874 &V-EVACUATE-1794|take_flight obj=positions
073 &V-EVACUATE-1794|take_flight obj=families
--- &V-EVACUATE-1794|take_flight obj=re-trial
080 &V-EVACUATE-1794|take_flight obj=attempt
0874 &V-EVACUATE-1794|take_flight obj=outpost
161 &V-EVACUATE-1794|take_flight obj=embassy
160 &V-EVACUATE-1794|take_flight obj=party
160 &V-EVACUATE-1794|take_flight obj=staff
--- &V-EVACUATE-1794|take_flight obj=plan
--- &V-EVACUATE-1794|take_flight obj=ship
160 &V-EVACUATE-1794|take_flight obj=camp
160 &V-EVACUATE-1794|take_flight obj=role

############ EVADE (line 1827) ############
&V-EVADE-1827 bypass circumvent dodge duck evade hedge sidestep skirt
--- bypass
--- circumvent
--- dodge
--- duck
--- evade
--- hedge
--- sidestep
--- skirt
011 &V-EVADE-1827 obj=question

############ EXHIBIT (line 1841) ############
&V-EXHIBIT-1841 brandish display exhibit flaunt present show
--- brandish
--- display
--- exhibit
--- flaunt
--- present
--- show
050 &V-EXHIBIT-1841 obj=credentials pp:as=ambassador
141 &V-EXHIBIT-1841 obj=&OPPOSITION subj=protesters
012 &V-EXHIBIT-1841 obj=little_sign pp:of=fading
013 &V-EXHIBIT-1841 obj=optimistic_picture
110 &V-EXHIBIT-1841 obj=confidence pp:against
051 &V-EXHIBIT-1841 obj=letter pp:of=credence
017 &V-EXHIBIT-1841 pp:with=signatures
051 &V-EXHIBIT-1841 obj=show pp:of=support
173 &V-EXHIBIT-1841 obj=arrest_warrant
012 &V-EXHIBIT-1841 obj=little_fading
020 &V-EXHIBIT-1841 obj=&PROPOSAL
050 &V-EXHIBIT-1841 obj=united_front pair=050
100 &V-EXHIBIT-1841 pp:with=demands
012 &V-EXHIBIT-1841 obj=scepticism
110 &V-EXHIBIT-1841 obj=irritation
060 &V-EXHIBIT-1841 obj=&PROGRAM
013 &V-EXHIBIT-1841 obj=progress
1124 &V-EXHIBIT-1841 obj=evidence
020 &V-EXHIBIT-1841 obj=project
050 &V-EXHIBIT-1841 obj=cabinet
012 &V-EXHIBIT-1841 obj=no_pity
040 &V-EXHIBIT-1841 obj=letter
051 &V-EXHIBIT-1841 obj=prize
020 &V-EXHIBIT-1841 obj=plan
027 &V-EXHIBIT-1841 obj=plan

############ EXPERIENCE (line 1877) ############
&V-EXPERIENCE-1877 experience live undergo
--- experience
--- live
--- undergo

############ EXTEND (line 1885) ############
&V-EXTEND-1885 broaden extend lengthen prolong
--- drag_out
--- draw_out
--- broaden
--- extend
--- lengthen
--- prolong
072 &V-EXTEND-1885|drag_out|draw_out obj=&MILITARY_assistance
072 &V-EXTEND-1885|drag_out|draw_out obj=&MILITARY_presence
072 &V-EXTEND-1885|drag_out|draw_out obj=&MILITARY_aid
173 &V-EXTEND-1885|drag_out|draw_out obj=&DETENTION
1724 &V-EXTEND-1885|drag_out|draw_out obj=state pp:of=emergency
051 &V-EXTEND-1885|drag_out|draw_out obj=congratulations
073 &V-EXTEND-1885|drag_out|draw_out obj=humanitarian_aid
074 &V-EXTEND-1885|drag_out|draw_out obj=peacekeeping
018 &V-EXTEND-1885|drag_out|draw_out obj=condolences
050 &V-EXTEND-1885|drag_out|draw_out obj=olive_branch
071 &V-EXTEND-1885|drag_out|draw_out obj=economic_aid
163 &V-EXTEND-1885|drag_out|draw_out obj=ban pp:on=import
028 &V-EXTEND-1885|drag_out|draw_out obj=invitation
071 &V-EXTEND-1885|drag_out|draw_out obj=&CURRENCY
081 &V-EXTEND-1885|drag_out|draw_out obj=&CEASEFIRE
160 &V-EXTEND-1885|drag_out|draw_out obj=&SOLUTION
163 &V-EXTEND-1885|drag_out|draw_out obj=sanctions
030 &V-EXTEND-1885|drag_out|draw_out obj=contract
051 &V-EXTEND-1885|drag_out|draw_out obj=support
056 &V-EXTEND-1885|drag_out|draw_out obj=amnesty
100 &V-EXTEND-1885|drag_out|draw_out obj=mandate
192 &V-EXTEND-1885|drag_out|draw_out obj=control
050 &V-EXTEND-1885|drag_out|draw_out obj=thanks
070 &V-EXTEND-1885|drag_out|draw_out obj=hand
071 &V-EXTEND-1885|drag_out|draw_out obj=loan
172 &V-EXTEND-1885|drag_out|draw_out obj=ban

############ FAIL (line 1922) ############
&V-FAIL-1922 fail falter
--- break_down
120 fail
--- falter
160 &V-FAIL-1922|break_down subj=exchange
121 &V-FAIL-1922|break_down obj=attempt
164 &V-FAIL-1922|break_down obj=meeting
164 &V-FAIL-1922|break_down subj=talks

############ FELL (line 1934) ############
&V-FELL-1934 fall topple
--- bring_down
--- strike_down
--- fall
--- topple
190 &V-FELL-1934|bring_down|strike_down subj=&WEAPON
--- &V-FELL-1934|bring_down|strike_down subj=equities

############ FILE (line 1945) ############
&V-FILE-1945 file
--- file
1722 &V-FILE-1945 subj=prosecutor pp:against=party
173 &V-FILE-1945 obj=charge pp:against
115 &V-FILE-1945 obj=claim pp:against target=obj
115 &V-FILE-1945 obj=case pp:against
115 &V-FILE-1945 obj=case pp:against
114 &V-FILE-1945 obj=complaint
115 &V-FILE-1945 obj=lawsuit
020 &V-FILE-1945 obj=appeal
1043 &V-FILE-1945 obj=appeal
115 &V-FILE-1945 obj=suit

############ FINISH (line 1961) ############
&V-FINISH-1961 complete conclude finalize finish
--- wind_down
--- wrap_up
--- complete
--- conclude
--- finalize
--- finish
073 &V-FINISH-1961|wind_down|wrap_up obj=transfer pp:of=&REFUGEE
0842 &V-FINISH-1961|wind_down|wrap_up obj=handover pp:of=document
057 &V-FINISH-1961|wind_down|wrap_up obj=&TREATY pair=057
080 &V-FINISH-1961|wind_down|wrap_up obj=operation pp:against
160 &V-FINISH-1961|wind_down|wrap_up obj=survey pp:of=border
036 &V-FINISH-1961|wind_down|wrap_up obj=coordination
046 &V-FINISH-1961|wind_down|wrap_up obj=trade_talks pair=046
080 &V-FINISH-1961|wind_down|wrap_up obj=evacuation
0874 &V-FINISH-1961|wind_down|wrap_up obj=withdrawal
0874 &V-FINISH-1961|wind_down|wrap_up obj=pullout
042 &V-FINISH-1961|wind_down|wrap_up obj=visit pair=043
042 &V-FINISH-1961|wind_down|wrap_up obj=talks pair=043
030 &V-FINISH-1961|wind_down|wrap_up obj=deal pair=030

############ FLY (line 1985) ############
&V-FLY-1985 airlift fly pilot
073 airlift
--- fly
--- pilot
072 &V-FLY-1985 obj=&WEAPON
073 &V-FLY-1985 obj=relief_supplies
070 &V-FLY-1985 obj=metric_tonnes
071 &V-FLY-1985 pp:in=&CURRENCY
073 &V-FLY-1985 pp:for=treatment
073 &V-FLY-1985 obj=&FOOD
130 &V-FLY-1985 obj=spy_missions
--- &V-FLY-1985 obj=flag
154 &V-FLY-1985 pp:into
036 &V-FLY-1985 pp:to
073 &V-FLY-1985 pp:by

############ FOIL (line 2004) ############
&V-FOIL-2004 foil thwart
--- foil
--- thwart
185 &V-FOIL-2004 obj=assassination_attempt
193 &V-FOIL-2004 obj=rocket_attack
--- &V-FOIL-2004 obj=plot
1246 &V-FOIL-2004 obj=bid

############ FOLLOW (line 2016) ############
&V-FOLLOW-2016 follow
--- follow
012 &V-FOLLOW-2016 obj=events pp:with=concern

############ FREEZE (line 2023) ############
&V-FREEZE-2023 freeze
--- freeze
160 &V-FREEZE-2023 obj=participation
163 &V-FREEZE-2023 obj=bank_account
160 &V-FREEZE-2023 obj=relations pair=160
163 &V-FREEZE-2023 obj=asset
162 &V-FREEZE-2023 obj=aid

############ FUEL (line 2034) ############
&V-FUEL-2034 feed fuel refuel stimulate
--- stir_up
--- feed
--- fuel
--- refuel
--- stimulate
138 &V-FUEL-2034|stir_up obj=speculation
012 &V-FUEL-2034|stir_up obj=concern

############ FULFILL (line 2046) ############
&V-FULFILL-2046 accomplish achieve fulfill
--- accomplish
--- achieve
--- fulfill
060 &V-FULFILL-2046 obj=recommendations
030 &V-FULFILL-2046 obj=criteria
080 &V-FULFILL-2046 obj=request

############ HACK (line 2057) ############
&V-HACK-2057 hack
--- hack
176 &V-HACK-2057 pp:into=computer
176 &V-HACK-2057 pp:into=network
176 &V-HACK-2057 obj=computer
182 &V-HACK-2057 pp:off=hands
176 &V-HACK-2057 obj=network
176 &V-HACK-2057 obj=website
1823 &V-HACK-2057 pp:to=death
1823 &V-HACK-2057 pp:to=death
1823 &V-HACK-2057 pp:off=head

############ HIDE (line 2072) ############
&V-HIDE-2072 bury conceal harbor harbour hide
--- bury
--- conceal
--- harbor
--- harbour
--- hide
012 &V-HIDE-2072 obj=few_illusions

############ HURL (line 2083) ############
&V-HURL-2083 cast hurl throw
--- cast
--- hurl
--- throw
183 &V-HURL-2083 obj=&WEAPON
183 &V-HURL-2083 obj=&WEAPON
110 &V-HURL-2083 obj=doubt pp:over=claim
051 &V-HURL-2083 obj=support pp:behind
161 &V-HURL-2083 obj=meeting_of prt=over target=obj
051 &V-HURL-2083 obj=weight pp:behind
180 &V-HURL-2083 obj=firecrackers
081 &V-HURL-2083 obj=charges prt=out
111 &V-HURL-2083 obj=accusation
121 &V-HURL-2083 obj=appeal prt=out
183 &V-HURL-2083 obj=firebombs
070 &V-HURL-2083 obj=lifeline
128 &V-HURL-2083 obj=defiance
183 &V-HURL-2083 obj=firebomb
120 &V-HURL-2083 obj=deal prt=off
193 &V-HURL-2083 obj=grenade
014 &V-HURL-2083 obj=ballot
111 &V-HURL-2083 obj=insult
182 &V-HURL-2083 obj=stones
012 &V-HURL-2083 obj=doubt
014 &V-HURL-2083 obj=votes
110 &V-HURL-2083 obj=doubt
180 &V-HURL-2083 obj=rocks
180 &V-HURL-2083 obj=acid
160 &V-HURL-2083 prt=out

############ IDENTIFY (line 2116) ############
&V-IDENTIFY-2116 identify
--- identify
181 &V-IDENTIFY-2116 pp:behind=kidnapping
181 &V-IDENTIFY-2116 obj=&HOSTAGE

############ IGNORE (line 2124) ############
&V-IGNORE-2124 defy discount disregard flout ignore
120 defy
--- discount
--- disregard
--- flout
--- ignore
--- scoff_at
--- &V-IGNORE-2124|scoff_at obj=political_truism
010 &V-IGNORE-2124|scoff_at obj=allegation
016 &V-IGNORE-2124|scoff_at obj=criticism
128 &V-IGNORE-2124|scoff_at obj=sanction
160 &V-IGNORE-2124|scoff_at obj=decision
122 &V-IGNORE-2124|scoff_at obj=appeal
124 &V-IGNORE-2124|scoff_at obj=order
128 &V-IGNORE-2124|scoff_at obj=order
128 &V-IGNORE-2124|scoff_at obj=rule
128 &V-IGNORE-2124|scoff_at obj=ban
128 &V-IGNORE-2124|scoff_at obj=law

############ IMMIGRATE (line 2146) ############
&V-IMMIGRATE-2146 immigrate migrate
--- immigrate
--- migrate
075 &V-IMMIGRATE-2146 pp:to reverse

############ IMMOLATE (line 2154) ############
&V-IMMOLATE-2154 immolate
--- immolate
140 &V-IMMOLATE-2154 obj=themselves

############ IMPLANT (line 2161) ############
&V-IMPLANT-2161 embed engraft imbed implant plant
--- embed
--- engraft
--- imbed
--- implant
--- plant
183 &V-IMPLANT-2161 obj=&WEAPON

############ INDICATE (line 2172) ############
&V-INDICATE-2172 indicate point signal
--- indicate
--- point
--- signal
036 &V-INDICATE-2172 obj=willingness pp:for=talks
036 &V-INDICATE-2172 obj=time pp:for=&NEGOTIATION
030 &V-INDICATE-2172 obj=ready

############ INSTRUCT (line 2183) ############
&V-INSTRUCT-2183 brief instruct teach
--- brief
--- instruct
--- teach
064 &V-INSTRUCT-2183 pp:on=operation

############ INTERCEPT (line 2192) ############
&V-INTERCEPT-2192 eavesdrop intercept tap
--- listen_in
--- wire_tap
--- eavesdrop
--- intercept
--- tap
1711 &V-INTERCEPT-2192|listen_in|wire_tap obj=&WEAPON
170 &V-INTERCEPT-2192|listen_in|wire_tap obj=&REFUGEE
091 &V-INTERCEPT-2192|listen_in|wire_tap obj=secret_project
170 &V-INTERCEPT-2192|listen_in|wire_tap obj=immigrant
1711 &V-INTERCEPT-2192|listen_in|wire_tap obj=vessel

############ INVOKE (line 2207) ############
&V-INVOKE-2207 evoke invoke
--- evoke
--- invoke
062 &V-INVOKE-2207 obj=joint_&DEFENSE_&TREATY
106 &V-INVOKE-2207 obj=special_clause

############ IRON-OUT (line 2216) ############
--- iron_out
--- straighten_out
030 iron_out|straighten_out obj=&DISPUTE pair=030

############ JUMP (line 2224) ############
&V-JUMP-2224 bound hop jump leap skip spring
--- bound
--- hop
--- jump
--- leap
--- skip
--- spring
018 &V-JUMP-2224 obj=to_&DEFENSE

############ KNOCK (line 2236) ############
&V-KNOCK-2236 knock
--- knock
195 &V-KNOCK-2236 subj=air_strike prt=out

############ KNOW (line 2243) ############
&V-KNOW-2243 know understand understood
--- know
--- understand
--- understood
018 &V-KNOW-2243 obj=each_other pair=018

############ LAY (line 2252) ############
&V-LAY-2252 lay
--- put_down
--- lay
0871 &V-LAY-2252|put_down obj=&WEAPON prt=down
154 &V-LAY-2252|put_down obj=groundwork pp:for=assault

############ LIFT (line 2261) ############
&V-LIFT-2261 arise elevate hoist lift rise surface
--- come_up
--- move_up
--- arise
--- elevate
--- hoist
--- lift
--- rise
--- surface
0814 &V-LIFT-2261|come_up|move_up obj=state pp:of=emergency
0872 &V-LIFT-2261|come_up|move_up obj=water_blockade
0872 &V-LIFT-2261|come_up|move_up obj=state pp:of=siege
081 &V-LIFT-2261|come_up|move_up obj=restriction
085 &V-LIFT-2261|come_up|move_up obj=ban pp:on=trade
0872 &V-LIFT-2261|come_up|move_up obj=&SOLUTION
0872 &V-LIFT-2261|come_up|move_up obj=&SOLUTION
035 &V-LIFT-2261|come_up|move_up obj=objection
085 &V-LIFT-2261|come_up|move_up obj=sanctions
0351 &V-LIFT-2261|come_up|move_up obj=sanction
085 &V-LIFT-2261|come_up|move_up obj=sanction
0872 &V-LIFT-2261|come_up|move_up obj=blockade
112 &V-LIFT-2261|come_up|move_up subj=tensions
085 &V-LIFT-2261|come_up|move_up obj=boycott
0813 &V-LIFT-2261|come_up|move_up obj=curfew
0813 &V-LIFT-2261|come_up|move_up obj=curfew
0871 &V-LIFT-2261|come_up|move_up obj=threat
081 &V-LIFT-2261|come_up|move_up obj=ban

############ LOBBY (line 2292) ############
&V-LOBBY-2292 lobby
--- lobby
113 &V-LOBBY-2292 pp:against
020 &V-LOBBY-2292 pp:for

############ LOCK (line 2300) ############
&V-LOCK-2300 anchor fasten interlock
--- lock_in
--- lock_up
--- anchor
--- fasten
--- interlock

############ LODGE (line 2310) ############
&V-LODGE-2310 deposit lodge stick wedge
--- deposit
--- lodge
--- stick
--- wedge
124 &V-LODGE-2310 obj=appeal pp:against=sentence
115 &V-LODGE-2310 obj=complaint pp:with=court
114 &V-LODGE-2310 obj=complaint
140 &V-LODGE-2310 obj=protest pp:of
110 &V-LODGE-2310 obj=protest
020 &V-LODGE-2310 obj=appeal

############ LOSE (line 2325) ############
&V-LOSE-2325 lose losing lost mislay misplace
--- drop_off
--- lose
--- losing
--- lost
--- mislay
--- misplace

############ MAINTAIN (line 2336) ############
&V-MAINTAIN-2336 conserve keep maintain preserve reserve save spare sustain uphold
--- conserve
--- keep
--- maintain
--- preserve
--- reserve
--- save
--- spare
--- sustain
--- uphold
173 &V-MAINTAIN-2336 pp:in=&DETENTION
110 &V-MAINTAIN-2336 obj=wary_eye pp:on=neighbour
024 &V-MAINTAIN-2336 obj=reform_drive prt=up
050 &V-MAINTAIN-2336 obj=&INVESTIGATION
154 &V-MAINTAIN-2336 obj=overflight prt=up
124 &V-MAINTAIN-2336 obj=restriction
190 &V-MAINTAIN-2336 obj=offensive prt=up
110 &V-MAINTAIN-2336 obj=objection
1244 &V-MAINTAIN-2336 obj=sanctions
1244 &V-MAINTAIN-2336 obj=sanctions
124 &V-MAINTAIN-2336 obj=hardline
124 &V-MAINTAIN-2336 obj=position
160 &V-MAINTAIN-2336 subj=distrust pair=160
173 &V-MAINTAIN-2336 obj=sentence
011 &V-MAINTAIN-2336 obj=silence
1723 &V-MAINTAIN-2336 obj=curfew
192 &V-MAINTAIN-2336 obj=forces
130 &V-MAINTAIN-2336 obj=right
050 &V-MAINTAIN-2336 obj=ties
1241 &V-MAINTAIN-2336 obj=ban

############ MAKE (line 2370) ############
&V-MAKE-2370 cause induce make
--- cause
--- induce
--- make
154 &V-MAKE-2370 obj=preparation pp:for=invasion
014 &V-MAKE-2370 obj=progress pp:on=&CEASEFIRE
0334 &V-MAKE-2370 obj=contribution pp:to=force
195 &V-MAKE-2370 obj=casualties subj=bombers
111 &V-MAKE-2370 obj=massive_losses
041 &V-MAKE-2370 obj=courtesy_call pair=041
124 &V-MAKE-2370 obj=no_concession
042 &V-MAKE-2370 obj=brief_stop pair=043
100 &V-MAKE-2370 obj=first_move
036 &V-MAKE-2370 obj=stop pp:in pair=036
036 &V-MAKE-2370 obj=visit
050 &V-MAKE-2370 obj=peace
036 &V-MAKE-2370 obj=trip

############ MARK (line 2392) ############
&V-MARK-2392 brand differentiate distinguish label mark scar tag
111 brand
--- differentiate
--- distinguish
--- label
--- mark
--- scar
--- tag
141 &V-MARK-2392 obj=anniversary pp:by=protest
035 &V-MARK-2392 obj=begining pp:of=democracy
1124 &V-MARK-2392 obj=&FIGHT_crim
017 &V-MARK-2392 obj=anniversary
111 &V-MARK-2392 obj=kidnapping
1123 &V-MARK-2392 obj=terrorist
016 &V-MARK-2392 subj=critics
030 &V-MARK-2392 obj=step

############ MOUNT (line 2412) ############
&V-MOUNT-2412 bestride climb mount ride
--- get_on
--- put_up
--- bestride
--- climb
--- mount
--- ride
190 &V-MOUNT-2412|get_on|put_up obj=attack

############ MOVE (line 2424) ############
&V-MOVE-2424 act budge displace move propel shift
--- act
--- budge
--- displace
--- move
--- propel
--- shift
154 &V-MOVE-2424 obj=&WEAPON
061 &V-MOVE-2424 obj=requirement_econ pp:toward=meeting target=obj
073 &V-MOVE-2424 obj=&REFUGEE pp:to=safety
154 &V-MOVE-2424 subj=&MILITARY_on_the
0873 &V-MOVE-2424 pp:toward=demobilisation
0873 &V-MOVE-2424 pp:toward=demobilization
050 &V-MOVE-2424 obj=assert_close_relation
192 &V-MOVE-2424 obj=&MILITARY pp:into target=pp:into
154 &V-MOVE-2424 subj=forces pp:to=border pp:with target=pp:with
154 &V-MOVE-2424 obj=close subj=unit pp:to=border target=pp:to
154 &V-MOVE-2424 obj=to subj=&MILITARY
045 &V-MOVE-2424 pp:as=&NEGOTIATOR target=obj
050 &V-MOVE-2424 obj=bolster_ties pp:with target=pp:with
030 &V-MOVE-2424 subj=will_not pp:towards target=pp:towards
154 &V-MOVE-2424 obj=tanks_and_into
013 &V-MOVE-2424 pp:toward=talks
154 &V-MOVE-2424 obj=troop_toward target=obj
192 &V-MOVE-2424 pp:into=posit target=pp:into
192 &V-MOVE-2424 obj=troop pp:into target=pp:into
073 &V-MOVE-2424 obj=injured
080 &V-MOVE-2424 obj=block
192 &V-MOVE-2424 obj=into

############ NAME (line 2463) ############
&V-NAME-2463 appoint designate elect name nominate slate
--- put_forward
--- appoint
--- designate
--- elect
--- name
--- nominate
--- slate
039 &V-NAME-2463|put_forward obj=&NEGOTIATOR
050 &V-NAME-2463|put_forward obj=ambassador
060 &V-NAME-2463|put_forward pp:as=minister
090 &V-NAME-2463|put_forward obj=committee
1124 &V-NAME-2463|put_forward obj=&SUSPECT
060 &V-NAME-2463|put_forward obj=minister
051 &V-NAME-2463|put_forward pp:to=head
060 &V-NAME-2463|put_forward obj=to_head target=obj
050 &V-NAME-2463|put_forward obj=envoy
--- &V-NAME-2463|put_forward obj=laws

############ OBTAIN (line 2485) ############
&V-OBTAIN-2485 acquire attain earn gain get obtain procure receive win
--- get_hold_of
--- acquire
--- attain
--- earn
--- gain
--- get
--- obtain
--- procure
--- receive
--- win
183 &V-OBTAIN-2485|get_hold_of obj=letter_&WEAPON reverse
072 &V-OBTAIN-2485|get_hold_of obj=&WEAPON
173 &V-OBTAIN-2485|get_hold_of obj=&DETENTION_sentences reverse
072 &V-OBTAIN-2485|get_hold_of obj=&AIRCRAFT reverse
072 &V-OBTAIN-2485|get_hold_of obj=&MILITARY_equipment reverse
072 &V-OBTAIN-2485|get_hold_of obj=&MILITARY_training reverse
073 &V-OBTAIN-2485|get_hold_of obj=shipment pp:of=&FOOD
0234 &V-OBTAIN-2485|get_hold_of obj=request pp:for=observers reverse
072 &V-OBTAIN-2485|get_hold_of obj=&MILITARY_aid
173 &V-OBTAIN-2485|get_hold_of obj=&DETENTION reverse
020 &V-OBTAIN-2485|get_hold_of obj=permission pp:to=leave
051 &V-OBTAIN-2485|get_hold_of obj=success pp:in=election reverse
051 &V-OBTAIN-2485|get_hold_of obj=positive_response reverse
071 &V-OBTAIN-2485|get_hold_of obj=financial_support reverse
051 &V-OBTAIN-2485|get_hold_of obj=support pp:at=summit reverse
054 &V-OBTAIN-2485|get_hold_of obj=recognition pp:from target=obj reverse
073 &V-OBTAIN-2485|get_hold_of obj=&FOOD pp:to
071 &V-OBTAIN-2485|get_hold_of obj=&CURRENCY pp:from reverse
051 &V-OBTAIN-2485|get_hold_of obj=authorisation
043 &V-OBTAIN-2485|get_hold_of pp:at=residence pair=042
051 &V-OBTAIN-2485|get_hold_of obj=support pp:from reverse
043 &V-OBTAIN-2485|get_hold_of obj=ambassador pair=042
060 &V-OBTAIN-2485|get_hold_of obj=parliament
026 &V-OBTAIN-2485|get_hold_of obj=invitation reverse
030 &V-OBTAIN-2485|get_hold_of obj=commitment reverse
071 &V-OBTAIN-2485|get_hold_of obj=&CURRENCY reverse
012 &V-OBTAIN-2485|get_hold_of obj=impatient
043 &V-OBTAIN-2485|get_hold_of obj=ministers pair=042
030 &V-OBTAIN-2485|get_hold_of obj=assurance reverse
030 &V-OBTAIN-2485|get_hold_of obj=assurance reverse
060 &V-OBTAIN-2485|get_hold_of obj=treatment reverse
070 &V-OBTAIN-2485|get_hold_of obj=donations reverse
010 &V-OBTAIN-2485|get_hold_of obj=priority
041 &V-OBTAIN-2485|get_hold_of obj=call pp:from pair=041
043 &V-OBTAIN-2485|get_hold_of pp:for=talks pair=042
051 &V-OBTAIN-2485|get_hold_of obj=blessing reverse
072 &V-OBTAIN-2485|get_hold_of obj=fighters reverse
173 &V-OBTAIN-2485|get_hold_of obj=sentence reverse
043 &V-OBTAIN-2485|get_hold_of obj=welcome pair=042
043 &V-OBTAIN-2485|get_hold_of obj=welcome pair=042
051 &V-OBTAIN-2485|get_hold_of obj=backing
051 &V-OBTAIN-2485|get_hold_of obj=embrace
040 &V-OBTAIN-2485|get_hold_of obj=message reverse
051 &V-OBTAIN-2485|get_hold_of obj=backing reverse
051 &V-OBTAIN-2485|get_hold_of obj=backing reverse
051 &V-OBTAIN-2485|get_hold_of obj=support reverse
130 &V-OBTAIN-2485|get_hold_of obj=threats reverse
--- &V-OBTAIN-2485|get_hold_of obj=access
043 &V-OBTAIN-2485|get_hold_of obj=leader pair=042
040 &V-OBTAIN-2485|get_hold_of obj=letter reverse
042 &V-OBTAIN-2485|get_hold_of obj=envoy pair=043
043 &V-OBTAIN-2485|get_hold_of obj=envoy pair=042
033 &V-OBTAIN-2485|get_hold_of obj=grant reverse
051 &V-OBTAIN-2485|get_hold_of obj=prize reverse
072 &V-OBTAIN-2485|get_hold_of obj=tanks reverse
122 &V-OBTAIN-2485|get_hold_of obj=no_aid reverse
071 &V-OBTAIN-2485|get_hold_of obj=loan reverse
073 &V-OBTAIN-2485|get_hold_of obj=rice reverse

############ PATCH (line 2559) ############
&V-PATCH-2559 patch
--- patch
0356 &V-PATCH-2559 obj=&CEASEFIRE prt=together

############ PENETRATE (line 2566) ############
&V-PENETRATE-2566 imbue infiltrate penetrate permeate pervade
--- imbue
--- infiltrate
--- penetrate
--- permeate
--- pervade
192 &V-PENETRATE-2566 pp:into=territory
192 &V-PENETRATE-2566 obj=deep

############ PERFORM (line 2578) ############
&V-PERFORM-2578 perform
--- perform
151 &V-PERFORM-2578 obj=training_exercise

############ PERPETUATE (line 2585) ############
&V-PERPETUATE-2585 commit perpetuate
--- carry_out
--- commit
--- perpetuate
195 &V-PERPETUATE-2585|carry_out obj=raids subj=&AIRCRAFT
062 &V-PERPETUATE-2585|carry_out obj=joint_&MILITARY_operation
195 &V-PERPETUATE-2585|carry_out obj=raid subj=&AIRCRAFT
190 &V-PERPETUATE-2585|carry_out obj=&MILITARY_operation
182 &V-PERPETUATE-2585|carry_out obj=human_rights_abuses
180 &V-PERPETUATE-2585|carry_out obj=&CRIME
190 &V-PERPETUATE-2585|carry_out obj=operation pp:against
062 &V-PERPETUATE-2585|carry_out obj=joint_maneuvers pair=062
030 &V-PERPETUATE-2585|carry_out pp:to=cooperation
--- &V-PERPETUATE-2585|carry_out pp:to=hospital
062 &V-PERPETUATE-2585|carry_out obj=operations pair=062
190 &V-PERPETUATE-2585|carry_out obj=incursion
195 &V-PERPETUATE-2585|carry_out obj=air_strike
--- &V-PERPETUATE-2585|carry_out obj=suicide
195 &V-PERPETUATE-2585|carry_out obj=air_raid
090 &V-PERPETUATE-2585|carry_out obj=search
182 &V-PERPETUATE-2585|carry_out obj=abuses
190 &V-PERPETUATE-2585|carry_out obj=attack
190 &V-PERPETUATE-2585|carry_out obj=raid

############ PERPLEX (line 2612) ############
&V-PERPLEX-2612 bewilder complicate confound confuse muddle obscure perplex
--- bewilder
--- complicate
--- confound
--- confuse
--- muddle
--- obscure
--- perplex

############ PLUNGE (line 2624) ############
&V-PLUNGE-2624 dip dive drop immerse parachute plummet plunge
--- dip
--- dive
--- drop
--- immerse
--- parachute
--- plummet
--- plunge
150 &V-PLUNGE-2624 obj=&WEAPON pp:at=training_range
194 &V-PLUNGE-2624 obj=&WEAPON
195 &V-PLUNGE-2624 subj=&AIRCRAFT
120 &V-PLUNGE-2624 obj=call pp:for=meeting
080 &V-PLUNGE-2624 obj=arrest_warrant
080 &V-PLUNGE-2624 obj=&INVESTIGATION
024 &V-PLUNGE-2624 obj=propaganda
--- &V-PLUNGE-2624 obj=bombshell
080 &V-PLUNGE-2624 obj=objection
--- &V-PLUNGE-2624 obj=leaflets
012 &V-PLUNGE-2624 obj=support
080 &V-PLUNGE-2624 obj=warning
081 &V-PLUNGE-2624 obj=charges
130 &V-PLUNGE-2624 obj=fliers
073 &V-PLUNGE-2624 obj=food
081 &V-PLUNGE-2624 obj=case
120 &V-PLUNGE-2624 obj=plan

############ PORTRAY (line 2653) ############
&V-PORTRAY-2653 impersonate portray represent symbolize typify
--- impersonate
--- portray
--- represent
--- symbolize
--- typify

############ POUR (line 2663) ############
&V-POUR-2663 decant pour stream swarm
--- decant
--- pour
--- stream
--- swarm
154 &V-POUR-2663 subj=&MILITARY
141 &V-POUR-2663 pp:into=streets
151 &V-POUR-2663 obj=tanks

############ PROJECT (line 2675) ############
&V-PROJECT-2675 envision externalise externalize picture project visualise visualize
--- envision
--- externalise
--- externalize
--- picture
--- project
--- visualise
--- visualize
012 &V-PROJECT-2675 obj=dismal_picture

############ PROMPT (line 2688) ############
&V-PROMPT-2688 actuate cue instigate motivate prompt remind spark trigger trip
--- actuate
--- cue
--- instigate
--- motivate
--- prompt
--- remind
--- spark
--- trigger
--- trip
010 &V-PROMPT-2688 pp:about=&DISPUTE
110 &V-PROMPT-2688 obj=&DISPUTE
110 &V-PROMPT-2688 obj=political_uncertainty
012 &V-PROMPT-2688 obj=concern subj=&FIGHT
110 &V-PROMPT-2688 obj=political_crisis
175 &V-PROMPT-2688 obj=police_crackdown
036 &V-PROMPT-2688 obj=talk subj=&SOLUTION
012 &V-PROMPT-2688 obj=concern

############ PUMP (line 2711) ############
&V-PUMP-2711 pump
--- pump
071 &V-PUMP-2711 obj=&CURRENCY

############ PURSUE (line 2718) ############
&V-PURSUE-2718 pursue
--- pursue
090 &V-PURSUE-2718 obj=&INVESTIGATION
160 &V-PURSUE-2718 obj=rapprochement
142 &V-PURSUE-2718 obj=hunger_strike
1053 &V-PURSUE-2718 obj=release
1053 &V-PURSUE-2718 obj=release

############ RAISE (line 2729) ############
&V-RAISE-2729 nurture raise upraise
--- nurture
--- raise
--- upraise
035 &V-RAISE-2729 obj=possibility pp:of=compromise
036 &V-RAISE-2729 obj=possibility pp:of=peace_talks
071 &V-RAISE-2729 obj=&CURRENCY pp:under=auspices
154 &V-RAISE-2729 obj=number pp:of=&MILITARY
1312 &V-RAISE-2729 obj=possibility pp:of=sanctions
152 &V-RAISE-2729 obj=&MILITARY_alert
036 &V-RAISE-2729 obj=possiblity pp:of=summit
030 &V-RAISE-2729 obj=possibility pp:of=deal
0351 &V-RAISE-2729 obj=delay pp:of=trial
0231 &V-RAISE-2729 obj=&CURRENCY
012 &V-RAISE-2729 pp:the=stakes
040 &V-RAISE-2729 obj=concerns pair=040
012 &V-RAISE-2729 obj=doubt
080 &V-RAISE-2729 obj=alarm
110 &V-RAISE-2729 obj=issue
013 &V-RAISE-2729 obj=hope

############ RATCHET (line 2753) ############
&V-RATCHET-2753 ratchet
--- ratchet
1384 &V-RATCHET-2753 obj=threat pp:of=offensive
100 &V-RATCHET-2753 obj=pressure prt=up

############ RE-ACTIVATE (line 2761) ############
&V-RE-ACTIVATE-2761 re-activate reactivate
--- re-activate
--- reactivate

############ REACH (line 2768) ############
&V-REACH-2768 reach
--- reach
031 &V-REACH-2768 obj=&TREATY pp:with=coalition pair=031
030 &V-REACH-2768 obj=cooperation_&TREATY pair=030
0344 &V-REACH-2768 obj=&TREATY subj=government
062 &V-REACH-2768 obj=military_&TREATY pair=062
0311 &V-REACH-2768 obj=trade_&TREATY pair=0311
073 &V-REACH-2768 subj=&FOOD_convoy
032 &V-REACH-2768 obj=&TREATY
037 &V-REACH-2768 obj=&TREATY pair=037
073 &V-REACH-2768 subj=relief_supplies
164 &V-REACH-2768 obj=dead_end subj=efforts
030 &V-REACH-2768 obj=understanding pair=030
073 &V-REACH-2768 subj=&FOOD
022 &V-REACH-2768 pp:to=allies prt=out
037 &V-REACH-2768 obj=compromise pair=037
0311 &V-REACH-2768 obj=trade_deal pair=0311
037 &V-REACH-2768 obj=consensus pair=037
164 &V-REACH-2768 obj=deadlock
030 &V-REACH-2768 obj=deal
020 &V-REACH-2768 prt=out

############ REACT (line 2793) ############
&V-REACT-2793 answer react reply respond
--- answer
--- react
--- reply
--- respond
110 &V-REACT-2793 pp:with=scepticism
110 &V-REACT-2793 pp:with=disbelief
111 &V-REACT-2793 pp:with=outrage
051 &V-REACT-2793 obj=positively
110 &V-REACT-2793 pp:with=dismay
111 &V-REACT-2793 obj=critically
111 &V-REACT-2793 pp:with=anger
111 &V-REACT-2793 obj=furiously
111 &V-REACT-2793 obj=bitterly
012 &V-REACT-2793 obj=sharply
111 &V-REACT-2793 obj=angrily
110 &V-REACT-2793 obj=warily
110 &V-REACT-2793 obj=coolly
111 &V-REACT-2793 obj=alarm

############ REALLOCATE (line 2816) ############
&V-REALLOCATE-2816 reallocate
--- reallocate
071 &V-REALLOCATE-2816 obj=&CURRENCY

############ REAP (line 2823) ############
&V-REAP-2823 harvest reap
--- harvest
--- reap
050 &V-REAP-2823 obj=diplomatic_dividends

############ REAPPRAISE (line 2831) ############
&V-REAPPRAISE-2831 reappraise
--- play_down
--- reappraise
013 &V-REAPPRAISE-2831|play_down obj=concerns
124 &V-REAPPRAISE-2831|play_down obj=warning
014 &V-REAPPRAISE-2831|play_down obj=policy
124 &V-REAPPRAISE-2831|play_down obj=threat
013 &V-REAPPRAISE-2831|play_down obj=fears

############ REBURY (line 2843) ############
&V-REBURY-2843 rebury
--- rebury
017 &V-REBURY-2843 obj=troops

############ RECALL (line 2850) ############
&V-RECALL-2850 recall remember
--- recall
--- remember
161 &V-RECALL-2850 obj=ambassador
161 &V-RECALL-2850 obj=diplomat

############ RECOVER (line 2859) ############
&V-RECOVER-2859 recover recuperate regain
--- recover
--- recuperate
--- regain
1711 &V-RECOVER-2859 obj=&WEAPON
0842 &V-RECOVER-2859 obj=&AIRCRAFT
171 &V-RECOVER-2859 obj=land

############ REDUCE (line 2870) ############
&V-REDUCE-2870 reduce
--- reduce
081 &V-REDUCE-2870 obj=&DETENTION_term
081 &V-REDUCE-2870 obj=&DETENTION
161 &V-REDUCE-2870 obj=official_presence
0873 &V-REDUCE-2870 obj=number pp:of=troops
160 &V-REDUCE-2870 obj=civilian_staff
081 &V-REDUCE-2870 obj=sentences
040 &V-REDUCE-2870 obj=tension
0873 &V-REDUCE-2870 obj=troops
071 &V-REDUCE-2870 obj=debt
161 &V-REDUCE-2870 obj=ties

############ REFUSE (line 2886) ############
&V-REFUSE-2886 decline deny refuse reject resist spurn withstand
--- rule_out
120 decline
--- deny
--- refuse
--- reject
--- resist
110 spurn
--- withstand
1245 &V-REFUSE-2886|rule_out obj=intervention pp:by=&PKO
190 &V-REFUSE-2886|rule_out obj=&WEAPON_attack pair=194
1212 &V-REFUSE-2886|rule_out obj=&MILITARY_intervention
120 &V-REFUSE-2886|rule_out obj=increase pp:in=&MILITARY
143 &V-REFUSE-2886|rule_out obj=&FOOD subj=hunger-striker
016 &V-REFUSE-2886|rule_out obj=existence pp:of=militant_bases
1246 &V-REFUSE-2886|rule_out obj=possibility pp:of=&CEASEFIRE
033 &V-REFUSE-2886|rule_out obj=reduction pp:in=assisstance
125 &V-REFUSE-2886|rule_out obj=resumption pp:of=peace_talks
1246 &V-REFUSE-2886|rule_out obj=political_&SOLUTION
016 &V-REFUSE-2886|rule_out obj=obstructing_efforts
1246 &V-REFUSE-2886|rule_out obj=calls pp:for=&CEASEFIRE
120 &V-REFUSE-2886|rule_out obj=&TREATY
1234 &V-REFUSE-2886|rule_out obj=demand pp:for=autonomy
125 &V-REFUSE-2886|rule_out obj=resumption pp:of=talks
127 &V-REFUSE-2886|rule_out obj=&TREATY
124 &V-REFUSE-2886|rule_out obj=call pp:for=crackdown
127 &V-REFUSE-2886|rule_out obj=peace_&PROPOSAL
160 &V-REFUSE-2886|rule_out obj=access pp:to=airspace
016 &V-REFUSE-2886|rule_out obj=unusual_activity
016 &V-REFUSE-2886|rule_out obj=secret_meetings
016 &V-REFUSE-2886|rule_out obj=responsibility
1233 &V-REFUSE-2886|rule_out obj=political_right
161 &V-REFUSE-2886|rule_out obj=diplomatic_link
016 &V-REFUSE-2886|rule_out obj=condemnation
120 &V-REFUSE-2886|rule_out obj=announcement
120 &V-REFUSE-2886|rule_out obj=proclamation
126 &V-REFUSE-2886|rule_out obj=&MEDIATION
016 &V-REFUSE-2886|rule_out obj=accusations
016 &V-REFUSE-2886|rule_out obj=involvement
016 &V-REFUSE-2886|rule_out obj=involvement
120 &V-REFUSE-2886|rule_out obj=possibility
120 &V-REFUSE-2886|rule_out obj=proposition
120 &V-REFUSE-2886|rule_out obj=&PROPOSAL
120 &V-REFUSE-2886|rule_out obj=&PROPOSAL
1212 &V-REFUSE-2886|rule_out obj=cooperation
1213 &V-REFUSE-2886|rule_out obj=cooperation
1241 &V-REFUSE-2886|rule_out obj=appeal subj=court
1246 &V-REFUSE-2886|rule_out obj=disarmament
125 &V-REFUSE-2886|rule_out obj=&NEGOTIATION
125 &V-REFUSE-2886|rule_out obj=negotiation
016 &V-REFUSE-2886|rule_out obj=accusation
016 &V-REFUSE-2886|rule_out obj=accusation
016 &V-REFUSE-2886|rule_out obj=accusation
016 &V-REFUSE-2886|rule_out obj=allegation
016 &V-REFUSE-2886|rule_out obj=connection
120 &V-REFUSE-2886|rule_out obj=assurences
120 &V-REFUSE-2886|rule_out obj=permission
1246 &V-REFUSE-2886|rule_out obj=&CEASEFIRE
1246 &V-REFUSE-2886|rule_out obj=&CEASEFIRE
1246 &V-REFUSE-2886|rule_out obj=&CEASEFIRE
1246 &V-REFUSE-2886|rule_out obj=&SOLUTION
1246 &V-REFUSE-2886|rule_out obj=withdrawal
124 &V-REFUSE-2886|rule_out obj=concession
125 &V-REFUSE-2886|rule_out obj=compromise
127 &V-REFUSE-2886|rule_out obj=initiative
127 &V-REFUSE-2886|rule_out obj=&SOLUTION
016 &V-REFUSE-2886|rule_out obj=statement
121 &V-REFUSE-2886|rule_out obj=coalition
124 &V-REFUSE-2886|rule_out obj=condition
124 &V-REFUSE-2886|rule_out obj=criticism
133 &V-REFUSE-2886|rule_out obj=call subj=union
016 &V-REFUSE-2886|rule_out obj=presence
1211 &V-REFUSE-2886|rule_out obj=contract
127 &V-REFUSE-2886|rule_out obj=decision
010 &V-REFUSE-2886|rule_out obj=build-up
011 &V-REFUSE-2886|rule_out obj=comment
016 &V-REFUSE-2886|rule_out obj=charges
016 &V-REFUSE-2886|rule_out obj=reports
120 &V-REFUSE-2886|rule_out obj=contact
120 &V-REFUSE-2886|rule_out obj=capture
120 &V-REFUSE-2886|rule_out obj=demands
120 &V-REFUSE-2886|rule_out obj=request
123 &V-REFUSE-2886|rule_out obj=changes
123 &V-REFUSE-2886|rule_out obj=request
125 &V-REFUSE-2886|rule_out obj=contact
125 &V-REFUSE-2886|rule_out obj=meeting
--- &V-REFUSE-2886|rule_out subj=stocks
016 &V-REFUSE-2886|rule_out obj=report
016 &V-REFUSE-2886|rule_out obj=report
016 &V-REFUSE-2886|rule_out obj=attack
016 &V-REFUSE-2886|rule_out obj=charge
016 &V-REFUSE-2886|rule_out obj=report
016 &V-REFUSE-2886|rule_out obj=report
016 &V-REFUSE-2886|rule_out obj=rumour
120 &V-REFUSE-2886|rule_out obj=appeal
120 &V-REFUSE-2886|rule_out obj=motive
1233 &V-REFUSE-2886|rule_out obj=permit
124 &V-REFUSE-2886|rule_out obj=demand
--- &V-REFUSE-2886|rule_out obj=price
016 &V-REFUSE-2886|rule_out obj=claim
016 &V-REFUSE-2886|rule_out obj=label
1233 &V-REFUSE-2886|rule_out obj=right
125 &V-REFUSE-2886|rule_out obj=talks
125 &V-REFUSE-2886|rule_out obj=talks
125 &V-REFUSE-2886|rule_out obj=visit
127 &V-REFUSE-2886|rule_out obj=offer
144 &V-REFUSE-2886|rule_out obj=entry
160 &V-REFUSE-2886|rule_out obj=entry
160 &V-REFUSE-2886|rule_out obj=entry
1621 &V-REFUSE-2886|rule_out obj=trade
016 &V-REFUSE-2886|rule_out obj=link
016 &V-REFUSE-2886|rule_out obj=plot
016 &V-REFUSE-2886|rule_out obj=role
120 &V-REFUSE-2886|rule_out obj=deal
121 &V-REFUSE-2886|rule_out obj=join
122 &V-REFUSE-2886|rule_out obj=call
1243 &V-REFUSE-2886|rule_out obj=bail

############ REGARD (line 3007) ############
&V-REGARD-3007 regard
--- regard
1122 &V-REGARD-3007 pp:as=human_rights_violation
1121 &V-REGARD-3007 pp:as=&CRIME
1122 &V-REGARD-3007 obj=human_rights_abuse

############ REGISTER (line 3016) ############
&V-REGISTER-3016 register
--- register

############ REGROUP (line 3022) ############
&V-REGROUP-3022 regroup reorganize
--- regroup
--- reorganize

############ RELAX (line 3029) ############
&V-RELAX-3029 relax unwind
--- relax
--- unwind
085 &V-RELAX-3029 obj=sanctions
081 &V-RELAX-3029 obj=rules

############ REPAIR (line 3038) ############
&V-REPAIR-3038 doctor fix mend reconstruct repair
--- doctor
--- fix
--- mend
--- reconstruct
--- repair
050 &V-REPAIR-3038 obj=relations
050 &V-REPAIR-3038 obj=ties pair=050

############ REPLACE (line 3050) ############
&V-REPLACE-3050 replace substitute supersede supplant
--- replace
--- substitute
--- supersede
--- supplant
152 &V-REPLACE-3050 obj=&WEAPON pp:on=alert

############ RESIGN (line 3060) ############
&V-RESIGN-3060 resign vacate
083 resign
--- vacate
0831 &V-RESIGN-3060 obj=government
140 &V-RESIGN-3060 pp:in=protest
160 &V-RESIGN-3060 pp:from=party
160 &V-RESIGN-3060 obj=coalition
0831 &V-RESIGN-3060 subj=minister
0831 &V-RESIGN-3060 subj=minister
160 &V-RESIGN-3060 obj=party
0842 &V-RESIGN-3060 obj=site

############ RESORT (line 3075) ############
&V-RESORT-3075 recur resort
--- recur
--- resort

############ RESTART (line 3082) ############
&V-RESTART-3082 restart resume
--- restart
--- resume
1712 &V-RESTART-3082 obj=dismantling_equipment
071 &V-RESTART-3082 obj=financial_assistance
041 &V-RESTART-3082 obj=phone_consultations pair=041
061 &V-RESTART-3082 obj=commercial_ties
090 &V-RESTART-3082 obj=periodic_review
050 &V-RESTART-3082 obj=participation
030 &V-RESTART-3082 obj=preparations
111 &V-RESTART-3082 obj=bitter_attack
046 &V-RESTART-3082 obj=&NEGOTIATION pair=046
046 &V-RESTART-3082 obj=negotiation pair=046
060 &V-RESTART-3082 obj=cooperation
174 &V-RESTART-3082 obj=deportation
190 &V-RESTART-3082 obj=bombardment
050 &V-RESTART-3082 obj=diplomatic
046 &V-RESTART-3082 obj=peace_talk
050 &V-RESTART-3082 obj=relations
073 &V-RESTART-3082 obj=emergency
138 &V-RESTART-3082 obj=offensive
170 &V-RESTART-3082 obj=crackdown
140 &V-RESTART-3082 obj=protests
060 &V-RESTART-3082 obj=flights
070 &V-RESTART-3082 obj=airlift
071 &V-RESTART-3082 obj=lending
037 &V-RESTART-3082 obj=effort
061 &V-RESTART-3082 obj=export pair=061
080 &V-RESTART-3082 obj=flight
085 &V-RESTART-3082 obj=import
0863 &V-RESTART-3082 obj=relief
046 &V-RESTART-3082 obj=talks pair=046
046 &V-RESTART-3082 subj=talks pair=046
090 &V-RESTART-3082 obj=trial
194 &V-RESTART-3082 obj=shell
050 &V-RESTART-3082 obj=ties
070 &V-RESTART-3082 obj=aid

############ RESTRUCTURE (line 3124) ############
&V-RESTRUCTURE-3124 restructure
--- restructure
071 &V-RESTRUCTURE-3124 obj=debt

############ RETURN (line 3131) ############
&V-RETURN-3131 repatriate return revert
--- repatriate
--- return
--- revert
0842 &V-RETURN-3131 obj=&MILITARY_&AIRCRAFT
0842 &V-RETURN-3131 obj=&AIRCRAFT
173 &V-RETURN-3131 pp:to=&DETENTION
0841 &V-RETURN-3131 obj=home subj=&REFUGEE reverse
087 &V-RETURN-3131 obj=home subj=&MILITARY
166 &V-RETURN-3131 obj=home pp:after=evacuation
141 &V-RETURN-3131 pp:from=demonstration
0841 &V-RETURN-3131 subj=&REFUGEE
0841 &V-RETURN-3131 obj=&REFUGEE
0842 &V-RETURN-3131 obj=medical_equipment
062 &V-RETURN-3131 subj=bomber pp:to=base pair=062
0311 &V-RETURN-3131 pp:to=oil_market
--- &V-RETURN-3131 pp:to=barracks
050 &V-RETURN-3131 obj=ambassador
051 &V-RETURN-3131 obj=compliment
174 &V-RETURN-3131 obj=immigrants
0841 &V-RETURN-3131 obj=prisoners
0842 &V-RETURN-3131 obj=equipment
0842 &V-RETURN-3131 obj=property
0842 &V-RETURN-3131 obj=artwork
0842 &V-RETURN-3131 obj=machine
042 &V-RETURN-3131 pp:from pair=043
0841 &V-RETURN-3131 obj=maid
190 &V-RETURN-3131 obj=fire

############ REUNIFY (line 3163) ############
&V-REUNIFY-3163 reunify
--- reunify

############ REVEAL-SIGN (line 3169) ############
--- reveal_sign

############ REVIEW (line 3175) ############
&V-REVIEW-3175 re-examine reexamine review
090 re-examine
090 reexamine
--- review
014 &V-REVIEW-3175 obj=&PROPOSAL
090 &V-REVIEW-3175 obj=sanctions
014 &V-REVIEW-3175 obj=request
040 &V-REVIEW-3175 obj=issues pair=040
014 &V-REVIEW-3175 obj=aid

############ REVOKE (line 3188) ############
&V-REVOKE-3188 annul cancel countermand invalidate nullify overrule quash renege repeal rescind retract reverse revoke void
--- annul
--- cancel
--- countermand
--- invalidate
--- nullify
--- overrule
--- quash
--- renege
--- repeal
160 rescind
--- retract
--- reverse
--- revoke
--- void
1246 &V-REVOKE-3188 obj=withdrawal_&TREATY
081 &V-REVOKE-3188 obj=&DETENTION_sentence
164 &V-REVOKE-3188 obj=participation pp:in=summit
131 &V-REVOKE-3188 obj=&TREATY
0811 &V-REVOKE-3188 obj=visa_requirement
--- &V-REVOKE-3188 obj=construction
085 &V-REVOKE-3188 obj=ban pp:on=exports
0871 &V-REVOKE-3188 obj=&FIGHT
161 &V-REVOKE-3188 obj=planned_visit
081 &V-REVOKE-3188 obj=restriction
160 &V-REVOKE-3188 obj=recognition
164 &V-REVOKE-3188 obj=peace_summit
080 &V-REVOKE-3188 obj=statement
160 &V-REVOKE-3188 pp:on=promise
164 &V-REVOKE-3188 obj=peace_talk
030 &V-REVOKE-3188 obj=attitude
080 &V-REVOKE-3188 obj=decision
081 &V-REVOKE-3188 obj=sentence
160 &V-REVOKE-3188 obj=petition
162 &V-REVOKE-3188 obj=benefits
160 &V-REVOKE-3188 obj=flights
160 &V-REVOKE-3188 obj=licence
164 &V-REVOKE-3188 obj=meeting
111 &V-REVOKE-3188 obj=ruling
160 &V-REVOKE-3188 pp:on=deal
1721 &V-REVOKE-3188 obj=rights
082 &V-REVOKE-3188 obj=rally
160 &V-REVOKE-3188 obj=order
160 &V-REVOKE-3188 obj=visit
071 &V-REVOKE-3188 obj=debt
160 &V-REVOKE-3188 obj=deal
160 &V-REVOKE-3188 obj=tour
160 &V-REVOKE-3188 obj=visa
161 &V-REVOKE-3188 obj=trip
081 &V-REVOKE-3188 obj=ban

############ RE-ADMIT (line 3242) ############
&V-RE-ADMIT-3242 re-admit readmit
--- re-admit
--- readmit

############ RE-ELECT (line 3249) ############
&V-RE-ELECT-3249 re-elect reelect
--- re-elect
--- reelect

############ RE-ESTABLISH (line 3256) ############
&V-RE-ESTABLISH-3256 re-establish re-open reestablish reinstate reopen restore
--- re-establish
--- re-open
--- reestablish
--- reinstate
--- reopen
--- restore
030 &V-RE-ESTABLISH-3256 obj=&TREATY pair=030
050 &V-RE-ESTABLISH-3256 obj=diplomatic_ties
050 &V-RE-ESTABLISH-3256 obj=relations
050 &V-RE-ESTABLISH-3256 obj=order
050 &V-RE-ESTABLISH-3256 obj=unity
050 &V-RE-ESTABLISH-3256 obj=ties

############ RISK (line 3273) ############
&V-RISK-3273 gamble risk
--- gamble
--- risk
012 &V-RISK-3273 subj=said_violence
012 &V-RISK-3273 subj=run

############ ROAR (line 3282) ############
&V-ROAR-3282 howl roar
--- howl
--- roar
194 &V-ROAR-3282 subj=&WEAPON

############ RUMBLE (line 3290) ############
&V-RUMBLE-3290 rumble
--- rumble
154 &V-RUMBLE-3290 subj=tanks

############ SALVAGE (line 3297) ############
&V-SALVAGE-3297 salvage
--- salvage

############ SATISFY (line 3303) ############
&V-SATISFY-3303 gratify satisfy
--- live_up_to
--- gratify
--- satisfy
051 &V-SATISFY-3303|live_up_to obj=talks

############ SCHEDULE (line 3312) ############
&V-SCHEDULE-3312 schedule
--- schedule
040 &V-SCHEDULE-3312 obj=consultation pair=040
036 &V-SCHEDULE-3312 obj=meeting pair=036

############ SCOUR (line 3320) ############
&V-SCOUR-3320 scour scrub
--- scour
--- scrub

############ SCRAMBLE (line 3327) ############
&V-SCRAMBLE-3327 clamber scramble
--- clamber
--- scramble

############ SCRAP (line 3334) ############
&V-SCRAP-3334 scrap trash
--- scrap
--- trash
1661 &V-SCRAP-3334 obj=&PKO
160 &V-SCRAP-3334 obj=project
160 &V-SCRAP-3334 obj=visit

############ SEARCH (line 3344) ############
&V-SEARCH-3344 chase hunt search seek track
--- look_for
--- search_for
--- chase
--- hunt
090 search
030 seek
--- track
014 &V-SEARCH-3344|look_for|search_for obj=invasion_&SECURITY_&TREATY
037 &V-SEARCH-3344|look_for|search_for obj=end pp:to=&DISPUTE
093 &V-SEARCH-3344|look_for|search_for obj=&INVESTIGATION_into_invasion
0233 &V-SEARCH-3344|look_for|search_for obj=humanitarian_assistance
027 &V-SEARCH-3344|look_for|search_for obj=political_&SOLUTION
027 &V-SEARCH-3344|look_for|search_for obj=peaceful_&SOLUTION
113 &V-SEARCH-3344|look_for|search_for obj=vote pp:of=no_confidence
173 &V-SEARCH-3344|look_for|search_for obj=&DETENTION
022 &V-SEARCH-3344|look_for|search_for obj=recognition pp:from
064 &V-SEARCH-3344|look_for|search_for pp:for=&INFORMATION
170 &V-SEARCH-3344|look_for|search_for obj=&SUSPECT_links
021 &V-SEARCH-3344|look_for|search_for obj=clarification
0214 &V-SEARCH-3344|look_for|search_for obj=&INFORMATION
0231 &V-SEARCH-3344|look_for|search_for obj=compensation
028 &V-SEARCH-3344|look_for|search_for obj=&MEDIATION
028 &V-SEARCH-3344|look_for|search_for obj=&MEDIATION
038 &V-SEARCH-3344|look_for|search_for obj=&MEDIATION
090 &V-SEARCH-3344|look_for|search_for subj=investigator
1031 &V-SEARCH-3344|look_for|search_for obj=compensation
1044 &V-SEARCH-3344|look_for|search_for obj=independence
020 &V-SEARCH-3344|look_for|search_for obj=citizenship
0213 &V-SEARCH-3344|look_for|search_for obj=extradition
024 &V-SEARCH-3344|look_for|search_for obj=recognition
036 &V-SEARCH-3344|look_for|search_for obj=&NEGOTIATION
036 &V-SEARCH-3344|look_for|search_for obj=negotiation
055 &V-SEARCH-3344|look_for|search_for obj=forgiveness
1721 &V-SEARCH-3344|look_for|search_for obj=daily subj=police
--- &V-SEARCH-3344|look_for|search_for obj=re-election
020 &V-SEARCH-3344|look_for|search_for obj=permission
020 &V-SEARCH-3344|look_for|search_for obj=&ASYLUM
022 &V-SEARCH-3344|look_for|search_for obj=commitment
0231 &V-SEARCH-3344|look_for|search_for obj=&CURRENCY
0256 &V-SEARCH-3344|look_for|search_for obj=&CEASEFIRE
027 &V-SEARCH-3344|look_for|search_for obj=&SOLUTION
042 &V-SEARCH-3344|look_for|search_for obj=leave_into target=obj pair=043
130 &V-SEARCH-3344|look_for|search_for obj=&SUSPECT
173 &V-SEARCH-3344|look_for|search_for obj=prisoners
090 &V-SEARCH-3344|look_for|search_for obj=wreckage
173 &V-SEARCH-3344|look_for|search_for obj=sentence
022 &V-SEARCH-3344|look_for|search_for obj=backing
022 &V-SEARCH-3344|look_for|search_for obj=support
022 &V-SEARCH-3344|look_for|search_for obj=support
0253 &V-SEARCH-3344|look_for|search_for obj=release
036 &V-SEARCH-3344|look_for|search_for obj=meeting
093 &V-SEARCH-3344|look_for|search_for pp:for=arms
0232 &V-SEARCH-3344|look_for|search_for obj=credit
035 &V-SEARCH-3344|look_for|search_for obj=office
060 &V-SEARCH-3344|look_for|search_for obj=gunmen
090 &V-SEARCH-3344|look_for|search_for pp:for=men
023 &V-SEARCH-3344|look_for|search_for obj=donor
026 &V-SEARCH-3344|look_for|search_for obj=talks
023 &V-SEARCH-3344|look_for|search_for obj=help
026 &V-SEARCH-3344|look_for|search_for obj=talk
173 &V-SEARCH-3344|look_for|search_for prt=down
023 &V-SEARCH-3344|look_for|search_for obj=aid

############ SELECT (line 3411) ############
&V-SELECT-3411 choose cull decide determine opt pick select vote
030 is_determined
--- choose
--- cull
030 decide
030 determine
--- opt
--- pick
--- select
030 vote
083 &V-SELECT-3411|is_determined pp:in=favor pp:of=constitutional_amendment
080 &V-SELECT-3411|is_determined obj=investigation prt=down target=obj
080 &V-SELECT-3411|is_determined pp:against=deploying
160 &V-SELECT-3411|is_determined pp:against=attending
014 &V-SELECT-3411|is_determined pp:whether=suspend
071 &V-SELECT-3411|is_determined obj=exempt pp:of=taxes
1621 &V-SELECT-3411|is_determined pp:of=funding prt=out
014 &V-SELECT-3411|is_determined obj=&PROPOSAL
0356 &V-SELECT-3411|is_determined obj=to_withdraw
034 &V-SELECT-3411|is_determined pp:in=election
--- &V-SELECT-3411|is_determined obj=for_lesser
014 &V-SELECT-3411|is_determined pp:on=changes
060 &V-SELECT-3411|is_determined obj=minister
031 &V-SELECT-3411|is_determined pp:in=favor
110 &V-SELECT-3411|is_determined pp:against
120 &V-SELECT-3411|is_determined pp:against
160 &V-SELECT-3411|is_determined obj=limit
120 &V-SELECT-3411|is_determined prt=down
160 &V-SELECT-3411|is_determined obj=bar

############ SELL (line 3444) ############
&V-SELL-3444 sell
--- sell
062 &V-SELL-3444 obj=&MILITARY_&AIRCRAFT pair=062
062 &V-SELL-3444 obj=&AIRCRAFT_fighters pair=062
062 &V-SELL-3444 obj=&WEAPON pair=062
128 &V-SELL-3444 subj=illegally
061 &V-SELL-3444 obj=products pair=061
062 &V-SELL-3444 obj=tank pair=062

############ SEND (line 3456) ############
&V-SEND-3456 carry deploy reassign redeploy send ship shuttle transfer transport
--- carry
--- deploy
--- reassign
--- redeploy
--- send
--- ship
--- shuttle
--- transfer
--- transport
072 &V-SEND-3456 obj=&WEAPON
090 &V-SEND-3456 obj=spy_&AIRCRAFT
062 &V-SEND-3456 obj=&AIRCRAFT pp:to
0334 &V-SEND-3456 obj=&MILITARY pp:of=observers
072 &V-SEND-3456 obj=&AIRCRAFT
166 &V-SEND-3456 obj=&AIRCRAFT
0334 &V-SEND-3456 obj=&PKO pair=038
0334 &V-SEND-3456 obj=&PKO
072 &V-SEND-3456 obj=&MILITARY_advisors
0842 &V-SEND-3456 obj=&MILITARY_part prt=back
072 &V-SEND-3456 obj=&MILITARY_liaison
072 &V-SEND-3456 obj=members pp:of=battalion pair=086
073 &V-SEND-3456 obj=medical_equipment
036 &V-SEND-3456 obj=foreign_minister
062 &V-SEND-3456 obj=&MILITARY
072 &V-SEND-3456 obj=&MILITARY pair=086
072 &V-SEND-3456 obj=&MILITARY
073 &V-SEND-3456 obj=humanitarian_aid
138 &V-SEND-3456 obj=stealth_fighters
154 &V-SEND-3456 obj=&MILITARY
130 &V-SEND-3456 obj=warning_message
154 &V-SEND-3456 obj=guards pp:on=border
0332 &V-SEND-3456 obj=reinforcement
050 &V-SEND-3456 obj=new_ambassador
0311 &V-SEND-3456 obj=trade_mission
074 &V-SEND-3456 obj=peacekeepers
042 &V-SEND-3456 obj=policymaker pair=043
073 &V-SEND-3456 obj=medical_team
017 &V-SEND-3456 obj=best_wishes
0332 &V-SEND-3456 obj=warships pp:to
042 &V-SEND-3456 obj=delegation pair=043
050 &V-SEND-3456 obj=ambassador
050 &V-SEND-3456 obj=delegation
071 &V-SEND-3456 obj=&CURRENCY
073 &V-SEND-3456 obj=aid_workers
073 &V-SEND-3456 obj=medical_aid
175 &V-SEND-3456 obj=riot_police
073 &V-SEND-3456 obj=observers
073 &V-SEND-3456 obj=volunteer
173 &V-SEND-3456 pp:to=gallows
050 &V-SEND-3456 obj=diplomat
070 &V-SEND-3456 obj=vehicles
153 &V-SEND-3456 pp:over=fear
036 &V-SEND-3456 obj=mission
040 &V-SEND-3456 obj=message
073 &V-SEND-3456 obj=medical
080 &V-SEND-3456 obj=control
080 &V-SEND-3456 obj=control
130 &V-SEND-3456 obj=message
154 &V-SEND-3456 obj=militia
040 &V-SEND-3456 obj=letter
073 &V-SEND-3456 obj=relief
153 &V-SEND-3456 obj=police
154 &V-SEND-3456 obj=guards
170 &V-SEND-3456 obj=agents
192 &V-SEND-3456 obj=inside
192 &V-SEND-3456 obj=police
042 &V-SEND-3456 obj=envoy pair=043
036 &V-SEND-3456 obj=team
154 &V-SEND-3456 obj=arms
070 &V-SEND-3456 obj=aid

############ SEPARATE (line 3531) ############
&V-SEPARATE-3531 cleave cut disassemble dismantle dismember dissect divide lop partition separate sever shear split
--- cleave
--- cut
--- disassemble
--- dismantle
--- dismember
--- dissect
--- divide
--- lop
--- partition
--- separate
--- sever
--- shear
--- split
1623 &V-SEPARATE-3531 obj=&CURRENCY pp:for=peacekeeping_operation
0873 &V-SEPARATE-3531 obj=number pp:of=&MILITARY pp:in
1661 &V-SEPARATE-3531 obj=&PKO
161 &V-SEPARATE-3531 obj=diplomatic_relations
1662 &V-SEPARATE-3531 obj=observer pp:on=border
--- &V-SEPARATE-3531 obj=&DEFENSE_spending
161 &V-SEPARATE-3531 obj=diplomatic_staff
161 &V-SEPARATE-3531 obj=diplomatic_ties
--- &V-SEPARATE-3531 pp:through=heart
0842 &V-SEPARATE-3531 obj=&TOWN
161 &V-SEPARATE-3531 obj=embassy_staff
160 &V-SEPARATE-3531 obj=cooperation
--- &V-SEPARATE-3531 obj=production
124 &V-SEPARATE-3531 pp:over=policy
162 &V-SEPARATE-3531 obj=level pp:of=aid
162 &V-SEPARATE-3531 obj=assistance
162 &V-SEPARATE-3531 obj=assistance
164 &V-SEPARATE-3531 obj=short_visit
164 &V-SEPARATE-3531 obj=short_tour
081 &V-SEPARATE-3531 obj=sentence
162 &V-SEPARATE-3531 obj=supplies
--- &V-SEPARATE-3531 obj=deficit
081 &V-SEPARATE-3531 obj=red_tape
--- &V-SEPARATE-3531 subj=floods
0873 &V-SEPARATE-3531 obj=forces
162 &V-SEPARATE-3531 pp:in=aid
030 &V-SEPARATE-3531 obj=deal
160 &V-SEPARATE-3531 obj=ties
1621 &V-SEPARATE-3531 obj=loan
194 &V-SEPARATE-3531 prt=down
--- &V-SEPARATE-3531 obj=oil
162 &V-SEPARATE-3531 obj=aid

############ SHAKEN-UP (line 3580) ############
--- shake_up

############ SHARE (line 3586) ############
&V-SHARE-3586 share
--- share
064 &V-SHARE-3586 obj=&EVIDENCE pair=064
018 &V-SHARE-3586 obj=concern
--- &V-SHARE-3586 obj=closed
060 &V-SHARE-3586 obj=lead

############ SHRUG (line 3596) ############
&V-SHRUG-3596 shrug
--- shrug
128 &V-SHRUG-3596 pp:off=sanctions

############ SHUDDER (line 3603) ############
&V-SHUDDER-3603 shudder
--- shudder
195 &V-SHUDDER-3603 pp:under=raid reverse

############ SHUT (line 3610) ############
&V-SHUT-3610 shut
--- shut
160 &V-SHUT-3610 obj=headquarters prt=down
1621 &V-SHUT-3610 obj=export_terminal
1721 &V-SHUT-3610 obj=television prt=down
161 &V-SHUT-3610 obj=diplomatic
1721 &V-SHUT-3610 obj=stations
160 &V-SHUT-3610 obj=offices
160 &V-SHUT-3610 obj=border

############ SIGN (line 3623) ############
&V-SIGN-3623 sign
--- sign
0312 &V-SIGN-3623 obj=&MILITARY_&TREATY pair=0312
0312 &V-SIGN-3623 obj=&TREATY pp:on=&DEFENSE pair=0312
060 &V-SIGN-3623 obj=coalition_&TREATY pair=060
061 &V-SIGN-3623 obj=free_trade_&TREATY pair=061
061 &V-SIGN-3623 obj=economic_&TREATY pair=061
062 &V-SIGN-3623 obj=&DEFENSE_&TREATY
0331 &V-SIGN-3623 obj=credit_&TREATY
057 &V-SIGN-3623 obj=&TREATY pp:in pp:with pair=057
0311 &V-SIGN-3623 obj=trade_&TREATY pair=0311
057 &V-SIGN-3623 obj=joint_&TREATY pair=057
057 &V-SIGN-3623 obj=peace_&TREATY pair=057
061 &V-SIGN-3623 obj=trade_&TREATY pair=061
061 &V-SIGN-3623 obj=loan_&TREATY pair=061
0311 &V-SIGN-3623 obj=oil_&TREATY
060 &V-SIGN-3623 obj=deal pp:with=manufacturer pair=060
057 &V-SIGN-3623 obj=&TREATY pair=057
057 &V-SIGN-3623 obj=&TREATY pair=057
062 &V-SIGN-3623 obj=&MILITARY pair=062
062 &V-SIGN-3623 obj=deal pp:for=miliary pair=062
071 &V-SIGN-3623 pp:over=&CURRENCY
057 &V-SIGN-3623 obj=declaration pair=057
061 &V-SIGN-3623 obj=deal subj=company pair=061
057 &V-SIGN-3623 obj=memorandum
0871 &V-SIGN-3623 obj=&CEASEFIRE pair=0871
057 &V-SIGN-3623 obj=peace_deal pair=057
057 &V-SIGN-3623 obj=peace_deal pair=057
057 &V-SIGN-3623 obj=memoradum pair=057
057 &V-SIGN-3623 obj=aggrement
061 &V-SIGN-3623 obj=loan_deals pair=061
057 &V-SIGN-3623 obj=protocol pair=057
060 &V-SIGN-3623 obj=contract pair=060
071 &V-SIGN-3623 pp:over=loan
061 &V-SIGN-3623 obj=export
100 &V-SIGN-3623 obj=decree
0331 &V-SIGN-3623 obj=grant
057 &V-SIGN-3623 obj=law

############ SILENCE (line 3665) ############
&V-SILENCE-3665 hush quiet silence
--- hush
--- quiet
--- silence

############ SLACKEN (line 3673) ############
&V-SLACKEN-3673 slacken
--- slacken
160 &V-SLACKEN-3673 obj=travel_warning

############ SLASH (line 3680) ############
&V-SLASH-3680 cut slash
--- cut
--- slash
1622 &V-SLASH-3680 obj=&CURRENCY pp:from=&SECURITY_package

############ SNARE (line 3688) ############
&V-SNARE-3688 embroil enmesh ensnare entrap immobilize mire pin snare trap
--- embroil
--- enmesh
--- ensnare
--- entrap
--- immobilize
--- mire
--- pin
--- snare
--- trap
120 &V-SNARE-3688 pp:in=&DISPUTE pair=120
112 &V-SNARE-3688 obj=blame

############ SOUND (line 3704) ############
&V-SOUND-3704 sound vocalise voice
--- sound
--- vocalise
--- voice
051 &V-SOUND-3704 obj=satisfaction pp:over=extradition
110 &V-SOUND-3704 obj=strong_skepticism
111 &V-SOUND-3704 obj=disappointment
051 &V-SOUND-3704 obj=satisfaction
012 &V-SOUND-3704 obj=concern pp:over
111 &V-SOUND-3704 obj=disapproval
111 &V-SOUND-3704 obj=displeasure
013 &V-SOUND-3704 obj=confidence
013 &V-SOUND-3704 obj=excitement
051 &V-SOUND-3704 obj=confidence
110 &V-SOUND-3704 obj=irritation
111 &V-SOUND-3704 obj=&OPPOSITION
033 &V-SOUND-3704 obj=readiness
111 &V-SOUND-3704 obj=criticism
013 &V-SOUND-3704 obj=optimism
018 &V-SOUND-3704 obj=sympathy
012 &V-SOUND-3704 obj=concern
012 &V-SOUND-3704 obj=concern
051 &V-SOUND-3704 obj=support
051 &V-SOUND-3704 obj=support
111 &V-SOUND-3704 obj=shock_at
111 &V-SOUND-3704 obj=outrage
130 &V-SOUND-3704 obj=warning
140 &V-SOUND-3704 obj=dissent
018 &V-SOUND-3704 obj=regret
020 &V-SOUND-3704 obj=appeal
055 &V-SOUND-3704 obj=regret
110 &V-SOUND-3704 obj=unease
111 &V-SOUND-3704 obj=dismay
111 &V-SOUND-3704 obj=horror
012 &V-SOUND-3704 obj=alarm
020 &V-SOUND-3704 obj=calls
110 &V-SOUND-3704 obj=fears
112 &V-SOUND-3704 obj=alarm
013 &V-SOUND-3704 obj=hope
013 &V-SOUND-3704 obj=hope

############ SPELL (line 3748) ############
&V-SPELL-3748 spell
--- spell
014 &V-SPELL-3748 obj=plan prt=out
012 &V-SPELL-3748 obj=danger

############ SPEND (line 3756) ############
&V-SPEND-3756 spend
--- spend
071 &V-SPEND-3756 obj=&CURRENCY pp:in

############ SPIRAL (line 3763) ############
&V-SPIRAL-3763 spiral
--- spiral

############ SPRING (line 3769) ############
&V-SPRING-3769 spring
--- spring

############ STAKE (line 3775) ############
&V-STAKE-3775 stake
--- stake

############ STAND (line 3781) ############
&V-STAND-3781 stand
--- stand
031 &V-STAND-3781 pp:at=side pp:of=&FIGHT
139 &V-STAND-3781 obj=by_ultimatum
139 &V-STAND-3781 subj=deadline
173 &V-STAND-3781 obj=trial reverse
051 &V-STAND-3781 pp:by

############ START (line 3792) ############
&V-START-3792 activate begin commence inaugurate initiate launch open originate pioneer relaunch reopen start
--- embark_on
--- kick_off
--- open_up
--- set_in_motion
--- set_up
--- activate
--- begin
--- commence
--- inaugurate
--- initiate
--- launch
--- open
--- originate
--- pioneer
--- relaunch
--- reopen
--- start
094 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=&INVESTIGATION pp:for=&FIGHT_&CRIME
183 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up subj=&WEAPON_blast
194 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=&WEAPON_duel pair=194
194 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=&WEAPON pp:from
194 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=&WEAPON pp:from
194 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up pp:with=&WEAPON
195 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=operation subj=&AIRCRAFT
190 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=&MILITARY_operation pp:in pp:against
195 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=attack subj=&AIRCRAFT
194 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up subj=&WEAPON
194 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=&WEAPON
0312 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=joint_&MILITARY_operation pair=0312
113 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=&OPPOSITION_diplomatic_offensive pair=113
195 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=raid subj=&AIRCRAFT
195 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=fire subj=&AIRCRAFT
074 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=deployment pp:of=&MILITARY
190 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=&MILITARY_intervention
092 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=&INVESTIGATION pp:on=human_rights
073 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=school pp:for=&REFUGEE
0873 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=reducing_&MILITARY_in target=obj
075 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=camp pp:for=&REFUGEE
190 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=&EVIDENCE_offensive
190 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=&MILITARY_campaign
062 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=&MILITARY_college pair=062
1722 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up pp:for=dissolution pp:of=party
190 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=strike subj=&MILITARY
023 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=campaign_for_donations
062 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=&FIGHT_games_in target=obj pair=062
0812 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=way pp:for=&LEADER
022 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=diplomatic_offensive
045 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=&MEDIATION_between
073 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=humanitarian_mission
074 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=peacekeeping_mission
062 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=joint_border_patrols pair=062
150 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=early_warning_system
195 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=air_campaign pp:against
037 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=blueprint pp:for=peace
050 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=diplomatic_mission
111 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=attack pp:in=interview
140 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=civil_disobedience
073 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=emergency_airlift
111 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=attack pp:on=policies
150 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=&FIGHT_game
1722 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=case pp:against=party
--- &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=economic_reforms
053 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=diplomatic_drive
060 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=joint_initiative pair=060
073 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=search-and-rescue
111 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=campaign pp:against
111 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=broadside_attack
111 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=personal_attacks
111 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=vitriolic_attack
120 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=petition pp:against
141 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=strike_in_protest
173 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=trial subj=prosecutor
190 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=miliary_campaign
045 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=peace_offensive
111 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=attack pp:on=policy
111 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=scathing_attack
1121 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=corruption_case
136 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=stinging_attack
0251 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=appeal pp:against
0311 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=opportunities
062 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=joint_exercise pair=062
070 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=postal_service
073 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=airlift pp:from pp:to
090 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=&INVESTIGATION
090 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=&INVESTIGATION
091 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=&INVESTIGATION
111 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=bitter_attacks pair=111
111 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=furious_attack
141 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=slogan_against
154 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=emergency_plan
190 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=counter-attack
020 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=lobby_mission
040 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=consultation pair=040
040 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=consultation pair=040
042 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=first_visit_to target=obj pair=043
045 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=peace_mission
046 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=joint_seminar pair=046
061 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=trains pp:from pp:to target=pp:to
073 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=aid_&PROGRAM
111 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=attack pp:on=plan
111 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=bitter_attack
111 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=verbal_attack
111 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=verbal_attack
142 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=hunger_strike
194 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=mortar_attack
194 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=rocket_attack
020 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=action_drive
0311 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=trade_points
036 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=&NEGOTIATION
036 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=&NEGOTIATION
040 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=&NEGOTIATION pair=040
040 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=&NEGOTIATION
044 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=talks pp:in pp:with pair=044
046 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=&NEGOTIATION pair=046
046 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=&NEGOTIATION
046 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=negotiation
061 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=gas_pipeline
061 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=gas_pipeline
111 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=harsh_attack
111 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=sharp_attack
112 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=legal_action
014 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=initiative
036 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=initiative pair=036
040 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=discussion
042 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=pilgrimage
046 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=conference pair=046
046 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=discussion pair=046
0874 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=evacuation
090 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=monitoring
154 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=deployment
174 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=evacuation
014 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=&PROGRAM
045 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=peace_talk
046 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=&PROGRAM
073 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=hospitals
150 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=maneuvers
170 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=crackdown
170 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=crackdown
170 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=rationing
190 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=incursion
190 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=incursion
190 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=offensive
190 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=offensive
190 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=operation
195 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=air_strike
195 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=airstrike
--- &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=assembly
020 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=campaign
0311 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=pipeline
040 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up subj=congress
046 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=summit pp:in pair=046
046 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=debate_on
046 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=workshop
060 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=cooperat
071 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=donation
193 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=grenades
014 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=project
022 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=council
036 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=mission
045 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=mission
046 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=meeting pair=046
046 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=session pair=046
046 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=talks pp:in
046 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=meeting
054 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=embassy
060 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=project
130 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=warning
145 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=looting
150 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=wargame
190 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=assault
190 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=assault
190 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=attacks
195 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=air_raid
017 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=summit
020 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=appeal
020 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=appeal
020 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=effort
046 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=summit pair=046
050 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=border
060 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=flight pair=060
073 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=clinic
073 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=relief
080 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=border
080 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=border
080 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=bridge
090 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=search
110 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=uproar
111 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=tirade
130 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=debate
190 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=attack
190 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=attack
042 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=visit pair=043
046 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=talks pair=046
046 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=talks pair=046
046 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=talks pair=046
061 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=trade pair=061
036 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=trip
042 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=trip pair=043
042 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=tour pair=043
050 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=ties pair=050
090 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=hunt
110 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=rift
193 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=fire
193 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=fire
193 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=fire
0311 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up subj=oil pair=0311
160 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=bid

############ STAY (line 4004) ############
&V-STAY-4004 stay
--- stay
035 &V-STAY-4004 pp:of=&FIGHT prt=out
125 &V-STAY-4004 pp:from=summit prt=away

############ STEP (line 4012) ############
&V-STEP-4012 pace step tread
--- pace
--- step
--- tread
180 &V-STEP-4012 obj=covert_operations prt=up
150 &V-STEP-4012 obj=&SECURITY prt=up
0831 &V-STEP-4012 subj=leader prt=aside
100 &V-STEP-4012 obj=pressure prt=up
0831 &V-STEP-4012 prt=down

############ STRAIN (line 4025) ############
&V-STRAIN-4025 strain
--- strain
160 &V-STRAIN-4025 obj=relations

############ STREAM (line 4032) ############
&V-STREAM-4032 stream
--- stream
0233 &V-STREAM-4032 subj=&REFUGEE

############ STRENGTHEN (line 4039) ############
&V-STRENGTHEN-4039 fortify gird strengthen toughen
174 beef_up
--- build_up
--- fortify
--- gird
--- strengthen
--- toughen
150 &V-STRENGTHEN-4039|beef_up|build_up obj=&MILITARY_fortification
153 &V-STRENGTHEN-4039|beef_up|build_up obj=&SECURITY pp:at=embassy
154 &V-STRENGTHEN-4039|beef_up|build_up pp:for=&FIGHT
172 &V-STRENGTHEN-4039|beef_up|build_up obj=entry_conditions
172 &V-STRENGTHEN-4039|beef_up|build_up obj=restrictions
163 &V-STRENGTHEN-4039|beef_up|build_up obj=sanctions

############ STRIP (line 4056) ############
&V-STRIP-4056 strip
--- strip
180 &V-STRIP-4056 obj=arms pp:from=&PKO
170 &V-STRIP-4056 pp:of=citizenship

############ SUCCEED (line 4064) ############
&V-SUCCEED-4064 succeed
--- succeed

############ SUMMIT (line 4070) ############
&V-SUMMIT-4070 summit
--- summit
111 &V-SUMMIT-4070 obj=attack_policy

############ SURGE (line 4077) ############
&V-SURGE-4077 billow heave surge
--- billow
--- heave
--- surge

############ SWOOP (line 4085) ############
&V-SWOOP-4085 swoop
--- swoop
175 &V-SWOOP-4085 pp:on=protest prt=down
190 &V-SWOOP-4085 pp:in=raid

############ THRUST (line 4093) ############
&V-THRUST-4093 thrust
--- thrust
190 &V-THRUST-4093 pp:into=offensive

############ TIGHTEN (line 4100) ############
&V-TIGHTEN-4100 tighten
--- tighten
163 &V-TIGHTEN-4100 obj=economic_boycott
172 &V-TIGHTEN-4100 obj=restrictions
152 &V-TIGHTEN-4100 obj=&SECURITY
152 &V-TIGHTEN-4100 obj=&SECURITY
172 &V-TIGHTEN-4100 obj=visa_rules
130 &V-TIGHTEN-4100 obj=controls
172 &V-TIGHTEN-4100 obj=control
1723 &V-TIGHTEN-4100 obj=curfew
172 &V-TIGHTEN-4100 obj=penalt
172 &V-TIGHTEN-4100 obj=grip
192 &V-TIGHTEN-4100 obj=grip

############ TOUT (line 4117) ############
&V-TOUT-4117 boast brag tout
--- boast
--- brag
--- tout
036 &V-TOUT-4117 obj=summit pair=036

############ TOY (line 4126) ############
&V-TOY-4126 dally fiddle manipulate play recreate toy trifle
--- dally
--- fiddle
--- manipulate
--- play
--- recreate
--- toy
--- trifle
124 &V-TOY-4126 obj=hard_ball

############ TRACE (line 4139) ############
&V-TRACE-4139 trace
--- trace
1121 &V-TRACE-4139 obj=smugglers

############ UNDERSTAND (line 4146) ############
&V-UNDERSTAND-4146 understand
--- understand

############ UNDERTAKE (line 4152) ############
&V-UNDERTAKE-4152 attempt undertake
--- attempt
--- undertake

############ UNIMPRESS (line 4159) ############
&V-UNIMPRESS-4159 unimpress
--- unimpress

############ UNLEASH (line 4165) ############
&V-UNLEASH-4165 unleash
--- unleash
194 &V-UNLEASH-4165 obj=wave pp:of=&WEAPON
194 &V-UNLEASH-4165 obj=&WEAPON_attack
111 &V-UNLEASH-4165 obj=torrent pp:of=criticism
190 &V-UNLEASH-4165 obj=&FIGHT
195 &V-UNLEASH-4165 obj=airstrikes
--- &V-UNLEASH-4165 obj=upgrade
194 &V-UNLEASH-4165 obj=scud

############ UNLOAD (line 4178) ############
&V-UNLOAD-4178 discharge unload
--- discharge
--- unload

############ UPGRADE (line 4185) ############
&V-UPGRADE-4185 upgrade
--- upgrade
050 &V-UPGRADE-4185 obj=diplomatic_relations
050 &V-UPGRADE-4185 obj=mission target=obj
062 &V-UPGRADE-4185 obj=bases

############ UTILIZE (line 4194) ############
&V-UTILIZE-4194 apply employ exercise exercize implement use utilize wield
--- carry_out
020 apply
--- employ
--- exercise
--- exercize
--- implement
--- use
--- utilize
--- wield
175 &V-UTILIZE-4194|carry_out obj=&WEAPON
090 &V-UTILIZE-4194|carry_out obj=&AIRCRAFT
062 &V-UTILIZE-4194|carry_out subj=&MILITARY_base pair=062
0312 &V-UTILIZE-4194|carry_out obj=involving_countries
030 &V-UTILIZE-4194|carry_out obj=&TREATY
0233 &V-UTILIZE-4194|carry_out subj=&REFUGEE
020 &V-UTILIZE-4194|carry_out pp:for=registration
062 &V-UTILIZE-4194|carry_out obj=&MILITARY pair=062
0233 &V-UTILIZE-4194|carry_out pp:for=&ASYLUM
184 &V-UTILIZE-4194|carry_out pp:as=human_shield
150 &V-UTILIZE-4194|carry_out obj=deployment
150 &V-UTILIZE-4194|carry_out subj=&SECURITY
175 &V-UTILIZE-4194|carry_out obj=water_canon
180 &V-UTILIZE-4194|carry_out obj=death_squad
070 &V-UTILIZE-4194|carry_out obj=passport
163 &V-UTILIZE-4194|carry_out obj=sanction
026 &V-UTILIZE-4194|carry_out pp:for=visa
1322 &V-UTILIZE-4194|carry_out pp:to=court
190 &V-UTILIZE-4194|carry_out obj=armor

############ VALUE (line 4227) ############
&V-VALUE-4227 treasure value
--- treasure
--- value
013 &V-VALUE-4227 obj=ties

############ VIOLATE (line 4235) ############
&V-VIOLATE-4235 breach violate
128 breach
--- violate
128 &V-VIOLATE-4235 obj=demilitarised_zone
128 &V-VIOLATE-4235 obj=arms_embargo
128 &V-VIOLATE-4235 obj=convention
128 &V-VIOLATE-4235 obj=&SOLUTION
196 &V-VIOLATE-4235 obj=&CEASEFIRE
150 &V-VIOLATE-4235 obj=air_space
150 &V-VIOLATE-4235 obj=airspace

############ VOW (line 4249) ############
&V-VOW-4249 vow
--- vow
138 &V-VOW-4249 obj=cross-border_attacks
130 &V-VOW-4249 obj=&OPPOSITION
130 &V-VOW-4249 obj=resistance
034 &V-VOW-4249 obj=reforms
051 &V-VOW-4249 obj=support
138 &V-VOW-4249 obj=revenge
034 &V-VOW-4249 obj=reform
138 &V-VOW-4249 obj=attack

############ WAGE (line 4263) ############
&V-WAGE-4263 wage
--- wage
190 &V-WAGE-4263 obj=offensive
190 &V-WAGE-4263 obj=war

############ WAIT (line 4271) ############
&V-WAIT-4271 wait
--- wait

############ WALK (line 4277) ############
&V-WALK-4277 walk
--- walk
164 &V-WALK-4277 pp:of=dinner prt=out
164 &V-WALK-4277 pp:of=summit prt=out
164 &V-WALK-4277 pp:of=meet prt=out
050 &V-WALK-4277 obj=arm-in-arm

############ WARM (line 4287) ############
&V-WARM-4287 warm
--- warm
050 &V-WARM-4287 obj=relations

############ WEAKEN (line 4294) ############
&V-WEAKEN-4294 weaken
--- weaken
160 &V-WEAKEN-4294 pp:by=resignation

############ WINDING-UP (line 4301) ############
--- wind_up
042 wind_up obj=trip pair=043

############ WIPE (line 4308) ############
&V-WIPE-4308 wipe
--- wipe
110 &V-WIPE-4308 obj=feet pp:on

############ WISH (line 4315) ############
&V-WISH-4315 wish
--- wish

############ WRITE (line 4321) ############
&V-WRITE-4321 compose pen print publish write
--- compose
--- pen
--- print
--- publish
--- write
111 &V-WRITE-4321 obj=&EVIDENCE
111 &V-WRITE-4321 obj=condemnation
071 &V-WRITE-4321 obj=debt prt=off
071 &V-WRITE-4321 obj=loan prt=off
016 &V-WRITE-4321 obj=denial

############ CIRCULATE (line 4336) ############
&V-CIRCULATE-4336 circulate diffuse dispense disperse disseminate dissipate distribute propagate scatter spread
010 circulate
010 diffuse
010 dispense
010 disperse
010 disseminate
010 dissipate
010 distribute
010 propagate
010 scatter
010 spread
170 &V-CIRCULATE-4336 obj=demonstration
073 &V-CIRCULATE-4336 obj=&FOOD
053 &V-CIRCULATE-4336 obj=propaganda
073 &V-CIRCULATE-4336 obj=supplies
175 &V-CIRCULATE-4336 obj=protest pair=145

############ CONFER (line 4356) ############
&V-CONFER-4356 confer consult converse discuss speak talk utter verbalise verbalize
040 confer pair=040
040 consult pair=040
040 converse pair=040
040 discuss pair=040
010 speak
010 talk
010 utter
010 verbalise
010 verbalize
0312 &V-CONFER-4356 obj=&MILITARY_cooperation
041 &V-CONFER-4356 pp:in=telephone_conversation pair=041
041 &V-CONFER-4356 pp:over=telephone
014 &V-CONFER-4356 obj=reshuffling
041 &V-CONFER-4356 pp:by=telephone pair=041
014 &V-CONFER-4356 obj=air_strike
0311 &V-CONFER-4356 obj=investment pair=0311
046 &V-CONFER-4356 obj=withdrawal
046 &V-CONFER-4356 obj=situation pair=046
014 &V-CONFER-4356 obj=decision
0341 &V-CONFER-4356 obj=election
--- &V-CONFER-4356 pp:on=draft
014 &V-CONFER-4356 obj=idea_of
046 &V-CONFER-4356 pp:between pair=046
164 &V-CONFER-4356 subj=walk_out
041 &V-CONFER-4356 pp:in=call pair=041
046 &V-CONFER-4356 pp:with pair=046
061 &V-CONFER-4356 obj=aid

############ DECREE (line 4388) ############
&V-DECREE-4388 declare decree ordain proclaim pronounce
010 declare
100 decree
010 ordain
010 proclaim
010 pronounce
1246 &V-DECREE-4388 obj=no_&TREATY
060 &V-DECREE-4388 obj=victory pp:in=election
1044 &V-DECREE-4388 obj=independent_state
1724 &V-DECREE-4388 obj=state pp:of=emergency
063 &V-DECREE-4388 obj=invalid_decision
013 &V-DECREE-4388 obj=satisfaction
1044 &V-DECREE-4388 obj=independence
191 &V-DECREE-4388 obj=border_closed
012 &V-DECREE-4388 obj=impossible
013 &V-DECREE-4388 obj=confidence
013 &V-DECREE-4388 obj=legitimate
0871 &V-DECREE-4388 obj=&CEASEFIRE pair=0871
0871 &V-DECREE-4388 obj=&CEASEFIRE
110 &V-DECREE-4388 obj=&OPPOSITION
012 &V-DECREE-4388 obj=emergency
081 &V-DECREE-4388 obj=democracy
017 &V-DECREE-4388 obj=mourning
017 &V-DECREE-4388 obj=mourning
100 &V-DECREE-4388 obj=transfer
111 &V-DECREE-4388 obj=apostate
111 &V-DECREE-4388 obj=apostate
012 &V-DECREE-4388 obj=worried
013 &V-DECREE-4388 obj=hopeful
013 &V-DECREE-4388 obj=victory
036 &V-DECREE-4388 obj=willing
051 &V-DECREE-4388 obj=support
051 &V-DECREE-4388 obj=winner
111 &V-DECREE-4388 obj=unjust
1723 &V-DECREE-4388 obj=curfew
013 &V-DECREE-4388 obj=happy
031 &V-DECREE-4388 obj=allow

############ EMPHASIZE (line 4429) ############
&V-EMPHASIZE-4429 accentuate emphasise emphasize enunciate highlight impress pinpoint punctuate spotlight stress underline underscore
010 accentuate
010 emphasise
010 emphasize
010 enunciate
010 highlight
010 impress
010 pinpoint
010 punctuate
010 spotlight
010 stress
010 underline
010 underscore
046 &V-EMPHASIZE-4429 obj=importance pp:in=talks pair=046
019 &V-EMPHASIZE-4429 obj=cooperation
110 &V-EMPHASIZE-4429 obj=&OPPOSITION
022 &V-EMPHASIZE-4429 obj=diplomacy
051 &V-EMPHASIZE-4429 obj=strength
020 &V-EMPHASIZE-4429 obj=urgency
053 &V-EMPHASIZE-4429 obj=plight
110 &V-EMPHASIZE-4429 obj=threat
020 &V-EMPHASIZE-4429 obj=need
100 &V-EMPHASIZE-4429 obj=need

############ ESTIMATE (line 4456) ############
&V-ESTIMATE-4456 assess calculate count estimate figure gauge measure reassesment score sum tally total
010 assess
010 calculate
010 count
010 estimate
010 figure
010 gauge
010 measure
010 reassesment
010 score
010 sum
010 tally
010 total
090 &V-ESTIMATE-4456 obj=impact
020 &V-ESTIMATE-4456 prt=on

############ EXPLAIN-VERBAL (line 4475) ############
&V-EXPLAIN-VERBAL-4475 announce articulate assert cite clarify comment communicate convey define depict describe detail elucidate explain explicate expound express impart inform mention narrate rationalize refer remark report say state tell
010 clear_up
010 announce
010 articulate
010 assert
010 cite
010 clarify
010 comment
040 communicate
010 convey
010 define
010 depict
010 describe
010 detail
010 elucidate
010 explain
010 explicate
010 expound
110 express
010 impart
010 inform
010 mention
010 narrate
010 rationalize
010 refer
010 remark
--- report
010 say
010 state
010 tell
138 &V-EXPLAIN-VERBAL-4475|clear_up obj=possibility pp:of=&FIGHT
161 &V-EXPLAIN-VERBAL-4475|clear_up obj=postponement pp:of=&NEGOTIATION
1621 &V-EXPLAIN-VERBAL-4475|clear_up obj=&SOLUTION_of_trade_office target=obj
050 &V-EXPLAIN-VERBAL-4475|clear_up obj=restoration pp:of=relations pair=050
072 &V-EXPLAIN-VERBAL-4475|clear_up obj=&MILITARY_support
1041 &V-EXPLAIN-VERBAL-4475|clear_up obj=challenge pp:for=leadership
036 &V-EXPLAIN-VERBAL-4475|clear_up obj=desire pp:for=&NEGOTIATION
161 &V-EXPLAIN-VERBAL-4475|clear_up obj=closing pp:of=embassy
111 &V-EXPLAIN-VERBAL-4475|clear_up obj=dissatisfaction
110 &V-EXPLAIN-VERBAL-4475|clear_up obj=disappointment
019 &V-EXPLAIN-VERBAL-4475|clear_up obj=determination
051 &V-EXPLAIN-VERBAL-4475|clear_up obj=understanding
083 &V-EXPLAIN-VERBAL-4475|clear_up obj=restructuring
090 &V-EXPLAIN-VERBAL-4475|clear_up obj=&INVESTIGATION
012 &V-EXPLAIN-VERBAL-4475|clear_up obj=apprehension
012 &V-EXPLAIN-VERBAL-4475|clear_up obj=exasperation
012 &V-EXPLAIN-VERBAL-4475|clear_up obj=&FIGHT
013 &V-EXPLAIN-VERBAL-4475|clear_up obj=appreciation
018 &V-EXPLAIN-VERBAL-4475|clear_up pp:as=perfidious
051 &V-EXPLAIN-VERBAL-4475|clear_up obj=satisfaction
111 &V-EXPLAIN-VERBAL-4475|clear_up obj=condemnation
154 &V-EXPLAIN-VERBAL-4475|clear_up obj=bolster_force
160 &V-EXPLAIN-VERBAL-4475|clear_up obj=restrictions
012 &V-EXPLAIN-VERBAL-4475|clear_up obj=reservation
013 &V-EXPLAIN-VERBAL-4475|clear_up obj=willingness
014 &V-EXPLAIN-VERBAL-4475|clear_up obj=reservation
018 &V-EXPLAIN-VERBAL-4475|clear_up obj=condolences
020 &V-EXPLAIN-VERBAL-4475|clear_up obj=&PROPOSAL
030 &V-EXPLAIN-VERBAL-4475|clear_up obj=willingness
0831 &V-EXPLAIN-VERBAL-4475|clear_up obj=resignation
087 &V-EXPLAIN-VERBAL-4475|clear_up obj=end pp:of=strike
110 &V-EXPLAIN-VERBAL-4475|clear_up obj=disapproval
110 &V-EXPLAIN-VERBAL-4475|clear_up obj=displeasure
110 &V-EXPLAIN-VERBAL-4475|clear_up obj=frustration
110 &V-EXPLAIN-VERBAL-4475|clear_up obj=indignation
130 &V-EXPLAIN-VERBAL-4475|clear_up obj=retaliation
010 &V-EXPLAIN-VERBAL-4475|clear_up obj=initiative
012 &V-EXPLAIN-VERBAL-4475|clear_up obj=impatience
012 &V-EXPLAIN-VERBAL-4475|clear_up obj=skepticism
013 &V-EXPLAIN-VERBAL-4475|clear_up obj=confidence
018 &V-EXPLAIN-VERBAL-4475|clear_up obj=condolence
018 &V-EXPLAIN-VERBAL-4475|clear_up obj=sympathies
033 &V-EXPLAIN-VERBAL-4475|clear_up obj=assistance
036 &V-EXPLAIN-VERBAL-4475|clear_up obj=initiative
051 &V-EXPLAIN-VERBAL-4475|clear_up obj=solidarity
0871 &V-EXPLAIN-VERBAL-4475|clear_up obj=&CEASEFIRE
110 &V-EXPLAIN-VERBAL-4475|clear_up pp:as=disaster
110 &V-EXPLAIN-VERBAL-4475|clear_up obj=&OPPOSITION
110 &V-EXPLAIN-VERBAL-4475|clear_up obj=discontent
110 &V-EXPLAIN-VERBAL-4475|clear_up obj=reluctance
110 &V-EXPLAIN-VERBAL-4475|clear_up obj=resentment
114 &V-EXPLAIN-VERBAL-4475|clear_up obj=scepticism
012 &V-EXPLAIN-VERBAL-4475|clear_up obj=hostility
012 &V-EXPLAIN-VERBAL-4475|clear_up obj=misgiving
012 &V-EXPLAIN-VERBAL-4475|clear_up obj=pessimism
013 &V-EXPLAIN-VERBAL-4475|clear_up obj=readiness
017 &V-EXPLAIN-VERBAL-4475|clear_up obj=greetings
051 &V-EXPLAIN-VERBAL-4475|clear_up obj=gratitude
051 &V-EXPLAIN-VERBAL-4475|clear_up obj=gratitude
110 &V-EXPLAIN-VERBAL-4475|clear_up pp:as=mistake
110 &V-EXPLAIN-VERBAL-4475|clear_up obj=misgiving
111 &V-EXPLAIN-VERBAL-4475|clear_up pp:as=lawless
111 &V-EXPLAIN-VERBAL-4475|clear_up obj=detriment
111 &V-EXPLAIN-VERBAL-4475|clear_up obj=revulsion
138 &V-EXPLAIN-VERBAL-4475|clear_up obj=offensive
163 &V-EXPLAIN-VERBAL-4475|clear_up obj=sanctions
163 &V-EXPLAIN-VERBAL-4475|clear_up obj=sanctions
010 &V-EXPLAIN-VERBAL-4475|clear_up obj=approach
012 &V-EXPLAIN-VERBAL-4475|clear_up obj=wariness
012 &V-EXPLAIN-VERBAL-4475|clear_up obj=distress
012 &V-EXPLAIN-VERBAL-4475|clear_up obj=distrust
012 &V-EXPLAIN-VERBAL-4475|clear_up obj=surprise
013 &V-EXPLAIN-VERBAL-4475|clear_up obj=optimism
013 &V-EXPLAIN-VERBAL-4475|clear_up obj=pleasure
013 &V-EXPLAIN-VERBAL-4475|clear_up obj=progress
018 &V-EXPLAIN-VERBAL-4475|clear_up obj=sympathy
031 &V-EXPLAIN-VERBAL-4475|clear_up obj=progress
0874 &V-EXPLAIN-VERBAL-4475|clear_up obj=withdraw
110 &V-EXPLAIN-VERBAL-4475|clear_up obj=mistrust
111 &V-EXPLAIN-VERBAL-4475|clear_up obj=mistrust
130 &V-EXPLAIN-VERBAL-4475|clear_up obj=measures
010 &V-EXPLAIN-VERBAL-4475|clear_up obj=expects target=obj
012 &V-EXPLAIN-VERBAL-4475|clear_up obj=concern
012 &V-EXPLAIN-VERBAL-4475|clear_up obj=anxiety
012 &V-EXPLAIN-VERBAL-4475|clear_up obj=caution
012 &V-EXPLAIN-VERBAL-4475|clear_up obj=clashes
012 &V-EXPLAIN-VERBAL-4475|clear_up obj=concern
012 &V-EXPLAIN-VERBAL-4475|clear_up obj=outrage
018 &V-EXPLAIN-VERBAL-4475|clear_up obj=sadness
018 &V-EXPLAIN-VERBAL-4475|clear_up obj=sadness
032 &V-EXPLAIN-VERBAL-4475|clear_up obj=support
033 &V-EXPLAIN-VERBAL-4475|clear_up obj=package
0356 &V-EXPLAIN-VERBAL-4475|clear_up obj=pullout
045 &V-EXPLAIN-VERBAL-4475|clear_up obj=message
051 &V-EXPLAIN-VERBAL-4475|clear_up obj=backing
051 &V-EXPLAIN-VERBAL-4475|clear_up obj=delight
051 &V-EXPLAIN-VERBAL-4475|clear_up obj=support
0841 &V-EXPLAIN-VERBAL-4475|clear_up obj=release
111 &V-EXPLAIN-VERBAL-4475|clear_up obj=outrage
111 &V-EXPLAIN-VERBAL-4475|clear_up subj=critics
1312 &V-EXPLAIN-VERBAL-4475|clear_up obj=boycott
140 &V-EXPLAIN-VERBAL-4475|clear_up obj=protest
012 &V-EXPLAIN-VERBAL-4475|clear_up obj=dismay
012 &V-EXPLAIN-VERBAL-4475|clear_up obj=horror
012 &V-EXPLAIN-VERBAL-4475|clear_up obj=threat
013 &V-EXPLAIN-VERBAL-4475|clear_up obj=relief
018 &V-EXPLAIN-VERBAL-4475|clear_up obj=regret
018 &V-EXPLAIN-VERBAL-4475|clear_up obj=sorrow
083 &V-EXPLAIN-VERBAL-4475|clear_up obj=reform
0841 &V-EXPLAIN-VERBAL-4475|clear_up obj=pardon
173 &V-EXPLAIN-VERBAL-4475|clear_up obj=arrest
173 &V-EXPLAIN-VERBAL-4475|clear_up obj=arrest
190 &V-EXPLAIN-VERBAL-4475|clear_up obj=attack
012 &V-EXPLAIN-VERBAL-4475|clear_up obj=alarm
012 &V-EXPLAIN-VERBAL-4475|clear_up obj=doubt
012 &V-EXPLAIN-VERBAL-4475|clear_up obj=fears
012 &V-EXPLAIN-VERBAL-4475|clear_up obj=grief
012 &V-EXPLAIN-VERBAL-4475|clear_up obj=shock
012 &V-EXPLAIN-VERBAL-4475|clear_up obj=tense
030 &V-EXPLAIN-VERBAL-4475|clear_up obj=agree
030 &V-EXPLAIN-VERBAL-4475|clear_up obj=plans
036 &V-EXPLAIN-VERBAL-4475|clear_up obj=visit
055 &V-EXPLAIN-VERBAL-4475|clear_up obj=sorry
071 &V-EXPLAIN-VERBAL-4475|clear_up obj=loans
111 &V-EXPLAIN-VERBAL-4475|clear_up obj=shock
111 &V-EXPLAIN-VERBAL-4475|clear_up obj=anger
012 &V-EXPLAIN-VERBAL-4475|clear_up obj=fear
013 &V-EXPLAIN-VERBAL-4475|clear_up obj=hope
013 &V-EXPLAIN-VERBAL-4475|clear_up obj=hope
020 &V-EXPLAIN-VERBAL-4475|clear_up obj=wish
032 &V-EXPLAIN-VERBAL-4475|clear_up obj=plan pair=032
060 &V-EXPLAIN-VERBAL-4475|clear_up obj=deal
110 &V-EXPLAIN-VERBAL-4475|clear_up obj=fear
110 &V-EXPLAIN-VERBAL-4475|clear_up obj=fury
0331 &V-EXPLAIN-VERBAL-4475|clear_up obj=aid
033 &V-EXPLAIN-VERBAL-4475|clear_up obj=aid

############ OBSERVE (line 4645) ############
&V-OBSERVE-4645 note notice observe saw see view watch witness
010 take_note
010 watch_over
010 note
010 notice
010 observe
010 saw
010 see
010 view
010 watch
010 witness
012 &V-OBSERVE-4645|take_note|watch_over obj=no_reason pp:for=optimism
0334 &V-OBSERVE-4645|take_note|watch_over obj=role pp:in=peacekeeping
013 &V-OBSERVE-4645|take_note|watch_over obj=chance pp:for=peace
017 &V-OBSERVE-4645|take_note|watch_over obj=day pp:of=mourning
110 &V-OBSERVE-4645|take_note|watch_over pp:with=hostility
143 &V-OBSERVE-4645|take_note|watch_over obj=general_strike
112 &V-OBSERVE-4645|take_note|watch_over pp:as=terrorist
013 &V-OBSERVE-4645|take_note|watch_over pp:no=obstacle
0871 &V-OBSERVE-4645|take_note|watch_over obj=&CEASEFIRE
110 &V-OBSERVE-4645|take_note|watch_over obj=rebuff
110 &V-OBSERVE-4645|take_note|watch_over obj=row

############ PREDICT (line 4671) ############
&V-PREDICT-4671 anticipate augur auspicate await envisage expect forebode foresee foreshadow foretell portend predict prefigure presage prognosticate
010 anticipate
010 augur
010 auspicate
010 await
010 envisage
030 expect
010 forebode
010 foresee
010 foreshadow
010 foretell
010 portend
010 predict
010 prefigure
010 presage
010 prognosticate
012 &V-PREDICT-4671 obj=&DISPUTE
012 &V-PREDICT-4671 obj=increase pp:in=air_strikes
013 &V-PREDICT-4671 obj=new_round pp:of=diplomacy
013 &V-PREDICT-4671 obj=peace_talks_to_begin
013 &V-PREDICT-4671 obj=&TREATY
013 &V-PREDICT-4671 obj=positive_response
012 &V-PREDICT-4671 obj=&FIGHT
013 &V-PREDICT-4671 obj=&NEGOTIATION
036 &V-PREDICT-4671 pp:in pp:for=talk
012 &V-PREDICT-4671 obj=violence
013 &V-PREDICT-4671 obj=recovery
0331 &V-PREDICT-4671 obj=loan pp:from reverse
036 &V-PREDICT-4671 obj=visit pair=036
030 &V-PREDICT-4671 obj=ties

############ QUOTE (line 4705) ############
&V-QUOTE-4705 quote reiterate restate retell
010 quote
010 reiterate
010 restate
010 retell
1312 &V-QUOTE-4705 obj=demand pp:for=sanction
100 &V-QUOTE-4705 obj=claim pp:to=territory
111 &V-QUOTE-4705 obj=plan_unacceptable
012 &V-QUOTE-4705 obj=shelling_threat
014 &V-QUOTE-4705 obj=willingness
030 &V-QUOTE-4705 obj=commitment
030 &V-QUOTE-4705 obj=commitment
050 &V-QUOTE-4705 obj=commitment
110 &V-QUOTE-4705 obj=&OPPOSITION
030 &V-QUOTE-4705 obj=readiness
111 &V-QUOTE-4705 pp:as=cursing
111 &V-QUOTE-4705 obj=hostility
111 &V-QUOTE-4705 obj=hostility
120 &V-QUOTE-4705 obj=dismissal
010 &V-QUOTE-4705 obj=position
133 &V-QUOTE-4705 obj=uprising
051 &V-QUOTE-4705 obj=backing
051 &V-QUOTE-4705 obj=support
110 &V-QUOTE-4705 obj=concern
120 &V-QUOTE-4705 obj=refusal
130 &V-QUOTE-4705 obj=warning
030 &V-QUOTE-4705 obj=desire
030 &V-QUOTE-4705 obj=pledge
030 &V-QUOTE-4705 obj=pledge
100 &V-QUOTE-4705 obj=demand
130 &V-QUOTE-4705 obj=threat
--- &V-QUOTE-4705 subj=media
--- &V-QUOTE-4705 subj=radio
030 &V-QUOTE-4705 obj=plans
100 &V-QUOTE-4705 obj=claim
010 &V-QUOTE-4705 obj=view

############ REPEAT (line 4745) ############
&V-REPEAT-4745 bemock copy echo imitate mimic mock repeat
010 bemock
010 copy
010 echo
010 imitate
010 mimic
111 mock
010 repeat
036 &V-REPEAT-4745 obj=desire_for_talks_with target=obj
0241 &V-REPEAT-4745 obj=call_on_to_resign target=obj
023 &V-REPEAT-4745 obj=call_for_aid
100 &V-REPEAT-4745 obj=demand_that target=obj
112 &V-REPEAT-4745 obj=allegation
062 &V-REPEAT-4745 obj=dogfight pair=062
130 &V-REPEAT-4745 obj=warning
016 &V-REPEAT-4745 obj=denial
020 &V-REPEAT-4745 obj=appeal
112 &V-REPEAT-4745 obj=charge
020 &V-REPEAT-4745 obj=offer
051 &V-REPEAT-4745 obj=calls target=obj
020 &V-REPEAT-4745 obj=call
111 &V-REPEAT-4745 target=obj

############ CONCERN (line 4773) ############
&V-CONCERN-4773 concern involve
012 concern
012 involve
190 &V-CONCERN-4773 pp:in=&FIGHT pair=190
193 &V-CONCERN-4773 pp:in=shooting
060 &V-CONCERN-4773 pp:in=effort pair=060
060 &V-CONCERN-4773 obj=for

############ WORRY (line 4784) ############
&V-WORRY-4784 worried worry
012 worried
012 worry

############ INTRUDE (line 4791) ############
&V-INTRUDE-4791 intrude obtrude pry trespass
013 intrude
013 obtrude
013 pry
013 trespass
192 &V-INTRUDE-4791 obj=territory

############ REFUTE (line 4801) ############
&V-REFUTE-4801 refute
016 refute
111 &V-REFUTE-4801 obj=&DISPUTE target=obj

############ ALLAY (line 4808) ############
&V-ALLAY-4808 allay comfort console
017 allay
017 comfort
017 console

############ APPEAL (line 4816) ############
&V-APPEAL-4816 appeal beg implore plead solicit
020 appeal
020 beg
020 implore
020 plead
020 solicit
023 &V-APPEAL-4816 pp:for=&FOOD_and_&CURRENCY
027 &V-APPEAL-4816 pp:for=&TREATY
024 &V-APPEAL-4816 pp:for=political_reform
0231 &V-APPEAL-4816 pp:for=&CURRENCY_help
0232 &V-APPEAL-4816 pp:for=reinforcements
022 &V-APPEAL-4816 pp:for=rapprochement
0233 &V-APPEAL-4816 subj=&REFUGEE
0214 &V-APPEAL-4816 pp:for=&INFORMATION
0231 &V-APPEAL-4816 pp:for=financial_aid
0233 &V-APPEAL-4816 pp:for=&FOOD
0255 &V-APPEAL-4816 pp:for=intervention
0213 &V-APPEAL-4816 pp:for=prosecution
026 &V-APPEAL-4816 pp:for=&NEGOTIATION
055 &V-APPEAL-4816 pp:for=forgiveness
021 &V-APPEAL-4816 pp:to=&PEOPLE
0231 &V-APPEAL-4816 pp:for=&CURRENCY
0234 &V-APPEAL-4816 pp:for=&SECURITY
0253 &V-APPEAL-4816 pp:with=kidnapper
0256 &V-APPEAL-4816 pp:for=&CEASEFIRE
0234 &V-APPEAL-4816 pp:to=government
025 &V-APPEAL-4816 pp:for=restraint
0234 &V-APPEAL-4816 pp:for=presence
023 &V-APPEAL-4816 pp:for=airlifts
025 &V-APPEAL-4816 pp:for=clemency
026 &V-APPEAL-4816 obj=negotiating
055 &V-APPEAL-4816 obj=forgiveness
110 &V-APPEAL-4816 pp:for=pressure
0231 &V-APPEAL-4816 pp:for=million
0253 &V-APPEAL-4816 pp:for=release
0253 &V-APPEAL-4816 pp:for=release
0256 &V-APPEAL-4816 pp:for=respite
0256 &V-APPEAL-4816 obj=&CEASEFIRE
1043 &V-APPEAL-4816 pp:by=sentence
016 &V-APPEAL-4816 obj=not_guilty
0841 &V-APPEAL-4816 obj=acquittal
016 &V-APPEAL-4816 obj=innocent
025 &V-APPEAL-4816 obj=sentence
027 &V-APPEAL-4816 pp:for=peace target=obj
027 &V-APPEAL-4816 pp:for=peace
0231 &V-APPEAL-4816 pp:for=fund
023 &V-APPEAL-4816 pp:for=help
023 &V-APPEAL-4816 pp:for=help
023 &V-APPEAL-4816 pp:for=aid
0256 &V-APPEAL-4816 pp:for=end
--- &V-APPEAL-4816 obj=court
023 &V-APPEAL-4816 obj=help

############ HOPE (line 4872) ############
&V-HOPE-4872 desire hope
020 desire
020 hope
013 &V-HOPE-4872 pp:for=breakthrough
026 &V-HOPE-4872 pp:for=&NEGOTIATION
013 &V-HOPE-4872 pp:for=peace
013 &V-HOPE-4872 pp:for

############ SUGGEST (line 4883) ############
&V-SUGGEST-4883 advise advocate counsel hint propose recommend suggest
020 advise
020 advocate
020 counsel
020 hint
020 propose
020 recommend
020 suggest
0234 &V-SUGGEST-4883 obj=&PKO
0256 &V-SUGGEST-4883 obj=cessation pp:in=&FIGHT
0212 &V-SUGGEST-4883 obj=joint_&FIGHT_games
111 &V-SUGGEST-4883 obj=&DISPUTE
031 &V-SUGGEST-4883 obj=coalition_government
034 &V-SUGGEST-4883 obj=resumption pp:of=talks
033 &V-SUGGEST-4883 obj=resumption pp:of=aid
0241 &V-SUGGEST-4883 obj=early_elections
050 &V-SUGGEST-4883 obj=no_legal_action
091 &V-SUGGEST-4883 obj=&INVESTIGATION
160 &V-SUGGEST-4883 pp:against=travel
0233 &V-SUGGEST-4883 obj=relief_flight
0234 &V-SUGGEST-4883 obj=peacekeeping
170 &V-SUGGEST-4883 obj=death_penalty
036 &V-SUGGEST-4883 obj=&NEGOTIATION
0234 &V-SUGGEST-4883 obj=deployment
0256 &V-SUGGEST-4883 obj=&CEASEFIRE
026 &V-SUGGEST-4883 obj=conference
030 &V-SUGGEST-4883 obj=joint_study
131 &V-SUGGEST-4883 obj=suspension
0255 &V-SUGGEST-4883 obj=u.n._mission
110 &V-SUGGEST-4883 obj=blacklist
131 &V-SUGGEST-4883 obj=expulsion
130 &V-SUGGEST-4883 obj=measures
024 &V-SUGGEST-4883 obj=reforms
0253 &V-SUGGEST-4883 obj=amnesty
026 &V-SUGGEST-4883 obj=meeting
026 &V-SUGGEST-4883 obj=meeting
0334 &V-SUGGEST-4883 obj=&DEFENSE
1312 &V-SUGGEST-4883 obj=embargo
026 &V-SUGGEST-4883 obj=summit
039 &V-SUGGEST-4883 obj=peace
027 &V-SUGGEST-4883 obj=plan
036 &V-SUGGEST-4883 obj=talk
033 &V-SUGGEST-4883 obj=aid

############ INTEND (line 4930) ############
&V-INTEND-4930 intend mean plan
030 intend
030 mean
030 plan
0312 &V-INTEND-4930 obj=joint_&MILITARY_operation
138 &V-INTEND-4930 obj=&MILITARY_action pp:against
0356 &V-INTEND-4930 obj=departure pp:from=battlefield
133 &V-INTEND-4930 obj=demonstration pp:against
0332 &V-INTEND-4930 obj=&MILITARY_aid
1311 &V-INTEND-4930 obj=cut pp:in=economic_aid
039 &V-INTEND-4930 pp:peace=conference
090 &V-INTEND-4930 obj=tribunal pp:against
0341 &V-INTEND-4930 obj=early_elections
133 &V-INTEND-4930 obj=demonstration
130 &V-INTEND-4930 obj=&FIGHT
035 &V-INTEND-4930 obj=pullout pp:from
138 &V-INTEND-4930 obj=coup_against
173 &V-INTEND-4930 obj=legal_action
0311 &V-INTEND-4930 obj=investment
138 &V-INTEND-4930 obj=aggression
140 &V-INTEND-4930 obj=delay subj=union
033 &V-INTEND-4930 obj=emergency
--- &V-INTEND-4930 subj=election
036 &V-INTEND-4930 obj=travel pp:to
--- &V-INTEND-4930 obj=deal subj=spy
0344 &V-INTEND-4930 obj=reforms
133 &V-INTEND-4930 obj=protest
036 &V-INTEND-4930 obj=stop pp:in
036 &V-INTEND-4930 obj=summit
138 &V-INTEND-4930 obj=attack
036 &V-INTEND-4930 obj=visit
036 &V-INTEND-4930 obj=talks
036 &V-INTEND-4930 obj=visit
033 &V-INTEND-4930 obj=help
036 &V-INTEND-4930 obj=deal
036 &V-INTEND-4930 obj=trip
042 &V-INTEND-4930 obj=tour pair=043

############ OFFER (line 4971) ############
&V-OFFER-4971 offer proffer volunteer
030 offer
030 proffer
030 volunteer
0312 &V-OFFER-4971 obj=&MILITARY_&TREATY_with target=obj
0312 &V-OFFER-4971 obj=&MILITARY_&TREATY
0332 &V-OFFER-4971 obj=direct_&MILITARY_assistance
0214 &V-OFFER-4971 obj=&CURRENCY pp:for=&INFORMATION
0332 &V-OFFER-4971 obj=&MILITARY_assistance
033 &V-OFFER-4971 obj=&AIRCRAFT
0332 &V-OFFER-4971 obj=&MILITARY_support
0312 &V-OFFER-4971 obj=&SECURITY_cooperation
0332 &V-OFFER-4971 obj=&MILITARY_base
0332 &V-OFFER-4971 obj=&MILITARY_help
033 &V-OFFER-4971 obj=technical_assistance
037 &V-OFFER-4971 obj=reconciliation_talks
0332 &V-OFFER-4971 obj=&MILITARY_aid
0333 &V-OFFER-4971 obj=medical_assistance
039 &V-OFFER-4971 obj=service_as_postman
0331 &V-OFFER-4971 obj=economic_support
0333 &V-OFFER-4971 obj=requested_relief
051 &V-OFFER-4971 obj=fawning_coverage
018 &V-OFFER-4971 obj=solemn_farewell
037 &V-OFFER-4971 obj=reconciliation
035 &V-OFFER-4971 obj=compensation
018 &V-OFFER-4971 obj=condolences
030 &V-OFFER-4971 obj=cooperation
0331 &V-OFFER-4971 obj=economic_aid
035 &V-OFFER-4971 obj=concessions
036 &V-OFFER-4971 obj=negotiation
037 &V-OFFER-4971 obj=olive_branch
021 &V-OFFER-4971 obj=friendship
030 &V-OFFER-4971 obj=technology
032 &V-OFFER-4971 obj=membership
0331 &V-OFFER-4971 obj=&CURRENCY
0333 &V-OFFER-4971 obj=&ASYLUM
033 &V-OFFER-4971 obj=assistance
033 &V-OFFER-4971 obj=&CAR
0356 &V-OFFER-4971 obj=&CEASEFIRE
035 &V-OFFER-4971 obj=compromise
030 &V-OFFER-4971 obj=&PROGRAM
039 &V-OFFER-4971 obj=mediation
111 &V-OFFER-4971 obj=criticism
018 &V-OFFER-4971 obj=respects
0356 &V-OFFER-4971 obj=withdraw
030 &V-OFFER-4971 obj=support
031 &V-OFFER-4971 obj=knowhow
035 &V-OFFER-4971 obj=amnesty
017 &V-OFFER-4971 obj=prayer
0331 &V-OFFER-4971 obj=credit
0331 &V-OFFER-4971 obj=credit
0331 &V-OFFER-4971 obj=pounds
0332 &V-OFFER-4971 obj=armour
030 &V-OFFER-4971 obj=place
036 &V-OFFER-4971 obj=talks
036 &V-OFFER-4971 obj=talks
036 &V-OFFER-4971 obj=talks
030 &V-OFFER-4971 obj=help
0311 &V-OFFER-4971 obj=fund
0331 &V-OFFER-4971 obj=loan

############ PLEDGE (line 5035) ############
&V-PLEDGE-5035 pledge subscribe
030 pledge
030 subscribe
0334 &V-PLEDGE-5035 obj=&PKO
0332 &V-PLEDGE-5035 obj=&MILITARY_support
0331 &V-PLEDGE-5035 obj=economic_assistance
0331 &V-PLEDGE-5035 obj=financial_support
0331 &V-PLEDGE-5035 obj=economic_support
0333 &V-PLEDGE-5035 obj=humanitarian_aid
032 &V-PLEDGE-5035 obj=strong_support
130 &V-PLEDGE-5035 obj=action pp:against
0333 &V-PLEDGE-5035 obj=&FOOD
030 &V-PLEDGE-5035 obj=cooperation
0311 &V-PLEDGE-5035 obj=investment
0331 &V-PLEDGE-5035 obj=&CURRENCY
133 &V-PLEDGE-5035 obj=resistance
130 &V-PLEDGE-5035 obj=crackdown
070 &V-PLEDGE-5035 obj=survivor
032 &V-PLEDGE-5035 obj=support
1312 &V-PLEDGE-5035 obj=boycott
030 &V-PLEDGE-5035 obj=effort
130 &V-PLEDGE-5035 obj=defeat
0331 &V-PLEDGE-5035 obj=fund

############ PREPARE (line 5062) ############
&V-PREPARE-5062 groom prepare ready train
030 gear_up
030 groom
030 prepare
030 ready
030 train
138 &V-PREPARE-5062|gear_up subj=forces pp:for=&MILITARY_move
0334 &V-PREPARE-5062|gear_up obj=&MILITARY_peacekeeping
0312 &V-PREPARE-5062|gear_up obj=&MILITARY_training
138 &V-PREPARE-5062|gear_up obj=possible_strikes pp:against
143 &V-PREPARE-5062|gear_up obj=for_strike_to_protest
0353 &V-PREPARE-5062|gear_up obj=territory_concession
017 &V-PREPARE-5062|gear_up obj=goodwill_gesture
154 &V-PREPARE-5062|gear_up obj=for_&FIGHT
036 &V-PREPARE-5062|gear_up pp:for=&NEGOTIATION
073 &V-PREPARE-5062|gear_up obj=camp_&ASYLUM
160 &V-PREPARE-5062|gear_up obj=evacuation pp:of
017 &V-PREPARE-5062|gear_up obj=celebration
1384 &V-PREPARE-5062|gear_up obj=airstrike
138 &V-PREPARE-5062|gear_up obj=incursion
154 &V-PREPARE-5062|gear_up obj=invasion
183 &V-PREPARE-5062|gear_up obj=attack pp:in
072 &V-PREPARE-5062|gear_up obj=fighter
0312 &V-PREPARE-5062|gear_up obj=pilots
0333 &V-PREPARE-5062|gear_up obj=relief
072 &V-PREPARE-5062|gear_up obj=forces
090 &V-PREPARE-5062|gear_up obj=report
030 &V-PREPARE-5062|gear_up obj=plan
033 &V-PREPARE-5062|gear_up obj=help target=obj
036 &V-PREPARE-5062|gear_up obj=talk pair=036

############ PROMISE (line 5096) ############
&V-PROMISE-5096 assure certify ensure guarantee promise vouch
030 assure
030 certify
030 ensure
030 guarantee
030 promise
030 vouch
0312 &V-PROMISE-5096 obj=&MILITARY_flyover_rights
0332 &V-PROMISE-5096 obj=&MILITARY_aid
0331 &V-PROMISE-5096 obj=economic_support
130 &V-PROMISE-5096 obj=action pp:against
0331 &V-PROMISE-5096 obj=financial_aid
030 &V-PROMISE-5096 obj=cooperation
032 &V-PROMISE-5096 obj=full_support
0331 &V-PROMISE-5096 obj=&CURRENCY
0332 &V-PROMISE-5096 obj=&SECURITY
0333 &V-PROMISE-5096 obj=assistance
0356 &V-PROMISE-5096 obj=operation
--- &V-PROMISE-5096 subj=campaign
030 &V-PROMISE-5096 obj=support
130 &V-PROMISE-5096 obj=arrest
138 &V-PROMISE-5096 obj=raids
030 &V-PROMISE-5096 obj=help
130 &V-PROMISE-5096 obj=hell
033 &V-PROMISE-5096 obj=aid

############ REVIVE (line 5125) ############
&V-REVIVE-5125 resurrect resuscitate revive
030 resurrect
030 resuscitate
030 revive
037 &V-REVIVE-5125 obj=peace_process
050 &V-REVIVE-5125 obj=pacts

############ SIGNAL (line 5135) ############
&V-SIGNAL-5135 signal
030 signal
110 &V-SIGNAL-5135 obj=&OPPOSITION
013 &V-SIGNAL-5135 obj=desire

############ STRIVE (line 5142) ############
&V-STRIVE-5142 endeavor endeavour strive
030 endeavor
030 endeavour
030 strive

############ ARRIVE (line 5149) ############
&V-ARRIVE-5149 approach arrive come
040 approach
040 arrive
--- come
074 &V-ARRIVE-5149 subj=&PKO_&MILITARY pair=0861
062 &V-ARRIVE-5149 pp:for=&MILITARY_exercises pair=062
0861 &V-ARRIVE-5149 subj=&PKO pair=074
128 &V-ARRIVE-5149 subj=flight pp:despite=blockade
062 &V-ARRIVE-5149 pp:for=&FIGHT_games pair=062
046 &V-ARRIVE-5149 pp:in pp:for=consultation pair=046
062 &V-ARRIVE-5149 subj=&FIGHT_ships
073 &V-ARRIVE-5149 pp:from pp:with=medicine
073 &V-ARRIVE-5149 subj=&REFUGEE reverse
072 &V-ARRIVE-5149 subj=&MILITARY
073 &V-ARRIVE-5149 subj=relief_supplies pair=0863
020 &V-ARRIVE-5149 pp:under=pressure reverse
073 &V-ARRIVE-5149 subj=&FOOD pair=0863
110 &V-ARRIVE-5149 pp:under=censure reverse
046 &V-ARRIVE-5149 pp:in pp:for=summit pair=046
073 &V-ARRIVE-5149 subj=&ASYLUM reverse
020 &V-ARRIVE-5149 pp:about=help
045 &V-ARRIVE-5149 subj=mediators
072 &V-ARRIVE-5149 subj=battalion
111 &V-ARRIVE-5149 pp:under=fire reverse
042 &V-ARRIVE-5149 pp:for=visit pair=043
046 &V-ARRIVE-5149 pp:for=talks pair=046
046 &V-ARRIVE-5149 pp:for=talks pair=046
073 &V-ARRIVE-5149 subj=medicine
073 &V-ARRIVE-5149 subj=medicine
062 &V-ARRIVE-5149 subj=frigate pair=062
070 &V-ARRIVE-5149 pp:with=aid
072 &V-ARRIVE-5149 subj=warship
072 &V-ARRIVE-5149 subj=carrier
166 &V-ARRIVE-5149 subj=evacuee
166 &V-ARRIVE-5149 subj=evacuee reverse
046 &V-ARRIVE-5149 obj=summit
073 &V-ARRIVE-5149 subj=relief pair=0863
042 &V-ARRIVE-5149 prt=back pair=043
040 &V-ARRIVE-5149 pp:to

############ ASSEMBLE (line 5193) ############
&V-ASSEMBLE-5193 amass assemble cluster conglomerate congregate conjoin constellate convene converge flock gather huddle join reconvene unite
040 get_together
040 amass
040 assemble
040 cluster
040 conglomerate
040 congregate
040 conjoin
040 constellate
042 convene
040 converge
040 flock
040 gather
040 huddle
040 join
--- reconvene
040 unite
074 &V-ASSEMBLE-5193|get_together obj=&PKO_operation
195 &V-ASSEMBLE-5193|get_together subj=&AIRCRAFT
062 &V-ASSEMBLE-5193|get_together obj=&MILITARY_exercises pair=062
074 &V-ASSEMBLE-5193|get_together obj=&PKO
154 &V-ASSEMBLE-5193|get_together obj=&MILITARY_presence
141 &V-ASSEMBLE-5193|get_together subj=crowd pp:in=demonstration
062 &V-ASSEMBLE-5193|get_together pp:with=&MILITARY pair=062
057 &V-ASSEMBLE-5193|get_together obj=&TREATY pair=057
017 &V-ASSEMBLE-5193|get_together pp:in=commemorating
154 &V-ASSEMBLE-5193|get_together obj=&MILITARY
0331 &V-ASSEMBLE-5193|get_together obj=finance_package
111 &V-ASSEMBLE-5193|get_together pp:in=criticising
111 &V-ASSEMBLE-5193|get_together pp:in=criticising
141 &V-ASSEMBLE-5193|get_together pp:to=demonstrate
141 &V-ASSEMBLE-5193|get_together subj=demonstrators
1121 &V-ASSEMBLE-5193|get_together obj=illegal_profit reverse
050 &V-ASSEMBLE-5193|get_together pp:in=condemning
062 &V-ASSEMBLE-5193|get_together obj=&FIGHT
074 &V-ASSEMBLE-5193|get_together obj=peace_mission
111 &V-ASSEMBLE-5193|get_together pp:in=accusation
111 &V-ASSEMBLE-5193|get_together pp:in=condemning
141 &V-ASSEMBLE-5193|get_together pp:to/for=protest
142 &V-ASSEMBLE-5193|get_together obj=hunger_strike
--- &V-ASSEMBLE-5193|get_together pp:for=assembly
051 &V-ASSEMBLE-5193|get_together obj=celebration
111 &V-ASSEMBLE-5193|get_together pp:in=deploring
017 &V-ASSEMBLE-5193|get_together pp:for=service
040 &V-ASSEMBLE-5193|get_together pp:for=meeting
046 &V-ASSEMBLE-5193|get_together pp:for=meeting
053 &V-ASSEMBLE-5193|get_together pp:in=rally pp:for
016 &V-ASSEMBLE-5193|get_together pp:in=denying
020 &V-ASSEMBLE-5193|get_together pp:in=calling
040 &V-ASSEMBLE-5193|get_together pp:for=summit
050 &V-ASSEMBLE-5193|get_together obj=coalition
050 &V-ASSEMBLE-5193|get_together obj=operation
062 &V-ASSEMBLE-5193|get_together subj=squadrons pair=062
110 &V-ASSEMBLE-5193|get_together obj=complaint
1413 &V-ASSEMBLE-5193|get_together obj=democracy
017 &V-ASSEMBLE-5193|get_together subj=mourners
046 &V-ASSEMBLE-5193|get_together pp:for=talks pair=046
051 &V-ASSEMBLE-5193|get_together obj=campaign
017 &V-ASSEMBLE-5193|get_together obj=funeral
046 &V-ASSEMBLE-5193|get_together pp:for=talk pair=046
046 &V-ASSEMBLE-5193|get_together obj=meeting pair=046
074 &V-ASSEMBLE-5193|get_together obj=mission
110 &V-ASSEMBLE-5193|get_together obj=concern
110 &V-ASSEMBLE-5193|get_together obj=protest
141 &V-ASSEMBLE-5193|get_together subj=workers
040 &V-ASSEMBLE-5193|get_together obj=summit
060 &V-ASSEMBLE-5193|get_together obj=forces
190 &V-ASSEMBLE-5193|get_together obj=attack
040 &V-ASSEMBLE-5193|get_together obj=talks pair=040
090 &V-ASSEMBLE-5193|get_together obj=quest
141 &V-ASSEMBLE-5193|get_together obj=crowd
141 &V-ASSEMBLE-5193|get_together obj=rally
141 &V-ASSEMBLE-5193|get_together obj=rally
046 &V-ASSEMBLE-5193|get_together obj=with pair=046
090 &V-ASSEMBLE-5193|get_together obj=data

############ CABLE (line 5272) ############
&V-CABLE-5272 cable
040 cable

############ CONSIDER (line 5278) ############
&V-CONSIDER-5278 consider contemplate deliberate excogitate meditate mull muse ponder reason reconsider ruminate speculate think weigh
040 consider
040 contemplate
014 deliberate
040 excogitate
040 meditate
040 mull
040 muse
040 ponder
040 reason
040 reconsider
040 ruminate
040 speculate
040 think
040 weigh
014 &V-CONSIDER-5278 obj=&SECURITY_&TREATY
1382 &V-CONSIDER-5278 obj=&MILITARY_occupation
0312 &V-CONSIDER-5278 obj=&MILITARY_alliance pair=0312
138 &V-CONSIDER-5278 obj=option pp:of=&MILITARY
0333 &V-CONSIDER-5278 obj=&FOOD_asisstance
014 &V-CONSIDER-5278 obj=joint_&FIGHT_game
014 &V-CONSIDER-5278 obj=exchange_&PROGRAM
014 &V-CONSIDER-5278 obj=&SECURITY_threat
1312 &V-CONSIDER-5278 obj=sanctions_against
014 &V-CONSIDER-5278 obj=dispatch_mission
1384 &V-CONSIDER-5278 obj=&MILITARY
014 &V-CONSIDER-5278 obj=participation
0311 &V-CONSIDER-5278 obj=&CURRENCY_aid
130 &V-CONSIDER-5278 obj=action pp:against
014 &V-CONSIDER-5278 obj=acquisition
014 &V-CONSIDER-5278 obj=&PROPOSAL
014 &V-CONSIDER-5278 obj=&PROPOSAL
012 &V-CONSIDER-5278 obj=unreliable
014 &V-CONSIDER-5278 obj=deployment
014 &V-CONSIDER-5278 obj=compromise
014 &V-CONSIDER-5278 obj=regulation
014 &V-CONSIDER-5278 obj=&SOLUTION
030 &V-CONSIDER-5278 obj=bus_service
1384 &V-CONSIDER-5278 obj=airstrikes
014 &V-CONSIDER-5278 obj=response
014 &V-CONSIDER-5278 obj=building
014 &V-CONSIDER-5278 obj=sanction
130 &V-CONSIDER-5278 obj=imposing
014 &V-CONSIDER-5278 obj=measure
014 &V-CONSIDER-5278 obj=options
014 &V-CONSIDER-5278 obj=request
1312 &V-CONSIDER-5278 obj=embargo
1384 &V-CONSIDER-5278 obj=air_raid
012 &V-CONSIDER-5278 obj=urgent
014 &V-CONSIDER-5278 obj=appeal
131 &V-CONSIDER-5278 obj=strike
014 &V-CONSIDER-5278 obj=step
014 &V-CONSIDER-5278 obj=plan
1311 &V-CONSIDER-5278 obj=aid

############ GO-SOMEWHERE (line 5336) ############
&V-GO-SOMEWHERE-5336 attend depart egress embark embark go journey leave tour touring travel
040 go_away
040 go_forth
040 go_to
040 leave_behind
040 pull_out
040 walk_out
042 attend pair=043
040 depart
040 egress
040 embark
040 embark
040 go
040 journey
040 leave
040 tour
040 touring
040 travel
124 &V-GO-SOMEWHERE-5336|go_away|go_forth|go_to|leave_behind|pull_out|walk_out pp:on=diplomatic_offensive
040 &V-GO-SOMEWHERE-5336|go_away|go_forth|go_to|leave_behind|pull_out|walk_out pp:into=emergency_session
042 &V-GO-SOMEWHERE-5336|go_away|go_forth|go_to|leave_behind|pull_out|walk_out pp:for=consultations pair=043
--- &V-GO-SOMEWHERE-5336|go_away|go_forth|go_to|leave_behind|pull_out|walk_out pp:in=history prt=down
--- &V-GO-SOMEWHERE-5336|go_away|go_forth|go_to|leave_behind|pull_out|walk_out obj=kentucky_derby
017 &V-GO-SOMEWHERE-5336|go_away|go_forth|go_to|leave_behind|pull_out|walk_out obj=commemoration
042 &V-GO-SOMEWHERE-5336|go_away|go_forth|go_to|leave_behind|pull_out|walk_out obj=ahead pp:with=tour
046 &V-GO-SOMEWHERE-5336|go_away|go_forth|go_to|leave_behind|pull_out|walk_out pp:on=&NEGOTIATION pair=046
141 &V-GO-SOMEWHERE-5336|go_away|go_forth|go_to|leave_behind|pull_out|walk_out obj=demonstration
017 &V-GO-SOMEWHERE-5336|go_away|go_forth|go_to|leave_behind|pull_out|walk_out obj=inauguration
039 &V-GO-SOMEWHERE-5336|go_away|go_forth|go_to|leave_behind|pull_out|walk_out pp:on=initiative
190 &V-GO-SOMEWHERE-5336|go_away|go_forth|go_to|leave_behind|pull_out|walk_out obj=&FIGHT
042 &V-GO-SOMEWHERE-5336|go_away|go_forth|go_to|leave_behind|pull_out|walk_out obj=summit pp:in pp:on pair=043
044 &V-GO-SOMEWHERE-5336|go_away|go_forth|go_to|leave_behind|pull_out|walk_out obj=conference pair=044
044 &V-GO-SOMEWHERE-5336|go_away|go_forth|go_to|leave_behind|pull_out|walk_out obj=conference
017 &V-GO-SOMEWHERE-5336|go_away|go_forth|go_to|leave_behind|pull_out|walk_out obj=ceremony
036 &V-GO-SOMEWHERE-5336|go_away|go_forth|go_to|leave_behind|pull_out|walk_out pp:on=tour pp:to target=obj
042 &V-GO-SOMEWHERE-5336|go_away|go_forth|go_to|leave_behind|pull_out|walk_out pp:on=tour pp:of target=obj pair=043
017 &V-GO-SOMEWHERE-5336|go_away|go_forth|go_to|leave_behind|pull_out|walk_out obj=funeral
017 &V-GO-SOMEWHERE-5336|go_away|go_forth|go_to|leave_behind|pull_out|walk_out obj=service
042 &V-GO-SOMEWHERE-5336|go_away|go_forth|go_to|leave_behind|pull_out|walk_out pp:on=visit pair=043
042 &V-GO-SOMEWHERE-5336|go_away|go_forth|go_to|leave_behind|pull_out|walk_out obj=meeting pair=043
0874 &V-GO-SOMEWHERE-5336|go_away|go_forth|go_to|leave_behind|pull_out|walk_out pp:of=bases
164 &V-GO-SOMEWHERE-5336|go_away|go_forth|go_to|leave_behind|pull_out|walk_out pp:of=talks
173 &V-GO-SOMEWHERE-5336|go_away|go_forth|go_to|leave_behind|pull_out|walk_out pp:on=trial reverse
042 &V-GO-SOMEWHERE-5336|go_away|go_forth|go_to|leave_behind|pull_out|walk_out obj=trip prt=on pair=043
044 &V-GO-SOMEWHERE-5336|go_away|go_forth|go_to|leave_behind|pull_out|walk_out obj=summit
080 &V-GO-SOMEWHERE-5336|go_away|go_forth|go_to|leave_behind|pull_out|walk_out pp:of=race
--- &V-GO-SOMEWHERE-5336|go_away|go_forth|go_to|leave_behind|pull_out|walk_out obj=court
--- &V-GO-SOMEWHERE-5336|go_away|go_forth|go_to|leave_behind|pull_out|walk_out obj=poll
042 &V-GO-SOMEWHERE-5336|go_away|go_forth|go_to|leave_behind|pull_out|walk_out pp:for pair=043

############ HEAR (line 5389) ############
&V-HEAR-5389 hear learn
040 find_out
040 hear
040 learn
111 &V-HEAR-5389|find_out obj=witness
090 &V-HEAR-5389|find_out obj=report
020 &V-HEAR-5389|find_out obj=appeal reverse

############ INTRODUCE (line 5400) ############
&V-INTRODUCE-5400 acquaint innovate insert introduce
040 acquaint
040 innovate
040 insert
040 introduce
1041 &V-INTRODUCE-5400 obj=censure_&PROPOSAL
163 &V-INTRODUCE-5400 obj=embargo pp:on=arms
020 &V-INTRODUCE-5400 obj=&SOLUTION
100 &V-INTRODUCE-5400 obj=proposal
081 &V-INTRODUCE-5400 obj=amnesty

############ INVITE (line 5414) ############
&V-INVITE-5414 elicit invite reinvite
040 ask_for
040 elicit
040 invite
040 reinvite
030 &V-INVITE-5414|ask_for pp:for=&NEGOTIATION
036 &V-INVITE-5414|ask_for obj=fighter

############ MEET-PEOPLE (line 5425) ############
&V-MEET-PEOPLE-5425 brave confront contact encounter face interact meet
040 communicate_with
040 meet_with
040 run_into
040 brave
040 confront
040 contact
040 encounter
040 face
040 interact
040 meet
190 &V-MEET-PEOPLE-5425|communicate_with|meet_with|run_into pp:in=&DISPUTE pair=190
111 &V-MEET-PEOPLE-5425|communicate_with|meet_with|run_into pp:in=verbal_&FIGHT
046 &V-MEET-PEOPLE-5425|communicate_with|meet_with|run_into pp:under=mediation pair=045
141 &V-MEET-PEOPLE-5425|communicate_with|meet_with|run_into pp:by/with=protests
038 &V-MEET-PEOPLE-5425|communicate_with|meet_with|run_into pp:under=auspices pair=039
093 &V-MEET-PEOPLE-5425|communicate_with|meet_with|run_into obj=court_martial reverse
110 &V-MEET-PEOPLE-5425|communicate_with|meet_with|run_into obj=&FIGHT reverse
030 &V-MEET-PEOPLE-5425|communicate_with|meet_with|run_into pp:in=diplomacy
036 &V-MEET-PEOPLE-5425|communicate_with|meet_with|run_into pp:with=leaders pair=036
041 &V-MEET-PEOPLE-5425|communicate_with|meet_with|run_into pp:by=telephone pair=041
012 &V-MEET-PEOPLE-5425|communicate_with|meet_with|run_into obj=reluctance
130 &V-MEET-PEOPLE-5425|communicate_with|meet_with|run_into obj=agression
111 &V-MEET-PEOPLE-5425|communicate_with|meet_with|run_into obj=criticism reverse
036 &V-MEET-PEOPLE-5425|communicate_with|meet_with|run_into pp:for=talks pair=036
100 &V-MEET-PEOPLE-5425|communicate_with|meet_with|run_into obj=pressure reverse
012 &V-MEET-PEOPLE-5425|communicate_with|meet_with|run_into obj=problem
023 &V-MEET-PEOPLE-5425|communicate_with|meet_with|run_into pp:for=help
061 &V-MEET-PEOPLE-5425|communicate_with|meet_with|run_into obj=payment
112 &V-MEET-PEOPLE-5425|communicate_with|meet_with|run_into obj=penalty reverse
173 &V-MEET-PEOPLE-5425|communicate_with|meet_with|run_into obj=hearing reverse
--- &V-MEET-PEOPLE-5425|communicate_with|meet_with|run_into obj=run-off
112 &V-MEET-PEOPLE-5425|communicate_with|meet_with|run_into obj=charge reverse
130 &V-MEET-PEOPLE-5425|communicate_with|meet_with|run_into obj=threat reverse
020 &V-MEET-PEOPLE-5425|communicate_with|meet_with|run_into obj=calls reverse
034 &V-MEET-PEOPLE-5425|communicate_with|meet_with|run_into obj=split reverse
173 &V-MEET-PEOPLE-5425|communicate_with|meet_with|run_into obj=trial reverse
012 &V-MEET-PEOPLE-5425|communicate_with|meet_with|run_into obj=coup
020 &V-MEET-PEOPLE-5425|communicate_with|meet_with|run_into obj=call reverse
036 &V-MEET-PEOPLE-5425|communicate_with|meet_with|run_into pp:at pair=036

############ NOTIFY (line 5469) ############
&V-NOTIFY-5469 apprise apprize notify promulgate
040 give_notice
040 send_word
040 apprise
040 apprize
040 notify
040 promulgate
110 &V-NOTIFY-5469|give_notice|send_word obj=dissent

############ CALL (line 5481) ############
&V-CALL-5481 call phone telephone
041 call pair=041
041 phone pair=041
041 telephone pair=041
138 &V-CALL-5481 obj=&WEAPON_attack
0234 &V-CALL-5481 pp:for=&PKO
153 &V-CALL-5481 pp:up=&MILITARY_reserve
113 &V-CALL-5481 pp:for=international_action
0234 &V-CALL-5481 pp:for=&SECURITY_measure
1431 &V-CALL-5481 obj=strike pp:for=resignation
1056 &V-CALL-5481 pp:for=end pp:to=operation
1383 &V-CALL-5481 pp:for=suicide_attack
154 &V-CALL-5481 pp:up=&MILITARY
090 &V-CALL-5481 pp:for=&INVESTIGATION
113 &V-CALL-5481 pp:for=action pp:against
0233 &V-CALL-5481 obj=humanitarian_aid
0244 &V-CALL-5481 pp:for=independence
0256 &V-CALL-5481 pp:for=de-escalation
027 &V-CALL-5481 pp:for=&TOWN
138 &V-CALL-5481 pp:for=&FIGHT
--- &V-CALL-5481 obj=cabinet_meeting
013 &V-CALL-5481 obj=to_congratulate
0241 &V-CALL-5481 pp:for=resignation
026 &V-CALL-5481 pp:for=&NEGOTIATION
026 &V-CALL-5481 pp:for=&NEGOTIATION
0233 &V-CALL-5481 pp:for=deployment
0234 &V-CALL-5481 pp:for=protection
0234 &V-CALL-5481 pp:for=&SECURITY
0241 &V-CALL-5481 obj=early_election
0256 &V-CALL-5481 pp:for=&CEASEFIRE
0256 &V-CALL-5481 pp:for=&CEASEFIRE
0256 &V-CALL-5481 pp:for=&SOLUTION
025 &V-CALL-5481 pp:for=concession
025 &V-CALL-5481 pp:for=suspension
025 &V-CALL-5481 pp:for=withdrawal
027 &V-CALL-5481 pp:for=resumption
027 &V-CALL-5481 pp:for=&SOLUTION
113 &V-CALL-5481 pp:for=suspension
0233 &V-CALL-5481 pp:to=&ASYLUM
0241 &V-CALL-5481 pp:for=elections
0241 &V-CALL-5481 pp:for=elections
0256 &V-CALL-5481 pp:for=cessation
025 &V-CALL-5481 pp:for=restraint
111 &V-CALL-5481 pp:for=crackdown
111 &V-CALL-5481 obj=illegitimate
1312 &V-CALL-5481 pp:for=sanctions
1312 &V-CALL-5481 pp:for=sanctions
154 &V-CALL-5481 pp:for=service prt=up
023 &V-CALL-5481 pp:for=increase
0256 &V-CALL-5481 pp:for=deadline
111 &V-CALL-5481 obj=unjustified
020 &V-CALL-5481 pp:for=entente
021 &V-CALL-5481 pp:for=renewal
025 &V-CALL-5481 pp:for=pull-out
037 &V-CALL-5481 obj=initiative
110 &V-CALL-5481 pp:for=sacking
012 &V-CALL-5481 obj=powder_keg
012 &V-CALL-5481 obj=troubling
026 &V-CALL-5481 pp:for=summit
131 &V-CALL-5481 obj=expulsion
138 &V-CALL-5481 obj=air_strike
--- &V-CALL-5481 obj=engineer
0232 &V-CALL-5481 pp:for=troop
027 &V-CALL-5481 pp:for=peace
036 &V-CALL-5481 pp:for=talks
0831 &V-CALL-5481 obj=election
111 &V-CALL-5481 obj=dictator
111 &V-CALL-5481 obj=dictator
1121 &V-CALL-5481 obj=criminal
1123 &V-CALL-5481 obj=torturer
--- &V-CALL-5481 obj=company
013 &V-CALL-5481 obj=partner
013 &V-CALL-5481 obj=success
014 &V-CALL-5481 obj=session
022 &V-CALL-5481 pp:for=ties
027 &V-CALL-5481 pp:for=halt
030 &V-CALL-5481 pp:for=ties
036 &V-CALL-5481 obj=meeting pair=036
036 &V-CALL-5481 obj=meeting
041 &V-CALL-5481 pp:to=press
050 &V-CALL-5481 obj=meeting
087 &V-CALL-5481 pp:for=halt
--- &V-CALL-5481 obj=caller
053 &V-CALL-5481 pp:for=end
111 &V-CALL-5481 obj=a_devil
111 &V-CALL-5481 obj=monkey
126 &V-CALL-5481 obj=untrue
026 &V-CALL-5481 obj=visit
020 &V-CALL-5481 pp:upon
020 &V-CALL-5481 obj=help
111 &V-CALL-5481 obj=liar
020 &V-CALL-5481 pp:for
020 &V-CALL-5481 obj=end
160 &V-CALL-5481 prt=off
020 &V-CALL-5481 pp:on

############ VISIT (line 5580) ############
&V-VISIT-5580 visit
042 visit pair=043
042 &V-VISIT-5580 obj=&MILITARY_hospital
090 &V-VISIT-5580 subj=inspector
--- &V-VISIT-5580 subj=pilgrims
046 &V-VISIT-5580 pp:for=talks pair=046

############ HOST (line 5590) ############
&V-HOST-5590 host
043 host pair=042
0332 &V-HOST-5590 obj=&MILITARY_conference
0332 &V-HOST-5590 obj=conference_&MILITARY
062 &V-HOST-5590 obj=joint_exercise pair=062
039 &V-HOST-5590 obj=talks pp:between
036 &V-HOST-5590 obj=summit pp:with pair=036
053 &V-HOST-5590 obj=conference
043 &V-HOST-5590 obj=meeting pair=042
043 &V-HOST-5590 obj=summit pair=042
043 &V-HOST-5590 obj=dinner
036 &V-HOST-5590 subj=will pair=036
043 &V-HOST-5590 pp:by pair=042

############ AGREE (line 5607) ############
&V-AGREE-5607 agree
050 agree
138 &V-AGREE-5607 obj=&MILITARY_pressure prt=on
037 &V-AGREE-5607 pp:to=peace_&TREATY pair=037
030 &V-AGREE-5607 obj=not_extend_deadline
0831 &V-AGREE-5607 pp:to=early_elections
019 &V-AGREE-5607 pp:on=importance
0356 &V-AGREE-5607 pp:to=&CEASEFIRE
035 &V-AGREE-5607 obj=&SOLUTION prt=on
0862 &V-AGREE-5607 pp:to=inspection pair=090
037 &V-AGREE-5607 pp:to=peace_plan
0831 &V-AGREE-5607 pp:to=elections
163 &V-AGREE-5607 pp:to=sanctions
030 &V-AGREE-5607 pp:to=proposal
0311 &V-AGREE-5607 pp:on=trade
037 &V-AGREE-5607 pp:to=peace pair=037
019 &V-AGREE-5607 pp:on=need
030 &V-AGREE-5607 pp:with

############ BARGAIN (line 5629) ############
&V-BARGAIN-5629 bargain barter broker deal haggle
050 bargain
050 barter
045 broker
050 deal
050 haggle
046 &V-BARGAIN-5629 pp:over=compromise
111 &V-BARGAIN-5629 obj=blow subj=occupation
045 &V-BARGAIN-5629 obj=&CEASEFIRE
--- &V-BARGAIN-5629 pp:with=it
011 &V-BARGAIN-5629 obj=blow
110 &V-BARGAIN-5629 obj=blow

############ COLLABORATE (line 5645) ############
&V-COLLABORATE-5645 ally associate collaborate concert cooperate
050 side_with
050 ally
050 associate
050 collaborate
050 concert
050 cooperate
064 &V-COLLABORATE-5645|side_with pp:with=&INVESTIGATION
0311 &V-COLLABORATE-5645|side_with pp:on=custom
0311 &V-COLLABORATE-5645|side_with pp:on=tariff
110 &V-COLLABORATE-5645|side_with pp:against

############ COORDINATE (line 5660) ############
&V-COORDINATE-5660 conform coordinate correlate harmonise harmonize integrate orchestrate organise organize synchronise synchronize unionise unionize
050 conform
050 coordinate
050 correlate
050 harmonise
050 harmonize
050 integrate
050 orchestrate
050 organise
050 organize
050 synchronise
050 synchronize
050 unionise
050 unionize
073 &V-COORDINATE-5660 obj=humanitarian_trip pp:to
026 &V-COORDINATE-5660 obj=conference
160 &V-COORDINATE-5660 obj=evacuation
026 &V-COORDINATE-5660 obj=meeting
060 &V-COORDINATE-5660 obj=efforts pair=060
060 &V-COORDINATE-5660 obj=search

############ DISCLOSE (line 5684) ############
&V-DISCLOSE-5684 acknowledge admit confess confide disclose divulge expose profess reveal unveil
015 acknowledge
050 admit
050 confess
050 confide
010 disclose
050 divulge
050 expose
050 profess
050 reveal
050 unveil
160 &V-DISCLOSE-5684 obj=chill pp:in=relations
051 &V-DISCLOSE-5684 obj=strategic_role
071 &V-DISCLOSE-5684 obj=&CURRENCY_aid
--- &V-DISCLOSE-5684 pp:to=hospital
010 &V-DISCLOSE-5684 obj=regulation
012 &V-DISCLOSE-5684 obj=concerns
054 &V-DISCLOSE-5684 pp:as=member
013 &V-DISCLOSE-5684 obj=release
061 &V-DISCLOSE-5684 pp:as=trade
1212 &V-DISCLOSE-5684 obj=refusal
190 &V-DISCLOSE-5684 obj=attacks
012 &V-DISCLOSE-5684 obj=crisis
051 &V-DISCLOSE-5684 obj=forces
010 &V-DISCLOSE-5684 obj=names
010 &V-DISCLOSE-5684 obj=plan
015 &V-DISCLOSE-5684 obj=plot

############ INFLUENCE (line 5715) ############
&V-INFLUENCE-5715 affect impact influence persuade tempt
050 affect
050 impact
050 influence
050 persuade
050 tempt
110 &V-INFLUENCE-5715 obj=relief subj=strike

############ REJOICE (line 5726) ############
&V-REJOICE-5726 exuberate exult rejoice triumph
050 exuberate
050 exult
050 rejoice
050 triumph

############ SUPPORT (line 5735) ############
&V-SUPPORT-5735 advertise advertize back endorse promote support
050 advertise
050 advertize
050 back
051 endorse
050 promote
050 support
195 &V-SUPPORT-5735 subj=&AIRCRAFT pp:in=skies
--- &V-SUPPORT-5735 pp:by=&AIRCRAFT
138 &V-SUPPORT-5735 obj=&MILITARY_intervention
195 &V-SUPPORT-5735 pp:by=&AIRCRAFT
138 &V-SUPPORT-5735 pp:for=&MILITARY_response
080 &V-SUPPORT-5735 pp:from=&FIGHT prt=off
113 &V-SUPPORT-5735 obj=&FIGHT pp:against
--- &V-SUPPORT-5735 obj=&CURRENCY_control
--- &V-SUPPORT-5735 pp:by=&MILITARY
062 &V-SUPPORT-5735 pp:by=&MILITARY pair=062
105 &V-SUPPORT-5735 obj=efforts pp:to=disarm
138 &V-SUPPORT-5735 obj=violence pp:against
--- &V-SUPPORT-5735 pp:by=armoured_cars
033 &V-SUPPORT-5735 obj=request pp:for=help
051 &V-SUPPORT-5735 pp:in=&FIGHT
051 &V-SUPPORT-5735 obj=permanent_seat
051 &V-SUPPORT-5735 obj=strenghtening
113 &V-SUPPORT-5735 obj=call pp:to=boycott
051 &V-SUPPORT-5735 obj=hunger_strike
031 &V-SUPPORT-5735 obj=cooperation
050 &V-SUPPORT-5735 obj=coexistence
051 &V-SUPPORT-5735 obj=&NEGOTIATION target=obj
051 &V-SUPPORT-5735 obj=development
051 &V-SUPPORT-5735 obj=declaration
052 &V-SUPPORT-5735 obj=&PROPOSAL
125 &V-SUPPORT-5735 pp:of=summit prt=out
050 &V-SUPPORT-5735 obj=initiative
051 &V-SUPPORT-5735 obj=membership
051 &V-SUPPORT-5735 obj=withdrawal
057 &V-SUPPORT-5735 obj=agreements
051 &V-SUPPORT-5735 pp:to=cabinet
051 &V-SUPPORT-5735 obj=&PROGRAM
113 &V-SUPPORT-5735 obj=abduction
1312 &V-SUPPORT-5735 obj=sanctions
051 &V-SUPPORT-5735 obj=ambition
051 &V-SUPPORT-5735 obj=decision
051 &V-SUPPORT-5735 obj=decision
051 &V-SUPPORT-5735 obj=official
051 &V-SUPPORT-5735 obj=presence
080 &V-SUPPORT-5735 pp:from prt=down
0874 &V-SUPPORT-5735 pp:from prt=away
120 &V-SUPPORT-5735 pp:from prt=away
1384 &V-SUPPORT-5735 obj=strike pp:in
--- &V-SUPPORT-5735 pp:by=tanks
051 &V-SUPPORT-5735 obj=efforts
051 &V-SUPPORT-5735 obj=comment
051 &V-SUPPORT-5735 obj=demands
141 &V-SUPPORT-5735 obj=protest
0333 &V-SUPPORT-5735 obj=relief
050 &V-SUPPORT-5735 obj=effort
051 &V-SUPPORT-5735 pp:to=post
051 &V-SUPPORT-5735 obj=threat
036 &V-SUPPORT-5735 obj=talks
051 &V-SUPPORT-5735 obj=entry
032 &V-SUPPORT-5735 obj=call
050 &V-SUPPORT-5735 obj=plan
051 &V-SUPPORT-5735 obj=plan
051 &V-SUPPORT-5735 obj=deal
051 &V-SUPPORT-5735 obj=plan
080 &V-SUPPORT-5735 prt=down
051 &V-SUPPORT-5735 obj=bid
080 &V-SUPPORT-5735 prt=off
0874 &V-SUPPORT-5735 prt=out

############ ACCLAIM (line 5811) ############
&V-ACCLAIM-5811 acclaim admire applaud celebrate clap commemorate commend compliment congratulate extol felicitate greet greet hail honor honour praise recognise recognize respect reward salute toast welcome
051 acclaim
051 admire
051 applaud
051 celebrate
051 clap
051 commemorate
051 commend
051 compliment
051 congratulate
051 extol
051 felicitate
051 greet
050 greet
051 hail
051 honor
051 honour
051 praise
051 recognise
051 recognize
051 respect
051 reward
051 salute
051 toast
051 welcome
--- &V-ACCLAIM-5811 obj=fall pp:of=&TOWN
110 &V-ACCLAIM-5811 obj=attack pp:against
110 &V-ACCLAIM-5811 obj=assassination
017 &V-ACCLAIM-5811 obj=independence
036 &V-ACCLAIM-5811 obj=call pp:for=talks pair=036
043 &V-ACCLAIM-5811 obj=counterparts pair=042
054 &V-ACCLAIM-5811 obj=independence
017 &V-ACCLAIM-5811 obj=national_day
017 &V-ACCLAIM-5811 obj=anniversary
051 &V-ACCLAIM-5811 obj=bombing_halt
110 &V-ACCLAIM-5811 obj=extradition
036 &V-ACCLAIM-5811 obj=invitation
050 &V-ACCLAIM-5811 obj=delegation
0874 &V-ACCLAIM-5811 obj=withdrawal reverse
--- &V-ACCLAIM-5811 obj=christmas
051 &V-ACCLAIM-5811 obj=relations pair=051
051 &V-ACCLAIM-5811 obj=overtures
052 &V-ACCLAIM-5811 obj=clampdown
110 &V-ACCLAIM-5811 obj=attacks pp:on
110 &V-ACCLAIM-5811 obj=execution
080 &V-ACCLAIM-5811 obj=surrender reverse
0874 &V-ACCLAIM-5811 obj=departure reverse
--- &V-ACCLAIM-5811 obj=birthday
017 &V-ACCLAIM-5811 obj=festival
042 &V-ACCLAIM-5811 pp:to=summit pair=043
052 &V-ACCLAIM-5811 obj=decision
052 &V-ACCLAIM-5811 obj=decision
110 &V-ACCLAIM-5811 obj=strike pp:on
--- &V-ACCLAIM-5811 obj=harvest
030 &V-ACCLAIM-5811 obj=attempt
110 &V-ACCLAIM-5811 obj=capture
110 &V-ACCLAIM-5811 obj=killing
110 &V-ACCLAIM-5811 obj=ousting
017 &V-ACCLAIM-5811 obj=newroz
036 &V-ACCLAIM-5811 obj=appeal
110 &V-ACCLAIM-5811 obj=arrest
110 &V-ACCLAIM-5811 obj=defeat
110 &V-ACCLAIM-5811 obj=demise
110 &V-ACCLAIM-5811 obj=strike
030 &V-ACCLAIM-5811 obj=offer
030 &V-ACCLAIM-5811 obj=offer
043 &V-ACCLAIM-5811 obj=visit pair=042
017 &V-ACCLAIM-5811 obj=mass
043 &V-ACCLAIM-5811 pp:to pair=042

############ APPRECIATE (line 5884) ############
&V-APPRECIATE-5884 appreciate
051 appreciate
051 &V-APPRECIATE-5884 obj=assistance

############ BLESS (line 5891) ############
&V-BLESS-5891 bless sanctify
051 bless
051 sanctify

############ ENCOURAGE (line 5898) ############
&V-ENCOURAGE-5898 cheer embolden encourage enliven galvanize inspire invigorate reassure revitalize rouse spur
051 cheer
051 embolden
051 encourage
051 enliven
051 galvanize
051 inspire
051 invigorate
051 reassure
051 revitalize
051 rouse
051 spur
051 &V-ENCOURAGE-5898 pp:of=commitment
013 &V-ENCOURAGE-5898 pp:by=progress
0211 &V-ENCOURAGE-5898 obj=investment
026 &V-ENCOURAGE-5898 obj=discussion
051 &V-ENCOURAGE-5898 pp:of=support
110 &V-ENCOURAGE-5898 obj=onslaught
130 &V-ENCOURAGE-5898 obj=slaughter
012 &V-ENCOURAGE-5898 obj=mudsling

############ FAVOR (line 5922) ############
&V-FAVOR-5922 favor favour prefer
051 favor
051 favour
051 prefer
014 &V-FAVOR-5922 obj=relocation pp:of=&REFUGEE
014 &V-FAVOR-5922 obj=&MILITARY_victory
030 &V-FAVOR-5922 obj=&TREATY
0312 &V-FAVOR-5922 obj=force pp:to=protect
036 &V-FAVOR-5922 pp:holding=talks
036 &V-FAVOR-5922 obj=&NEGOTIATION
110 &V-FAVOR-5922 obj=extradition
0233 &V-FAVOR-5922 obj=evacuation
030 &V-FAVOR-5922 obj=relations
031 &V-FAVOR-5922 obj=admission
037 &V-FAVOR-5922 obj=peace_deal

############ LAUD (line 5941) ############
&V-LAUD-5941 exalt glorify laud
051 exalt
051 glorify
051 laud

############ LEGITIMISE (line 5949) ############
&V-LEGITIMISE-5949 legitimise legitimize
051 legitimise
051 legitimize

############ REASSERT (line 5956) ############
&V-REASSERT-5956 reassert
051 reassert
051 &V-REASSERT-5956 obj=friendship

############ RESPECT (line 5963) ############
&V-RESPECT-5963 esteem prize respect value
051 esteem
051 prize
051 respect
051 value
1312 &V-RESPECT-5963 obj=&SOLUTION

############ THANK (line 5973) ############
&V-THANK-5973 thank
051 thank

############ FORMALIZE (line 5979) ############
&V-FORMALIZE-5979 formalize
054 formalize

############ APOLOGIZE (line 5985) ############
&V-APOLOGIZE-5985 apologise apologize
055 apologise
055 apologize

############ FORGIVE (line 5992) ############
&V-FORGIVE-5992 forgave forgive forgiven
056 forgave
056 forgive
056 forgiven
071 &V-FORGIVE-5992 obj=debt

############ AID (line 6001) ############
&V-AID-6001 aid assist benefit help serve
060 aid
060 assist
060 benefit
070 help
060 serve
173 &V-AID-6001 pp:to=police_&DETENTION
064 &V-AID-6001 pp:with=&INFORMATION
036 &V-AID-6001 pp:from=experience
050 &V-AID-6001 pp:in=democracy
064 &V-AID-6001 pp:in=inquiries
045 &V-AID-6001 obj=negotiate
073 &V-AID-6001 obj=patients
074 &V-AID-6001 obj=homeless
072 &V-AID-6001 obj=arm

############ ALLOCATE (line 6020) ############
&V-ALLOCATE-6020 allocate allot apportion assign task
060 allocate
060 allot
060 apportion
060 assign
060 task
074 &V-ALLOCATE-6020 obj=&PKO
071 &V-ALLOCATE-6020 obj=&CURRENCY
073 &V-ALLOCATE-6020 obj=aid

############ BOOST (line 6033) ############
&V-BOOST-6033 amplify augment boost compound deepen enhance enlarge escalate exaggerate expand heighten increase intensify magnify redouble
060 beef_up
060 step_up
060 amplify
060 augment
060 boost
060 compound
060 deepen
060 enhance
060 enlarge
060 escalate
060 exaggerate
060 expand
060 heighten
060 increase
060 intensify
060 magnify
060 redouble
062 &V-BOOST-6033|beef_up|step_up obj=&MILITARY_relations
074 &V-BOOST-6033|beef_up|step_up obj=&PKO
151 &V-BOOST-6033|beef_up|step_up obj=&MILITARY_presence
154 &V-BOOST-6033|beef_up|step_up obj=&MILITARY_activity
154 &V-BOOST-6033|beef_up|step_up obj=&MILITARY_presence
154 &V-BOOST-6033|beef_up|step_up obj=&MILITARY_strength
050 &V-BOOST-6033|beef_up|step_up obj=diplomatic_offensive
150 &V-BOOST-6033|beef_up|step_up obj=&SECURITY_measures
050 &V-BOOST-6033|beef_up|step_up obj=diplomatic_efforts
061 &V-BOOST-6033|beef_up|step_up obj=economic_relations
151 &V-BOOST-6033|beef_up|step_up obj=&SECURITY subj=police
154 &V-BOOST-6033|beef_up|step_up obj=&MILITARY
154 &V-BOOST-6033|beef_up|step_up subj=&MILITARY
090 &V-BOOST-6033|beef_up|step_up obj=&INVESTIGATION
110 &V-BOOST-6033|beef_up|step_up obj=verbal_barrage
0311 &V-BOOST-6033|beef_up|step_up obj=economic_link
138 &V-BOOST-6033|beef_up|step_up obj=&FIGHT
138 &V-BOOST-6033|beef_up|step_up obj=&FIGHT
013 &V-BOOST-6033|beef_up|step_up obj=expectation
050 &V-BOOST-6033|beef_up|step_up obj=cooperation
074 &V-BOOST-6033|beef_up|step_up obj=peacekeeper
154 &V-BOOST-6033|beef_up|step_up obj=air_campaign
050 &V-BOOST-6033|beef_up|step_up obj=friendship
0874 &V-BOOST-6033|beef_up|step_up obj=withdrawal
150 &V-BOOST-6033|beef_up|step_up obj=&SECURITY
152 &V-BOOST-6033|beef_up|step_up obj=&SECURITY
060 &V-BOOST-6033|beef_up|step_up obj=relations
061 &V-BOOST-6033|beef_up|step_up obj=exchanges
071 &V-BOOST-6033|beef_up|step_up obj=prospects
111 &V-BOOST-6033|beef_up|step_up obj=criticism
150 &V-BOOST-6033|beef_up|step_up obj=firepower
170 &V-BOOST-6033|beef_up|step_up obj=crackdown
190 &V-BOOST-6033|beef_up|step_up obj=offensive
071 &V-BOOST-6033|beef_up|step_up obj=spending
100 &V-BOOST-6033|beef_up|step_up obj=pressure
100 &V-BOOST-6033|beef_up|step_up obj=pressure
124 &V-BOOST-6033|beef_up|step_up obj=tensions
130 &V-BOOST-6033|beef_up|step_up obj=defiance
132 &V-BOOST-6033|beef_up|step_up obj=rhetoric
072 &V-BOOST-6033|beef_up|step_up obj=&DEFENSE pair=072
130 &V-BOOST-6033|beef_up|step_up obj=patrols
130 &V-BOOST-6033|beef_up|step_up obj=warning
180 &V-BOOST-6033|beef_up|step_up obj=assault
190 &V-BOOST-6033|beef_up|step_up obj=attacks
071 &V-BOOST-6033|beef_up|step_up obj=budget
138 &V-BOOST-6033|beef_up|step_up obj=attack
138 &V-BOOST-6033|beef_up|step_up obj=attack
150 &V-BOOST-6033|beef_up|step_up obj=search
150 &V-BOOST-6033|beef_up|step_up obj=effort
150 &V-BOOST-6033|beef_up|step_up obj=alert
190 &V-BOOST-6033|beef_up|step_up obj=drive
194 &V-BOOST-6033|beef_up|step_up obj=shell
030 &V-BOOST-6033|beef_up|step_up obj=bid
073 &V-BOOST-6033|beef_up|step_up obj=aid

############ ENACT (line 6109) ############
&V-ENACT-6109 constitute enact establish found institute re-establish
060 constitute
060 enact
060 establish
060 found
060 institute
060 re-establish
054 &V-ENACT-6109 obj=diplomatic_representation pair=054
154 &V-ENACT-6109 obj=&MILITARY_outposts
054 &V-ENACT-6109 obj=diplomatic_relations pair=054
054 &V-ENACT-6109 obj=diplomatic_ties pair=054
054 &V-ENACT-6109 obj=official_ties
046 &V-ENACT-6109 obj=&NEGOTIATION pair=046
054 &V-ENACT-6109 obj=relations
1044 &V-ENACT-6109 obj=self-rule
0331 &V-ENACT-6109 obj=aid_fund
040 &V-ENACT-6109 obj=contact
173 &V-ENACT-6109 obj=guilty
030 &V-ENACT-6109 obj=link
050 &V-ENACT-6109 obj=ties

############ ENLIST (line 6133) ############
&V-ENLIST-6133 enlist enroll
060 enlist
060 enroll

############ FACILITATE (line 6140) ############
&V-FACILITATE-6140 abate ameliorate appease assuage better ease expediate facilitate improve mitigate simplify
060 abate
060 ameliorate
060 appease
060 assuage
060 better
060 ease
060 expediate
060 facilitate
060 improve
060 mitigate
060 simplify
080 &V-FACILITATE-6140 obj=restriction
080 &V-FACILITATE-6140 subj=conditions
087 &V-FACILITATE-6140 obj=attacks prt=off
030 &V-FACILITATE-6140 obj=relations
050 &V-FACILITATE-6140 obj=relations pair=050
050 &V-FACILITATE-6140 subj=relations
085 &V-FACILITATE-6140 obj=sanctions
080 &V-FACILITATE-6140 subj=tensions pair=080
0813 &V-FACILITATE-6140 obj=curfew
087 &V-FACILITATE-6140 obj=rocket
050 &V-FACILITATE-6140 obj=ties

############ GRANT (line 6167) ############
&V-GRANT-6167 accord add award bequeath bestow contribute donate endow entrust give grant issue lend loan provide supply
060 accord
060 add
060 award
060 bequeath
060 bestow
070 contribute
070 donate
060 endow
060 entrust
060 give
060 grant
060 issue
060 lend
060 loan
060 provide
060 supply
0312 &V-GRANT-6167 obj=license pp:to=fighter_&AIRCRAFT
072 &V-GRANT-6167 pp:with=&WEAPON
072 &V-GRANT-6167 pp:with=&WEAPON
0355 &V-GRANT-6167 obj=&PKO_green_light
072 &V-GRANT-6167 obj=&WEAPON
1044 &V-GRANT-6167 obj=declaration pp:of=self-determination
1224 &V-GRANT-6167 obj=no_troop_&PKO
072 &V-GRANT-6167 obj=&MILITARY_&INFORMATION
0332 &V-GRANT-6167 obj=&AIRCRAFT
072 &V-GRANT-6167 obj=&MILITARY_assistance
072 &V-GRANT-6167 obj=&AIRCRAFT
173 &V-GRANT-6167 obj=&DETENTION_term
011 &V-GRANT-6167 obj=no_further_&INFORMATION
112 &V-GRANT-6167 obj=&EVIDENCE pp:against
071 &V-GRANT-6167 obj=financial_assistance
075 &V-GRANT-6167 obj=political_&ASYLUM
013 &V-GRANT-6167 pp:to=energy_&SECURITY
071 &V-GRANT-6167 obj=thousands pp:for=damage
072 &V-GRANT-6167 obj=air_and_naval_support
0256 &V-GRANT-6167 obj=call pp:for=&CEASEFIRE
025 &V-GRANT-6167 obj=calls pp:for=restraint
072 &V-GRANT-6167 obj=aerial_photographs
0253 &V-GRANT-6167 obj=appeal pp:for=release
071 &V-GRANT-6167 obj=financial_support
073 &V-GRANT-6167 obj=medical_equipment
114 &V-GRANT-6167 obj=defiant_statement
120 &V-GRANT-6167 obj=negative_response
017 &V-GRANT-6167 obj=joint_communique
072 &V-GRANT-6167 obj=&MILITARY
072 &V-GRANT-6167 obj=&MILITARY
073 &V-GRANT-6167 obj=humanitarian_aid
073 &V-GRANT-6167 obj=&FOOD_aid
150 &V-GRANT-6167 obj=&MILITARY
060 &V-GRANT-6167 obj=observer_status
0833 &V-GRANT-6167 obj=political_right
173 &V-GRANT-6167 obj=arrest_warrants
0332 &V-GRANT-6167 obj=fighter-bomber
046 &V-GRANT-6167 obj=border pp:between
050 &V-GRANT-6167 obj=power subj=decision
051 &V-GRANT-6167 obj=market_economy
060 &V-GRANT-6167 obj=special_status
061 &V-GRANT-6167 obj=authorization
010 &V-GRANT-6167 obj=press_release
010 &V-GRANT-6167 obj=&INFORMATION
0312 &V-GRANT-6167 obj=arms_contract pair=0312
073 &V-GRANT-6167 obj=&FOOD
074 &V-GRANT-6167 obj=peacekeeping pair=0861
074 &V-GRANT-6167 obj=peacekeeping
101 &V-GRANT-6167 obj=statement pp:for
111 &V-GRANT-6167 obj=denunciation
120 &V-GRANT-6167 obj=cold_shoulder
050 &V-GRANT-6167 obj=restor_peace target=obj
054 &V-GRANT-6167 obj=recognition
071 &V-GRANT-6167 obj=economic_aid
030 &V-GRANT-6167 obj=green_light
070 &V-GRANT-6167 obj=assistance
071 &V-GRANT-6167 obj=&CURRENCY
071 &V-GRANT-6167 obj=&CURRENCY
072 &V-GRANT-6167 obj=&SECURITY
073 &V-GRANT-6167 obj=medical_aid
075 &V-GRANT-6167 obj=&ASYLUM
075 &V-GRANT-6167 obj=&ASYLUM
080 &V-GRANT-6167 obj=attempts prt=up
080 &V-GRANT-6167 obj=permission
080 &V-GRANT-6167 obj=permission
100 &V-GRANT-6167 obj=regulation
010 &V-GRANT-6167 obj=statement
020 &V-GRANT-6167 obj=joint_call target=obj
030 &V-GRANT-6167 obj=assurance
043 &V-GRANT-6167 obj=reception pair=042
050 &V-GRANT-6167 obj=privilege
062 &V-GRANT-6167 obj=extension
064 &V-GRANT-6167 obj=documents
071 &V-GRANT-6167 obj=financial
071 &V-GRANT-6167 obj=thousands
100 &V-GRANT-6167 obj=sharp_call
114 &V-GRANT-6167 obj=criticism
139 &V-GRANT-6167 obj=ultimatum
010 &V-GRANT-6167 obj=no_reason
031 &V-GRANT-6167 obj=contract pair=031
051 &V-GRANT-6167 obj=approval
051 &V-GRANT-6167 obj=blessing
071 &V-GRANT-6167 obj=billions
071 &V-GRANT-6167 obj=billions
071 &V-GRANT-6167 obj=millions
073 &V-GRANT-6167 obj=vaccines
081 &V-GRANT-6167 obj=clemency
139 &V-GRANT-6167 obj=two_weeks
139 &V-GRANT-6167 obj=deadline
030 &V-GRANT-6167 obj=go-ahead
030 &V-GRANT-6167 obj=request
051 &V-GRANT-6167 obj=backing
051 &V-GRANT-6167 obj=support
051 &V-GRANT-6167 obj=support
055 &V-GRANT-6167 obj=apology
056 &V-GRANT-6167 obj=amnesty
060 &V-GRANT-6167 obj=support
071 &V-GRANT-6167 obj=dollars
071 &V-GRANT-6167 obj=million
073 &V-GRANT-6167 obj=vaccine
100 &V-GRANT-6167 obj=warrant
130 &V-GRANT-6167 obj=warning
130 &V-GRANT-6167 obj=warning
--- &V-GRANT-6167 obj=access
010 &V-GRANT-6167 obj=pledge
010 &V-GRANT-6167 obj=report
012 &V-GRANT-6167 obj=little
020 &V-GRANT-6167 obj=appeal
020 &V-GRANT-6167 obj=appeal
060 &V-GRANT-6167 obj=access
060 &V-GRANT-6167 obj=detail
071 &V-GRANT-6167 obj=credit
071 &V-GRANT-6167 obj=reform
071 &V-GRANT-6167 obj=salary
073 &V-GRANT-6167 obj=tonnes
073 &V-GRANT-6167 obj=tonnes
081 &V-GRANT-6167 obj=pardon
0862 &V-GRANT-6167 obj=access
111 &V-GRANT-6167 obj=attack
130 &V-GRANT-6167 obj=threat
138 &V-GRANT-6167 obj=orders
051 &V-GRANT-6167 obj=honor
051 &V-GRANT-6167 obj=medal
051 &V-GRANT-6167 obj=medal
071 &V-GRANT-6167 obj=grant
0833 &V-GRANT-6167 obj=right
100 &V-GRANT-6167 obj=order
139 &V-GRANT-6167 obj=hours target=obj
139 &V-GRANT-6167 obj=hours
020 &V-GRANT-6167 obj=call
020 &V-GRANT-6167 obj=plea
031 &V-GRANT-6167 obj=tank
060 &V-GRANT-6167 obj=visa
071 &V-GRANT-6167 obj=fund
071 &V-GRANT-6167 obj=loan
072 &V-GRANT-6167 obj=arms
080 &V-GRANT-6167 prt=back
081 &V-GRANT-6167 obj=bail
070 &V-GRANT-6167 obj=aid
080 &V-GRANT-6167 prt=up

############ LINK (line 6328) ############
&V-LINK-6328 attach bind chain connect link relate
060 tie_in
060 attach
060 bind
060 chain
060 connect
060 link
060 relate
013 &V-LINK-6328|tie_in obj=importance pp:to=friendship
1124 &V-LINK-6328|tie_in pp:to=assassination
112 &V-LINK-6328|tie_in obj=ban pp:to=unrest
144 &V-LINK-6328|tie_in obj=themselves
112 &V-LINK-6328|tie_in obj=riot pp:to=ban
1123 &V-LINK-6328|tie_in pp:to=attack
0311 &V-LINK-6328|tie_in pp:with

############ MERGE (line 6347) ############
&V-MERGE-6347 blend coalesce combine conflate fuse merge unify
060 blend
060 coalesce
060 combine
060 conflate
060 fuse
060 merge
060 unify

############ OVERSEE-MANAGE (line 6359) ############
&V-OVERSEE-MANAGE-6359 address administer command conduct control dictate direct enjoin govern handle head lead manage monitor order oversee prescribe regulate rule steer supervise supervize
010 address
060 administer
060 command
060 conduct
060 control
060 dictate
060 direct
060 enjoin
060 govern
060 handle
060 head
060 lead
060 manage
090 monitor
100 order
060 oversee
060 prescribe
060 regulate
060 rule
060 steer
060 supervise
060 supervize
074 &V-OVERSEE-MANAGE-6359 obj=&PKO pp:to=remain
093 &V-OVERSEE-MANAGE-6359 obj=&MILITARY_&INVESTIGATION
154 &V-OVERSEE-MANAGE-6359 obj=deployment pp:of=&SECURITY_forces
173 &V-OVERSEE-MANAGE-6359 pp:to=remain pp:in=&DETENTION
072 &V-OVERSEE-MANAGE-6359 obj=deployment pp:of=&MILITARY
0334 &V-OVERSEE-MANAGE-6359 pp:to=&PKO pair=0355
150 &V-OVERSEE-MANAGE-6359 obj=&MILITARY_exercises
161 &V-OVERSEE-MANAGE-6359 obj=representatives pp:to=return
--- &V-OVERSEE-MANAGE-6359 pp:for=coalition_government
091 &V-OVERSEE-MANAGE-6359 obj=criminial_&INVESTIGATION
172 &V-OVERSEE-MANAGE-6359 obj=suspension pp:of=activities
0313 &V-OVERSEE-MANAGE-6359 pp:in=favour pp:of=extradition
080 &V-OVERSEE-MANAGE-6359 obj=home subj=&REFUGEE
073 &V-OVERSEE-MANAGE-6359 obj=entry pp:of=&FOOD
150 &V-OVERSEE-MANAGE-6359 obj=amphibious_exercises
154 &V-OVERSEE-MANAGE-6359 obj=more_&MILITARY
161 &V-OVERSEE-MANAGE-6359 obj=removal pp:of=ambassador
172 &V-OVERSEE-MANAGE-6359 obj=&SOLUTION pp:of=airport
172 &V-OVERSEE-MANAGE-6359 obj=&SOLUTION pp:of=offices
161 &V-OVERSEE-MANAGE-6359 obj=ambassador pp:to=return
173 &V-OVERSEE-MANAGE-6359 obj=&DETENTION
033 &V-OVERSEE-MANAGE-6359 obj=dispatch pp:for=victim
070 &V-OVERSEE-MANAGE-6359 obj=distribution pp:of=aid
150 &V-OVERSEE-MANAGE-6359 obj=&FIGHT_games
172 &V-OVERSEE-MANAGE-6359 obj=special_permission
093 &V-OVERSEE-MANAGE-6359 obj=withrawal pp:of=troop
124 &V-OVERSEE-MANAGE-6359 pp:for=confrontation
062 &V-OVERSEE-MANAGE-6359 obj=&DEFENSE_exercise pair=062
101 &V-OVERSEE-MANAGE-6359 obj=seizure pp:of=assets
1122 &V-OVERSEE-MANAGE-6359 obj=guilty pp:of=torture
1233 &V-OVERSEE-MANAGE-6359 pp:against=religion
150 &V-OVERSEE-MANAGE-6359 obj=&SECURITY_force
161 &V-OVERSEE-MANAGE-6359 obj=diplomat pp:to=close
161 &V-OVERSEE-MANAGE-6359 obj=diplomat pp:to=leave
173 &V-OVERSEE-MANAGE-6359 obj=raid pp:under=curfew
174 &V-OVERSEE-MANAGE-6359 obj=officers pp:to=leave
062 &V-OVERSEE-MANAGE-6359 obj=joint_maneuvers pair=062
0833 &V-OVERSEE-MANAGE-6359 pp:against=banning
061 &V-OVERSEE-MANAGE-6359 obj=free_trade_deal pair=061
091 &V-OVERSEE-MANAGE-6359 obj=&INVESTIGATION
1014 &V-OVERSEE-MANAGE-6359 obj=&INVESTIGATION
138 &V-OVERSEE-MANAGE-6359 obj=assassination
1711 &V-OVERSEE-MANAGE-6359 obj=seizure pp:of=land
--- &V-OVERSEE-MANAGE-6359 pp:for=seclusion
--- &V-OVERSEE-MANAGE-6359 obj=headquarters
1122 &V-OVERSEE-MANAGE-6359 obj=badly_treated
164 &V-OVERSEE-MANAGE-6359 pp:into=deadlock
1721 &V-OVERSEE-MANAGE-6359 obj=confiscation
172 &V-OVERSEE-MANAGE-6359 obj=universities
174 &V-OVERSEE-MANAGE-6359 pp:of=country prt=out
1014 &V-OVERSEE-MANAGE-6359 obj=investigate
154 &V-OVERSEE-MANAGE-6359 obj=towards subj=tank
164 &V-OVERSEE-MANAGE-6359 pp:for=deadlock
0331 &V-OVERSEE-MANAGE-6359 obj=investment
036 &V-OVERSEE-MANAGE-6359 obj=delegation
060 &V-OVERSEE-MANAGE-6359 pp:for=victory
074 &V-OVERSEE-MANAGE-6359 obj=&CEASEFIRE
1056 &V-OVERSEE-MANAGE-6359 obj=&CEASEFIRE
166 &V-OVERSEE-MANAGE-6359 obj=evacuation
1721 &V-OVERSEE-MANAGE-6359 obj=&SOLUTION
--- &V-OVERSEE-MANAGE-6359 pp:for=climax
012 &V-OVERSEE-MANAGE-6359 pp:for=crisis
012 &V-OVERSEE-MANAGE-6359 pp:for=crisis
035 &V-OVERSEE-MANAGE-6359 obj=guideline
046 &V-OVERSEE-MANAGE-6359 pp:into=talks
060 &V-OVERSEE-MANAGE-6359 obj=elections
073 &V-OVERSEE-MANAGE-6359 pp:on=mission
073 &V-OVERSEE-MANAGE-6359 obj=emergency
0874 &V-OVERSEE-MANAGE-6359 subj=tanks prt=back
090 &V-OVERSEE-MANAGE-6359 obj=sanctions
092 &V-OVERSEE-MANAGE-6359 obj=situation
170 &V-OVERSEE-MANAGE-6359 obj=crackdown
170 &V-OVERSEE-MANAGE-6359 obj=crackdown
1721 &V-OVERSEE-MANAGE-6359 obj=broadcast
174 &V-OVERSEE-MANAGE-6359 obj=expulsion
174 &V-OVERSEE-MANAGE-6359 obj=expulsion
190 &V-OVERSEE-MANAGE-6359 pp:for=attack
190 &V-OVERSEE-MANAGE-6359 obj=operation
--- &V-OVERSEE-MANAGE-6359 obj=practice
017 &V-OVERSEE-MANAGE-6359 obj=ceremony
042 &V-OVERSEE-MANAGE-6359 pp:for=visit pair=043
046 &V-OVERSEE-MANAGE-6359 pp:for=talks pair=046
051 &V-OVERSEE-MANAGE-6359 pp:in=favour
062 &V-OVERSEE-MANAGE-6359 obj=training pair=062
062 &V-OVERSEE-MANAGE-6359 obj=training pair=062
090 &V-OVERSEE-MANAGE-6359 obj=activity
090 &V-OVERSEE-MANAGE-6359 obj=election
174 &V-OVERSEE-MANAGE-6359 obj=eviction
--- &V-OVERSEE-MANAGE-6359 pp:for=home
014 &V-OVERSEE-MANAGE-6359 pp:to=polls
034 &V-OVERSEE-MANAGE-6359 obj=reforms
036 &V-OVERSEE-MANAGE-6359 obj=mission
063 &V-OVERSEE-MANAGE-6359 obj=retrial
0841 &V-OVERSEE-MANAGE-6359 obj=release
0841 &V-OVERSEE-MANAGE-6359 obj=release
1014 &V-OVERSEE-MANAGE-6359 obj=inquiry
137 &V-OVERSEE-MANAGE-6359 pp:to=shoot
160 &V-OVERSEE-MANAGE-6359 obj=sacking
161 &V-OVERSEE-MANAGE-6359 pp:to=close
163 &V-OVERSEE-MANAGE-6359 obj=boycott
172 &V-OVERSEE-MANAGE-6359 obj=airport
174 &V-OVERSEE-MANAGE-6359 pp:to=leave
042 &V-OVERSEE-MANAGE-6359 obj=to prt=back pair=043
042 &V-OVERSEE-MANAGE-6359 obj=summit pair=043
0833 &V-OVERSEE-MANAGE-6359 obj=rights
090 &V-OVERSEE-MANAGE-6359 obj=search
113 &V-OVERSEE-MANAGE-6359 obj=attack
138 &V-OVERSEE-MANAGE-6359 obj=attack
152 &V-OVERSEE-MANAGE-6359 obj=police
173 &V-OVERSEE-MANAGE-6359 obj=arrest
--- &V-OVERSEE-MANAGE-6359 obj=drugs
042 &V-OVERSEE-MANAGE-6359 obj=envoy pair=043
090 &V-OVERSEE-MANAGE-6359 obj=study
040 &V-OVERSEE-MANAGE-6359 prt=back
192 &V-OVERSEE-MANAGE-6359 obj=land
042 &V-OVERSEE-MANAGE-6359 pp:for pair=043
070 &V-OVERSEE-MANAGE-6359 obj=aid
073 &V-OVERSEE-MANAGE-6359 subj=aid
030 &V-OVERSEE-MANAGE-6359 obj=to
042 &V-OVERSEE-MANAGE-6359 pp:to pair=043

############ TRADE (line 6507) ############
&V-TRADE-6507 exchange swap trade
060 exchange
060 swap
060 trade
194 &V-TRADE-6507 subj=&WEAPON pair=194
194 &V-TRADE-6507 obj=&WEAPON pair=194
054 &V-TRADE-6507 obj=ambassadors pair=054
111 &V-TRADE-6507 obj=bitter_words pair=111
112 &V-TRADE-6507 obj=accusations pair=112
080 &V-TRADE-6507 obj=concession pair=080
112 &V-TRADE-6507 obj=accusation pair=112
193 &V-TRADE-6507 obj=mortar_fire pair=193
040 &V-TRADE-6507 pp:over=lunch pair=040
0841 &V-TRADE-6507 obj=prisoners pair=0841
0841 &V-TRADE-6507 obj=prisoners pair=0841
040 &V-TRADE-6507 obj=messages pair=040
190 &V-TRADE-6507 obj=gunshots
031 &V-TRADE-6507 obj=pledges
190 &V-TRADE-6507 obj=attacks pair=190
193 &V-TRADE-6507 obj=gunfire pair=193
193 &V-TRADE-6507 obj=mortars pair=193
194 &V-TRADE-6507 subj=rockets pair=194
046 &V-TRADE-6507 obj=ideas pair=046
046 &V-TRADE-6507 obj=views
193 &V-TRADE-6507 obj=shots pair=193
193 &V-TRADE-6507 obj=fire pair=193

############ FINANCE (line 6538) ############
&V-FINANCE-6538 bankroll finance fund invest pay sponsor underwrite
061 pay_for
061 bankroll
061 finance
061 fund
061 invest
061 pay
061 sponsor
061 underwrite
073 &V-FINANCE-6538|pay_for pp:for=humanitarian_aid
061 &V-FINANCE-6538|pay_for pp:in=joint_venture
071 &V-FINANCE-6538|pay_for pp:in=development
072 &V-FINANCE-6538|pay_for obj=&FIGHT
0842 &V-FINANCE-6538|pay_for obj=compensation
0842 &V-FINANCE-6538|pay_for obj=compensation
017 &V-FINANCE-6538|pay_for obj=condolence
061 &V-FINANCE-6538|pay_for obj=&CURRENCY
--- &V-FINANCE-6538|pay_for obj=dividends
017 &V-FINANCE-6538|pay_for obj=farewell
017 &V-FINANCE-6538|pay_for obj=respects
017 &V-FINANCE-6538|pay_for obj=respect
017 &V-FINANCE-6538|pay_for obj=tribute
017 &V-FINANCE-6538|pay_for obj=homage
072 &V-FINANCE-6538|pay_for obj=attack
080 &V-FINANCE-6538|pay_for obj=ransom
042 &V-FINANCE-6538|pay_for obj=visit pair=043
045 &V-FINANCE-6538|pay_for obj=talks
042 &V-FINANCE-6538|pay_for obj=trip pair=043

############ IMPORT (line 6570) ############
&V-IMPORT-6570 import
061 import
150 &V-IMPORT-6570 obj=&WEAPON pair=150
061 &V-IMPORT-6570 obj=from

############ PURCHASE (line 6578) ############
&V-PURCHASE-6578 buy compensate purchase
061 buy
114 compensate
061 purchase
062 &V-PURCHASE-6578 obj=&WEAPON pair=062
062 &V-PURCHASE-6578 obj=&AIRCRAFT

############ ARM (line 6588) ############
&V-ARM-6588 arm attire equip furnish gear outfit render stock tender
062 arm
062 attire
062 equip
062 furnish
062 gear
062 outfit
062 render
062 stock
062 tender

############ EXTRADITE (line 6602) ############
&V-EXTRADITE-6602 extradite
063 extradite
063 &V-EXTRADITE-6602 obj=&SUSPECT
063 &V-EXTRADITE-6602 obj=militant

############ INTERVENE (line 6610) ############
&V-INTERVENE-6610 interfere intervene
070 step_in
070 interfere
070 intervene
045 &V-INTERVENE-6610|step_in pp:in=&DISPUTE
190 &V-INTERVENE-6610|step_in obj=militarily
013 &V-INTERVENE-6610|step_in obj=to_calm

############ STABILISE (line 6621) ############
&V-STABILISE-6621 stabilise stabilize
070 stabilise
070 stabilize
071 &V-STABILISE-6621 obj=economy

############ RESCUE (line 6629) ############
&V-RESCUE-6629 rescue
073 rescue
045 &V-RESCUE-6629 obj=peace_process

############ DEFEND (line 6636) ############
&V-DEFEND-6636 defend guard protect safeguard shelter shield tend ward
074 look_after
074 defend
074 guard
074 protect
074 safeguard
075 shelter
074 shield
074 tend
074 ward
052 &V-DEFEND-6636|look_after pp:against=accusation
150 &V-DEFEND-6636|look_after pp:by=&MILITARY
052 &V-DEFEND-6636|look_after pp:against=criticism
010 &V-DEFEND-6636|look_after obj=&FIGHT
152 &V-DEFEND-6636|look_after obj=&TOWN
052 &V-DEFEND-6636|look_after obj=destruction
152 &V-DEFEND-6636|look_after pp:amid=protest
110 &V-DEFEND-6636|look_after obj=crackdown
052 &V-DEFEND-6636|look_after obj=decision
060 &V-DEFEND-6636|look_after obj=terminal
052 &V-DEFEND-6636|look_after obj=comment
052 &V-DEFEND-6636|look_after obj=meeting
110 &V-DEFEND-6636|look_after obj=killing
124 &V-DEFEND-6636|look_after obj=boycott
052 &V-DEFEND-6636|look_after obj=right
052 &V-DEFEND-6636|look_after obj=from
052 &V-DEFEND-6636|look_after obj=plan
052 &V-DEFEND-6636|look_after obj=raid
0211 &V-DEFEND-6636|look_after obj=tax
052 &V-DEFEND-6636|look_after obj=ban
113 &V-DEFEND-6636|look_after obj=ban

############ ABANDON (line 6671) ############
&V-ABANDON-6671 abandon
080 abandon
0874 &V-ABANDON-6671 obj=&STRONGHOLD
196 &V-ABANDON-6671 obj=&CEASEFIRE
--- &V-ABANDON-6671 obj=re-trial
080 &V-ABANDON-6671 obj=attempt
100 &V-ABANDON-6671 obj=policy
160 &V-ABANDON-6671 obj=party
--- &V-ABANDON-6671 obj=plan
--- &V-ABANDON-6671 obj=ship
160 &V-ABANDON-6671 obj=role

############ ABSOLVE (line 6686) ############
&V-ABSOLVE-6686 absolve
080 absolve

############ ABSTAIN (line 6692) ############
&V-ABSTAIN-6692 abstain
080 abstain
087 &V-ABSTAIN-6692 pp:from=violence

############ ALLOW (line 6699) ############
&V-ALLOW-6699 allow approve authorise authorize clear consent countenance empower enable legislate pass permit ratify tolerate verify
080 go_by
080 go_through
080 allow
080 approve
080 authorise
080 authorize
080 clear
080 consent
080 countenance
080 empower
080 enable
080 legislate
080 pass
080 permit
080 ratify
080 tolerate
080 verify
034 &V-ALLOW-6699|go_by|go_through obj=deployment pp:of=&PKO
0312 &V-ALLOW-6699|go_by|go_through obj=joint_&DEFENSE_&TREATY
0311 &V-ALLOW-6699|go_by|go_through obj=free-trade_&TREATY
0332 &V-ALLOW-6699|go_by|go_through obj=dispatch pp:of=&MILITARY
080 &V-ALLOW-6699|go_by|go_through obj=&AIRCRAFT
0334 &V-ALLOW-6699|go_by|go_through obj=&PKO
0834 &V-ALLOW-6699|go_by|go_through obj=constitutional_amendment
138 &V-ALLOW-6699|go_by|go_through obj=&EVIDENCE_operation
160 &V-ALLOW-6699|go_by|go_through obj=early_election subj=parliament
075 &V-ALLOW-6699|go_by|go_through obj=&REFUGEE_status
0811 &V-ALLOW-6699|go_by|go_through obj=publication pp:of=newspaper
138 &V-ALLOW-6699|go_by|go_through obj=&MILITARY_action
0312 &V-ALLOW-6699|go_by|go_through obj=purchase pp:of=fighters
050 &V-ALLOW-6699|go_by|go_through obj=terms pp:for=membership
0811 &V-ALLOW-6699|go_by|go_through obj=return pp:of=expatriate
031 &V-ALLOW-6699|go_by|go_through obj=&TREATY pair=031
050 &V-ALLOW-6699|go_by|go_through obj=conditions pp:of=talks
057 &V-ALLOW-6699|go_by|go_through obj=&TREATY pair=057
057 &V-ALLOW-6699|go_by|go_through obj=&TREATY
0331 &V-ALLOW-6699|go_by|go_through obj=&CURRENCY_credit
051 &V-ALLOW-6699|go_by|go_through obj=vote pp:of=confidence
080 &V-ALLOW-6699|go_by|go_through pp:into=&TOWN
0834 &V-ALLOW-6699|go_by|go_through obj=democracy_reforms
0332 &V-ALLOW-6699|go_by|go_through obj=troop_deployment
073 &V-ALLOW-6699|go_by|go_through obj=humanitarian_aid
074 &V-ALLOW-6699|go_by|go_through obj=battalion_patrol
062 &V-ALLOW-6699|go_by|go_through obj=purchase pp:of=tank pair=062
0812 &V-ALLOW-6699|go_by|go_through obj=political_party
130 &V-ALLOW-6699|go_by|go_through obj=possible_strike
160 &V-ALLOW-6699|go_by|go_through obj=poll subj=parliament
0331 &V-ALLOW-6699|go_by|go_through obj=&CURRENCY_aid
051 &V-ALLOW-6699|go_by|go_through obj=support_effort
060 &V-ALLOW-6699|go_by|go_through obj=new_government
173 &V-ALLOW-6699|go_by|go_through obj=death_sentence
0311 &V-ALLOW-6699|go_by|go_through obj=common_tariff pair=0311
037 &V-ALLOW-6699|go_by|go_through obj=plan pp:for=peace
174 &V-ALLOW-6699|go_by|go_through obj=&TOWN
030 &V-ALLOW-6699|go_by|go_through obj=&PROPOSAL
051 &V-ALLOW-6699|go_by|go_through obj=bill_support
051 &V-ALLOW-6699|go_by|go_through obj=&PROPOSAL
063 &V-ALLOW-6699|go_by|go_through obj=extradition
0811 &V-ALLOW-6699|go_by|go_through pp:into=country
0811 &V-ALLOW-6699|go_by|go_through obj=publication
010 &V-ALLOW-6699|go_by|go_through obj=withdrawal
010 &V-ALLOW-6699|go_by|go_through obj=&SOLUTION
0311 &V-ALLOW-6699|go_by|go_through obj=investment
0331 &V-ALLOW-6699|go_by|go_through obj=&CURRENCY
0334 &V-ALLOW-6699|go_by|go_through obj=deployment
0356 &V-ALLOW-6699|go_by|go_through obj=&CEASEFIRE
0811 &V-ALLOW-6699|go_by|go_through obj=television
0874 &V-ALLOW-6699|go_by|go_through obj=evacuation
037 &V-ALLOW-6699|go_by|go_through obj=peace_plan
060 &V-ALLOW-6699|go_by|go_through obj=candidacy
080 &V-ALLOW-6699|go_by|go_through pp:of=charges
080 &V-ALLOW-6699|go_by|go_through pp:of=funding
083 &V-ALLOW-6699|go_by|go_through obj=amendment
110 &V-ALLOW-6699|go_by|go_through obj=dismissal
1384 &V-ALLOW-6699|go_by|go_through obj=air_strike
030 &V-ALLOW-6699|go_by|go_through obj=decision
0311 &V-ALLOW-6699|go_by|go_through obj=transfer
031 &V-ALLOW-6699|go_by|go_through obj=contract
061 &V-ALLOW-6699|go_by|go_through obj=contract
173 &V-ALLOW-6699|go_by|go_through obj=sentence
051 &V-ALLOW-6699|go_by|go_through obj=request
060 &V-ALLOW-6699|go_by|go_through obj=cabinet
080 &V-ALLOW-6699|go_by|go_through obj=traffic
081 &V-ALLOW-6699|go_by|go_through obj=tourist
083 &V-ALLOW-6699|go_by|go_through obj=reforms
--- &V-ALLOW-6699|go_by|go_through obj=budget
0333 &V-ALLOW-6699|go_by|go_through obj=relief
033 &V-ALLOW-6699|go_by|go_through obj=grant
036 &V-ALLOW-6699|go_by|go_through obj=talks
1031 &V-ALLOW-6699|go_by|go_through obj=claim
--- &V-ALLOW-6699|go_by|go_through prt=away
030 &V-ALLOW-6699|go_by|go_through obj=plan
0311 &V-ALLOW-6699|go_by|go_through obj=loan
0311 &V-ALLOW-6699|go_by|go_through obj=sale
051 &V-ALLOW-6699|go_by|go_through obj=deal
080 &V-ALLOW-6699|go_by|go_through obj=into
084 &V-ALLOW-6699|go_by|go_through obj=home
070 &V-ALLOW-6699|go_by|go_through obj=aid
172 &V-ALLOW-6699|go_by|go_through obj=ban

############ COMPROMISE (line 6804) ############
&V-COMPROMISE-6804 arbitrate compromise conciliate intercede intermediate mediate negotiate resettle resolve settle
080 hash_out
080 settle_on
080 talk_over
080 arbitrate
080 compromise
080 conciliate
080 intercede
080 intermediate
080 mediate
080 negotiate
080 resettle
080 resolve
080 settle
061 &V-COMPROMISE-6804|hash_out|settle_on|talk_over obj=credit_&DISPUTE
039 &V-COMPROMISE-6804|hash_out|settle_on|talk_over obj=&DISPUTE
050 &V-COMPROMISE-6804|hash_out|settle_on|talk_over obj=&DISPUTE
061 &V-COMPROMISE-6804|hash_out|settle_on|talk_over pp:for=business pair=061
036 &V-COMPROMISE-6804|hash_out|settle_on|talk_over pp:over=visit
045 &V-COMPROMISE-6804|hash_out|settle_on|talk_over obj=deadlock
045 &V-COMPROMISE-6804|hash_out|settle_on|talk_over pp:between
0831 &V-COMPROMISE-6804|hash_out|settle_on|talk_over obj=release
050 &V-COMPROMISE-6804|hash_out|settle_on|talk_over obj=crisis
082 &V-COMPROMISE-6804|hash_out|settle_on|talk_over obj=issue
050 &V-COMPROMISE-6804|hash_out|settle_on|talk_over pp:with pair=050

############ LOOSEN (line 6833) ############
&V-LOOSEN-6833 disentangle loosen relax tease undo untie
080 disentangle
080 loosen
080 relax
080 tease
080 undo
080 untie
081 &V-LOOSEN-6833 obj=restriction

############ PARDON (line 6845) ############
&V-PARDON-6845 pardon
080 pardon
0841 &V-PARDON-6845 obj=&HOSTAGE

############ RELEASE (line 6852) ############
&V-RELEASE-6852 emancipate free liberate release unloose
080 set_free
080 emancipate
080 free
080 liberate
084 release
080 unloose
0841 &V-RELEASE-6852|set_free obj=&DETENTION_guards
0841 &V-RELEASE-6852|set_free obj=from_&DETENTION
027 &V-RELEASE-6852|set_free obj=peace_&PROPOSAL
0841 &V-RELEASE-6852|set_free obj=&HOSTAGE subj=gunmen
064 &V-RELEASE-6852|set_free obj=&INFORMATION
0841 &V-RELEASE-6852|set_free obj=&PEOPLE
--- &V-RELEASE-6852|set_free obj=identities
012 &V-RELEASE-6852|set_free obj=impossible
--- &V-RELEASE-6852|set_free obj=recording
010 &V-RELEASE-6852|set_free obj=statement
010 &V-RELEASE-6852|set_free obj=statement
064 &V-RELEASE-6852|set_free obj=documents
064 &V-RELEASE-6852|set_free obj=evidennce
0841 &V-RELEASE-6852|set_free obj=kidnapped
0841 &V-RELEASE-6852|set_free obj=prisoners
111 &V-RELEASE-6852|set_free obj=criticism
--- &V-RELEASE-6852|set_free obj=election
0841 &V-RELEASE-6852|set_free obj=&HOSTAGE
0841 &V-RELEASE-6852|set_free obj=activist
0841 &V-RELEASE-6852|set_free obj=officers
--- &V-RELEASE-6852|set_free obj=migrant
0841 &V-RELEASE-6852|set_free obj=convict
--- &V-RELEASE-6852|set_free obj=report
061 &V-RELEASE-6852|set_free obj=credit
--- &V-RELEASE-6852|set_free obj=polls
0841 &V-RELEASE-6852|set_free subj=court
0841 &V-RELEASE-6852|set_free obj=woman
064 &V-RELEASE-6852|set_free obj=name
085 &V-RELEASE-6852|set_free obj=fund
111 &V-RELEASE-6852|set_free obj=fury
070 &V-RELEASE-6852|set_free obj=aid

############ RETREAT (line 6894) ############
&V-RETREAT-6894 detach disconnect disengage recede retire retract retreat withdraw
080 back_down
080 draw_back
080 get_out
080 pull_back
080 pull_out
080 detach
080 disconnect
080 disengage
080 recede
080 retire
080 retract
080 retreat
080 withdraw
0874 &V-RETREAT-6894|back_down|draw_back|get_out|pull_back|pull_out obj=&WEAPON
0874 &V-RETREAT-6894|back_down|draw_back|get_out|pull_back|pull_out obj=&WEAPON
1661 &V-RETREAT-6894|back_down|draw_back|get_out|pull_back|pull_out obj=&PKO
161 &V-RETREAT-6894|back_down|draw_back|get_out|pull_back|pull_out pp:from=&TREATY
164 &V-RETREAT-6894|back_down|draw_back|get_out|pull_back|pull_out pp:from=diplomatic_efforts
1661 &V-RETREAT-6894|back_down|draw_back|get_out|pull_back|pull_out obj=peacekeeping_forces
162 &V-RETREAT-6894|back_down|draw_back|get_out|pull_back|pull_out pp:from=relief_project
0874 &V-RETREAT-6894|back_down|draw_back|get_out|pull_back|pull_out obj=&MILITARY
0874 &V-RETREAT-6894|back_down|draw_back|get_out|pull_back|pull_out subj=&MILITARY
0874 &V-RETREAT-6894|back_down|draw_back|get_out|pull_back|pull_out obj=&MILITARY
1621 &V-RETREAT-6894|back_down|draw_back|get_out|pull_back|pull_out obj=reserve pp:from=bank
1622 &V-RETREAT-6894|back_down|draw_back|get_out|pull_back|pull_out pp:from=manoeuvres
073 &V-RETREAT-6894|back_down|draw_back|get_out|pull_back|pull_out obj=civilian_staff
161 &V-RETREAT-6894|back_down|draw_back|get_out|pull_back|pull_out pp:from=coalition
161 &V-RETREAT-6894|back_down|draw_back|get_out|pull_back|pull_out obj=participation
0874 &V-RETREAT-6894|back_down|draw_back|get_out|pull_back|pull_out obj=paratroopers
0874 &V-RETREAT-6894|back_down|draw_back|get_out|pull_back|pull_out pp:from=highway
0874 &V-RETREAT-6894|back_down|draw_back|get_out|pull_back|pull_out pp:from=border
161 &V-RETREAT-6894|back_down|draw_back|get_out|pull_back|pull_out obj=ambassador
162 &V-RETREAT-6894|back_down|draw_back|get_out|pull_back|pull_out obj=aid_package
164 &V-RETREAT-6894|back_down|draw_back|get_out|pull_back|pull_out obj=delegation
160 &V-RETREAT-6894|back_down|draw_back|get_out|pull_back|pull_out obj=passports
--- &V-RETREAT-6894|back_down|draw_back|get_out|pull_back|pull_out pp:from=race
161 &V-RETREAT-6894|back_down|draw_back|get_out|pull_back|pull_out obj=diplomat
162 &V-RETREAT-6894|back_down|draw_back|get_out|pull_back|pull_out obj=donation
1662 &V-RETREAT-6894|back_down|draw_back|get_out|pull_back|pull_out obj=advisor
087 &V-RETREAT-6894|back_down|draw_back|get_out|pull_back|pull_out obj=troop
162 &V-RETREAT-6894|back_down|draw_back|get_out|pull_back|pull_out obj=offer
0874 &V-RETREAT-6894|back_down|draw_back|get_out|pull_back|pull_out obj=from target=obj

############ SUBMIT (line 6941) ############
&V-SUBMIT-6941 abide accede acquiesce bide comply fill obey satify submit
080 abide_by
080 conform_to
080 abide
080 accede
080 acquiesce
080 bide
030 comply
080 fill
080 obey
080 satify
080 submit
173 &V-SUBMIT-6941|abide_by|conform_to obj=charge pp:against=&PEOPLE
0344 &V-SUBMIT-6941|abide_by|conform_to obj=constitutional_amendment
160 &V-SUBMIT-6941|abide_by|conform_to obj=no-confidence_&PROPOSAL
113 &V-SUBMIT-6941|abide_by|conform_to obj=censure_&PROPOSAL
034 &V-SUBMIT-6941|abide_by|conform_to obj=legal_amendment
130 &V-SUBMIT-6941|abide_by|conform_to obj=&EVIDENCE
020 &V-SUBMIT-6941|abide_by|conform_to obj=&PROPOSAL
034 &V-SUBMIT-6941|abide_by|conform_to obj=legislation
035 &V-SUBMIT-6941|abide_by|conform_to obj=&PROPOSAL
0831 &V-SUBMIT-6941|abide_by|conform_to obj=resignation
030 &V-SUBMIT-6941|abide_by|conform_to obj=&SOLUTION
020 &V-SUBMIT-6941|abide_by|conform_to obj=petition
1822 &V-SUBMIT-6941|abide_by|conform_to obj=torture
173 &V-SUBMIT-6941|abide_by|conform_to obj=arrest
020 &V-SUBMIT-6941|abide_by|conform_to obj=paper
080 &V-SUBMIT-6941|abide_by|conform_to obj=force

############ UNBLOCK (line 6973) ############
&V-UNBLOCK-6973 unblock
080 unblock
0872 &V-UNBLOCK-6973 subj=force

############ YIELD (line 6980) ############
&V-YIELD-6980 bow capitulate cede concede concession forswear relinquish renounce succumb surrender waive yield
080 drop_out
080 give_in
080 give_up
080 bow
080 capitulate
080 cede
080 concede
080 concession
080 forswear
080 relinquish
110 renounce
080 succumb
080 surrender
080 waive
080 yield
0873 &V-YIELD-6980|drop_out|give_in|give_up obj=&WEAPON
0874 &V-YIELD-6980|drop_out|give_in|give_up subj=&MILITARY
080 &V-YIELD-6980|drop_out|give_in|give_up obj=&SOLUTION
--- &V-YIELD-6980|drop_out|give_in|give_up pp:of=race prt=out
080 &V-YIELD-6980|drop_out|give_in|give_up obj=to_police
085 &V-YIELD-6980|drop_out|give_in|give_up obj=sanction
0874 &V-YIELD-6980|drop_out|give_in|give_up subj=division
0874 &V-YIELD-6980|drop_out|give_in|give_up subj=soldier
--- &V-YIELD-6980|drop_out|give_in|give_up obj=head
0842 &V-YIELD-6980|drop_out|give_in|give_up obj=arms
085 &V-YIELD-6980|drop_out|give_in|give_up obj=ban

############ ACQUIT (line 7011) ############
&V-ACQUIT-7011 absolve acquit exculpate exonerate vindicate
081 absolve
081 acquit
081 exculpate
081 exonerate
081 vindicate
080 &V-ACQUIT-7011 pp:by

############ DECLASSIFY (line 7022) ############
&V-DECLASSIFY-7022 declassify
081 declassify

############ LEGALISE (line 7028) ############
&V-LEGALISE-7028 decriminalise decriminalize legalise legalize
081 decriminalise
081 decriminalize
081 legalise
081 legalize

############ INSPECT (line 7037) ############
&V-INSPECT-7037 analyse ascertain audit check examine explore inspect research study
090 look_over
090 analyse
090 ascertain
090 audit
090 check
090 examine
090 explore
090 inspect
090 research
090 study
093 &V-INSPECT-7037|look_over obj=&MILITARY
014 &V-INSPECT-7037|look_over obj=new_investment
090 &V-INSPECT-7037|look_over obj=&INFORMATION
014 &V-INSPECT-7037|look_over obj=ways

############ INVESTIGATE (line 7056) ############
&V-INVESTIGATE-7056 investigate
090 investigate
090 &V-INVESTIGATE-7056 obj=incident
090 &V-INVESTIGATE-7056 obj=killings
094 &V-INVESTIGATE-7056 obj=massacre
090 &V-INVESTIGATE-7056 obj=killing
092 &V-INVESTIGATE-7056 obj=slavery
093 &V-INVESTIGATE-7056 obj=clashes
090 &V-INVESTIGATE-7056 obj=report
091 &V-INVESTIGATE-7056 obj=fraud

############ PROBE (line 7070) ############
&V-PROBE-7070 comb dig mine probe rake scan scrutinize skim sweep unearth
090 glance_over
090 comb
090 dig
090 mine
090 probe
090 rake
090 scan
090 scrutinize
090 skim
090 sweep
090 unearth
1384 &V-PROBE-7070|glance_over subj=fighter_&AIRCRAFT
151 &V-PROBE-7070|glance_over obj=low subj=&AIRCRAFT
170 &V-PROBE-7070|glance_over obj=&TOWN pp:in=crackdown
091 &V-PROBE-7070|glance_over obj=government_accounts
190 &V-PROBE-7070|glance_over pp:through=villages
073 &V-PROBE-7070|glance_over pp:for=mines
090 &V-PROBE-7070|glance_over obj=murder
090 &V-PROBE-7070|glance_over pp:into
150 &V-PROBE-7070|glance_over obj=area

############ DEMAND (line 7095) ############
&V-DEMAND-7095 adjure bid campaign clamor clamour crusade demand entreat exhort necessitate need press push want
100 adjure
100 bid
100 campaign
100 clamor
100 clamour
100 crusade
100 demand
100 entreat
100 exhort
100 necessitate
100 need
100 press
100 push
030 want
123 &V-DEMAND-7095 obj=cancellation pp:of=&TREATY
173 &V-DEMAND-7095 obj=&DETENTION subj=prosecutor
0234 &V-DEMAND-7095 obj=&PKO
190 &V-DEMAND-7095 obj=counter-offensive pp:against
053 &V-DEMAND-7095 obj=retribution pp:for=shooting
0256 &V-DEMAND-7095 obj=support pp:for=&CEASEFIRE
1044 &V-DEMAND-7095 obj=constitutional_change
0213 &V-DEMAND-7095 obj=creation pp:of=tribunal
0231 &V-DEMAND-7095 obj=cancellation pp:of=debt
0253 &V-DEMAND-7095 obj=release pp:of=prisoners
1411 &V-DEMAND-7095 obj=resignation subj=protest
173 &V-DEMAND-7095 obj=sentence subj=prosecutor
173 &V-DEMAND-7095 obj=&DETENTION
027 &V-DEMAND-7095 obj=&TREATY
1044 &V-DEMAND-7095 obj=self-determination
1014 &V-DEMAND-7095 obj=for_&INVESTIGATION
1412 &V-DEMAND-7095 obj=removal subj=protester
195 &V-DEMAND-7095 obj=offensive pp:against
0244 &V-DEMAND-7095 obj=democratization
0344 &V-DEMAND-7095 pp:for=constitution
130 &V-DEMAND-7095 obj=measures pp:against
0214 &V-DEMAND-7095 obj=&EVIDENCE
0242 &V-DEMAND-7095 obj=change pp:in=policy
0244 &V-DEMAND-7095 obj=democratisaton
1056 &V-DEMAND-7095 obj=end pp:to=offensive
021 &V-DEMAND-7095 obj=clarification
0256 &V-DEMAND-7095 obj=refrain_attack
100 &V-DEMAND-7095 obj=action pp:against
1014 &V-DEMAND-7095 obj=&INVESTIGATION
105 &V-DEMAND-7095 pp:for=compromise
138 &V-DEMAND-7095 obj=counter-attack
154 &V-DEMAND-7095 subj=fighter pp:toward
0256 &V-DEMAND-7095 pp:for=ceasefire
027 &V-DEMAND-7095 obj=&TOWN
1031 &V-DEMAND-7095 obj=compensation
1034 &V-DEMAND-7095 obj=protectorate
173 &V-DEMAND-7095 obj=death_penalty
0214 &V-DEMAND-7095 obj=investigate
022 &V-DEMAND-7095 obj=cooperation
022 &V-DEMAND-7095 obj=cooperation
0243 &V-DEMAND-7095 obj=human_rights
036 &V-DEMAND-7095 obj=&NEGOTIATION
037 &V-DEMAND-7095 obj=peace_effort
090 &V-DEMAND-7095 obj=explanation
100 &V-DEMAND-7095 obj=extradition
100 &V-DEMAND-7095 obj=resignation
101 &V-DEMAND-7095 obj=explanation
0212 &V-DEMAND-7095 obj=&SECURITY
0231 &V-DEMAND-7095 obj=&CURRENCY
027 &V-DEMAND-7095 obj=&SOLUTION
101 &V-DEMAND-7095 obj=&SOLUTION
1033 &V-DEMAND-7095 obj=&ASYLUM
1056 &V-DEMAND-7095 obj=withdrawal
1056 &V-DEMAND-7095 obj=&CEASEFIRE
1056 &V-DEMAND-7095 obj=withdrawal
105 &V-DEMAND-7095 obj=withdrawal
0241 &V-DEMAND-7095 obj=elections
0243 &V-DEMAND-7095 obj=fair_trial
030 &V-DEMAND-7095 obj=closer_tie
040 &V-DEMAND-7095 pp:for=access
1053 &V-DEMAND-7095 obj=release pp:of
1312 &V-DEMAND-7095 obj=sanctions
017 &V-DEMAND-7095 obj=farewell
025 &V-DEMAND-7095 obj=withdraw
1041 &V-DEMAND-7095 obj=election
1044 &V-DEMAND-7095 obj=autonomy
104 &V-DEMAND-7095 pp:on=issues
173 &V-DEMAND-7095 obj=fugitive
--- &V-DEMAND-7095 obj=divorce
020 &V-DEMAND-7095 obj=efforts
0212 &V-DEMAND-7095 obj=&DEFENSE
022 &V-DEMAND-7095 obj=support
025 &V-DEMAND-7095 obj=refrain
1053 &V-DEMAND-7095 obj=release
106 &V-DEMAND-7095 obj=meeting
110 &V-DEMAND-7095 pp:against
1312 &V-DEMAND-7095 obj=boycott
1312 &V-DEMAND-7095 obj=boycott
141 &V-DEMAND-7095 pp:at=rally
173 &V-DEMAND-7095 obj=charges
036 &V-DEMAND-7095 obj=summit
1031 &V-DEMAND-7095 obj=assets
1043 &V-DEMAND-7095 obj=rights
138 &V-DEMAND-7095 obj=attack
181 &V-DEMAND-7095 obj=ransom
181 &V-DEMAND-7095 obj=ransom
026 &V-DEMAND-7095 obj=talks
027 &V-DEMAND-7095 obj=peace
0311 &V-DEMAND-7095 obj=trade
036 &V-DEMAND-7095 obj=talks
053 &V-DEMAND-7095 obj=world
1013 &V-DEMAND-7095 obj=trial
1043 &V-DEMAND-7095 obj=right
106 &V-DEMAND-7095 obj=talks
124 &V-DEMAND-7095 obj=to_act
170 &V-DEMAND-7095 obj=ahead
023 &V-DEMAND-7095 obj=help
192 &V-DEMAND-7095 pp:into
023 &V-DEMAND-7095 obj=aid
174 &V-DEMAND-7095 pp:out
190 &V-DEMAND-7095 prt=on

############ INSIST (line 7215) ############
&V-INSIST-7215 insist
100 insist
1033 &V-INSIST-7215 pp:on=return pp:of=&REFUGEE

############ ALLEGE (line 7222) ############
&V-ALLEGE-7222 allege aver avow claim swear
110 allege
110 aver
110 avow
110 claim
110 swear
1031 &V-ALLEGE-7222 obj=compensation pp:for=invasion
060 &V-ALLEGE-7222 obj=victory pp:in=elections
1122 &V-ALLEGE-7222 obj=human_rights_abuse
015 &V-ALLEGE-7222 obj=responsibility
111 &V-ALLEGE-7222 obj=victory_against target=obj
112 &V-ALLEGE-7222 obj=insurgents
181 &V-ALLEGE-7222 obj=kidnapping
015 &V-ALLEGE-7222 obj=massacre
013 &V-ALLEGE-7222 obj=success
013 &V-ALLEGE-7222 obj=victory
015 &V-ALLEGE-7222 obj=bombing
015 &V-ALLEGE-7222 obj=killing
1031 &V-ALLEGE-7222 obj=damages
015 &V-ALLEGE-7222 obj=attack
112 &V-ALLEGE-7222 obj=plot

############ CURSE (line 7247) ############
&V-CURSE-7247 blaspheme curse
110 blaspheme
110 curse

############ DESPAIR (line 7254) ############
&V-DESPAIR-7254 despair
110 despair

############ DISAPPROVE (line 7260) ############
&V-DISAPPROVE-7260 decry disapprove
110 decry
110 disapprove

############ DISMAY (line 7267) ############
&V-DISMAY-7267 disappoint discourage dishearten dismay sadden
110 disappoint
110 discourage
110 dishearten
110 dismay
110 sadden
111 &V-DISMAY-7267 pp:by=broken_promises

############ DISTRUST (line 7278) ############
&V-DISTRUST-7278 distrust doubt oppugn suspect
110 distrust
012 doubt
110 oppugn
110 suspect
110 &V-DISTRUST-7278 obj=secret_&PROGRAM
112 &V-DISTRUST-7278 pp:of=cooperation
1121 &V-DISTRUST-7278 pp:of=stealing
1125 &V-DISTRUST-7278 pp:of=treason
1123 &V-DISTRUST-7278 pp:of=attack
1121 &V-DISTRUST-7278 pp:of=fraud

############ LAMENT (line 7293) ############
&V-LAMENT-7293 cry grieve lament mourn wail weep whine
110 cry
110 grieve
110 lament
110 mourn
110 wail
110 weep
110 whine
111 &V-LAMENT-7293 obj=slaughter
012 &V-LAMENT-7293 obj=failure
111 &V-LAMENT-7293 obj=speech
017 &V-LAMENT-7293 obj=death
017 &V-LAMENT-7293 obj=dead

############ REBUFF (line 7310) ############
&V-REBUFF-7310 rebuff slight snub
110 rebuff
110 slight
111 snub
128 &V-REBUFF-7310 obj=international_embargo
125 &V-REBUFF-7310 obj=peace_talk
123 &V-REBUFF-7310 obj=demand
125 &V-REBUFF-7310 obj=offer

############ REGRET (line 7322) ############
&V-REGRET-7322 regret
110 regret
055 &V-REGRET-7322 obj=offenc

############ VERBAL-CONFLICT (line 7329) ############
&V-VERBAL-CONFLICT-7329 argue bemoan challenge compete complain contend contest contradict contrast contravene counter counterbalance debate differ disagree dispute dissent object oppose protest refute wrangle
110 argue
110 bemoan
110 challenge
110 compete
114 complain
110 contend
110 contest
110 contradict
110 contrast
110 contravene
110 counter
110 counterbalance
040 debate
110 differ
110 disagree
110 dispute
110 dissent
120 object
110 oppose
140 protest
110 refute
110 wrangle
053 &V-VERBAL-CONFLICT-7329 pp:against=&DETENTION
050 &V-VERBAL-CONFLICT-7329 pp:against=discrimination
114 &V-VERBAL-CONFLICT-7329 pp:over=travel_restriction
053 &V-VERBAL-CONFLICT-7329 obj=&DETENTION
111 &V-VERBAL-CONFLICT-7329 obj=conviction pp:in=court
110 &V-VERBAL-CONFLICT-7329 obj=&CRIME
110 &V-VERBAL-CONFLICT-7329 obj=&CRIME
111 &V-VERBAL-CONFLICT-7329 obj=nuclear_&PROGRAM
120 &V-VERBAL-CONFLICT-7329 obj=official_response
053 &V-VERBAL-CONFLICT-7329 pp:against=sentence
111 &V-VERBAL-CONFLICT-7329 pp:over=restriction
030 &V-VERBAL-CONFLICT-7329 obj=action pp:against
050 &V-VERBAL-CONFLICT-7329 obj=policy pp:against
051 &V-VERBAL-CONFLICT-7329 pp:about=decision
1041 &V-VERBAL-CONFLICT-7329 pp:for=leadership
110 &V-VERBAL-CONFLICT-7329 pp:on=&PROPOSAL
124 &V-VERBAL-CONFLICT-7329 pp:against=easing
111 &V-VERBAL-CONFLICT-7329 pp:over=shooting
141 &V-VERBAL-CONFLICT-7329 obj=&FIGHT
160 &V-VERBAL-CONFLICT-7329 pp:on=&CEASEFIRE
110 &V-VERBAL-CONFLICT-7329 pp:against=move
110 &V-VERBAL-CONFLICT-7329 obj=credentials
120 &V-VERBAL-CONFLICT-7329 obj=&PROPOSAL
125 &V-VERBAL-CONFLICT-7329 obj=talks subj=rebels
125 &V-VERBAL-CONFLICT-7329 obj=negotiation
110 &V-VERBAL-CONFLICT-7329 obj=election prt=in
111 &V-VERBAL-CONFLICT-7329 pp:over=attack
120 &V-VERBAL-CONFLICT-7329 obj=&SOLUTION
1246 &V-VERBAL-CONFLICT-7329 obj=&CEASEFIRE
1414 &V-VERBAL-CONFLICT-7329 obj=for_to_leave target=obj
141 &V-VERBAL-CONFLICT-7329 obj=peacefully
--- &V-VERBAL-CONFLICT-7329 pp:about=pain
016 &V-VERBAL-CONFLICT-7329 obj=innocence
040 &V-VERBAL-CONFLICT-7329 obj=sanctions
051 &V-VERBAL-CONFLICT-7329 obj=expulsion
052 &V-VERBAL-CONFLICT-7329 obj=sanctions
053 &V-VERBAL-CONFLICT-7329 pp:in=support
110 &V-VERBAL-CONFLICT-7329 obj=expulsion
111 &V-VERBAL-CONFLICT-7329 pp:over=death
111 &V-VERBAL-CONFLICT-7329 obj=supremacy
111 &V-VERBAL-CONFLICT-7329 obj=execution
120 &V-VERBAL-CONFLICT-7329 obj=accession
120 &V-VERBAL-CONFLICT-7329 obj=ultimatum
--- &V-VERBAL-CONFLICT-7329 obj=election
110 &V-VERBAL-CONFLICT-7329 obj=creation
110 &V-VERBAL-CONFLICT-7329 obj=campaign
110 &V-VERBAL-CONFLICT-7329 obj=decision
110 &V-VERBAL-CONFLICT-7329 obj=transfer
111 &V-VERBAL-CONFLICT-7329 obj=campaign
111 &V-VERBAL-CONFLICT-7329 obj=takeover
114 &V-VERBAL-CONFLICT-7329 obj=decision
114 &V-VERBAL-CONFLICT-7329 obj=strongly
114 &V-VERBAL-CONFLICT-7329 subj=official
120 &V-VERBAL-CONFLICT-7329 obj=validity
128 &V-VERBAL-CONFLICT-7329 obj=sanction
110 &V-VERBAL-CONFLICT-7329 obj=release
111 &V-VERBAL-CONFLICT-7329 obj=comment
120 &V-VERBAL-CONFLICT-7329 obj=reports
128 &V-VERBAL-CONFLICT-7329 obj=embargo
053 &V-VERBAL-CONFLICT-7329 obj=arrest
111 &V-VERBAL-CONFLICT-7329 obj=denial
111 &V-VERBAL-CONFLICT-7329 obj=remark
030 &V-VERBAL-CONFLICT-7329 subj=cloak
110 &V-VERBAL-CONFLICT-7329 obj=about
110 &V-VERBAL-CONFLICT-7329 obj=claim
110 &V-VERBAL-CONFLICT-7329 obj=claim
111 &V-VERBAL-CONFLICT-7329 obj=claim
111 &V-VERBAL-CONFLICT-7329 obj=visit
125 &V-VERBAL-CONFLICT-7329 obj=talks
130 &V-VERBAL-CONFLICT-7329 subj=boost
111 &V-VERBAL-CONFLICT-7329 obj=bias
111 &V-VERBAL-CONFLICT-7329 obj=bill
120 &V-VERBAL-CONFLICT-7329 obj=move
127 &V-VERBAL-CONFLICT-7329 obj=plan

############ DISGRACE (line 7430) ############
&V-DISGRACE-7430 debase defile degrade disgrace humble humiliate
110 debase
110 defile
110 degrade
110 disgrace
110 humble
110 humiliate

############ DENIGRATE (line 7441) ############
&V-DENIGRATE-7441 belittle denigrate impugn malign slander
111 belittle
111 denigrate
111 impugn
111 malign
111 slander

############ DENOUNCE (line 7451) ############
&V-DENOUNCE-7451 admonish berate cane castigate censure chasten chastise chide criticise criticize denounce deride disparage flog lambaste lecture rebuke remonstrate reprimand reproach reprobate ridicule scold scorn
111 dress_down
111 admonish
111 berate
180 cane
111 castigate
111 censure
111 chasten
111 chastise
111 chide
111 criticise
111 criticize
111 denounce
111 deride
111 disparage
180 flog
111 lambaste
111 lecture
111 rebuke
111 remonstrate
111 reprimand
111 reproach
111 reprobate
111 ridicule
111 scold
111 scorn
052 &V-DENOUNCE-7451|dress_down obj=&DETENTION
1122 &V-DENOUNCE-7451|dress_down pp:for=violating
053 &V-DENOUNCE-7451|dress_down obj=dissolution
1124 &V-DENOUNCE-7451|dress_down pp:as=terrorism
016 &V-DENOUNCE-7451|dress_down obj=accusation
053 &V-DENOUNCE-7451|dress_down obj=kidnapping
053 &V-DENOUNCE-7451|dress_down obj=sanctions

############ DEPLORE (line 7488) ############
&V-DEPLORE-7488 abhor deplore
111 lash_out
111 abhor
111 deplore

############ JEER (line 7496) ############
&V-JEER-7496 jeer scoff
111 jeer
111 scoff

############ SAVAGE (line 7503) ############
&V-SAVAGE-7503 crucify pillory savage
111 crucify
111 pillory
111 savage

############ BLAME (line 7511) ############
&V-BLAME-7511 accuse blame charge condemn convict fault implicate indict
112 accuse
112 blame
112 charge
111 condemn
173 convict
112 fault
112 implicate
173 indict
111 &V-BLAME-7511 obj=&WEAPON_attacks
1125 &V-BLAME-7511 pp:with=&FIGHT_&CRIME
1125 &V-BLAME-7511 pp:with=&FIGHT_&CRIME
111 &V-BLAME-7511 pp:for=&MILITARY_incursion
111 &V-BLAME-7511 obj=&MILITARY_operation
1122 &V-BLAME-7511 obj=for_violat_humanitarian_law
1124 &V-BLAME-7511 obj=raid pp:as=&CRIME
1122 &V-BLAME-7511 pp:for=humanitarian_crisis
173 &V-BLAME-7511 pp:to=&DETENTION
1123 &V-BLAME-7511 obj=of_violat_sovereignty
173 &V-BLAME-7511 pp:for=&CRIME
173 &V-BLAME-7511 pp:of=&CRIME
1124 &V-BLAME-7511 pp:of=ethnic_cleansing
1124 &V-BLAME-7511 obj=geneva_convention
173 &V-BLAME-7511 pp:in=corruption_case
018 &V-BLAME-7511 obj=terrorist_attack
111 &V-BLAME-7511 obj=&MILITARY
1123 &V-BLAME-7511 pp:of=sabre-rattling
111 &V-BLAME-7511 obj=suicide_bombing
1122 &V-BLAME-7511 pp:of=rights_abuses
1123 &V-BLAME-7511 pp:of=expansionism
112 &V-BLAME-7511 pp:in=radio_message
111 &V-BLAME-7511 obj=abduction_by pp:of target=obj
111 &V-BLAME-7511 obj=suicide_attack
1121 &V-BLAME-7511 obj=prime_minister
1122 &V-BLAME-7511 pp:of=rights_abuse
1124 &V-BLAME-7511 pp:with=terrorism
--- &V-BLAME-7511 subj=symbolically
111 &V-BLAME-7511 obj=&FIGHT
053 &V-BLAME-7511 obj=trial_unfair
111 &V-BLAME-7511 obj=offensive pp:in
111 &V-BLAME-7511 obj=case_against
1124 &V-BLAME-7511 pp:of=terrorism
1124 &V-BLAME-7511 obj=for_violence
112 &V-BLAME-7511 pp:in=interview
111 &V-BLAME-7511 obj=shooting pp:of
111 &V-BLAME-7511 obj=massacre pp:of
1121 &V-BLAME-7511 pp:with=murder
1122 &V-BLAME-7511 pp:for=torture
1122 &V-BLAME-7511 pp:for=torture
1123 &V-BLAME-7511 pp:of=violence
1123 &V-BLAME-7511 obj=aggression
1124 &V-BLAME-7511 pp:of=genocide
1124 &V-BLAME-7511 pp:of=massacre
1124 &V-BLAME-7511 obj=atrocities
1124 &V-BLAME-7511 obj=massacring
112 &V-BLAME-7511 subj=commission
173 &V-BLAME-7511 subj=prosecutor
111 &V-BLAME-7511 obj=capture pp:of
111 &V-BLAME-7511 obj=killing pp:of
111 &V-BLAME-7511 obj=torture pp:of
1122 &V-BLAME-7511 pp:of=torture
1122 &V-BLAME-7511 subj=espionage
1124 &V-BLAME-7511 pp:for=attack
1124 &V-BLAME-7511 pp:for=attack
1124 &V-BLAME-7511 pp:for=attack
112 &V-BLAME-7511 obj=each_other pair=112
112 &V-BLAME-7511 pp:for=attack
173 &V-BLAME-7511 pp:on=charges
173 &V-BLAME-7511 obj=&SUSPECT
111 &V-BLAME-7511 obj=arrest pp:of
111 &V-BLAME-7511 obj=murder pp:of
111 &V-BLAME-7511 obj=decision
111 &V-BLAME-7511 obj=massacre
111 &V-BLAME-7511 obj=shooting
111 &V-BLAME-7511 obj=shooting
111 &V-BLAME-7511 obj=uprising
1123 &V-BLAME-7511 obj=of_attack
1124 &V-BLAME-7511 pp:for=death
112 &V-BLAME-7511 obj=attack_on target=obj
112 &V-BLAME-7511 obj=violence
112 &V-BLAME-7511 obj=&HOSTAGE
173 &V-BLAME-7511 subj=tribunal
111 &V-BLAME-7511 obj=bombing
111 &V-BLAME-7511 obj=killing
111 &V-BLAME-7511 obj=attacks
111 &V-BLAME-7511 obj=killing
112 &V-BLAME-7511 obj=death pp:of
112 &V-BLAME-7511 pp:in=court
112 &V-BLAME-7511 pp:in=trial
173 &V-BLAME-7511 subj=court
173 &V-BLAME-7511 subj=court
111 &V-BLAME-7511 obj=coup
111 &V-BLAME-7511 obj=raid

############ DELAY (line 7611) ############
&V-DELAY-7611 defer delay forestall hamper hinder impede inhibit obstruct postpone prevent procrastinate remit retard shelve stall stymie table
120 defer
120 delay
120 forestall
120 hamper
120 hinder
120 impede
120 inhibit
120 obstruct
120 postpone
120 prevent
120 procrastinate
120 remit
120 retard
120 shelve
120 stall
120 stymie
120 table
160 &V-DELAY-7611 obj=&TREATY
163 &V-DELAY-7611 obj=ship pp:from=docking
1246 &V-DELAY-7611 obj=plan pp:to=withdraw
1223 &V-DELAY-7611 obj=delivery pp:of=aid
172 &V-DELAY-7611 pp:from=entering
161 &V-DELAY-7611 obj=&NEGOTIATION pair=161
172 &V-DELAY-7611 pp:from=leaving
160 &V-DELAY-7611 obj=conference target=obj
087 &V-DELAY-7611 obj=incursion
161 &V-DELAY-7611 obj=departure
011 &V-DELAY-7611 obj=response
014 &V-DELAY-7611 obj=decision
160 &V-DELAY-7611 obj=handover
071 &V-DELAY-7611 obj=payment
091 &V-DELAY-7611 obj=verdict
123 &V-DELAY-7611 obj=reforms
144 &V-DELAY-7611 obj=traffic
160 &V-DELAY-7611 obj=mission
161 &V-DELAY-7611 obj=meeting pair=161
1721 &V-DELAY-7611 obj=protest
172 &V-DELAY-7611 obj=freeing
053 &V-DELAY-7611 obj=attack
160 &V-DELAY-7611 obj=summit
161 &V-DELAY-7611 obj=debate
030 &V-DELAY-7611 obj=march
160 &V-DELAY-7611 obj=visit
164 &V-DELAY-7611 obj=talks
1721 &V-DELAY-7611 obj=rally
130 &V-DELAY-7611 obj=move
160 &V-DELAY-7611 obj=plan
160 &V-DELAY-7611 obj=vote
161 &V-DELAY-7611 obj=talk pair=161
161 &V-DELAY-7611 obj=meet
161 &V-DELAY-7611 obj=talk
161 &V-DELAY-7611 obj=trip
161 &V-DELAY-7611 obj=trip
162 &V-DELAY-7611 obj=aid

############ OVERRULE (line 7670) ############
&V-OVERRULE-7670 override overrule
120 override
120 overrule

############ ENDANGER (line 7677) ############
&V-ENDANGER-7677 endanger risk
130 endanger
130 risk
131 &V-ENDANGER-7677 obj=interests

############ THREATEN (line 7685) ############
&V-THREATEN-7685 threaten
130 threaten

############ WARN (line 7691) ############
&V-WARN-7691 caution warn
130 caution
130 warn
138 &V-WARN-7691 obj=&MILITARY_confrontation
160 &V-WARN-7691 obj=&PEOPLE pp:against=traveling
012 &V-WARN-7691 pp:of=disastrous_consequences
131 &V-WARN-7691 pp:of=international_pressure
130 &V-WARN-7691 pp:against=independence
130 &V-WARN-7691 pp:of=collective_action
130 &V-WARN-7691 pp:against=provocation
1384 &V-WARN-7691 pp:against=air_strike
110 &V-WARN-7691 pp:of=growing_crisis
130 &V-WARN-7691 obj=severe_reprisals
012 &V-WARN-7691 obj=ethnic_violence
020 &V-WARN-7691 pp:against=pullout
110 &V-WARN-7691 pp:of=&FIGHT
130 &V-WARN-7691 obj=harsh_ripostes
138 &V-WARN-7691 pp:of=&FIGHT
138 &V-WARN-7691 pp:of=&FIGHT
012 &V-WARN-7691 obj=ethnic_tension
130 &V-WARN-7691 pp:against=occupy
1313 &V-WARN-7691 obj=loss pp:of=support
138 &V-WARN-7691 pp:against=strike
138 &V-WARN-7691 obj=revenge_attack
130 &V-WARN-7691 obj=consequences
012 &V-WARN-7691 pp:against=hope
012 &V-WARN-7691 obj=catastrophe
130 &V-WARN-7691 pp:of=response
1383 &V-WARN-7691 obj=next_target
012 &V-WARN-7691 obj=stability
064 &V-WARN-7691 pp:about=plot
112 &V-WARN-7691 obj=terrorist
133 &V-WARN-7691 pp:of=hartals target=obj
012 &V-WARN-7691 pp:of=exodus
130 &V-WARN-7691 pp:in=letter
012 &V-WARN-7691 pp:of=risk
064 &V-WARN-7691 pp:of=plot

############ DISTURB (line 7732) ############
&V-DISTURB-7732 agitate agonise agonize annoy badger bother discomfit disconcert disquiet distress disturb frustrate harass harry hassle irk irritate pester plague rag torment upset vex
140 bridle_at
140 agitate
140 agonise
140 agonize
140 annoy
140 badger
140 bother
140 discomfit
140 disconcert
140 disquiet
012 distress
140 disturb
012 frustrate
140 harass
140 harry
140 hassle
140 irk
140 irritate
140 pester
140 plague
140 rag
140 torment
140 upset
140 vex
154 &V-DISTURB-7732|bridle_at obj=diplomacy
010 &V-DISTURB-7732|bridle_at pp:by=attack
012 &V-DISTURB-7732|bridle_at pp:by

############ MARCH (line 7764) ############
&V-MARCH-7764 demonstrate march
141 demonstrate
140 march
1412 &V-MARCH-7764 pp:against=sanctions
141 &V-MARCH-7764 pp:through=protest
053 &V-MARCH-7764 pp:in=favour/favor
053 &V-MARCH-7764 pp:in=solidarity
051 &V-MARCH-7764 pp:in=sympathy
053 &V-MARCH-7764 pp:for=release
053 &V-MARCH-7764 obj=solidarity
141 &V-MARCH-7764 subj=supporters
051 &V-MARCH-7764 pp:in=funeral
053 &V-MARCH-7764 pp:in=support
072 &V-MARCH-7764 obj=&PROGRAM
017 &V-MARCH-7764 pp:in=memory
152 &V-MARCH-7764 obj=soldiers
051 &V-MARCH-7764 obj=support
141 &V-MARCH-7764 pp:against
152 &V-MARCH-7764 obj=troops

############ PROVOKE (line 7787) ############
&V-PROVOKE-7787 arouse enkindle provoke
140 arouse
140 enkindle
140 provoke
051 &V-PROVOKE-7787 obj=celebration
190 &V-PROVOKE-7787 obj=retaliation

############ RIOT (line 7797) ############
&V-RIOT-7797 riot
145 riot

############ MOBILIZE (line 7803) ############
&V-MOBILIZE-7803 garner marshal mobilise mobilize muster rally summon
150 call_up
150 drum_up
150 pull_together
150 garner
150 marshal
150 mobilise
150 mobilize
150 muster
150 rally
040 summon
154 &V-MOBILIZE-7803|call_up|drum_up|pull_together obj=&MILITARY pp:on=border
141 &V-MOBILIZE-7803|call_up|drum_up|pull_together pp:against=violence
154 &V-MOBILIZE-7803|call_up|drum_up|pull_together obj=&MILITARY
141 &V-MOBILIZE-7803|call_up|drum_up|pull_together subj=demonstrators
113 &V-MOBILIZE-7803|call_up|drum_up|pull_together obj=world pp:against
1414 &V-MOBILIZE-7803|call_up|drum_up|pull_together pp:for=free_state
022 &V-MOBILIZE-7803|call_up|drum_up|pull_together obj=supporters
053 &V-MOBILIZE-7803|call_up|drum_up|pull_together pp:to=&DEFENSE
053 &V-MOBILIZE-7803|call_up|drum_up|pull_together pp:in=support
141 &V-MOBILIZE-7803|call_up|drum_up|pull_together pp:in=capital
141 &V-MOBILIZE-7803|call_up|drum_up|pull_together pp:in=protest
141 &V-MOBILIZE-7803|call_up|drum_up|pull_together subj=activists
022 &V-MOBILIZE-7803|call_up|drum_up|pull_together obj=support
141 &V-MOBILIZE-7803|call_up|drum_up|pull_together pp:in=front
141 &V-MOBILIZE-7803|call_up|drum_up|pull_together obj=against
141 &V-MOBILIZE-7803|call_up|drum_up|pull_together obj=outside
145 &V-MOBILIZE-7803|call_up|drum_up|pull_together pp:outside
173 &V-MOBILIZE-7803|call_up|drum_up|pull_together pp:to=court
090 &V-MOBILIZE-7803|call_up|drum_up|pull_together pp:before

############ OVERFLY (line 7837) ############
&V-OVERFLY-7837 overfly
150 overfly
151 &V-OVERFLY-7837 subj=&AIRCRAFT
150 &V-OVERFLY-7837 obj=palace

############ PARADE (line 7845) ############
&V-PARADE-7845 parade
150 parade

############ PATROL (line 7851) ############
&V-PATROL-7851 patrol
150 patrol
150 &V-PATROL-7851 subj=&AIRCRAFT

############ BETRAY (line 7858) ############
&V-BETRAY-7858 betray
160 betray

############ BLACKLIST (line 7864) ############
&V-BLACKLIST-7864 blacklist
160 blacklist

############ DISASSOCIATE (line 7870) ############
&V-DISASSOCIATE-7870 disassociate
160 disassociate
160 &V-DISASSOCIATE-7870 pp:from=&TREATY

############ DISRUPT (line 7877) ############
&V-DISRUPT-7877 disarray disorder disrupt
160 disarray
160 disorder
160 disrupt
140 &V-DISRUPT-7877 obj=speech

############ SPY (line 7886) ############
&V-SPY-7886 spy
090 spy

############ UNDERMINE (line 7892) ############
&V-UNDERMINE-7892 countermine sabotage undermine
160 countermine
160 sabotage
160 undermine

############ SECEDE (line 7900) ############
&V-SECEDE-7900 secede
161 secede

############ CONFINE (line 7906) ############
&V-CONFINE-7906 cage confine contain detain enclose hold imprison incarcerate jail restrict withhold
170 cage
173 confine
170 contain
173 detain
170 enclose
--- hold
173 imprison
170 incarcerate
173 jail
170 restrict
170 withhold
017 &V-CONFINE-7906 obj=&INFORMATION_conference pair=017
1621 &V-CONFINE-7906 obj=financial_assistance
173 &V-CONFINE-7906 obj=&DETENTION
175 &V-CONFINE-7906 obj=demonstrator subj=police pair=141
--- &V-CONFINE-7906 obj=illegal_immigrants
062 &V-CONFINE-7906 obj=&FIGHT_games pair=062
175 &V-CONFINE-7906 obj=supporter pp:of=rally
031 &V-CONFINE-7906 obj=talks pp:on=contract pair=031
061 &V-CONFINE-7906 obj=joint_manoeuvres pair=061
062 &V-CONFINE-7906 obj=joint_exercises pair=062
062 &V-CONFINE-7906 obj=joint_exercises pair=062
192 &V-CONFINE-7906 obj=position subj=forces
040 &V-CONFINE-7906 obj=consultations
080 &V-CONFINE-7906 obj=air_strike prt=back
141 &V-CONFINE-7906 obj=demonstration
164 &V-CONFINE-7906 obj=&NEGOTIATION prt=up
173 &V-CONFINE-7906 pp:in=connection
035 &V-CONFINE-7906 obj=achievement
046 &V-CONFINE-7906 obj=&NEGOTIATION pair=046
112 &V-CONFINE-7906 obj=responsible
160 &V-CONFINE-7906 obj=cooperation
--- &V-CONFINE-7906 obj=immigrants
040 &V-CONFINE-7906 obj=round_table
040 &V-CONFINE-7906 obj=conference
087 &V-CONFINE-7906 obj=advance prt=off
151 &V-CONFINE-7906 obj=manoeuvers
0341 &V-CONFINE-7906 obj=elections
127 &V-CONFINE-7906 obj=signature
1721 &V-CONFINE-7906 obj=clothiing
173 &V-CONFINE-7906 obj=&SUSPECT
044 &V-CONFINE-7906 obj=summit pp:in pair=044
110 &V-CONFINE-7906 obj=approval
172 &V-CONFINE-7906 obj=movement
181 &V-CONFINE-7906 obj=&HOSTAGE
--- &V-CONFINE-7906 obj=session
--- &V-CONFINE-7906 obj=session
046 &V-CONFINE-7906 obj=meeting pair=046
046 &V-CONFINE-7906 obj=meeting pair=046
110 &V-CONFINE-7906 obj=backing
141 &V-CONFINE-7906 obj=rallies
141 &V-CONFINE-7906 obj=protest
141 &V-CONFINE-7906 obj=rallies
162 &V-CONFINE-7906 obj=support
164 &V-CONFINE-7906 obj=talks prt=up
173 &V-CONFINE-7906 obj=rioting
0331 &V-CONFINE-7906 obj=tender
040 &V-CONFINE-7906 obj=summit pair=040
143 &V-CONFINE-7906 obj=strike
173 &V-CONFINE-7906 obj=for_day
173 &V-CONFINE-7906 subj=police
173 &V-CONFINE-7906 subj=police
017 &V-CONFINE-7906 obj=vigil
046 &V-CONFINE-7906 obj=talks pair=046
046 &V-CONFINE-7906 obj=talks pair=046
0831 &V-CONFINE-7906 obj=polls
1311 &V-CONFINE-7906 obj=aid prt=up
141 &V-CONFINE-7906 obj=sit-in
141 &V-CONFINE-7906 obj=march
141 &V-CONFINE-7906 obj=rally
163 &V-CONFINE-7906 obj=sales
191 &V-CONFINE-7906 obj=entry
046 &V-CONFINE-7906 obj=talk pair=046
0871 &V-CONFINE-7906 obj=fire
162 &V-CONFINE-7906 obj=aid

############ EXCLUDE (line 7986) ############
&V-EXCLUDE-7986 bar blacklist block blockade boycott embargo exclude ostracise ostracize segregate shun
170 cordon_off
170 vote_down
172 bar
170 blacklist
170 block
170 blockade
163 boycott
170 embargo
170 exclude
170 ostracise
170 ostracize
170 segregate
170 shun
1721 &V-EXCLUDE-7986|cordon_off|vote_down obj=party pp:from=elections
140 &V-EXCLUDE-7986|cordon_off|vote_down obj=presidential_polls
143 &V-EXCLUDE-7986|cordon_off|vote_down obj=parliament_debate
144 &V-EXCLUDE-7986|cordon_off|vote_down pp:with=&CAR
141 &V-EXCLUDE-7986|cordon_off|vote_down obj=street_protest
191 &V-EXCLUDE-7986|cordon_off|vote_down pp:in=retaliation
125 &V-EXCLUDE-7986|cordon_off|vote_down obj=peace_process
170 &V-EXCLUDE-7986|cordon_off|vote_down pp:from=petition
1721 &V-EXCLUDE-7986|cordon_off|vote_down obj=transmission
1213 &V-EXCLUDE-7986|cordon_off|vote_down obj=extradition
125 &V-EXCLUDE-7986|cordon_off|vote_down pp:from=summit
125 &V-EXCLUDE-7986|cordon_off|vote_down obj=conference
164 &V-EXCLUDE-7986|cordon_off|vote_down obj=peace_talks
191 &V-EXCLUDE-7986|cordon_off|vote_down obj=border_post
144 &V-EXCLUDE-7986|cordon_off|vote_down pp:in=protest
1723 &V-EXCLUDE-7986|cordon_off|vote_down obj=movements
191 &V-EXCLUDE-7986|cordon_off|vote_down obj=aid_convoy
143 &V-EXCLUDE-7986|cordon_off|vote_down obj=election
144 &V-EXCLUDE-7986|cordon_off|vote_down obj=entrance
125 &V-EXCLUDE-7986|cordon_off|vote_down obj=meeting
125 &V-EXCLUDE-7986|cordon_off|vote_down obj=session
144 &V-EXCLUDE-7986|cordon_off|vote_down obj=arrival
144 &V-EXCLUDE-7986|cordon_off|vote_down obj=traffic
191 &V-EXCLUDE-7986|cordon_off|vote_down obj=traffic
125 &V-EXCLUDE-7986|cordon_off|vote_down obj=summit
125 &V-EXCLUDE-7986|cordon_off|vote_down obj=summit
144 &V-EXCLUDE-7986|cordon_off|vote_down obj=convoy
191 &V-EXCLUDE-7986|cordon_off|vote_down pp:inside
191 &V-EXCLUDE-7986|cordon_off|vote_down obj=crowds
125 &V-EXCLUDE-7986|cordon_off|vote_down obj=event
191 &V-EXCLUDE-7986|cordon_off|vote_down obj=trade
143 &V-EXCLUDE-7986|cordon_off|vote_down obj=vote
144 &V-EXCLUDE-7986|cordon_off|vote_down obj=road
160 &V-EXCLUDE-7986|cordon_off|vote_down pp:from
163 &V-EXCLUDE-7986|cordon_off|vote_down obj=sale

############ IMPEL (line 8039) ############
&V-IMPEL-8039 blackmail compel enforce force impel pressure reinforce
170 blackmail
170 compel
170 enforce
170 force
170 impel
170 pressure
170 reinforce
154 &V-IMPEL-8039 obj=&WEAPON
074 &V-IMPEL-8039 obj=&PKO
171 &V-IMPEL-8039 obj=way pp:into=headquarters
074 &V-IMPEL-8039 obj=peacekeeping_force
1431 &V-IMPEL-8039 obj=countrywide_strike
162 &V-IMPEL-8039 obj=&REFUGEE
154 &V-IMPEL-8039 obj=&MILITARY
154 &V-IMPEL-8039 pp:during=election
161 &V-IMPEL-8039 obj=minister_out
100 &V-IMPEL-8039 obj=compliance
1056 &V-IMPEL-8039 obj=&CEASEFIRE
100 &V-IMPEL-8039 obj=ultimatum
163 &V-IMPEL-8039 obj=sanctions
100 &V-IMPEL-8039 obj=decision
154 &V-IMPEL-8039 obj=presence
163 &V-IMPEL-8039 obj=sanction
--- &V-IMPEL-8039 subj=drought
100 &V-IMPEL-8039 obj=changes
174 &V-IMPEL-8039 obj=police
163 &V-IMPEL-8039 obj=ban

############ IMPOSE (line 8071) ############
&V-IMPOSE-8071 bill impose inflict levy reimpose
170 bill
170 impose
170 inflict
170 levy
170 reimpose
1721 &V-IMPOSE-8071 obj=press_restriction
1724 &V-IMPOSE-8071 obj=state pp:of=emergency
116 &V-IMPOSE-8071 obj=sentence pp:by=court
143 &V-IMPOSE-8071 obj=blockade pp:on=goods
160 &V-IMPOSE-8071 obj=visa_requirement
190 &V-IMPOSE-8071 obj=blackout pp:by=force
1721 &V-IMPOSE-8071 obj=restrictions
160 &V-IMPOSE-8071 obj=ban pp:on=travel
100 &V-IMPOSE-8071 obj=regulation
1724 &V-IMPOSE-8071 obj=martial_law
172 &V-IMPOSE-8071 obj=&SOLUTION
100 &V-IMPOSE-8071 obj=condition
163 &V-IMPOSE-8071 obj=sanctions
172 &V-IMPOSE-8071 obj=control
1723 &V-IMPOSE-8071 obj=curfew
--- &V-IMPOSE-8071 obj=taxes
172 &V-IMPOSE-8071 obj=fine

############ PUNISH (line 8098) ############
&V-PUNISH-8098 penalize punish
170 penalize
170 punish

############ SUPPRESS (line 8105) ############
&V-SUPPRESS-8105 constrain crackdown curb moderate quell repress restrain subdue suppress
170 crack_down
170 constrain
170 crackdown
170 curb
170 moderate
170 quell
170 repress
170 restrain
170 subdue
170 suppress
175 &V-SUPPRESS-8105|crack_down obj=disturbance
160 &V-SUPPRESS-8105|crack_down obj=influence
013 &V-SUPPRESS-8105|crack_down obj=fears
160 &V-SUPPRESS-8105|crack_down obj=links

############ VANDALISE (line 8124) ############
&V-VANDALISE-8124 vandalise vandalize
1712 vandalise
1712 vandalize

############ APPREHEND (line 8131) ############
&V-APPREHEND-8131 apprehend arrest capture catch grab nab seize snatch take
171 arrest_and
173 apprehend
173 arrest
171 capture
171 catch
171 grab
171 nab
171 seize
171 snatch
171 take
1711 &V-APPREHEND-8131|arrest_and obj=shipment pp:of=illegal_&WEAPON
0356 &V-APPREHEND-8131|arrest_and obj=&WEAPON_out
0312 &V-APPREHEND-8131|arrest_and obj=part pp:in=&MILITARY_operation pair=0312
1711 &V-APPREHEND-8131|arrest_and obj=&WEAPON
1711 &V-APPREHEND-8131|arrest_and obj=&WEAPON
175 &V-APPREHEND-8131|arrest_and subj=police pp:during=demonstration pair=140
173 &V-APPREHEND-8131|arrest_and pp:into=&DETENTION
140 &V-APPREHEND-8131|arrest_and obj=initiative subj=protesters
175 &V-APPREHEND-8131|arrest_and pp:during=demonstrations
0831 &V-APPREHEND-8131|arrest_and pp:after=resignation prt=over reverse
062 &V-APPREHEND-8131|arrest_and obj=part pp:in=naval_exercise pair=062
1711 &V-APPREHEND-8131|arrest_and obj=bomb-making_materials
075 &V-APPREHEND-8131|arrest_and obj=&REFUGEE prt=in
150 &V-APPREHEND-8131|arrest_and obj=&SECURITY_measures
--- &V-APPREHEND-8131|arrest_and obj=control pp:of=the_house
090 &V-APPREHEND-8131|arrest_and obj=&INVESTIGATION prt=over
192 &V-APPREHEND-8131|arrest_and obj=control pp:of=villages
046 &V-APPREHEND-8131|arrest_and obj=part pp:in=conference
046 &V-APPREHEND-8131|arrest_and obj=part pp:in=conference
112 &V-APPREHEND-8131|arrest_and obj=right pp:to=franchise
150 &V-APPREHEND-8131|arrest_and obj=position subj=forces prt=up
175 &V-APPREHEND-8131|arrest_and obj=ringleader pp:of=riot
192 &V-APPREHEND-8131|arrest_and pp:over=&TOWN
181 &V-APPREHEND-8131|arrest_and obj=munitions_expert
192 &V-APPREHEND-8131|arrest_and subj=&MILITARY
062 &V-APPREHEND-8131|arrest_and obj=joint_exercises pair=062
1711 &V-APPREHEND-8131|arrest_and obj=quantity pp:of=arms
081 &V-APPREHEND-8131|arrest_and obj=effect subj=amnesty
141 &V-APPREHEND-8131|arrest_and obj=part pp:in=protest
175 &V-APPREHEND-8131|arrest_and pp:during=protest pair=140
175 &V-APPREHEND-8131|arrest_and obj=demonstrators pair=141
046 &V-APPREHEND-8131|arrest_and obj=part pp:in=summit
090 &V-APPREHEND-8131|arrest_and obj=&INFORMATION
175 &V-APPREHEND-8131|arrest_and pp:after=protest pair=140
192 &V-APPREHEND-8131|arrest_and obj=headquarters
192 &V-APPREHEND-8131|arrest_and obj=&STRONGHOLD
192 &V-APPREHEND-8131|arrest_and obj=&TOWN
--- &V-APPREHEND-8131|arrest_and obj=another_shot
--- &V-APPREHEND-8131|arrest_and obj=opportunity
173 &V-APPREHEND-8131|arrest_and pp:in=gunbattle
173 &V-APPREHEND-8131|arrest_and pp:on=suspicion
173 &V-APPREHEND-8131|arrest_and obj=armed_robber
1711 &V-APPREHEND-8131|arrest_and obj=propaganda
175 &V-APPREHEND-8131|arrest_and obj=protesters pair=140
175 &V-APPREHEND-8131|arrest_and obj=journalist
075 &V-APPREHEND-8131|arrest_and obj=&ASYLUM reverse
1711 &V-APPREHEND-8131|arrest_and obj=ownership
173 &V-APPREHEND-8131|arrest_and pp:in=scandal
175 &V-APPREHEND-8131|arrest_and obj=protester pair=1412
181 &V-APPREHEND-8131|arrest_and subj=militants
192 &V-APPREHEND-8131|arrest_and obj=territory
110 &V-APPREHEND-8131|arrest_and obj=bitterly
141 &V-APPREHEND-8131|arrest_and pp:to=street
1711 &V-APPREHEND-8131|arrest_and obj=stations
173 &V-APPREHEND-8131|arrest_and obj=activist
181 &V-APPREHEND-8131|arrest_and obj=&HOSTAGE
181 &V-APPREHEND-8131|arrest_and obj=&HOSTAGE
181 &V-APPREHEND-8131|arrest_and obj=engineer
181 &V-APPREHEND-8131|arrest_and obj=minister
192 &V-APPREHEND-8131|arrest_and obj=airfield
192 &V-APPREHEND-8131|arrest_and obj=hometown
1711 &V-APPREHEND-8131|arrest_and obj=rockets
173 &V-APPREHEND-8131|arrest_and obj=members
181 &V-APPREHEND-8131|arrest_and obj=members
190 &V-APPREHEND-8131|arrest_and obj=tanks prt=on pair=190
190 &V-APPREHEND-8131|arrest_and obj=warship
192 &V-APPREHEND-8131|arrest_and obj=control target=obj
192 &V-APPREHEND-8131|arrest_and obj=control
192 &V-APPREHEND-8131|arrest_and obj=airport
192 &V-APPREHEND-8131|arrest_and obj=airport
192 &V-APPREHEND-8131|arrest_and obj=control
192 &V-APPREHEND-8131|arrest_and obj=enclave
192 &V-APPREHEND-8131|arrest_and obj=station
--- &V-APPREHEND-8131|arrest_and obj=heroin
154 &V-APPREHEND-8131|arrest_and obj=post prt=up
1711 &V-APPREHEND-8131|arrest_and pp:in=raid
1711 &V-APPREHEND-8131|arrest_and obj=assets
173 &V-APPREHEND-8131|arrest_and obj=consul
173 &V-APPREHEND-8131|arrest_and obj=leader
173 &V-APPREHEND-8131|arrest_and subj=police
--- &V-APPREHEND-8131|arrest_and obj=opium
--- &V-APPREHEND-8131|arrest_and obj=lives
012 &V-APPREHEND-8131|arrest_and subj=panic
1711 &V-APPREHEND-8131|arrest_and obj=goods
180 &V-APPREHEND-8131|arrest_and obj=power
190 &V-APPREHEND-8131|arrest_and obj=tower
192 &V-APPREHEND-8131|arrest_and obj=bases
--- &V-APPREHEND-8131|arrest_and obj=drug
--- &V-APPREHEND-8131|arrest_and obj=hash
030 &V-APPREHEND-8131|arrest_and obj=part
1711 &V-APPREHEND-8131|arrest_and obj=boat
173 &V-APPREHEND-8131|arrest_and obj=aide
181 &V-APPREHEND-8131|arrest_and obj=baby
192 &V-APPREHEND-8131|arrest_and obj=land
192 &V-APPREHEND-8131|arrest_and obj=area
192 &V-APPREHEND-8131|arrest_and obj=land
192 &V-APPREHEND-8131|arrest_and obj=land
111 &V-APPREHEND-8131|arrest_and obj=jab

############ EXTRACT (line 8244) ############
&V-EXTRACT-8244 extract pluck pull wrest
171 extract
171 pluck
171 pull
171 wrest
1212 &V-EXTRACT-8244 obj=&MILITARY pp:out pp:of=exercise
0874 &V-EXTRACT-8244 obj=&MILITARY
0874 &V-EXTRACT-8244 obj=&MILITARY
160 &V-EXTRACT-8244 pp:out pp:of=tournament
161 &V-EXTRACT-8244 pp:out pp:of=government
160 &V-EXTRACT-8244 pp:out pp:of=coalition
161 &V-EXTRACT-8244 obj=embassy_out
166 &V-EXTRACT-8244 subj=commission
166 &V-EXTRACT-8244 obj=staff_out
0874 &V-EXTRACT-8244 prt=back

############ NATIONALIZE (line 8263) ############
&V-NATIONALIZE-8263 nationalise nationalize
171 nationalise
171 nationalize

############ STEAL (line 8270) ############
&V-STEAL-8270 steal
171 steal

############ TAKE-CONTROL (line 8276) ############
&V-TAKE-CONTROL-8276 commandeer hijack hijack overturn pirate revolutionise revolutionize subvert usurp
171 take_over
171 commandeer
171 hijack
171 hijack
171 overturn
171 pirate
171 revolutionise
171 revolutionize
171 subvert
171 usurp
081 &V-TAKE-CONTROL-8276|take_over obj=conviction
1241 &V-TAKE-CONTROL-8276|take_over obj=conviction
181 &V-TAKE-CONTROL-8276|take_over obj=&CAR
--- &V-TAKE-CONTROL-8276|take_over obj=elections
1243 &V-TAKE-CONTROL-8276|take_over obj=acquittal
081 &V-TAKE-CONTROL-8276|take_over obj=sentence
124 &V-TAKE-CONTROL-8276|take_over obj=decision
181 &V-TAKE-CONTROL-8276|take_over obj=convoy_of
124 &V-TAKE-CONTROL-8276|take_over obj=ruling
181 &V-TAKE-CONTROL-8276|take_over subj=gunmen

############ TAKE-PROPERTY (line 8301) ############
&V-TAKE-PROPERTY-8301 annex appropriate confiscate
171 annex
171 appropriate
1711 confiscate

############ FINE (line 8309) ############
&V-FINE-8309 fine tax
172 fine
172 tax

############ PROHIBIT (line 8316) ############
&V-PROHIBIT-8316 ban censor criminalise criminalize disallow forbid illegalise illegalize interdict outlaw prohibit proscribe veto
172 ban
1721 censor
172 criminalise
172 criminalize
172 disallow
172 forbid
172 illegalise
172 illegalize
172 interdict
172 outlaw
172 prohibit
172 proscribe
172 veto
1234 &V-PROHIBIT-8316 obj=constitutional_amendment
1623 &V-PROHIBIT-8316 obj=humanitarian_aid
1721 &V-PROHIBIT-8316 pp:from=reporting
1721 &V-PROHIBIT-8316 obj=demonstration
162 &V-PROHIBIT-8316 obj=material_aid
129 &V-PROHIBIT-8316 obj=&SOLUTION
129 &V-PROHIBIT-8316 obj=&SOLUTION
1721 &V-PROHIBIT-8316 obj=conference
1622 &V-PROHIBIT-8316 obj=arms_sales
1721 &V-PROHIBIT-8316 obj=newspaper
160 &V-PROHIBIT-8316 obj=exports
163 &V-PROHIBIT-8316 obj=imports
1721 &V-PROHIBIT-8316 obj=protest
160 &V-PROHIBIT-8316 obj=export
163 &V-PROHIBIT-8316 obj=import
1721 &V-PROHIBIT-8316 obj=author
1721 &V-PROHIBIT-8316 obj=report
172 &V-PROHIBIT-8316 obj=travel
1721 &V-PROHIBIT-8316 obj=terms
1722 &V-PROHIBIT-8316 obj=party
172 &V-PROHIBIT-8316 obj=visit
080 &V-PROHIBIT-8316 subj=lift
162 &V-PROHIBIT-8316 obj=aid
162 &V-PROHIBIT-8316 obj=aid

############ SENTENCE (line 8358) ############
&V-SENTENCE-8358 sentence
172 sentence

############ PROSECUTE (line 8364) ############
&V-PROSECUTE-8364 prosecute
173 prosecute

############ RE-ARREST (line 8370) ############
&V-RE-ARREST-8370 re-arrest rearrest
173 re-arrest
173 rearrest

############ SUE (line 8377) ############
&V-SUE-8377 sue
173 sue
173 &V-SUE-8377 pp:in=court
173 &V-SUE-8377 pp:for

############ DEPORT (line 8385) ############
&V-DEPORT-8385 banish deport evict exile expel oust remove
174 boot_out
174 kick_out
174 banish
174 deport
174 evict
174 exile
174 expel
174 oust
174 remove
0873 &V-DEPORT-8385|boot_out|kick_out obj=&WEAPON
160 &V-DEPORT-8385|boot_out|kick_out obj=officers pp:from=&MILITARY
0873 &V-DEPORT-8385|boot_out|kick_out obj=&AIRCRAFT
174 &V-DEPORT-8385|boot_out|kick_out obj=&MILITARY
166 &V-DEPORT-8385|boot_out|kick_out pp:for=cooperating
1722 &V-DEPORT-8385|boot_out|kick_out pp:from=parliament
081 &V-DEPORT-8385|boot_out|kick_out obj=restriction
160 &V-DEPORT-8385|boot_out|kick_out pp:from=office
160 &V-DEPORT-8385|boot_out|kick_out obj=from_guard
174 &V-DEPORT-8385|boot_out|kick_out obj=diplomats
175 &V-DEPORT-8385|boot_out|kick_out obj=protester
0873 &V-DEPORT-8385|boot_out|kick_out obj=fighters
161 &V-DEPORT-8385|boot_out|kick_out obj=diplomat
166 &V-DEPORT-8385|boot_out|kick_out obj=officers
174 &V-DEPORT-8385|boot_out|kick_out obj=settler
0874 &V-DEPORT-8385|boot_out|kick_out obj=police
--- &V-DEPORT-8385|boot_out|kick_out obj=ruler
081 &V-DEPORT-8385|boot_out|kick_out obj=limit

############ ABUSE (line 8417) ############
&V-ABUSE-8417 abuse mistreat
180 abuse
180 mistreat
182 &V-ABUSE-8417 obj=&HOSTAGE

############ HURT (line 8425) ############
&V-HURT-8425 bruise contaminate corrupt crack damage harm hurt impair injure mar rip spoil tarnish tear vitiate wound
180 bruise
180 contaminate
180 corrupt
180 crack
180 damage
180 harm
180 hurt
180 impair
182 injure
180 mar
180 rip
180 spoil
180 tarnish
180 tear
180 vitiate
180 wound
195 &V-HURT-8425 pp:in=air_attack/bombing/raid/strike
183 &V-HURT-8425 pp:in=bombing/explosion
183 &V-HURT-8425 subj=bombing/explosion
185 &V-HURT-8425 obj=&LEADER
--- &V-HURT-8425 pp:in=accident
175 &V-HURT-8425 obj=protestors
160 &V-HURT-8425 obj=relations
190 &V-HURT-8425 pp:in=attack
190 &V-HURT-8425 subj=attack

############ RAMPAGE (line 8457) ############
&V-RAMPAGE-8457 rampage
180 rampage

############ RIP (line 8463) ############
&V-RIP-8463 rip tear
180 rip
180 tear

############ SCUFFLE (line 8470) ############
&V-SCUFFLE-8470 scuffle
180 scuffle

############ SLAP (line 8476) ############
&V-SLAP-8476 slap
180 slap
163 &V-SLAP-8476 obj=sanctions
172 &V-SLAP-8476 obj=fine

############ TERRORIZE (line 8484) ############
&V-TERRORIZE-8484 terrorize
180 terrorize

############ WHIP (line 8490) ############
&V-WHIP-8490 lash whip
180 lash
180 whip
111 &V-WHIP-8490 prt=out

############ OVERTHREW (line 8498) ############
&V-OVERTHREW-8498 overthrow
180 overthrow

############ KIDNAP (line 8504) ############
&V-KIDNAP-8504 abduct kidnap
181 abduct
181 kidnap
181 &V-KIDNAP-8504 pp:at=gunpoint
181 &V-KIDNAP-8504 subj=armed_men
181 &V-KIDNAP-8504 obj=&HOSTAGE
181 &V-KIDNAP-8504 obj=minister
181 &V-KIDNAP-8504 obj=citizen
181 &V-KIDNAP-8504 subj=gunmen

############ RAPE (line 8517) ############
&V-RAPE-8517 dishonor dishonour rape
1821 dishonor
1821 dishonour
1821 rape

############ TORTURE (line 8525) ############
&V-TORTURE-8525 torture
1822 torture

############ STAB (line 8531) ############
&V-STAB-8531 stab
182 stab
--- &V-STAB-8531 pp:in=back

############ ASSASSINATE (line 8538) ############
&V-ASSASSINATE-8538 assassinate
186 assassinate

############ AMBUSH (line 8544) ############
&V-AMBUSH-8544 ambush
190 ambush
190 &V-AMBUSH-8544 obj=&CAR
190 &V-AMBUSH-8544 obj=convoy
190 &V-AMBUSH-8544 obj=rebels

############ DESTROY (line 8553) ############
&V-DESTROY-8553 annihilate beat beat best break bust crush decimate defeat demolish desolate destroy devastate disarm dominate eradicate master obliterate overcome overpower overshadow overtake overwhelm ravage ravish raze ruin shatter smash subjugate surmount
190 wipe_out
190 annihilate
190 beat
182 beat
190 best
190 break
190 bust
190 crush
190 decimate
190 defeat
1712 demolish
190 desolate
190 destroy
190 devastate
190 disarm
190 dominate
190 eradicate
190 master
190 obliterate
190 overcome
190 overpower
190 overshadow
190 overtake
190 overwhelm
190 ravage
190 ravish
190 raze
190 ruin
190 shatter
190 smash
190 subjugate
190 surmount
1712 &V-DESTROY-8553|wipe_out obj=&WEAPON
1712 &V-DESTROY-8553|wipe_out obj=&MILITARY_&CAR
195 &V-DESTROY-8553|wipe_out subj=&AIRCRAFT
190 &V-DESTROY-8553|wipe_out obj=core pp:of=&MILITARY
175 &V-DESTROY-8553|wipe_out obj=demonstrations prt=up
190 &V-DESTROY-8553|wipe_out obj=&MILITARY
--- &V-DESTROY-8553|wipe_out obj=contestants
121 &V-DESTROY-8553|wipe_out obj=&PROPOSAL
--- &V-DESTROY-8553|wipe_out pp:in=election
--- &V-DESTROY-8553|wipe_out pp:into=second
--- &V-DESTROY-8553|wipe_out obj=government
1712 &V-DESTROY-8553|wipe_out obj=&CAR
--- &V-DESTROY-8553|wipe_out obj=candidate
121 &V-DESTROY-8553|wipe_out obj=challenge
145 &V-DESTROY-8553|wipe_out subj=protestor
161 &V-DESTROY-8553|wipe_out obj=relations
1712 &V-DESTROY-8553|wipe_out obj=buildings
1712 &V-DESTROY-8553|wipe_out subj=explosion
012 &V-DESTROY-8553|wipe_out obj=unlikely
030 &V-DESTROY-8553|wipe_out obj=deadlock
082 &V-DESTROY-8553|wipe_out obj=militant
1712 &V-DESTROY-8553|wipe_out obj=monument
110 &V-DESTROY-8553|wipe_out subj=tension pair=110
128 &V-DESTROY-8553|wipe_out obj=embargo
141 &V-DESTROY-8553|wipe_out obj=outside
--- &V-DESTROY-8553|wipe_out pp:by=nato
1712 &V-DESTROY-8553|wipe_out obj=houses
186 &V-DESTROY-8553|wipe_out obj=leader
190 &V-DESTROY-8553|wipe_out obj=bridge
1712 &V-DESTROY-8553|wipe_out obj=house
1712 &V-DESTROY-8553|wipe_out obj=homes
190 &V-DESTROY-8553|wipe_out obj=force
130 &V-DESTROY-8553|wipe_out pp:with
130 &V-DESTROY-8553|wipe_out prt=away
1712 &V-DESTROY-8553|wipe_out obj=home
1712 &V-DESTROY-8553|wipe_out obj=wall
190 &V-DESTROY-8553|wipe_out obj=camp
130 &V-DESTROY-8553|wipe_out prt=off

############ DIE (line 8628) ############
&V-DIE-8628 die
190 die
190 &V-DIE-8628 subj=&PEOPLE pp:in=skirmish pair=190
184 &V-DIE-8628 pp:in=&DETENTION reverse
1832 &V-DIE-8628 pp:in=carbomb_explosion reverse
1831 &V-DIE-8628 pp:in=suicide_bombing reverse
1831 &V-DIE-8628 pp:in=suicide_bombing reverse
--- &V-DIE-8628 pp:of=natural_causes
1831 &V-DIE-8628 pp:in=suicide_attack reverse
190 &V-DIE-8628 pp:during=operation reverse
142 &V-DIE-8628 obj=hunger_strike prt=in
190 &V-DIE-8628 pp:in=&FIGHT pair=190
190 &V-DIE-8628 obj=&FIGHT prt=in reverse
194 &V-DIE-8628 pp:in=mortar_attack reverse
194 &V-DIE-8628 pp:during=shelling reverse
1952 &V-DIE-8628 pp:in=drone_strike reverse
195 &V-DIE-8628 pp:during=air_raid reverse
142 &V-DIE-8628 obj=hunger-strike
1823 &V-DIE-8628 pp:after=assault reverse
190 &V-DIE-8628 pp:from=injuries reverse
190 &V-DIE-8628 pp:in=skirmishes reverse
193 &V-DIE-8628 pp:under=gunfire reverse
--- &V-DIE-8628 pp:from=disease
--- &V-DIE-8628 obj=heart_attack
193 &V-DIE-8628 pp:in=firefight pair=193
195 &V-DIE-8628 pp:in=airstrike reverse
190 &V-DIE-8628 pp:after=clash reverse
190 &V-DIE-8628 pp:in=clashes pair=190
190 &V-DIE-8628 pp:in=battles reverse
--- &V-DIE-8628 pp:from=acid
190 &V-DIE-8628 pp:of=wounds reverse
--- &V-DIE-8628 pp:in=storm
--- &V-DIE-8628 pp:in=crash
190 &V-DIE-8628 pp:in=blast reverse
193 &V-DIE-8628 obj=gunfire reverse
190 &V-DIE-8628 pp:in=raid reverse

############ ENCIRCLE (line 8668) ############
&V-ENCIRCLE-8668 circle encircle ring surround
190 circle
190 encircle
190 ring
190 surround
151 &V-ENCIRCLE-8668 subj=&AIRCRAFT
080 &V-ENCIRCLE-8668 obj=house
150 &V-ENCIRCLE-8668 subj=troop
150 &V-ENCIRCLE-8668 subj=tank

############ ENGAGE (line 8681) ############
&V-ENGAGE-8681 engage
190 engage
111 &V-ENGAGE-8681 pp:in=&FIGHT_of_words
046 &V-ENGAGE-8681 pp:in=&NEGOTIATION
0874 &V-ENGAGE-8681 pp:in=withdrawal
050 &V-ENGAGE-8681 pp:in=diplomacy
193 &V-ENGAGE-8681 pp:in=firefight
193 &V-ENGAGE-8681 pp:in=gunfight
060 &V-ENGAGE-8681 pp:in=effort
061 &V-ENGAGE-8681 pp:in=trade

############ EXPLOSIVE-DESTRUCTION (line 8695) ############
&V-EXPLOSIVE-DESTRUCTION-8695 blast blow bomb bombard detonate dynamite explode fire pelt torch
190 blow_up
190 blast
190 blow
190 bomb
190 bombard
190 detonate
193 dynamite
183 explode
190 fire
190 pelt
190 torch
195 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=&WEAPON subj=&AIRCRAFT
150 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=&WEAPON pp:on=exercise
017 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=celebrate subj=&WEAPON
183 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=&WEAPON subj=guerrilla
193 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=machine_&WEAPON
193 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up subj=machine_&WEAPON
194 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up pp:with=&WEAPON
195 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up subj=fighter_&AIRCRAFT
194 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=&WEAPON pp:to target=pp:to
183 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up subj=&WEAPON
195 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up pp:with=&AIRCRAFT
195 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up subj=&AIRCRAFT target=obj
194 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=tear_gas subj=&MILITARY
194 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up pp:at=fighter-bombers
111 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=verbal_broadside
111 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up subj=&INVESTIGATION
111 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=&INFORMATION
111 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=interference
111 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up pp:for=imposing
111 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up pp:for=hosting
111 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up pp:for=blaming
111 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up pp:for=denying
111 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up pp:as=farcical
111 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=nomination
111 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=&SOLUTION
182 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up pp:with=stones
183 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=&CAR
194 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=rocket pp:into target=pp:into
111 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up pp:for=trying
111 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=offensive
111 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=president
111 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=statement
111 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=&PROGRAM
145 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up pp:with=rocks
182 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up pp:with=rocks
194 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up subj=batteries
111 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=attitude
111 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=decision
120 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=proposal
1712 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=pipeline
183 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=landmine
183 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up subj=landmine
183 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up subj=timebomb
190 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up pp:at=convoy
194 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=rocket pp:at target=pp:at
194 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up pp:in=strike
195 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up subj=fighters
111 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=failure
175 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=tear_gas
175 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=tear_gas
180 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=teargas
190 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=against
193 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=bullets
193 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=grenade
194 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up subj=missile
194 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=barrage
110 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=report
111 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up pp:in=fury
111 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=powers
111 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=denial
160 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=worker
193 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up subj=gunman
193 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=mortar
193 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=shells
193 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up subj=mortar
194 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=rocked
194 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=rocket
012 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=plans
110 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up subj=press
194 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up subj=tanks
141 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=flag
150 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up subj=test
182 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=cars
110 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up prt=off
111 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up pp:for
138 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=if
190 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=at

############ FLATTEN (line 8789) ############
&V-FLATTEN-8789 flatten
190 flatten
194 &V-FLATTEN-8789 subj=&WEAPON
1712 &V-FLATTEN-8789 subj=bulldozers
--- &V-FLATTEN-8789 obj=tires

############ GUNFIRE (line 8798) ############
&V-GUNFIRE-8798 shell snipe
193 gun_down
190 shell
190 snipe

############ KILL (line 8806) ############
&V-KILL-8806 behead decapitate hang kill murder slay strangle
180 kidnapped_and_killed
190 killed_and
190 killed_or
190 shoot_down
190 stamp_out
190 string_up
190 wipe_out
190 behead
190 decapitate
190 hang
190 kill
190 murder
190 slay
180 strangle
--- &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out obj=when_a_small_&AIRCRAFT_crashed
193 &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out subj=&WEAPON_&FIGHT
1832 &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out subj=&CAR_&WEAPON
1831 &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out subj=suicide_&WEAPON
--- &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out subj=&AIRCRAFT_crash
183 &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out subj=&WEAPON
--- &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out pp:in=training_accident
--- &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out pp:on=training_mission
--- &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out pp:in=accidental_blast
--- &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out subj=&CAR_crash
196 &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out pp:after=&CEASEFIRE
183 &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out subj=suicide_attack
195 &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out pp:during=air_raid
175 &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out pp:during=arrest
175 &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out obj=demonstrator
193 &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out pp:in=gunbattle pair=193
193 &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out pp:in=gunbattle
--- &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out pp:in=accident
--- &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out subj=earthquake
193 &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out pp:in=shootout pair=193
193 &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out pp:in=shootout
--- &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out pp:for=murder
--- &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out subj=collision
175 &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out obj=protestor
193 &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out subj=explosion
195 &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out subj=air_strike
195 &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out subj=airstrike
--- &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out obj=from_heat
194 &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out subj=tank_fire
194 &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out subj=shelling
195 &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out subj=air_force
202 &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out obj=civilian
--- &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out obj=herself
--- &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out obj=himself
193 &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out pp:by=shots
193 &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out pp:in=clash
193 &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out pp:gunfire
175 &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out pp:in=riot
193 &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out subj=gunmen
--- &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out subj=flood
--- &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out subj=nazis
--- &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out subj=quake
--- &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out subj=virus
--- &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out subj=crash
180 &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out obj=envoy
194 &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out subj=tank

############ PHYSICAL-CONFLICT (line 8871) ############
&V-PHYSICAL-CONFLICT-8871 altercate assail assault attack battle blitz bludgeon clash clobber combat conflict duel fight grapple hammer hit kick match pit pummel quarrel retaliate siege skirmish stone storm strike struggle wrestle
190 attacked_and_stabbed
190 fight_back
190 fight_down
193 shot_and
190 square_off
190 wage_war
190 altercate
190 assail
190 assault
190 attack
190 battle
190 blitz
180 bludgeon
190 clash
190 clobber
190 combat
190 conflict
190 duel
190 fight
190 grapple
190 hammer
190 hit
180 kick
190 match
190 pit
190 pummel
190 quarrel
190 retaliate
190 siege
190 skirmish
190 stone
190 storm
190 strike
190 struggle
180 wrestle
195 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war subj=&AIRCRAFT_firing_&WEAPON
194 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:by/with=&WEAPON
194 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:with=&WEAPON
194 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:with=&WEAPON
193 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war subj=&WEAPON pair=193
195 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=&WEAPON
196 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=position pp:after=&TREATY
--- &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=&AIRCRAFT
195 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war subj=&AIRCRAFT
175 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war subj=police pp:with=demonstrator pair=145
030 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=&TREATY
062 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:in=joint_manoeuvres pair=062
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=&TREATY
--- &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=&CRIME
110 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:over=imprisonment
163 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:by/with=sanctions
190 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war subj=&MILITARY
--- &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:with=corruption
110 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:with=officials
180 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=demonstrators
1831 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war subj=suicide_bomber
190 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=police_station
193 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:by/with=grenade
1044 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:for=statehood
110 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=publicly pp:with
110 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war subj=relationship
130 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:with=warnings pair=130
145 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war subj=demonstrator target=obj
164 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=impasse subj=talks pair=164
192 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=&STRONGHOLD
037 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:with=warning
110 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:over=efforts
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:against=plan
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:in=elections
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=&PROPOSAL
145 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war subj=protest pp:with pair=175
175 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:with=rioters pair=145
194 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:with=rockets
195 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:in=air_strike
--- &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=extinction
014 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:with=policy
062 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=insurgents
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:at=claim prt=out
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:for=failing
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=government
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=conference
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=&SOLUTION
150 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=mock_target
175 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=procession
182 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:with=stones
190 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:for=control
193 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:with=mortar
--- &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=extremism
--- &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war subj=publicity
053 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:in=support
062 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=alongside
110 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:at=meeting pair=110
110 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:in=meeting pair=110
110 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=criticism
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=criticism
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=criticism
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war subj=newspaper
112 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=&SUSPECT
145 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war subj=protestor
171 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=shop subj=crowd
172 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:for=access
193 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=positions
194 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war subj=artillary
195 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war subj=air_strike
--- &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=congress
--- &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=violence
012 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=at_summit
014 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:with=ways
046 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war subj=politely pair=046
110 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war subj=cabinets
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war subj=magazine
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=bitterly
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=decision
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=measures
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=sanction
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war subj=verbally
127 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:over=plan
193 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:by=bullet
--- &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:in=polls
--- &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=law prt=down
042 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=tour prt=off pair=043
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=assault
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=comment
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=critics
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war subj=sharply
145 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war subj=protest pair=175
190 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:between pair=190
190 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=faction
194 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war subj=gunboat
195 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:from=air
--- &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=racism
073 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=locust
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:at prt=back
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=demand
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=policy
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=ruling
190 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=mosque
195 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=target
--- &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=since
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:at prt=out
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=talks
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=court
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=envoy
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=plans
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=visit
145 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=shops
180 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war subj=arson
190 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=homes
195 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war subj=air prt=on target=obj
--- &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=porn
057 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=deal
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=meet
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=veto
190 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=with pair=190
190 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=with pair=190
190 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=base
190 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=camp
190 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=port
046 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war prt=off
110 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=ban
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:for
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=law
180 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=bus
138 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=if

############ POUND (line 9041) ############
&V-POUND-9041 pound ram thump
190 pound
190 ram
190 thump
195 &V-POUND-9041 subj=&AIRCRAFT_gunships
193 &V-POUND-9041 obj=&MILITARY_convoy subj=explosives
195 &V-POUND-9041 subj=&AIRCRAFT
193 &V-POUND-9041 obj=explosive_&CAR
190 &V-POUND-9041 subj=&MILITARY
1712 &V-POUND-9041 obj=power_grid
194 &V-POUND-9041 obj=tanks

############ RAID (line 9056) ############
&V-RAID-9056 raid
190 foray_into
190 intrude_on
190 raid
195 &V-RAID-9056|foray_into|intrude_on subj=&AIRCRAFT
175 &V-RAID-9056|foray_into|intrude_on obj=homes

############ RANSACK (line 9066) ############
&V-RANSACK-9066 despoil foray loot pillage plunder ransack reave
190 despoil
190 foray
145 loot
190 pillage
190 plunder
190 ransack
190 reave
145 &V-RANSACK-9066 pp:in=protest
1712 &V-RANSACK-9066 obj=office
1712 &V-RANSACK-9066 obj=home
1712 &V-RANSACK-9066 obj=home
171 &V-RANSACK-9066 obj=aid

############ REPULSE (line 9083) ############
&V-REPULSE-9083 repel repulse
190 repel
190 repulse

############ SHOOT (line 9090) ############
&V-SHOOT-9090 shoot
190 shoot
--- &V-SHOOT-9090 obj=distance
193 &V-SHOOT-9090 obj=between pair=193
193 &V-SHOOT-9090 obj=attack
1384 &V-SHOOT-9090 subj=plans

############ TARGET (line 9100) ############
&V-TARGET-9100 aim target
030 aim
190 target
1832 &V-TARGET-9100 pp:with=&CAR_&WEAPON
194 &V-TARGET-9100 pp:of=&WEAPON
190 &V-TARGET-9100 obj=&WEAPON
190 &V-TARGET-9100 obj=&MILITARY
190 &V-TARGET-9100 pp:in=strike
194 &V-TARGET-9100 subj=barrage

############ BESIEGE (line 9113) ############
&V-BESIEGE-9113 besiege
191 besiege
191 &V-BESIEGE-9113 obj=&STRONGHOLD
191 &V-BESIEGE-9113 subj=forces

############ INVADE (line 9121) ############
&V-INVADE-9121 infest inhabit invade occupy overrun reside
192 infest
192 inhabit
192 invade
192 occupy
192 overrun
192 reside
192 &V-INVADE-9121 obj=&TOWN
144 &V-INVADE-9121 subj=protestor
192 &V-INVADE-9121 obj=positions
192 &V-INVADE-9121 obj=consulate
145 &V-INVADE-9121 obj=embassy
192 &V-INVADE-9121 obj=bridge
192 &V-INVADE-9121 obj=base
192 &V-INVADE-9121 obj=post

############ RECAPTURE (line 9140) ############
&V-RECAPTURE-9140 recapture
192 recapture
173 &V-RECAPTURE-9140 obj=convict
173 &V-RECAPTURE-9140 obj=man

############ MASSACRE (line 9148) ############
&V-MASSACRE-9148 butcher massacre slaughter
202 butcher
202 massacre
202 slaughter

############ OFFEND (line 9156) ############
&V-OFFEND-9156 appall breach disgust infract offend outrage pique scandalise scandalize shock stun stun stupefy transgress
110 appall reverse
110 breach reverse
110 disgust reverse
110 infract reverse
110 offend reverse
110 outrage reverse
110 pique reverse
110 scandalise reverse
110 scandalize reverse
110 shock reverse
110 stun reverse
110 stun reverse
110 stupefy reverse
110 transgress reverse
012 &V-OFFEND-9156 pp:to=core
