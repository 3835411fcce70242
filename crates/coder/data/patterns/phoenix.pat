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
073 &V-ACCELERATE-709 obj=relief_assistance full
153 &V-ACCELERATE-709 obj=police pp:to=border full
072 &V-ACCELERATE-709 obj=arms_shipment full
154 &V-ACCELERATE-709 obj=deployment full
154 &V-ACCELERATE-709 pp:to=border full
154 &V-ACCELERATE-709 obj=buildup full
073 &V-ACCELERATE-709 obj=relief full
070 &V-ACCELERATE-709 obj=aid full
042 &V-ACCELERATE-709 pp:to full pair=043
073 &V-ACCELERATE-709 obj=&FOOD full
154 &V-ACCELERATE-709 subj=&MILITARY full
194 &V-ACCELERATE-709 obj=&WEAPON full

############ ADD (line 734) ############
&V-ADD-734 add
--- add
1722 &V-ADD-734 pp:to=list pp:of=banned_parties full
163 &V-ADD-734 obj=sanctions full

############ ALERT (line 743) ############
&V-ALERT-743 alert
--- alert
151 &V-ALERT-743 obj=&SECURITY pp:over=&WEAPON_attack full

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
0344 &V-ALTER-757 obj=constitution full
050 &V-ALTER-757 obj=stand full
031 &V-ALTER-757 obj=deal full

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
013 &V-APPEAR-782 pp:to=future pp:with=optimism full
1041 &V-APPEAR-782 pp:to=press pp:for=ouster full
090 &V-APPEAR-782 pp:into=allegation full
090 &V-APPEAR-782 pp:into=complaints full
1312 &V-APPEAR-782 pp:at=new_sanctions full
090 &V-APPEAR-782 pp:into=charges full
090 &V-APPEAR-782 pp:into=reports full
173 &V-APPEAR-782 pp:before=court reverse full
030 &V-APPEAR-782 obj=positively full
090 &V-APPEAR-782 pp:into=charge full
012 &V-APPEAR-782 obj=uncertain full
090 &V-APPEAR-782 pp:into=death full
173 &V-APPEAR-782 pp:at=hearing reverse full
013 &V-APPEAR-782 prt=forward full
020 &V-APPEAR-782 pp:for=help full
050 &V-APPEAR-782 pp:in=favor full
090 &V-APPEAR-782 pp:for=link full
173 &V-APPEAR-782 pp:in=court full
032 &V-APPEAR-782 pp:for=way full
190 &V-APPEAR-782 pp:behind=&WEAPON full

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
051 &V-ARRANGE-810 obj=demonstration pp:in=solidarity full
051 &V-ARRANGE-810 obj=demonstration pp:in=support full
051 &V-ARRANGE-810 obj=protest pp:in=solidarity full
139 &V-ARRANGE-810 obj=conditions pp:before=end full
152 &V-ARRANGE-810 pp:on=alert pp:along=border full
173 &V-ARRANGE-810 pp:under=surveillance full
017 &V-ARRANGE-810 obj=candlelight_vigil full
027 &V-ARRANGE-810 obj=peace_plan prt=forward full
1621 &V-ARRANGE-810 obj=financial_squeeze full
190 &V-ARRANGE-810 obj=series pp:of=attacks full
014 &V-ARRANGE-810 obj=new_strategy prt=out full
051 &V-ARRANGE-810 obj=rally pp:in=support full
152 &V-ARRANGE-810 pp:on=state pp:of=alert full
160 &V-ARRANGE-810 obj=initiate pp:on=hold full
173 &V-ARRANGE-810 obj=verdict pp:in=trial full
195 &V-ARRANGE-810 obj=air_raid pp:against full
141 &V-ARRANGE-810 obj=demonstration full
141 &V-ARRANGE-810 obj=demonstration full
145 &V-ARRANGE-810 obj=fire pp:in=protest full
145 &V-ARRANGE-810 obj=himself pp:on=fire full
151 &V-ARRANGE-810 obj=police pp:on=alert full
190 &V-ARRANGE-810 obj=incursion pp:into full
046 &V-ARRANGE-810 obj=final_touches full
110 &V-ARRANGE-810 obj=resistance prt=up full
143 &V-ARRANGE-810 obj=strikes pp:until full
160 &V-ARRANGE-810 obj=repatriation full
183 &V-ARRANGE-810 obj=explosive prt=off full
195 &V-ARRANGE-810 obj=air_operation full
050 &V-ARRANGE-810 pp:aside=enmity full pair=050
062 &V-ARRANGE-810 obj=mock_attacks subj=&AIRCRAFT full pair=062
144 &V-ARRANGE-810 obj=barricade prt=up full
151 &V-ARRANGE-810 obj=air_exercise full
160 &V-ARRANGE-810 obj=decision prt=off full
012 &V-ARRANGE-810 obj=real_threat full
045 &V-ARRANGE-810 obj=guidelines full
062 &V-ARRANGE-810 obj=mock_attack full pair=062
100 &V-ARRANGE-810 obj=conditions full
140 &V-ARRANGE-810 obj=fire pp:to=flag full
150 &V-ARRANGE-810 obj=mock_attack full
175 &V-ARRANGE-810 obj=force_rally full
030 &V-ARRANGE-810 pp:aside=rift full
062 &V-ARRANGE-810 obj=exercises subj=&MILITARY full pair=062
140 &V-ARRANGE-810 pp:in=protest full
141 &V-ARRANGE-810 obj=mass_rally full
160 &V-ARRANGE-810 obj=limits prt=off full
010 &V-ARRANGE-810 obj=views prt=out full
014 &V-ARRANGE-810 obj=priority full
139 &V-ARRANGE-810 obj=deadline full
150 &V-ARRANGE-810 obj=mock_raid full
161 &V-ARRANGE-810 obj=diplomat full
175 &V-ARRANGE-810 obj=riot prt=down full
014 &V-ARRANGE-810 pp:to=a_vote full
042 &V-ARRANGE-810 pp:from prt=off full
141 &V-ARRANGE-810 obj=protest full
141 &V-ARRANGE-810 obj=rallies full
152 &V-ARRANGE-810 pp:on=alert full
164 &V-ARRANGE-810 obj=talk prt=off full
173 &V-ARRANGE-810 pp:on=trial full
173 &V-ARRANGE-810 pp:to=death full
195 &V-ARRANGE-810 obj=attacks subj=&AIRCRAFT full
042 &V-ARRANGE-810 pp:for prt=off full pair=043
073 &V-ARRANGE-810 obj=return full
110 &V-ARRANGE-810 obj=row prt=off full pair=110
140 &V-ARRANGE-810 obj=strike full
141 &V-ARRANGE-810 obj=sit-in full
143 &V-ARRANGE-810 obj=strike full
180 &V-ARRANGE-810 pp:on=fire full
180 &V-ARRANGE-810 obj=ablaze full
190 &V-ARRANGE-810 obj=attack full
017 &V-ARRANGE-810 obj=vigil full
141 &V-ARRANGE-810 obj=rally full
180 &V-ARRANGE-810 obj=afire full
195 &V-ARRANGE-810 obj=raids subj=&AIRCRAFT full
0841 &V-ARRANGE-810 obj=free full
111 &V-ARRANGE-810 obj=heat full
180 &V-ARRANGE-810 obj=fire full
190 &V-ARRANGE-810 obj=raid full
195 &V-ARRANGE-810 obj=raid subj=&AIRCRAFT full
183 &V-ARRANGE-810 obj=&WEAPON prt=off full
035 &V-ARRANGE-810 pp:to=&TREATY full
173 &V-ARRANGE-810 pp:in=&DETENTION full
173 &V-ARRANGE-810 pp:in=&DETENTION full
022 &V-ARRANGE-810 obj=&PROPOSAL full
0356 &V-ARRANGE-810 obj=&CEASEFIRE full
090 &V-ARRANGE-810 obj=&INVESTIGATION full

############ ASK (line 912) ############
&V-ASK-912 ask enquire grill inquire interrogate interview petition query question request wonder
020 ask_for full
020 ask full
--- enquire
110 grill full
--- inquire
090 interrogate full
--- interview
020 petition full
--- query
--- question
020 request full
--- wonder
023 &V-ASK-912|ask_for obj=emergency_assistance full
173 &V-ASK-912|ask_for obj=death_penalty pp:against full
0213 &V-ASK-912|ask_for obj=judicial_assistance full
0233 &V-ASK-912|ask_for pp:for=humanitarian_aid full
025 &V-ASK-912|ask_for obj=lifting pp:of=immunity full
0231 &V-ASK-912|ask_for pp:for=financial_aid full
0231 &V-ASK-912|ask_for obj=debt_forgiveness full
0233 &V-ASK-912|ask_for obj=humanitarian_aid full
110 &V-ASK-912|ask_for obj=future_coalition full
022 &V-ASK-912|ask_for obj=support_efforts full
0241 &V-ASK-912|ask_for obj=early_elections full
027 &V-ASK-912|ask_for obj=reconciliation full
020 &V-ASK-912|ask_for obj=authorisation full
0231 &V-ASK-912|ask_for obj=financial_help full
023 &V-ASK-912|ask_for obj=technical_help full
0233 &V-ASK-912|ask_for obj=humanitarian full
038 &V-ASK-912|ask_for obj=intervention full
020 &V-ASK-912|ask_for obj=explanation full
0213 &V-ASK-912|ask_for obj=extradition full
055 &V-ASK-912|ask_for obj=forgiveness full
020 &V-ASK-912|ask_for obj=permission full
0211 &V-ASK-912|ask_for obj=investment full
0213 &V-ASK-912|ask_for pp:for=retrial full
022 &V-ASK-912|ask_for obj=assurances full
0232 &V-ASK-912|ask_for pp:for=fighter_&AIRCRAFT full
0233 &V-ASK-912|ask_for obj=evacuation full
0256 &V-ASK-912|ask_for obj=withdrawal full
090 &V-ASK-912|ask_for obj=allegation full
173 &V-ASK-912|ask_for obj=&DETENTION subj=prosecutor full
0234 &V-ASK-912|ask_for pp:for=help pp:in=&SECURITY full
025 &V-ASK-912|ask_for pp:for=access full
028 &V-ASK-912|ask_for obj=intervene full
090 &V-ASK-912|ask_for obj=suspicion full
110 &V-ASK-912|ask_for obj=assertion full
023 &V-ASK-912|ask_for obj=supplies full
173 &V-ASK-912|ask_for obj=sentence full
020 &V-ASK-912|ask_for obj=support full
022 &V-ASK-912|ask_for obj=support full
023 &V-ASK-912|ask_for obj=amnesty full
026 &V-ASK-912|ask_for obj=meeting full
028 &V-ASK-912|ask_for obj=meeting full
0351 &V-ASK-912|ask_for obj=amnesty full
036 &V-ASK-912|ask_for obj=meeting full
110 &V-ASK-912|ask_for obj=apology full
111 &V-ASK-912|ask_for obj=promise full
113 &V-ASK-912|ask_for pp:against full
020 &V-ASK-912|ask_for obj=arrest full
023 &V-ASK-912|ask_for obj=assist full
0214 &V-ASK-912|ask_for pp:for=&SOLUTION pp:of=&INVESTIGATION full
0214 &V-ASK-912|ask_for obj=files full
020 &V-ASK-912|ask_for obj=help full
023 &V-ASK-912|ask_for obj=loan full
0214 &V-ASK-912|ask_for pp:for=&INVESTIGATION full
0232 &V-ASK-912|ask_for obj=&MILITARY_aid full
023 &V-ASK-912|ask_for obj=aid full
0214 &V-ASK-912|ask_for obj=&INVESTIGATION full
0214 &V-ASK-912|ask_for obj=&INFORMATION full
0231 &V-ASK-912|ask_for obj=&CURRENCY full
0232 &V-ASK-912|ask_for obj=&WEAPON full
0233 &V-ASK-912|ask_for obj=&ASYLUM full
0234 &V-ASK-912|ask_for obj=&SECURITY full
0234 &V-ASK-912|ask_for obj=&PKO full
090 &V-ASK-912|ask_for obj=&REFUGEE full

############ ATTEMPT (line 992) ############
&V-ATTEMPT-992 attempt
--- attempt
185 &V-ATTEMPT-992 obj=assassination full

############ AVERT (line 999) ############
&V-AVERT-999 abstain avert avoid deflect forfend refrain
--- abstain
--- avert
--- avoid
--- deflect
--- forfend
--- refrain
185 &V-AVERT-999 obj=attempt pp:on=life full
1211 &V-AVERT-999 pp:from=business full
013 &V-AVERT-999 obj=air_strike full
--- &V-AVERT-999 obj=incidents
--- &V-AVERT-999 obj=attack
037 &V-AVERT-999 obj=crisis full
0334 &V-AVERT-999 obj=clash full
064 &V-AVERT-999 subj=&INFORMATION full pair=064

############ BACKLASH (line 1018) ############
&V-BACKLASH-1018 backlash
--- backlash

############ BELIEVE (line 1024) ############
&V-BELIEVE-1024 believe trust
--- believe
--- trust
110 &V-BELIEVE-1024 obj=responsible full
012 &V-BELIEVE-1024 obj=dangerous full
012 &V-BELIEVE-1024 obj=no_point full
050 &V-BELIEVE-1024 obj=friend full
1124 &V-BELIEVE-1024 obj=kidnap full

############ BRACE (line 1036) ############
&V-BRACE-1036 poise steady
--- poise
--- steady
154 &V-BRACE-1036 pp:for=attack full

############ BRING (line 1044) ############
&V-BRING-1044 bring bring deliver
--- bring
--- bring
--- deliver
110 &V-BRING-1044 obj=counter-argument full
173 &V-BRING-1044 obj=warrant pp:for=arrest full
073 &V-BRING-1044 obj=humanitarian_aid full
111 &V-BRING-1044 obj=message pp:against full
111 &V-BRING-1044 obj=sharpest_attack full
194 &V-BRING-1044 obj=rocket_strike full
051 &V-BRING-1044 obj=endorsement full
020 &V-BRING-1044 obj=petition full
026 &V-BRING-1044 obj=&CEASEFIRE_proposal full
110 &V-BRING-1044 obj=sharp_jab full
010 &V-BRING-1044 obj=address full
010 &V-BRING-1044 obj=message full
130 &V-BRING-1044 obj=warning full
140 &V-BRING-1044 obj=protest full
--- &V-BRING-1044 obj=defeat
010 &V-BRING-1044 obj=letter full
010 &V-BRING-1044 obj=report full
020 &V-BRING-1044 obj=appeal full
040 &V-BRING-1044 obj=letter full
110 &V-BRING-1044 obj=rebuff full
110 &V-BRING-1044 obj=rebuke full
111 &V-BRING-1044 obj=insult full
190 &V-BRING-1044 obj=attack full
073 &V-BRING-1044 obj=water full
020 &V-BRING-1044 obj=plea full
023 &V-BRING-1044 obj=plea full
070 &V-BRING-1044 obj=gift full
120 &V-BRING-1044 obj=blow full
070 &V-BRING-1044 obj=aid full
073 &V-BRING-1044 obj=aid full
072 &V-BRING-1044 obj=&AIRCRAFT full
072 &V-BRING-1044 obj=&MILITARY full
073 &V-BRING-1044 obj=&FOOD full
073 &V-BRING-1044 obj=&FOOD full

############ BROADCAST (line 1086) ############
&V-BROADCAST-1086 broadcast publicise publicize televise televize
--- broadcast
--- publicise
--- publicize
--- televise
--- televize
031 &V-BROADCAST-1086 obj=&PROGRAM full

############ BURN (line 1097) ############
&V-BURN-1097 burn burnt
--- burn
--- burnt
141 &V-BURN-1097 obj=pictures full
141 &V-BURN-1097 obj=portrait full
1712 &V-BURN-1097 obj=offices full
141 &V-BURN-1097 obj=effigy full
1712 &V-BURN-1097 obj=church full
1712 &V-BURN-1097 obj=houses full
1712 &V-BURN-1097 obj=mosque full
141 &V-BURN-1097 obj=flag full
1712 &V-BURN-1097 prt=down full
1712 &V-BURN-1097 obj=home full
1712 &V-BURN-1097 obj=&TOWN full

############ CANCEL (line 1115) ############
&V-CANCEL-1115 abolish abort cease close desist discontinue end halt quit reclose stop suspend terminate
160 call_off full
--- shut_down
--- take_leave
--- abolish
160 abort full
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
164 &V-CANCEL-1115|call_off|shut_down|take_leave obj=meeting pp:with=negotiators full
1722 &V-CANCEL-1115|call_off|shut_down|take_leave obj=campaign_office subj=police full
090 &V-CANCEL-1115|call_off|shut_down|take_leave obj=fact-finding_mission full
1721 &V-CANCEL-1115|call_off|shut_down|take_leave obj=television_station full
143 &V-CANCEL-1115|call_off|shut_down|take_leave subj=business pp:in=strike full
172 &V-CANCEL-1115|call_off|shut_down|take_leave obj=polling_stations full
160 &V-CANCEL-1115|call_off|shut_down|take_leave obj=border_crossing full
170 &V-CANCEL-1115|call_off|shut_down|take_leave obj=production_line full
164 &V-CANCEL-1115|call_off|shut_down|take_leave obj=talks subj=abruptly full pair=164
--- &V-CANCEL-1115|call_off|shut_down|take_leave subj=transactions
1622 &V-CANCEL-1115|call_off|shut_down|take_leave obj=arms_shipment full
012 &V-CANCEL-1115|call_off|shut_down|take_leave pp:with=warning full
161 &V-CANCEL-1115|call_off|shut_down|take_leave obj=trade_office full
1622 &V-CANCEL-1115|call_off|shut_down|take_leave obj=&MILITARY_cooperation full
1622 &V-CANCEL-1115|call_off|shut_down|take_leave obj=&SECURITY_cooperation full
1721 &V-CANCEL-1115|call_off|shut_down|take_leave obj=publication full
1721 &V-CANCEL-1115|call_off|shut_down|take_leave obj=television full
172 &V-CANCEL-1115|call_off|shut_down|take_leave obj=university full
080 &V-CANCEL-1115|call_off|shut_down|take_leave obj=operation full
087 &V-CANCEL-1115|call_off|shut_down|take_leave obj=bloodshed full
161 &V-CANCEL-1115|call_off|shut_down|take_leave obj=consulate full
161 &V-CANCEL-1115|call_off|shut_down|take_leave obj=embassies full
191 &V-CANCEL-1115|call_off|shut_down|take_leave obj=aid_convoy full
0871 &V-CANCEL-1115|call_off|shut_down|take_leave obj=violence full
087 &V-CANCEL-1115|call_off|shut_down|take_leave obj=air_raids full
087 &V-CANCEL-1115|call_off|shut_down|take_leave obj=blockade full
160 &V-CANCEL-1115|call_off|shut_down|take_leave obj=material full
172 &V-CANCEL-1115|call_off|shut_down|take_leave obj=main_link full
172 &V-CANCEL-1115|call_off|shut_down|take_leave obj=airspace full
040 &V-CANCEL-1115|call_off|shut_down|take_leave obj=meeting full
085 &V-CANCEL-1115|call_off|shut_down|take_leave obj=embargo full
0871 &V-CANCEL-1115|call_off|shut_down|take_leave obj=attacks full
0871 &V-CANCEL-1115|call_off|shut_down|take_leave obj=clashes full
0871 &V-CANCEL-1115|call_off|shut_down|take_leave obj=gunfire full
160 &V-CANCEL-1115|call_off|shut_down|take_leave obj=flights full
161 &V-CANCEL-1115|call_off|shut_down|take_leave obj=embassy full
161 &V-CANCEL-1115|call_off|shut_down|take_leave subj=embassy full
1721 &V-CANCEL-1115|call_off|shut_down|take_leave obj=schools full
172 &V-CANCEL-1115|call_off|shut_down|take_leave obj=highway full
172 &V-CANCEL-1115|call_off|shut_down|take_leave obj=theater full
191 &V-CANCEL-1115|call_off|shut_down|take_leave obj=airport full
--- &V-CANCEL-1115|call_off|shut_down|take_leave obj=search
--- &V-CANCEL-1115|call_off|shut_down|take_leave subj=market
080 &V-CANCEL-1115|call_off|shut_down|take_leave obj=deport full
082 &V-CANCEL-1115|call_off|shut_down|take_leave obj=strike full
0871 &V-CANCEL-1115|call_off|shut_down|take_leave obj=attack full
087 &V-CANCEL-1115|call_off|shut_down|take_leave obj=strike full
160 &V-CANCEL-1115|call_off|shut_down|take_leave obj=office full
1621 &V-CANCEL-1115|call_off|shut_down|take_leave obj=grants full
172 &V-CANCEL-1115|call_off|shut_down|take_leave obj=border full
172 &V-CANCEL-1115|call_off|shut_down|take_leave obj=center full
172 &V-CANCEL-1115|call_off|shut_down|take_leave obj=centre full
191 &V-CANCEL-1115|call_off|shut_down|take_leave obj=access full
191 &V-CANCEL-1115|call_off|shut_down|take_leave obj=border full
042 &V-CANCEL-1115|call_off|shut_down|take_leave obj=visit full pair=043
087 &V-CANCEL-1115|call_off|shut_down|take_leave obj=shell full
160 &V-CANCEL-1115|call_off|shut_down|take_leave obj=talks full
160 &V-CANCEL-1115|call_off|shut_down|take_leave obj=camps full
160 &V-CANCEL-1115|call_off|shut_down|take_leave obj=party full
164 &V-CANCEL-1115|call_off|shut_down|take_leave obj=talks full pair=164
1721 &V-CANCEL-1115|call_off|shut_down|take_leave obj=radio full
1723 &V-CANCEL-1115|call_off|shut_down|take_leave obj=route full
--- &V-CANCEL-1115|call_off|shut_down|take_leave obj=base
042 &V-CANCEL-1115|call_off|shut_down|take_leave obj=tour full pair=043
0831 &V-CANCEL-1115|call_off|shut_down|take_leave obj=post full
0874 &V-CANCEL-1115|call_off|shut_down|take_leave obj=camp full
143 &V-CANCEL-1115|call_off|shut_down|take_leave obj=work full
160 &V-CANCEL-1115|call_off|shut_down|take_leave obj=trip full
160 &V-CANCEL-1115|call_off|shut_down|take_leave obj=base full
160 &V-CANCEL-1115|call_off|shut_down|take_leave subj=work full
1721 &V-CANCEL-1115|call_off|shut_down|take_leave obj=&INFORMATION prt=down full
1723 &V-CANCEL-1115|call_off|shut_down|take_leave obj=road full
1723 &V-CANCEL-1115|call_off|shut_down|take_leave obj=shop full
162 &V-CANCEL-1115|call_off|shut_down|take_leave obj=aid full
162 &V-CANCEL-1115|call_off|shut_down|take_leave subj=aid full
0871 &V-CANCEL-1115|call_off|shut_down|take_leave obj=&FIGHT full
087 &V-CANCEL-1115|call_off|shut_down|take_leave obj=&WEAPON full
196 &V-CANCEL-1115|call_off|shut_down|take_leave obj=&CEASEFIRE full

############ CHANT (line 1214) ############
&V-CHANT-1214 chant
--- chant
141 &V-CHANT-1214 pp:against=government full
141 &V-CHANT-1214 pp:at=demonstration full
141 &V-CHANT-1214 pp:in=capital full
141 &V-CHANT-1214 obj=slogans full
111 &V-CHANT-1214 obj=death full

############ CLAMP (line 1225) ############
&V-CLAMP-1225 clamp
--- clamp
1723 &V-CLAMP-1225 obj=curfew full
173 &V-CLAMP-1225 prt=down full

############ CLEANSE (line 1233) ############
&V-CLEANSE-1233 cleanse
--- cleanse
203 &V-CLEANSE-1233 subj=ethnically full
203 &V-CLEANSE-1233 pp:from=areas full
203 &V-CLEANSE-1233 subj=ethnic full
203 &V-CLEANSE-1233 pp:from=&TOWN full

############ CLINCH (line 1243) ############
&V-CLINCH-1243 clinch grasp
--- clinch
--- grasp
061 &V-CLINCH-1243 obj=deal full pair=061
050 &V-CLINCH-1243 obj=&TREATY full

############ COLLAPSE (line 1252) ############
&V-COLLAPSE-1252 buckle cave collapse crumble disband disintegrate dissolve fold subside
--- buckle
--- cave
--- collapse
--- crumble
160 disband full
--- disintegrate
--- dissolve
--- fold
--- subside
164 &V-COLLAPSE-1252 subj=talks full pair=164
160 &V-COLLAPSE-1252 pp:in=&DISPUTE full

############ COLLECT (line 1268) ############
&V-COLLECT-1268 accumulate collect compile hoard
--- round_up
--- accumulate
--- collect
--- compile
--- hoard
090 &V-COLLECT-1268|round_up obj=documents full

############ COME-AFTER (line 1279) ############
--- come_after

############ CONFIRM (line 1285) ############
&V-CONFIRM-1285 affirm confidence confirm reaffirm substantiate validate
013 seem_confident full
051 affirm full
--- confidence
--- confirm
--- reaffirm
--- substantiate
--- validate
130 &V-CONFIRM-1285|seem_confident obj=commitment pp:against=threats full
060 &V-CONFIRM-1285|seem_confident obj=winner pp:of=elections full
125 &V-CONFIRM-1285|seem_confident obj=boycott pp:of=meeting full
015 &V-CONFIRM-1285|seem_confident obj=secret_prisons full
030 &V-CONFIRM-1285|seem_confident obj=determination full
173 &V-CONFIRM-1285|seem_confident obj=sentence subj=court full
010 &V-CONFIRM-1285|seem_confident obj=allegation full
0312 &V-CONFIRM-1285|seem_confident obj=purchase pp:of=&WEAPON full
050 &V-CONFIRM-1285|seem_confident obj=commitment full
050 &V-CONFIRM-1285|seem_confident obj=commitment full
100 &V-CONFIRM-1285|seem_confident obj=conditions full
010 &V-CONFIRM-1285|seem_confident obj=dismissal full
110 &V-CONFIRM-1285|seem_confident obj=objection full
110 &V-CONFIRM-1285|seem_confident obj=rejection full
0341 &V-CONFIRM-1285|seem_confident obj=election full
012 &V-CONFIRM-1285|seem_confident obj=concern full
051 &V-CONFIRM-1285|seem_confident obj=backing full
051 &V-CONFIRM-1285|seem_confident obj=support full
1125 &V-CONFIRM-1285|seem_confident obj=&FIGHT_&CRIME_charges full
163 &V-CONFIRM-1285|seem_confident obj=boycott full
173 &V-CONFIRM-1285|seem_confident obj=arrest full
100 &V-CONFIRM-1285|seem_confident obj=claim full
010 &V-CONFIRM-1285|seem_confident obj=fire full
074 &V-CONFIRM-1285|seem_confident obj=&DEFENSE_&WEAPON full
110 &V-CONFIRM-1285|seem_confident obj=&OPPOSITION full

############ CONSPIRE (line 1322) ############
&V-CONSPIRE-1322 conspire contrive scheme
--- conspire
--- contrive
--- scheme
130 &V-CONSPIRE-1322 pp:against full

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
061 &V-CONSTRUCT-1331|set_up|take_shape obj=investment_company full
160 &V-CONSTRUCT-1331|set_up|take_shape obj=fence pp:along=border full
061 &V-CONSTRUCT-1331|set_up|take_shape obj=joint_companies full
154 &V-CONSTRUCT-1331|set_up|take_shape obj=fortifications full
061 &V-CONSTRUCT-1331|set_up|take_shape obj=economic_group full pair=061
150 &V-CONSTRUCT-1331|set_up|take_shape obj=fence pp:on=border full
150 &V-CONSTRUCT-1331|set_up|take_shape obj=paramilitary full
0312 &V-CONSTRUCT-1331|set_up|take_shape obj=&DEFENSE_cooperation full
144 &V-CONSTRUCT-1331|set_up|take_shape obj=human_shield full
030 &V-CONSTRUCT-1331|set_up|take_shape obj=committee full
0311 &V-CONSTRUCT-1331|set_up|take_shape obj=free_trade full
032 &V-CONSTRUCT-1331|set_up|take_shape obj=contacts full
050 &V-CONSTRUCT-1331|set_up|take_shape obj=alliance full
050 &V-CONSTRUCT-1331|set_up|take_shape obj=alliance full
073 &V-CONSTRUCT-1331|set_up|take_shape obj=shelters full
073 &V-CONSTRUCT-1331|set_up|take_shape obj=shelters full
090 &V-CONSTRUCT-1331|set_up|take_shape obj=tribunal full
090 &V-CONSTRUCT-1331|set_up|take_shape obj=tribunal full
1043 &V-CONSTRUCT-1331|set_up|take_shape obj=movement full
154 &V-CONSTRUCT-1331|set_up|take_shape obj=forces prt=up full
110 &V-CONSTRUCT-1331|set_up|take_shape obj=uproar pp:in reverse full
036 &V-CONSTRUCT-1331|set_up|take_shape obj=meeting full
070 &V-CONSTRUCT-1331|set_up|take_shape obj=funding full
110 &V-CONSTRUCT-1331|set_up|take_shape obj=worries subj=&MILITARY full
150 &V-CONSTRUCT-1331|set_up|take_shape obj=barrier full
154 &V-CONSTRUCT-1331|set_up|take_shape subj=troop prt=up full
160 &V-CONSTRUCT-1331|set_up|take_shape obj=barrier full
070 &V-CONSTRUCT-1331|set_up|take_shape obj=funds full
154 &V-CONSTRUCT-1331|set_up|take_shape subj=troop full
050 &V-CONSTRUCT-1331|set_up|take_shape obj=ties full
050 &V-CONSTRUCT-1331|set_up|take_shape obj=ties full
060 &V-CONSTRUCT-1331|set_up|take_shape obj=ties full
070 &V-CONSTRUCT-1331|set_up|take_shape obj=fund full
094 &V-CONSTRUCT-1331|set_up|take_shape obj=&INVESTIGATION pp:into=&FIGHT full
150 &V-CONSTRUCT-1331|set_up|take_shape obj=base full
191 &V-CONSTRUCT-1331|set_up|take_shape obj=&SECURITY_zone full
090 &V-CONSTRUCT-1331|set_up|take_shape obj=&INVESTIGATION full
150 &V-CONSTRUCT-1331|set_up|take_shape obj=&MILITARY full

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
1232 &V-CONTINUE-1395|go_forward obj=refusal pp:to=recognize full
1246 &V-CONTINUE-1395|go_forward obj=operation pp:against full
190 &V-CONTINUE-1395|go_forward obj=bombardment full
170 &V-CONTINUE-1395|go_forward obj=crackdown full
190 &V-CONTINUE-1395|go_forward obj=&MILITARY_operation full
190 &V-CONTINUE-1395|go_forward obj=offensive full
120 &V-CONTINUE-1395|go_forward subj=standoff full pair=120
145 &V-CONTINUE-1395|go_forward obj=uprising full
046 &V-CONTINUE-1395|go_forward obj=talking full
154 &V-CONTINUE-1395|go_forward obj=&MILITARY_buildup full
163 &V-CONTINUE-1395|go_forward obj=embargo full
190 &V-CONTINUE-1395|go_forward obj=attacks full
190 &V-CONTINUE-1395|go_forward obj=hitting full
060 &V-CONTINUE-1395|go_forward obj=effort full
070 &V-CONTINUE-1395|go_forward obj=supply full
190 &V-CONTINUE-1395|go_forward obj=&MILITARY_action full
190 &V-CONTINUE-1395|go_forward obj=across full
190 &V-CONTINUE-1395|go_forward obj=attack full
190 &V-CONTINUE-1395|go_forward obj=attack full
046 &V-CONTINUE-1395|go_forward obj=talks full pair=046
046 &V-CONTINUE-1395|go_forward obj=talks full pair=046
1246 &V-CONTINUE-1395|go_forward obj=siege full
020 &V-CONTINUE-1395|go_forward obj=plan full
190 &V-CONTINUE-1395|go_forward obj=into full
045 &V-CONTINUE-1395|go_forward obj=&MEDIATION full
190 &V-CONTINUE-1395|go_forward subj=&MILITARY full

############ CRASH (line 1434) ############
&V-CRASH-1434 collision crash slam slam wreck
--- collision
--- crash
--- slam
--- slam
--- wreck
111 &V-CRASH-1434 pp:as=unacceptable full
111 &V-CRASH-1434 pp:as=provocative full
111 &V-CRASH-1434 obj=condemnation full
111 &V-CRASH-1434 obj=appointment full
111 &V-CRASH-1434 obj=incursion full
111 &V-CRASH-1434 obj=sentence full
111 &V-CRASH-1434 obj=policies full
--- &V-CRASH-1434 pp:into=sea
1054 &V-CRASH-1434 obj=boycott full
111 &V-CRASH-1434 obj=strikes full
1712 &V-CRASH-1434 obj=mission full
193 &V-CRASH-1434 obj=grenade full
--- &V-CRASH-1434 obj=victim
111 &V-CRASH-1434 obj=action full
191 &V-CRASH-1434 obj=border full
194 &V-CRASH-1434 subj=mortar full
194 &V-CRASH-1434 subj=rocket full
194 &V-CRASH-1434 subj=shells full
194 &V-CRASH-1434 subj=shells full
--- &V-CRASH-1434 subj=ship
111 &V-CRASH-1434 obj=plan full
160 &V-CRASH-1434 obj=shut full
111 &V-CRASH-1434 obj=for full
--- &V-CRASH-1434 subj=&AIRCRAFT
--- &V-CRASH-1434 subj=&CAR
111 &V-CRASH-1434 obj=&CRIME full
194 &V-CRASH-1434 subj=&WEAPON full
195 &V-CRASH-1434 obj=&WEAPON full

############ CRAWL (line 1472) ############
&V-CRAWL-1472 crawl creep slide
--- crawl
--- creep
--- slide

############ CROSS (line 1480) ############
&V-CROSS-1480 cross
--- cross
191 &V-CROSS-1480 subj=restricting full
074 &V-CROSS-1480 obj=border pp:into reverse full
190 &V-CROSS-1480 pp:in=pursuit full
--- &V-CROSS-1480 subj=railroad
192 &V-CROSS-1480 subj=force full
0233 &V-CROSS-1480 subj=&REFUGEE pp:into full
190 &V-CROSS-1480 subj=&MILITARY pp:into full

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
110 dismiss full
--- dispatch
--- export
061 &V-DESPATCH-1508|bring_out|put_out obj=passenger_cars pp:to target=pp:to full
111 &V-DESPATCH-1508|bring_out|put_out pp:as=fabrication full
010 &V-DESPATCH-1508|bring_out|put_out obj=speculation full
074 &V-DESPATCH-1508|bring_out|put_out obj=batallion pp:of=&PKO full
110 &V-DESPATCH-1508|bring_out|put_out obj=appointment full
016 &V-DESPATCH-1508|bring_out|put_out obj=accusation full
016 &V-DESPATCH-1508|bring_out|put_out obj=allegation full
1213 &V-DESPATCH-1508|bring_out|put_out obj=judge_order full
--- &V-DESPATCH-1508|bring_out|put_out obj=countries
016 &V-DESPATCH-1508|bring_out|put_out obj=assertion full
154 &V-DESPATCH-1508|bring_out|put_out obj=&MILITARY_personnel full
110 &V-DESPATCH-1508|bring_out|put_out obj=governor full
111 &V-DESPATCH-1508|bring_out|put_out pp:as=unfair full
163 &V-DESPATCH-1508|bring_out|put_out subj=sanction full
016 &V-DESPATCH-1508|bring_out|put_out obj=charges full
110 &V-DESPATCH-1508|bring_out|put_out obj=protest full
110 &V-DESPATCH-1508|bring_out|put_out obj=message full
016 &V-DESPATCH-1508|bring_out|put_out obj=report full
016 &V-DESPATCH-1508|bring_out|put_out obj=claim full
081 &V-DESPATCH-1508|bring_out|put_out obj=case full
061 &V-DESPATCH-1508|bring_out|put_out pp:to full
072 &V-DESPATCH-1508|bring_out|put_out obj=&WEAPON full
120 &V-DESPATCH-1508|bring_out|put_out obj=&PROPOSAL full

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
050 &V-DEVELOP-1551 obj=friendly_relations full
012 &V-DEVELOP-1551 subj=crisis full

############ DISCOVER (line 1569) ############
&V-DISCOVER-1569 detect discover find locate uncover
--- detect
--- discover
--- find
--- locate
--- uncover
110 &V-DISCOVER-1569 pp:in=breach pp:of=law full
128 &V-DISCOVER-1569 pp:in=&CRIME pp:of=sanction full
012 &V-DISCOVER-1569 obj=resentful full
080 &V-DISCOVER-1569 obj=innocent full
173 &V-DISCOVER-1569 obj=guilty full
090 &V-DISCOVER-1569 obj=plot full
190 &V-DISCOVER-1569 obj=dead full
080 &V-DISCOVER-1569 obj=no_&EVIDENCE full
030 &V-DISCOVER-1569 obj=&SOLUTION full
090 &V-DISCOVER-1569 obj=&EVIDENCE full

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
016 &V-DISTANCE-1597 pp:from=remarks full
120 &V-DISTANCE-1597 pp:from=blame full
110 &V-DISTANCE-1597 pp:from full
120 &V-DISTANCE-1597 pp:from=&PROPOSAL full

############ DOCK (line 1610) ############
&V-DOCK-1610 dock
--- dock
042 &V-DOCK-1610  full pair=043

############ DRAFT (line 1617) ############
&V-DRAFT-1617 adumbrate delineate draft draw draw illustrate outline sketch
--- adumbrate
--- delineate
--- draft
--- draw
--- draw
--- illustrate
010 outline full
--- sketch
035 &V-DRAFT-1617 obj=&PROPOSAL pp:for=incursion pp:against full
153 &V-DRAFT-1617 obj=police_reinforcement full
130 &V-DRAFT-1617 obj=letter pp:of=warning full
014 &V-DRAFT-1617 obj=constitution full
190 &V-DRAFT-1617 obj=ground_fire full
010 &V-DRAFT-1617 obj=statement full
014 &V-DRAFT-1617 obj=guideline full
--- &V-DRAFT-1617 obj=picture
100 &V-DRAFT-1617 obj=mandate full
014 &V-DRAFT-1617 obj=stance full
153 &V-DRAFT-1617 obj=police full
014 &V-DRAFT-1617 obj=bill full
014 &V-DRAFT-1617 obj=plan full
031 &V-DRAFT-1617 obj=bill full
037 &V-DRAFT-1617 pp:at=&TOWN pp:of=&DISPUTE full
014 &V-DRAFT-1617 obj=&TREATY full

############ DRAG (line 1646) ############
&V-DRAG-1646 drag lug
--- drag
--- lug

############ DRIVE (line 1653) ############
&V-DRIVE-1653 drive
--- drive
0874 &V-DRIVE-1653 subj=group pp:from full
201 &V-DRIVE-1653 pp:out=of full

############ ELIMINATE (line 1661) ############
&V-ELIMINATE-1661 eliminate erase
--- eliminate
--- erase
081 &V-ELIMINATE-1661 obj=restriction full

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
1044 &V-EMBRACE-1669 obj=declaration pp:on=sovereignty full
0834 &V-EMBRACE-1669 obj=constitutional_amendment full
130 &V-EMBRACE-1669 obj=aggressive_strategy full
160 &V-EMBRACE-1669 obj=early_election_blow full
083 &V-EMBRACE-1669 obj=election_deadline full
050 &V-EMBRACE-1669 obj=new_relationship full
015 &V-EMBRACE-1669 obj=responsibility full
063 &V-EMBRACE-1669 obj=jurisdiction full
030 &V-EMBRACE-1669 obj=formulation full
036 &V-EMBRACE-1669 obj=invitation full pair=036
050 &V-EMBRACE-1669 pp:as=partner full
070 &V-EMBRACE-1669 obj=delivery full
083 &V-EMBRACE-1669 obj=election full
015 &V-EMBRACE-1669 obj=charges full
030 &V-EMBRACE-1669 obj=request full
031 &V-EMBRACE-1669 obj=request full
080 &V-EMBRACE-1669 obj=refusal full
030 &V-EMBRACE-1669 obj=plan full
030 &V-EMBRACE-1669 obj=plan full
071 &V-EMBRACE-1669 obj=loan full
0834 &V-EMBRACE-1669 obj=bill full
--- &V-EMBRACE-1669 obj=law
030 &V-EMBRACE-1669 obj=&MILITARY_&TREATY full
030 &V-EMBRACE-1669 obj=&TREATY full
032 &V-EMBRACE-1669 obj=&PROPOSAL full
0333 &V-EMBRACE-1669 obj=&REFUGEE full
038 &V-EMBRACE-1669 obj=&MEDIATION full
057 &V-EMBRACE-1669 obj=&SOLUTION full

############ EMERGE (line 1710) ############
&V-EMERGE-1710 dawn emerge
--- dawn
--- emerge
040 &V-EMERGE-1710 pp:from=meeting full pair=040
045 &V-EMERGE-1710 pp:as=&NEGOTIATOR full

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
124 &V-ENDURE-1728 pp:to=peace prt=apart full
012 &V-ENDURE-1728 obj=pessimistic full pair=012
013 &V-ENDURE-1728 obj=optimistic full
050 &V-ENDURE-1728 obj=strong subj=ties full pair=050
120 &V-ENDURE-1728 obj=deadlocked full
012 &V-ENDURE-1728 obj=concerned full
012 &V-ENDURE-1728 obj=sceptical full
013 &V-ENDURE-1728 obj=convinced full
051 &V-ENDURE-1728 obj=committed full
110 &V-ENDURE-1728 obj=skeptical full
127 &V-ENDURE-1728 obj=isolated full
170 &V-ENDURE-1728 obj=confined reverse full
030 &V-ENDURE-1728 obj=neutral full
110 &V-ENDURE-1728 obj=opposed full
120 &V-ENDURE-1728 obj=defiant full
011 &V-ENDURE-1728 obj=silent full
110 &V-ENDURE-1728 pp:at=odds full pair=110
050 &V-ENDURE-1728 obj=close full
1243 &V-ENDURE-1728 obj=in_&DETENTION reverse full
150 &V-ENDURE-1728 subj=&MILITARY full

############ ENJOY (line 1756) ############
&V-ENJOY-1756 adore enjoy love relish
--- adore
--- enjoy
--- love
--- relish
030 &V-ENJOY-1756 obj=cultural_ties full pair=030
050 &V-ENJOY-1756 obj=support reverse full

############ ENTER (line 1767) ############
&V-ENTER-1767 enter
--- enter
128 &V-ENTER-1767 obj=demilitarized_zone full
192 &V-ENTER-1767 obj=headquarters subj=&MILITARY full
192 &V-ENTER-1767 subj=&MILITARY pp:by=force full
046 &V-ENTER-1767 obj=talks full pair=046
192 &V-ENTER-1767 subj=tanks full
036 &V-ENTER-1767 obj=&NEGOTIATION full
057 &V-ENTER-1767 obj=&TREATY full pair=057
192 &V-ENTER-1767 obj=&TOWN subj=&MILITARY full
192 &V-ENTER-1767 obj=&TOWN subj=&MILITARY full

############ ERUPT (line 1782) ############
&V-ERUPT-1782 erupt
--- erupt
180 &V-ERUPT-1782 subj=violence full
193 &V-ERUPT-1782 subj=gunfire full
110 &V-ERUPT-1782 subj=enmity full pair=110
140 &V-ERUPT-1782 subj=revolt full
190 &V-ERUPT-1782 subj=&FIGHT full pair=190
194 &V-ERUPT-1782 subj=&WEAPON full

############ EVACUATE (line 1794) ############
&V-EVACUATE-1794 abandon abscond defect desert escape evacuate flee forsake
--- take_flight
--- abandon
--- abscond
120 defect full
--- desert
--- escape
070 evacuate full
--- flee
--- forsake
074 &V-EVACUATE-1794|take_flight pp:for=medical_treatment full
0874 &V-EVACUATE-1794|take_flight obj=headquarters full
0874 &V-EVACUATE-1794|take_flight obj=positions full
--- &V-EVACUATE-1794|take_flight obj=re-trial
073 &V-EVACUATE-1794|take_flight obj=families full
080 &V-EVACUATE-1794|take_flight obj=attempt full
0874 &V-EVACUATE-1794|take_flight obj=outpost full
160 &V-EVACUATE-1794|take_flight obj=foreign_&PEOPLE full
161 &V-EVACUATE-1794|take_flight obj=embassy full
160 &V-EVACUATE-1794|take_flight obj=party full
160 &V-EVACUATE-1794|take_flight obj=staff full
--- &V-EVACUATE-1794|take_flight obj=plan
--- &V-EVACUATE-1794|take_flight obj=ship
160 &V-EVACUATE-1794|take_flight obj=camp full
160 &V-EVACUATE-1794|take_flight obj=role full
073 &V-EVACUATE-1794|take_flight obj=&REFUGEE full
075 &V-EVACUATE-1794|take_flight subj=&REFUGEE full
0874 &V-EVACUATE-1794|take_flight obj=&STRONGHOLD full
196 &V-EVACUATE-1794|take_flight obj=&CEASEFIRE full

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
011 &V-EVADE-1827 obj=question full

############ EXHIBIT (line 1841) ############
&V-EXHIBIT-1841 brandish display exhibit flaunt present show
--- brandish
--- display
--- exhibit
--- flaunt
--- present
--- show
050 &V-EXHIBIT-1841 obj=credentials pp:as=ambassador full
012 &V-EXHIBIT-1841 obj=little_sign pp:of=fading full
013 &V-EXHIBIT-1841 obj=optimistic_picture full
110 &V-EXHIBIT-1841 obj=confidence pp:against full
051 &V-EXHIBIT-1841 obj=letter pp:of=credence full
017 &V-EXHIBIT-1841 pp:with=signatures full
051 &V-EXHIBIT-1841 obj=show pp:of=support full
173 &V-EXHIBIT-1841 obj=arrest_warrant full
012 &V-EXHIBIT-1841 obj=little_fading full
050 &V-EXHIBIT-1841 obj=united_front full pair=050
100 &V-EXHIBIT-1841 pp:with=demands full
012 &V-EXHIBIT-1841 obj=scepticism full
110 &V-EXHIBIT-1841 obj=irritation full
141 &V-EXHIBIT-1841 obj=&OPPOSITION subj=protesters full
013 &V-EXHIBIT-1841 obj=progress full
1124 &V-EXHIBIT-1841 obj=evidence full
020 &V-EXHIBIT-1841 obj=project full
050 &V-EXHIBIT-1841 obj=cabinet full
012 &V-EXHIBIT-1841 obj=no_pity full
040 &V-EXHIBIT-1841 obj=letter full
051 &V-EXHIBIT-1841 obj=prize full
020 &V-EXHIBIT-1841 obj=plan full
027 &V-EXHIBIT-1841 obj=plan full
020 &V-EXHIBIT-1841 obj=&PROPOSAL full
060 &V-EXHIBIT-1841 obj=&PROGRAM full

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
1724 &V-EXTEND-1885|drag_out|draw_out obj=state pp:of=emergency full
051 &V-EXTEND-1885|drag_out|draw_out obj=congratulations full
073 &V-EXTEND-1885|drag_out|draw_out obj=humanitarian_aid full
074 &V-EXTEND-1885|drag_out|draw_out obj=peacekeeping full
018 &V-EXTEND-1885|drag_out|draw_out obj=condolences full
050 &V-EXTEND-1885|drag_out|draw_out obj=olive_branch full
071 &V-EXTEND-1885|drag_out|draw_out obj=economic_aid full
163 &V-EXTEND-1885|drag_out|draw_out obj=ban pp:on=import full
028 &V-EXTEND-1885|drag_out|draw_out obj=invitation full
072 &V-EXTEND-1885|drag_out|draw_out obj=&MILITARY_assistance full
163 &V-EXTEND-1885|drag_out|draw_out obj=sanctions full
030 &V-EXTEND-1885|drag_out|draw_out obj=contract full
072 &V-EXTEND-1885|drag_out|draw_out obj=&MILITARY_presence full
051 &V-EXTEND-1885|drag_out|draw_out obj=support full
056 &V-EXTEND-1885|drag_out|draw_out obj=amnesty full
100 &V-EXTEND-1885|drag_out|draw_out obj=mandate full
192 &V-EXTEND-1885|drag_out|draw_out obj=control full
050 &V-EXTEND-1885|drag_out|draw_out obj=thanks full
070 &V-EXTEND-1885|drag_out|draw_out obj=hand full
071 &V-EXTEND-1885|drag_out|draw_out obj=loan full
072 &V-EXTEND-1885|drag_out|draw_out obj=&MILITARY_aid full
172 &V-EXTEND-1885|drag_out|draw_out obj=ban full
071 &V-EXTEND-1885|drag_out|draw_out obj=&CURRENCY full
081 &V-EXTEND-1885|drag_out|draw_out obj=&CEASEFIRE full
160 &V-EXTEND-1885|drag_out|draw_out obj=&SOLUTION full
173 &V-EXTEND-1885|drag_out|draw_out obj=&DETENTION full

############ FAIL (line 1922) ############
&V-FAIL-1922 fail falter
--- break_down
120 fail full
--- falter
160 &V-FAIL-1922|break_down subj=exchange full
121 &V-FAIL-1922|break_down obj=attempt full
164 &V-FAIL-1922|break_down obj=meeting full
164 &V-FAIL-1922|break_down subj=talks full

############ FELL (line 1934) ############
&V-FELL-1934 fall topple
--- bring_down
--- strike_down
--- fall
--- topple
--- &V-FELL-1934|bring_down|strike_down subj=equities
190 &V-FELL-1934|bring_down|strike_down subj=&WEAPON full

############ FILE (line 1945) ############
&V-FILE-1945 file
--- file
1722 &V-FILE-1945 subj=prosecutor pp:against=party full
173 &V-FILE-1945 obj=charge pp:against full
115 &V-FILE-1945 obj=claim pp:against target=obj full
115 &V-FILE-1945 obj=case pp:against full
115 &V-FILE-1945 obj=case pp:against full
114 &V-FILE-1945 obj=complaint full
115 &V-FILE-1945 obj=lawsuit full
020 &V-FILE-1945 obj=appeal full
1043 &V-FILE-1945 obj=appeal full
115 &V-FILE-1945 obj=suit full

############ FINISH (line 1961) ############
&V-FINISH-1961 complete conclude finalize finish
--- wind_down
--- wrap_up
--- complete
--- conclude
--- finalize
--- finish
0842 &V-FINISH-1961|wind_down|wrap_up obj=handover pp:of=document full
080 &V-FINISH-1961|wind_down|wrap_up obj=operation pp:against full
160 &V-FINISH-1961|wind_down|wrap_up obj=survey pp:of=border full
036 &V-FINISH-1961|wind_down|wrap_up obj=coordination full
046 &V-FINISH-1961|wind_down|wrap_up obj=trade_talks full pair=046
073 &V-FINISH-1961|wind_down|wrap_up obj=transfer pp:of=&REFUGEE full
080 &V-FINISH-1961|wind_down|wrap_up obj=evacuation full
0874 &V-FINISH-1961|wind_down|wrap_up obj=withdrawal full
0874 &V-FINISH-1961|wind_down|wrap_up obj=pullout full
042 &V-FINISH-1961|wind_down|wrap_up obj=visit full pair=043
042 &V-FINISH-1961|wind_down|wrap_up obj=talks full pair=043
030 &V-FINISH-1961|wind_down|wrap_up obj=deal full pair=030
057 &V-FINISH-1961|wind_down|wrap_up obj=&TREATY full pair=057

############ FLY (line 1985) ############
&V-FLY-1985 airlift fly pilot
073 airlift full
--- fly
--- pilot
073 &V-FLY-1985 obj=relief_supplies full
070 &V-FLY-1985 obj=metric_tonnes full
073 &V-FLY-1985 pp:for=treatment full
130 &V-FLY-1985 obj=spy_missions full
--- &V-FLY-1985 obj=flag
154 &V-FLY-1985 pp:into full
036 &V-FLY-1985 pp:to full
071 &V-FLY-1985 pp:in=&CURRENCY full
073 &V-FLY-1985 pp:by full
072 &V-FLY-1985 obj=&WEAPON full
073 &V-FLY-1985 obj=&FOOD full

############ FOIL (line 2004) ############
&V-FOIL-2004 foil thwart
--- foil
--- thwart
185 &V-FOIL-2004 obj=assassination_attempt full
193 &V-FOIL-2004 obj=rocket_attack full
--- &V-FOIL-2004 obj=plot
1246 &V-FOIL-2004 obj=bid full

############ FOLLOW (line 2016) ############
&V-FOLLOW-2016 follow
--- follow
012 &V-FOLLOW-2016 obj=events pp:with=concern full

############ FREEZE (line 2023) ############
&V-FREEZE-2023 freeze
--- freeze
160 &V-FREEZE-2023 obj=participation full
163 &V-FREEZE-2023 obj=bank_account full
160 &V-FREEZE-2023 obj=relations full pair=160
163 &V-FREEZE-2023 obj=asset full
162 &V-FREEZE-2023 obj=aid full

############ FUEL (line 2034) ############
&V-FUEL-2034 feed fuel refuel stimulate
--- stir_up
--- feed
--- fuel
--- refuel
--- stimulate
138 &V-FUEL-2034|stir_up obj=speculation full
012 &V-FUEL-2034|stir_up obj=concern full

############ FULFILL (line 2046) ############
&V-FULFILL-2046 accomplish achieve fulfill
--- accomplish
--- achieve
--- fulfill
060 &V-FULFILL-2046 obj=recommendations full
030 &V-FULFILL-2046 obj=criteria full
080 &V-FULFILL-2046 obj=request full

############ HACK (line 2057) ############
&V-HACK-2057 hack
--- hack
176 &V-HACK-2057 pp:into=computer full
176 &V-HACK-2057 pp:into=network full
176 &V-HACK-2057 obj=computer full
182 &V-HACK-2057 pp:off=hands full
176 &V-HACK-2057 obj=network full
176 &V-HACK-2057 obj=website full
1823 &V-HACK-2057 pp:to=death full
1823 &V-HACK-2057 pp:to=death full
1823 &V-HACK-2057 pp:off=head full

############ HIDE (line 2072) ############
&V-HIDE-2072 bury conceal harbor harbour hide
--- bury
--- conceal
--- harbor
--- harbour
--- hide
012 &V-HIDE-2072 obj=few_illusions full

############ HURL (line 2083) ############
&V-HURL-2083 cast hurl throw
--- cast
--- hurl
--- throw
110 &V-HURL-2083 obj=doubt pp:over=claim full
051 &V-HURL-2083 obj=support pp:behind full
161 &V-HURL-2083 obj=meeting_of prt=over target=obj full
051 &V-HURL-2083 obj=weight pp:behind full
180 &V-HURL-2083 obj=firecrackers full
081 &V-HURL-2083 obj=charges prt=out full
111 &V-HURL-2083 obj=accusation full
121 &V-HURL-2083 obj=appeal prt=out full
183 &V-HURL-2083 obj=firebombs full
070 &V-HURL-2083 obj=lifeline full
128 &V-HURL-2083 obj=defiance full
183 &V-HURL-2083 obj=firebomb full
120 &V-HURL-2083 obj=deal prt=off full
193 &V-HURL-2083 obj=grenade full
014 &V-HURL-2083 obj=ballot full
111 &V-HURL-2083 obj=insult full
182 &V-HURL-2083 obj=stones full
012 &V-HURL-2083 obj=doubt full
014 &V-HURL-2083 obj=votes full
110 &V-HURL-2083 obj=doubt full
180 &V-HURL-2083 obj=rocks full
180 &V-HURL-2083 obj=acid full
160 &V-HURL-2083 prt=out full
183 &V-HURL-2083 obj=&WEAPON full
183 &V-HURL-2083 obj=&WEAPON full

############ IDENTIFY (line 2116) ############
&V-IDENTIFY-2116 identify
--- identify
181 &V-IDENTIFY-2116 pp:behind=kidnapping full
181 &V-IDENTIFY-2116 obj=&HOSTAGE full

############ IGNORE (line 2124) ############
&V-IGNORE-2124 defy discount disregard flout ignore
120 defy full
--- discount
--- disregard
--- flout
--- ignore
--- scoff_at
--- &V-IGNORE-2124|scoff_at obj=political_truism
010 &V-IGNORE-2124|scoff_at obj=allegation full
016 &V-IGNORE-2124|scoff_at obj=criticism full
128 &V-IGNORE-2124|scoff_at obj=sanction full
160 &V-IGNORE-2124|scoff_at obj=decision full
122 &V-IGNORE-2124|scoff_at obj=appeal full
124 &V-IGNORE-2124|scoff_at obj=order full
128 &V-IGNORE-2124|scoff_at obj=order full
128 &V-IGNORE-2124|scoff_at obj=rule full
128 &V-IGNORE-2124|scoff_at obj=ban full
128 &V-IGNORE-2124|scoff_at obj=law full

############ IMMIGRATE (line 2146) ############
&V-IMMIGRATE-2146 immigrate migrate
--- immigrate
--- migrate
075 &V-IMMIGRATE-2146 pp:to reverse full

############ IMMOLATE (line 2154) ############
&V-IMMOLATE-2154 immolate
--- immolate
140 &V-IMMOLATE-2154 obj=themselves full

############ IMPLANT (line 2161) ############
&V-IMPLANT-2161 embed engraft imbed implant plant
--- embed
--- engraft
--- imbed
--- implant
--- plant
183 &V-IMPLANT-2161 obj=&WEAPON full

############ INDICATE (line 2172) ############
&V-INDICATE-2172 indicate point signal
--- indicate
--- point
--- signal
036 &V-INDICATE-2172 obj=willingness pp:for=talks full
036 &V-INDICATE-2172 obj=time pp:for=&NEGOTIATION full
030 &V-INDICATE-2172 obj=ready full

############ INSTRUCT (line 2183) ############
&V-INSTRUCT-2183 brief instruct teach
--- brief
--- instruct
--- teach
064 &V-INSTRUCT-2183 pp:on=operation full

############ INTERCEPT (line 2192) ############
&V-INTERCEPT-2192 eavesdrop intercept tap
--- listen_in
--- wire_tap
--- eavesdrop
--- intercept
--- tap
091 &V-INTERCEPT-2192|listen_in|wire_tap obj=secret_project full
170 &V-INTERCEPT-2192|listen_in|wire_tap obj=immigrant full
1711 &V-INTERCEPT-2192|listen_in|wire_tap obj=vessel full
170 &V-INTERCEPT-2192|listen_in|wire_tap obj=&REFUGEE full
1711 &V-INTERCEPT-2192|listen_in|wire_tap obj=&WEAPON full

############ INVOKE (line 2207) ############
&V-INVOKE-2207 evoke invoke
--- evoke
--- invoke
106 &V-INVOKE-2207 obj=special_clause full
062 &V-INVOKE-2207 obj=joint_&DEFENSE_&TREATY full

############ IRON-OUT (line 2216) ############
--- iron_out
--- straighten_out
030 iron_out|straighten_out obj=&DISPUTE full pair=030

############ JUMP (line 2224) ############
&V-JUMP-2224 bound hop jump leap skip spring
--- bound
--- hop
--- jump
--- leap
--- skip
--- spring
018 &V-JUMP-2224 obj=to_&DEFENSE full

############ KNOCK (line 2236) ############
&V-KNOCK-2236 knock
--- knock
195 &V-KNOCK-2236 subj=air_strike prt=out full

############ KNOW (line 2243) ############
&V-KNOW-2243 know understand understood
--- know
--- understand
--- understood
018 &V-KNOW-2243 obj=each_other full pair=018

############ LAY (line 2252) ############
&V-LAY-2252 lay
--- put_down
--- lay
154 &V-LAY-2252|put_down obj=groundwork pp:for=assault full
0871 &V-LAY-2252|put_down obj=&WEAPON prt=down full

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
0814 &V-LIFT-2261|come_up|move_up obj=state pp:of=emergency full
0872 &V-LIFT-2261|come_up|move_up obj=water_blockade full
0872 &V-LIFT-2261|come_up|move_up obj=state pp:of=siege full
081 &V-LIFT-2261|come_up|move_up obj=restriction full
085 &V-LIFT-2261|come_up|move_up obj=ban pp:on=trade full
035 &V-LIFT-2261|come_up|move_up obj=objection full
085 &V-LIFT-2261|come_up|move_up obj=sanctions full
0351 &V-LIFT-2261|come_up|move_up obj=sanction full
085 &V-LIFT-2261|come_up|move_up obj=sanction full
0872 &V-LIFT-2261|come_up|move_up obj=blockade full
112 &V-LIFT-2261|come_up|move_up subj=tensions full
085 &V-LIFT-2261|come_up|move_up obj=boycott full
0813 &V-LIFT-2261|come_up|move_up obj=curfew full
0813 &V-LIFT-2261|come_up|move_up obj=curfew full
0871 &V-LIFT-2261|come_up|move_up obj=threat full
081 &V-LIFT-2261|come_up|move_up obj=ban full
0872 &V-LIFT-2261|come_up|move_up obj=&SOLUTION full
0872 &V-LIFT-2261|come_up|move_up obj=&SOLUTION full

############ LOBBY (line 2292) ############
&V-LOBBY-2292 lobby
--- lobby
113 &V-LOBBY-2292 pp:against full
020 &V-LOBBY-2292 pp:for full

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
124 &V-LODGE-2310 obj=appeal pp:against=sentence full
115 &V-LODGE-2310 obj=complaint pp:with=court full
114 &V-LODGE-2310 obj=complaint full
140 &V-LODGE-2310 obj=protest pp:of full
110 &V-LODGE-2310 obj=protest full
020 &V-LODGE-2310 obj=appeal full

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
110 &V-MAINTAIN-2336 obj=wary_eye pp:on=neighbour full
024 &V-MAINTAIN-2336 obj=reform_drive prt=up full
154 &V-MAINTAIN-2336 obj=overflight prt=up full
124 &V-MAINTAIN-2336 obj=restriction full
190 &V-MAINTAIN-2336 obj=offensive prt=up full
110 &V-MAINTAIN-2336 obj=objection full
1244 &V-MAINTAIN-2336 obj=sanctions full
1244 &V-MAINTAIN-2336 obj=sanctions full
124 &V-MAINTAIN-2336 obj=hardline full
124 &V-MAINTAIN-2336 obj=position full
160 &V-MAINTAIN-2336 subj=distrust full pair=160
173 &V-MAINTAIN-2336 obj=sentence full
011 &V-MAINTAIN-2336 obj=silence full
1723 &V-MAINTAIN-2336 obj=curfew full
192 &V-MAINTAIN-2336 obj=forces full
130 &V-MAINTAIN-2336 obj=right full
050 &V-MAINTAIN-2336 obj=ties full
1241 &V-MAINTAIN-2336 obj=ban full
173 &V-MAINTAIN-2336 pp:in=&DETENTION full
050 &V-MAINTAIN-2336 obj=&INVESTIGATION full

############ MAKE (line 2370) ############
&V-MAKE-2370 cause induce make
--- cause
--- induce
--- make
154 &V-MAKE-2370 obj=preparation pp:for=invasion full
0334 &V-MAKE-2370 obj=contribution pp:to=force full
195 &V-MAKE-2370 obj=casualties subj=bombers full
111 &V-MAKE-2370 obj=massive_losses full
041 &V-MAKE-2370 obj=courtesy_call full pair=041
124 &V-MAKE-2370 obj=no_concession full
014 &V-MAKE-2370 obj=progress pp:on=&CEASEFIRE full
042 &V-MAKE-2370 obj=brief_stop full pair=043
100 &V-MAKE-2370 obj=first_move full
036 &V-MAKE-2370 obj=stop pp:in full pair=036
036 &V-MAKE-2370 obj=visit full
050 &V-MAKE-2370 obj=peace full
036 &V-MAKE-2370 obj=trip full

############ MARK (line 2392) ############
&V-MARK-2392 brand differentiate distinguish label mark scar tag
111 brand full
--- differentiate
--- distinguish
--- label
--- mark
--- scar
--- tag
141 &V-MARK-2392 obj=anniversary pp:by=protest full
035 &V-MARK-2392 obj=begining pp:of=democracy full
017 &V-MARK-2392 obj=anniversary full
111 &V-MARK-2392 obj=kidnapping full
1123 &V-MARK-2392 obj=terrorist full
016 &V-MARK-2392 subj=critics full
1124 &V-MARK-2392 obj=&FIGHT_crim full
030 &V-MARK-2392 obj=step full

############ MOUNT (line 2412) ############
&V-MOUNT-2412 bestride climb mount ride
--- get_on
--- put_up
--- bestride
--- climb
--- mount
--- ride
190 &V-MOUNT-2412|get_on|put_up obj=attack full

############ MOVE (line 2424) ############
&V-MOVE-2424 act budge displace move propel shift
--- act
--- budge
--- displace
--- move
--- propel
--- shift
061 &V-MOVE-2424 obj=requirement_econ pp:toward=meeting target=obj full
0873 &V-MOVE-2424 pp:toward=demobilisation full
0873 &V-MOVE-2424 pp:toward=demobilization full
050 &V-MOVE-2424 obj=assert_close_relation full
154 &V-MOVE-2424 subj=forces pp:to=border pp:with target=pp:with full
154 &V-MOVE-2424 obj=close subj=unit pp:to=border target=pp:to full
050 &V-MOVE-2424 obj=bolster_ties pp:with target=pp:with full
030 &V-MOVE-2424 subj=will_not pp:towards target=pp:towards full
154 &V-MOVE-2424 obj=tanks_and_into full
013 &V-MOVE-2424 pp:toward=talks full
154 &V-MOVE-2424 obj=troop_toward target=obj full
192 &V-MOVE-2424 pp:into=posit target=pp:into full
192 &V-MOVE-2424 obj=troop pp:into target=pp:into full
073 &V-MOVE-2424 obj=&REFUGEE pp:to=safety full
073 &V-MOVE-2424 obj=injured full
154 &V-MOVE-2424 subj=&MILITARY_on_the full
080 &V-MOVE-2424 obj=block full
192 &V-MOVE-2424 obj=&MILITARY pp:into target=pp:into full
192 &V-MOVE-2424 obj=into full
045 &V-MOVE-2424 pp:as=&NEGOTIATOR target=obj full
154 &V-MOVE-2424 obj=to subj=&MILITARY full
154 &V-MOVE-2424 obj=&WEAPON full

############ NAME (line 2463) ############
&V-NAME-2463 appoint designate elect name nominate slate
--- put_forward
--- appoint
--- designate
--- elect
--- name
--- nominate
--- slate
050 &V-NAME-2463|put_forward obj=ambassador full
060 &V-NAME-2463|put_forward pp:as=minister full
090 &V-NAME-2463|put_forward obj=committee full
060 &V-NAME-2463|put_forward obj=minister full
051 &V-NAME-2463|put_forward pp:to=head full
060 &V-NAME-2463|put_forward obj=to_head target=obj full
--- &V-NAME-2463|put_forward obj=laws
050 &V-NAME-2463|put_forward obj=envoy full
039 &V-NAME-2463|put_forward obj=&NEGOTIATOR full
1124 &V-NAME-2463|put_forward obj=&SUSPECT full

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
0234 &V-OBTAIN-2485|get_hold_of obj=request pp:for=observers reverse full
020 &V-OBTAIN-2485|get_hold_of obj=permission pp:to=leave full
051 &V-OBTAIN-2485|get_hold_of obj=success pp:in=election reverse full
051 &V-OBTAIN-2485|get_hold_of obj=positive_response reverse full
071 &V-OBTAIN-2485|get_hold_of obj=financial_support reverse full
051 &V-OBTAIN-2485|get_hold_of obj=support pp:at=summit reverse full
054 &V-OBTAIN-2485|get_hold_of obj=recognition pp:from target=obj reverse full
051 &V-OBTAIN-2485|get_hold_of obj=authorisation full
043 &V-OBTAIN-2485|get_hold_of pp:at=residence full pair=042
051 &V-OBTAIN-2485|get_hold_of obj=support pp:from reverse full
043 &V-OBTAIN-2485|get_hold_of obj=ambassador full pair=042
060 &V-OBTAIN-2485|get_hold_of obj=parliament full
073 &V-OBTAIN-2485|get_hold_of obj=shipment pp:of=&FOOD full
026 &V-OBTAIN-2485|get_hold_of obj=invitation reverse full
030 &V-OBTAIN-2485|get_hold_of obj=commitment reverse full
012 &V-OBTAIN-2485|get_hold_of obj=impatient full
043 &V-OBTAIN-2485|get_hold_of obj=ministers full pair=042
030 &V-OBTAIN-2485|get_hold_of obj=assurance reverse full
030 &V-OBTAIN-2485|get_hold_of obj=assurance reverse full
060 &V-OBTAIN-2485|get_hold_of obj=treatment reverse full
070 &V-OBTAIN-2485|get_hold_of obj=donations reverse full
072 &V-OBTAIN-2485|get_hold_of obj=&MILITARY_equipment reverse full
173 &V-OBTAIN-2485|get_hold_of obj=&DETENTION_sentences reverse full
010 &V-OBTAIN-2485|get_hold_of obj=priority full
041 &V-OBTAIN-2485|get_hold_of obj=call pp:from full pair=041
043 &V-OBTAIN-2485|get_hold_of pp:for=talks full pair=042
051 &V-OBTAIN-2485|get_hold_of obj=blessing reverse full
072 &V-OBTAIN-2485|get_hold_of obj=&MILITARY_training reverse full
072 &V-OBTAIN-2485|get_hold_of obj=fighters reverse full
173 &V-OBTAIN-2485|get_hold_of obj=sentence reverse full
043 &V-OBTAIN-2485|get_hold_of obj=welcome full pair=042
043 &V-OBTAIN-2485|get_hold_of obj=welcome full pair=042
051 &V-OBTAIN-2485|get_hold_of obj=backing full
051 &V-OBTAIN-2485|get_hold_of obj=embrace full
040 &V-OBTAIN-2485|get_hold_of obj=message reverse full
051 &V-OBTAIN-2485|get_hold_of obj=backing reverse full
051 &V-OBTAIN-2485|get_hold_of obj=backing reverse full
051 &V-OBTAIN-2485|get_hold_of obj=support reverse full
130 &V-OBTAIN-2485|get_hold_of obj=threats reverse full
--- &V-OBTAIN-2485|get_hold_of obj=access
043 &V-OBTAIN-2485|get_hold_of obj=leader full pair=042
040 &V-OBTAIN-2485|get_hold_of obj=letter reverse full
183 &V-OBTAIN-2485|get_hold_of obj=letter_&WEAPON reverse full
042 &V-OBTAIN-2485|get_hold_of obj=envoy full pair=043
043 &V-OBTAIN-2485|get_hold_of obj=envoy full pair=042
033 &V-OBTAIN-2485|get_hold_of obj=grant reverse full
051 &V-OBTAIN-2485|get_hold_of obj=prize reverse full
072 &V-OBTAIN-2485|get_hold_of obj=tanks reverse full
122 &V-OBTAIN-2485|get_hold_of obj=no_aid reverse full
071 &V-OBTAIN-2485|get_hold_of obj=&CURRENCY pp:from reverse full
071 &V-OBTAIN-2485|get_hold_of obj=loan reverse full
073 &V-OBTAIN-2485|get_hold_of obj=rice reverse full
072 &V-OBTAIN-2485|get_hold_of obj=&MILITARY_aid full
073 &V-OBTAIN-2485|get_hold_of obj=&FOOD pp:to full
072 &V-OBTAIN-2485|get_hold_of obj=&WEAPON full
071 &V-OBTAIN-2485|get_hold_of obj=&CURRENCY reverse full
072 &V-OBTAIN-2485|get_hold_of obj=&AIRCRAFT reverse full
173 &V-OBTAIN-2485|get_hold_of obj=&DETENTION reverse full

############ PATCH (line 2559) ############
&V-PATCH-2559 patch
--- patch
0356 &V-PATCH-2559 obj=&CEASEFIRE prt=together full

############ PENETRATE (line 2566) ############
&V-PENETRATE-2566 imbue infiltrate penetrate permeate pervade
--- imbue
--- infiltrate
--- penetrate
--- permeate
--- pervade
192 &V-PENETRATE-2566 pp:into=territory full
192 &V-PENETRATE-2566 obj=deep full

############ PERFORM (line 2578) ############
&V-PERFORM-2578 perform
--- perform
151 &V-PERFORM-2578 obj=training_exercise full

############ PERPETUATE (line 2585) ############
&V-PERPETUATE-2585 commit perpetuate
--- carry_out
--- commit
--- perpetuate
182 &V-PERPETUATE-2585|carry_out obj=human_rights_abuses full
190 &V-PERPETUATE-2585|carry_out obj=operation pp:against full
062 &V-PERPETUATE-2585|carry_out obj=joint_maneuvers full pair=062
062 &V-PERPETUATE-2585|carry_out obj=joint_&MILITARY_operation full
030 &V-PERPETUATE-2585|carry_out pp:to=cooperation full
--- &V-PERPETUATE-2585|carry_out pp:to=hospital
062 &V-PERPETUATE-2585|carry_out obj=operations full pair=062
190 &V-PERPETUATE-2585|carry_out obj=&MILITARY_operation full
190 &V-PERPETUATE-2585|carry_out obj=incursion full
195 &V-PERPETUATE-2585|carry_out obj=air_strike full
--- &V-PERPETUATE-2585|carry_out obj=suicide
195 &V-PERPETUATE-2585|carry_out obj=air_raid full
090 &V-PERPETUATE-2585|carry_out obj=search full
182 &V-PERPETUATE-2585|carry_out obj=abuses full
190 &V-PERPETUATE-2585|carry_out obj=attack full
195 &V-PERPETUATE-2585|carry_out obj=raids subj=&AIRCRAFT full
190 &V-PERPETUATE-2585|carry_out obj=raid full
195 &V-PERPETUATE-2585|carry_out obj=raid subj=&AIRCRAFT full
180 &V-PERPETUATE-2585|carry_out obj=&CRIME full

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
150 &V-PLUNGE-2624 obj=&WEAPON pp:at=training_range full
120 &V-PLUNGE-2624 obj=call pp:for=meeting full
080 &V-PLUNGE-2624 obj=arrest_warrant full
024 &V-PLUNGE-2624 obj=propaganda full
--- &V-PLUNGE-2624 obj=bombshell
080 &V-PLUNGE-2624 obj=objection full
--- &V-PLUNGE-2624 obj=leaflets
012 &V-PLUNGE-2624 obj=support full
080 &V-PLUNGE-2624 obj=warning full
081 &V-PLUNGE-2624 obj=charges full
130 &V-PLUNGE-2624 obj=fliers full
073 &V-PLUNGE-2624 obj=food full
081 &V-PLUNGE-2624 obj=case full
120 &V-PLUNGE-2624 obj=plan full
080 &V-PLUNGE-2624 obj=&INVESTIGATION full
194 &V-PLUNGE-2624 obj=&WEAPON full
195 &V-PLUNGE-2624 subj=&AIRCRAFT full

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
141 &V-POUR-2663 pp:into=streets full
151 &V-POUR-2663 obj=tanks full
154 &V-POUR-2663 subj=&MILITARY full

############ PROJECT (line 2675) ############
&V-PROJECT-2675 envision externalise externalize picture project visualise visualize
--- envision
--- externalise
--- externalize
--- picture
--- project
--- visualise
--- visualize
012 &V-PROJECT-2675 obj=dismal_picture full

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
110 &V-PROMPT-2688 obj=political_uncertainty full
110 &V-PROMPT-2688 obj=political_crisis full
175 &V-PROMPT-2688 obj=police_crackdown full
012 &V-PROMPT-2688 obj=concern subj=&FIGHT full
012 &V-PROMPT-2688 obj=concern full
010 &V-PROMPT-2688 pp:about=&DISPUTE full
036 &V-PROMPT-2688 obj=talk subj=&SOLUTION full
110 &V-PROMPT-2688 obj=&DISPUTE full

############ PUMP (line 2711) ############
&V-PUMP-2711 pump
--- pump
071 &V-PUMP-2711 obj=&CURRENCY full

############ PURSUE (line 2718) ############
&V-PURSUE-2718 pursue
--- pursue
160 &V-PURSUE-2718 obj=rapprochement full
142 &V-PURSUE-2718 obj=hunger_strike full
1053 &V-PURSUE-2718 obj=release full
1053 &V-PURSUE-2718 obj=release full
090 &V-PURSUE-2718 obj=&INVESTIGATION full

############ RAISE (line 2729) ############
&V-RAISE-2729 nurture raise upraise
--- nurture
--- raise
--- upraise
035 &V-RAISE-2729 obj=possibility pp:of=compromise full
036 &V-RAISE-2729 obj=possibility pp:of=peace_talks full
1312 &V-RAISE-2729 obj=possibility pp:of=sanctions full
036 &V-RAISE-2729 obj=possiblity pp:of=summit full
030 &V-RAISE-2729 obj=possibility pp:of=deal full
071 &V-RAISE-2729 obj=&CURRENCY pp:under=auspices full
0351 &V-RAISE-2729 obj=delay pp:of=trial full
012 &V-RAISE-2729 pp:the=stakes full
040 &V-RAISE-2729 obj=concerns full pair=040
154 &V-RAISE-2729 obj=number pp:of=&MILITARY full
012 &V-RAISE-2729 obj=doubt full
080 &V-RAISE-2729 obj=alarm full
110 &V-RAISE-2729 obj=issue full
152 &V-RAISE-2729 obj=&MILITARY_alert full
013 &V-RAISE-2729 obj=hope full
0231 &V-RAISE-2729 obj=&CURRENCY full

############ RATCHET (line 2753) ############
&V-RATCHET-2753 ratchet
--- ratchet
1384 &V-RATCHET-2753 obj=threat pp:of=offensive full
100 &V-RATCHET-2753 obj=pressure prt=up full

############ RE-ACTIVATE (line 2761) ############
&V-RE-ACTIVATE-2761 re-activate reactivate
--- re-activate
--- reactivate

############ REACH (line 2768) ############
&V-REACH-2768 reach
--- reach
073 &V-REACH-2768 subj=relief_supplies full
164 &V-REACH-2768 obj=dead_end subj=efforts full
030 &V-REACH-2768 obj=understanding full pair=030
031 &V-REACH-2768 obj=&TREATY pp:with=coalition full pair=031
022 &V-REACH-2768 pp:to=allies prt=out full
030 &V-REACH-2768 obj=cooperation_&TREATY full pair=030
0344 &V-REACH-2768 obj=&TREATY subj=government full
037 &V-REACH-2768 obj=compromise full pair=037
0311 &V-REACH-2768 obj=trade_deal full pair=0311
037 &V-REACH-2768 obj=consensus full pair=037
062 &V-REACH-2768 obj=military_&TREATY full pair=062
164 &V-REACH-2768 obj=deadlock full
073 &V-REACH-2768 subj=&FOOD_convoy full
0311 &V-REACH-2768 obj=trade_&TREATY full pair=0311
030 &V-REACH-2768 obj=deal full
020 &V-REACH-2768 prt=out full
032 &V-REACH-2768 obj=&TREATY full
037 &V-REACH-2768 obj=&TREATY full pair=037
073 &V-REACH-2768 subj=&FOOD full

############ REACT (line 2793) ############
&V-REACT-2793 answer react reply respond
--- answer
--- react
--- reply
--- respond
110 &V-REACT-2793 pp:with=scepticism full
110 &V-REACT-2793 pp:with=disbelief full
111 &V-REACT-2793 pp:with=outrage full
051 &V-REACT-2793 obj=positively full
110 &V-REACT-2793 pp:with=dismay full
111 &V-REACT-2793 obj=critically full
111 &V-REACT-2793 pp:with=anger full
111 &V-REACT-2793 obj=furiously full
111 &V-REACT-2793 obj=bitterly full
012 &V-REACT-2793 obj=sharply full
111 &V-REACT-2793 obj=angrily full
110 &V-REACT-2793 obj=warily full
110 &V-REACT-2793 obj=coolly full
111 &V-REACT-2793 obj=alarm full

############ REALLOCATE (line 2816) ############
&V-REALLOCATE-2816 reallocate
--- reallocate
071 &V-REALLOCATE-2816 obj=&CURRENCY full

############ REAP (line 2823) ############
&V-REAP-2823 harvest reap
--- harvest
--- reap
050 &V-REAP-2823 obj=diplomatic_dividends full

############ REAPPRAISE (line 2831) ############
&V-REAPPRAISE-2831 reappraise
--- play_down
--- reappraise
013 &V-REAPPRAISE-2831|play_down obj=concerns full
124 &V-REAPPRAISE-2831|play_down obj=warning full
014 &V-REAPPRAISE-2831|play_down obj=policy full
124 &V-REAPPRAISE-2831|play_down obj=threat full
013 &V-REAPPRAISE-2831|play_down obj=fears full

############ REBURY (line 2843) ############
&V-REBURY-2843 rebury
--- rebury
017 &V-REBURY-2843 obj=troops full

############ RECALL (line 2850) ############
&V-RECALL-2850 recall remember
--- recall
--- remember
161 &V-RECALL-2850 obj=ambassador full
161 &V-RECALL-2850 obj=diplomat full

############ RECOVER (line 2859) ############
&V-RECOVER-2859 recover recuperate regain
--- recover
--- recuperate
--- regain
171 &V-RECOVER-2859 obj=land full
0842 &V-RECOVER-2859 obj=&AIRCRAFT full
1711 &V-RECOVER-2859 obj=&WEAPON full

############ REDUCE (line 2870) ############
&V-REDUCE-2870 reduce
--- reduce
161 &V-REDUCE-2870 obj=official_presence full
0873 &V-REDUCE-2870 obj=number pp:of=troops full
160 &V-REDUCE-2870 obj=civilian_staff full
081 &V-REDUCE-2870 obj=sentences full
040 &V-REDUCE-2870 obj=tension full
0873 &V-REDUCE-2870 obj=troops full
071 &V-REDUCE-2870 obj=debt full
081 &V-REDUCE-2870 obj=&DETENTION_term full
161 &V-REDUCE-2870 obj=ties full
081 &V-REDUCE-2870 obj=&DETENTION full

############ REFUSE (line 2886) ############
&V-REFUSE-2886 decline deny refuse reject resist spurn withstand
--- rule_out
120 decline full
--- deny
--- refuse
--- reject
--- resist
110 spurn full
--- withstand
016 &V-REFUSE-2886|rule_out obj=existence pp:of=militant_bases full
033 &V-REFUSE-2886|rule_out obj=reduction pp:in=assisstance full
125 &V-REFUSE-2886|rule_out obj=resumption pp:of=peace_talks full
016 &V-REFUSE-2886|rule_out obj=obstructing_efforts full
1234 &V-REFUSE-2886|rule_out obj=demand pp:for=autonomy full
125 &V-REFUSE-2886|rule_out obj=resumption pp:of=talks full
124 &V-REFUSE-2886|rule_out obj=call pp:for=crackdown full
160 &V-REFUSE-2886|rule_out obj=access pp:to=airspace full
016 &V-REFUSE-2886|rule_out obj=unusual_activity full
016 &V-REFUSE-2886|rule_out obj=secret_meetings full
016 &V-REFUSE-2886|rule_out obj=responsibility full
1233 &V-REFUSE-2886|rule_out obj=political_right full
1245 &V-REFUSE-2886|rule_out obj=intervention pp:by=&PKO full
143 &V-REFUSE-2886|rule_out obj=&FOOD subj=hunger-striker full
161 &V-REFUSE-2886|rule_out obj=diplomatic_link full
1246 &V-REFUSE-2886|rule_out obj=possibility pp:of=&CEASEFIRE full
016 &V-REFUSE-2886|rule_out obj=condemnation full
120 &V-REFUSE-2886|rule_out obj=announcement full
120 &V-REFUSE-2886|rule_out obj=proclamation full
1212 &V-REFUSE-2886|rule_out obj=&MILITARY_intervention full
016 &V-REFUSE-2886|rule_out obj=accusations full
016 &V-REFUSE-2886|rule_out obj=involvement full
016 &V-REFUSE-2886|rule_out obj=involvement full
120 &V-REFUSE-2886|rule_out obj=possibility full
120 &V-REFUSE-2886|rule_out obj=proposition full
1212 &V-REFUSE-2886|rule_out obj=cooperation full
1213 &V-REFUSE-2886|rule_out obj=cooperation full
1241 &V-REFUSE-2886|rule_out obj=appeal subj=court full
1246 &V-REFUSE-2886|rule_out obj=disarmament full
125 &V-REFUSE-2886|rule_out obj=negotiation full
016 &V-REFUSE-2886|rule_out obj=accusation full
016 &V-REFUSE-2886|rule_out obj=accusation full
016 &V-REFUSE-2886|rule_out obj=accusation full
016 &V-REFUSE-2886|rule_out obj=allegation full
016 &V-REFUSE-2886|rule_out obj=connection full
120 &V-REFUSE-2886|rule_out obj=increase pp:in=&MILITARY full
120 &V-REFUSE-2886|rule_out obj=assurences full
120 &V-REFUSE-2886|rule_out obj=permission full
1246 &V-REFUSE-2886|rule_out obj=withdrawal full
124 &V-REFUSE-2886|rule_out obj=concession full
125 &V-REFUSE-2886|rule_out obj=compromise full
127 &V-REFUSE-2886|rule_out obj=initiative full
016 &V-REFUSE-2886|rule_out obj=statement full
121 &V-REFUSE-2886|rule_out obj=coalition full
1246 &V-REFUSE-2886|rule_out obj=political_&SOLUTION full
124 &V-REFUSE-2886|rule_out obj=condition full
124 &V-REFUSE-2886|rule_out obj=criticism full
133 &V-REFUSE-2886|rule_out obj=call subj=union full
010 &V-REFUSE-2886|rule_out obj=build-up full
016 &V-REFUSE-2886|rule_out obj=presence full
1211 &V-REFUSE-2886|rule_out obj=contract full
1246 &V-REFUSE-2886|rule_out obj=calls pp:for=&CEASEFIRE full
127 &V-REFUSE-2886|rule_out obj=decision full
011 &V-REFUSE-2886|rule_out obj=comment full
016 &V-REFUSE-2886|rule_out obj=charges full
016 &V-REFUSE-2886|rule_out obj=reports full
120 &V-REFUSE-2886|rule_out obj=contact full
120 &V-REFUSE-2886|rule_out obj=capture full
120 &V-REFUSE-2886|rule_out obj=demands full
120 &V-REFUSE-2886|rule_out obj=request full
123 &V-REFUSE-2886|rule_out obj=changes full
123 &V-REFUSE-2886|rule_out obj=request full
125 &V-REFUSE-2886|rule_out obj=contact full
125 &V-REFUSE-2886|rule_out obj=meeting full
--- &V-REFUSE-2886|rule_out subj=stocks
016 &V-REFUSE-2886|rule_out obj=report full
016 &V-REFUSE-2886|rule_out obj=report full
016 &V-REFUSE-2886|rule_out obj=attack full
016 &V-REFUSE-2886|rule_out obj=charge full
016 &V-REFUSE-2886|rule_out obj=report full
016 &V-REFUSE-2886|rule_out obj=report full
016 &V-REFUSE-2886|rule_out obj=rumour full
120 &V-REFUSE-2886|rule_out obj=appeal full
120 &V-REFUSE-2886|rule_out obj=motive full
1233 &V-REFUSE-2886|rule_out obj=permit full
124 &V-REFUSE-2886|rule_out obj=demand full
190 &V-REFUSE-2886|rule_out obj=&WEAPON_attack full pair=194
--- &V-REFUSE-2886|rule_out obj=price
016 &V-REFUSE-2886|rule_out obj=claim full
016 &V-REFUSE-2886|rule_out obj=label full
1233 &V-REFUSE-2886|rule_out obj=right full
125 &V-REFUSE-2886|rule_out obj=talks full
125 &V-REFUSE-2886|rule_out obj=talks full
125 &V-REFUSE-2886|rule_out obj=visit full
127 &V-REFUSE-2886|rule_out obj=peace_&PROPOSAL full
127 &V-REFUSE-2886|rule_out obj=offer full
144 &V-REFUSE-2886|rule_out obj=entry full
160 &V-REFUSE-2886|rule_out obj=entry full
160 &V-REFUSE-2886|rule_out obj=entry full
1621 &V-REFUSE-2886|rule_out obj=trade full
016 &V-REFUSE-2886|rule_out obj=link full
016 &V-REFUSE-2886|rule_out obj=plot full
016 &V-REFUSE-2886|rule_out obj=role full
120 &V-REFUSE-2886|rule_out obj=deal full
121 &V-REFUSE-2886|rule_out obj=join full
122 &V-REFUSE-2886|rule_out obj=call full
1243 &V-REFUSE-2886|rule_out obj=bail full
120 &V-REFUSE-2886|rule_out obj=&PROPOSAL full
120 &V-REFUSE-2886|rule_out obj=&PROPOSAL full
120 &V-REFUSE-2886|rule_out obj=&TREATY full
1246 &V-REFUSE-2886|rule_out obj=&CEASEFIRE full
1246 &V-REFUSE-2886|rule_out obj=&CEASEFIRE full
1246 &V-REFUSE-2886|rule_out obj=&CEASEFIRE full
1246 &V-REFUSE-2886|rule_out obj=&SOLUTION full
125 &V-REFUSE-2886|rule_out obj=&NEGOTIATION full
126 &V-REFUSE-2886|rule_out obj=&MEDIATION full
127 &V-REFUSE-2886|rule_out obj=&SOLUTION full
127 &V-REFUSE-2886|rule_out obj=&TREATY full

############ REGARD (line 3007) ############
&V-REGARD-3007 regard
--- regard
1122 &V-REGARD-3007 pp:as=human_rights_violation full
1122 &V-REGARD-3007 obj=human_rights_abuse full
1121 &V-REGARD-3007 pp:as=&CRIME full

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
085 &V-RELAX-3029 obj=sanctions full
081 &V-RELAX-3029 obj=rules full

############ REPAIR (line 3038) ############
&V-REPAIR-3038 doctor fix mend reconstruct repair
--- doctor
--- fix
--- mend
--- reconstruct
--- repair
050 &V-REPAIR-3038 obj=relations full
050 &V-REPAIR-3038 obj=ties full pair=050

############ REPLACE (line 3050) ############
&V-REPLACE-3050 replace substitute supersede supplant
--- replace
--- substitute
--- supersede
--- supplant
152 &V-REPLACE-3050 obj=&WEAPON pp:on=alert full

############ RESIGN (line 3060) ############
&V-RESIGN-3060 resign vacate
083 resign full
--- vacate
0831 &V-RESIGN-3060 obj=government full
140 &V-RESIGN-3060 pp:in=protest full
160 &V-RESIGN-3060 pp:from=party full
160 &V-RESIGN-3060 obj=coalition full
0831 &V-RESIGN-3060 subj=minister full
0831 &V-RESIGN-3060 subj=minister full
160 &V-RESIGN-3060 obj=party full
0842 &V-RESIGN-3060 obj=site full

############ RESORT (line 3075) ############
&V-RESORT-3075 recur resort
--- recur
--- resort

############ RESTART (line 3082) ############
&V-RESTART-3082 restart resume
--- restart
--- resume
1712 &V-RESTART-3082 obj=dismantling_equipment full
071 &V-RESTART-3082 obj=financial_assistance full
041 &V-RESTART-3082 obj=phone_consultations full pair=041
061 &V-RESTART-3082 obj=commercial_ties full
090 &V-RESTART-3082 obj=periodic_review full
050 &V-RESTART-3082 obj=participation full
030 &V-RESTART-3082 obj=preparations full
111 &V-RESTART-3082 obj=bitter_attack full
046 &V-RESTART-3082 obj=negotiation full pair=046
060 &V-RESTART-3082 obj=cooperation full
174 &V-RESTART-3082 obj=deportation full
190 &V-RESTART-3082 obj=bombardment full
050 &V-RESTART-3082 obj=diplomatic full
046 &V-RESTART-3082 obj=peace_talk full
050 &V-RESTART-3082 obj=relations full
073 &V-RESTART-3082 obj=emergency full
138 &V-RESTART-3082 obj=offensive full
170 &V-RESTART-3082 obj=crackdown full
140 &V-RESTART-3082 obj=protests full
060 &V-RESTART-3082 obj=flights full
070 &V-RESTART-3082 obj=airlift full
071 &V-RESTART-3082 obj=lending full
037 &V-RESTART-3082 obj=effort full
061 &V-RESTART-3082 obj=export full pair=061
080 &V-RESTART-3082 obj=flight full
085 &V-RESTART-3082 obj=import full
0863 &V-RESTART-3082 obj=relief full
046 &V-RESTART-3082 obj=talks full pair=046
046 &V-RESTART-3082 subj=talks full pair=046
090 &V-RESTART-3082 obj=trial full
194 &V-RESTART-3082 obj=shell full
050 &V-RESTART-3082 obj=ties full
070 &V-RESTART-3082 obj=aid full
046 &V-RESTART-3082 obj=&NEGOTIATION full pair=046

############ RESTRUCTURE (line 3124) ############
&V-RESTRUCTURE-3124 restructure
--- restructure
071 &V-RESTRUCTURE-3124 obj=debt full

############ RETURN (line 3131) ############
&V-RETURN-3131 repatriate return revert
--- repatriate
--- return
--- revert
166 &V-RETURN-3131 obj=home pp:after=evacuation full
141 &V-RETURN-3131 pp:from=demonstration full
0842 &V-RETURN-3131 obj=medical_equipment full
062 &V-RETURN-3131 subj=bomber pp:to=base full pair=062
0311 &V-RETURN-3131 pp:to=oil_market full
--- &V-RETURN-3131 pp:to=barracks
050 &V-RETURN-3131 obj=ambassador full
051 &V-RETURN-3131 obj=compliment full
174 &V-RETURN-3131 obj=immigrants full
0841 &V-RETURN-3131 obj=prisoners full
0842 &V-RETURN-3131 obj=equipment full
0842 &V-RETURN-3131 obj=property full
0842 &V-RETURN-3131 obj=artwork full
0842 &V-RETURN-3131 obj=machine full
042 &V-RETURN-3131 pp:from full pair=043
0841 &V-RETURN-3131 obj=maid full
087 &V-RETURN-3131 obj=home subj=&MILITARY full
190 &V-RETURN-3131 obj=fire full
0841 &V-RETURN-3131 obj=home subj=&REFUGEE reverse full
173 &V-RETURN-3131 pp:to=&DETENTION full
0841 &V-RETURN-3131 subj=&REFUGEE full
0841 &V-RETURN-3131 obj=&REFUGEE full
0842 &V-RETURN-3131 obj=&MILITARY_&AIRCRAFT full
0842 &V-RETURN-3131 obj=&AIRCRAFT full

############ REUNIFY (line 3163) ############
&V-REUNIFY-3163 reunify
--- reunify

############ REVEAL-SIGN (line 3169) ############
--- reveal_sign

############ REVIEW (line 3175) ############
&V-REVIEW-3175 re-examine reexamine review
090 re-examine full
090 reexamine full
--- review
090 &V-REVIEW-3175 obj=sanctions full
014 &V-REVIEW-3175 obj=request full
040 &V-REVIEW-3175 obj=issues full pair=040
014 &V-REVIEW-3175 obj=aid full
014 &V-REVIEW-3175 obj=&PROPOSAL full

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
160 rescind full
--- retract
--- reverse
--- revoke
--- void
164 &V-REVOKE-3188 obj=participation pp:in=summit full
0811 &V-REVOKE-3188 obj=visa_requirement full
--- &V-REVOKE-3188 obj=construction
085 &V-REVOKE-3188 obj=ban pp:on=exports full
161 &V-REVOKE-3188 obj=planned_visit full
081 &V-REVOKE-3188 obj=restriction full
160 &V-REVOKE-3188 obj=recognition full
164 &V-REVOKE-3188 obj=peace_summit full
1246 &V-REVOKE-3188 obj=withdrawal_&TREATY full
080 &V-REVOKE-3188 obj=statement full
160 &V-REVOKE-3188 pp:on=promise full
164 &V-REVOKE-3188 obj=peace_talk full
030 &V-REVOKE-3188 obj=attitude full
080 &V-REVOKE-3188 obj=decision full
081 &V-REVOKE-3188 obj=&DETENTION_sentence full
081 &V-REVOKE-3188 obj=sentence full
160 &V-REVOKE-3188 obj=petition full
162 &V-REVOKE-3188 obj=benefits full
160 &V-REVOKE-3188 obj=flights full
160 &V-REVOKE-3188 obj=licence full
164 &V-REVOKE-3188 obj=meeting full
111 &V-REVOKE-3188 obj=ruling full
160 &V-REVOKE-3188 pp:on=deal full
1721 &V-REVOKE-3188 obj=rights full
082 &V-REVOKE-3188 obj=rally full
160 &V-REVOKE-3188 obj=order full
160 &V-REVOKE-3188 obj=visit full
071 &V-REVOKE-3188 obj=debt full
160 &V-REVOKE-3188 obj=deal full
160 &V-REVOKE-3188 obj=tour full
160 &V-REVOKE-3188 obj=visa full
161 &V-REVOKE-3188 obj=trip full
081 &V-REVOKE-3188 obj=ban full
0871 &V-REVOKE-3188 obj=&FIGHT full
131 &V-REVOKE-3188 obj=&TREATY full

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
050 &V-RE-ESTABLISH-3256 obj=diplomatic_ties full
050 &V-RE-ESTABLISH-3256 obj=relations full
050 &V-RE-ESTABLISH-3256 obj=order full
050 &V-RE-ESTABLISH-3256 obj=unity full
050 &V-RE-ESTABLISH-3256 obj=ties full
030 &V-RE-ESTABLISH-3256 obj=&TREATY full pair=030

############ RISK (line 3273) ############
&V-RISK-3273 gamble risk
--- gamble
--- risk
012 &V-RISK-3273 subj=said_violence full
012 &V-RISK-3273 subj=run full

############ ROAR (line 3282) ############
&V-ROAR-3282 howl roar
--- howl
--- roar
194 &V-ROAR-3282 subj=&WEAPON full

############ RUMBLE (line 3290) ############
&V-RUMBLE-3290 rumble
--- rumble
154 &V-RUMBLE-3290 subj=tanks full

############ SALVAGE (line 3297) ############
&V-SALVAGE-3297 salvage
--- salvage

############ SATISFY (line 3303) ############
&V-SATISFY-3303 gratify satisfy
--- live_up_to
--- gratify
--- satisfy
051 &V-SATISFY-3303|live_up_to obj=talks full

############ SCHEDULE (line 3312) ############
&V-SCHEDULE-3312 schedule
--- schedule
040 &V-SCHEDULE-3312 obj=consultation full pair=040
036 &V-SCHEDULE-3312 obj=meeting full pair=036

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
160 &V-SCRAP-3334 obj=project full
160 &V-SCRAP-3334 obj=visit full
1661 &V-SCRAP-3334 obj=&PKO full

############ SEARCH (line 3344) ############
&V-SEARCH-3344 chase hunt search seek track
--- look_for
--- search_for
--- chase
--- hunt
090 search full
030 seek full
--- track
0233 &V-SEARCH-3344|look_for|search_for obj=humanitarian_assistance full
113 &V-SEARCH-3344|look_for|search_for obj=vote pp:of=no_confidence full
022 &V-SEARCH-3344|look_for|search_for obj=recognition pp:from full
021 &V-SEARCH-3344|look_for|search_for obj=clarification full
0231 &V-SEARCH-3344|look_for|search_for obj=compensation full
090 &V-SEARCH-3344|look_for|search_for subj=investigator full
093 &V-SEARCH-3344|look_for|search_for obj=&INVESTIGATION_into_invasion full
1031 &V-SEARCH-3344|look_for|search_for obj=compensation full
1044 &V-SEARCH-3344|look_for|search_for obj=independence full
--- &V-SEARCH-3344|look_for|search_for obj=re-election
020 &V-SEARCH-3344|look_for|search_for obj=citizenship full
0213 &V-SEARCH-3344|look_for|search_for obj=extradition full
024 &V-SEARCH-3344|look_for|search_for obj=recognition full
036 &V-SEARCH-3344|look_for|search_for obj=negotiation full
055 &V-SEARCH-3344|look_for|search_for obj=forgiveness full
1721 &V-SEARCH-3344|look_for|search_for obj=daily subj=police full
020 &V-SEARCH-3344|look_for|search_for obj=permission full
022 &V-SEARCH-3344|look_for|search_for obj=commitment full
027 &V-SEARCH-3344|look_for|search_for obj=political_&SOLUTION full
042 &V-SEARCH-3344|look_for|search_for obj=leave_into target=obj full pair=043
173 &V-SEARCH-3344|look_for|search_for obj=prisoners full
014 &V-SEARCH-3344|look_for|search_for obj=invasion_&SECURITY_&TREATY full
027 &V-SEARCH-3344|look_for|search_for obj=peaceful_&SOLUTION full
090 &V-SEARCH-3344|look_for|search_for obj=wreckage full
173 &V-SEARCH-3344|look_for|search_for obj=sentence full
022 &V-SEARCH-3344|look_for|search_for obj=backing full
022 &V-SEARCH-3344|look_for|search_for obj=support full
022 &V-SEARCH-3344|look_for|search_for obj=support full
0253 &V-SEARCH-3344|look_for|search_for obj=release full
036 &V-SEARCH-3344|look_for|search_for obj=meeting full
093 &V-SEARCH-3344|look_for|search_for pp:for=arms full
0232 &V-SEARCH-3344|look_for|search_for obj=credit full
035 &V-SEARCH-3344|look_for|search_for obj=office full
060 &V-SEARCH-3344|look_for|search_for obj=gunmen full
090 &V-SEARCH-3344|look_for|search_for pp:for=men full
023 &V-SEARCH-3344|look_for|search_for obj=donor full
026 &V-SEARCH-3344|look_for|search_for obj=talks full
037 &V-SEARCH-3344|look_for|search_for obj=end pp:to=&DISPUTE full
170 &V-SEARCH-3344|look_for|search_for obj=&SUSPECT_links full
023 &V-SEARCH-3344|look_for|search_for obj=help full
026 &V-SEARCH-3344|look_for|search_for obj=talk full
173 &V-SEARCH-3344|look_for|search_for prt=down full
023 &V-SEARCH-3344|look_for|search_for obj=aid full
064 &V-SEARCH-3344|look_for|search_for pp:for=&INFORMATION full
020 &V-SEARCH-3344|look_for|search_for obj=&ASYLUM full
0214 &V-SEARCH-3344|look_for|search_for obj=&INFORMATION full
0231 &V-SEARCH-3344|look_for|search_for obj=&CURRENCY full
0256 &V-SEARCH-3344|look_for|search_for obj=&CEASEFIRE full
027 &V-SEARCH-3344|look_for|search_for obj=&SOLUTION full
028 &V-SEARCH-3344|look_for|search_for obj=&MEDIATION full
028 &V-SEARCH-3344|look_for|search_for obj=&MEDIATION full
036 &V-SEARCH-3344|look_for|search_for obj=&NEGOTIATION full
038 &V-SEARCH-3344|look_for|search_for obj=&MEDIATION full
130 &V-SEARCH-3344|look_for|search_for obj=&SUSPECT full
173 &V-SEARCH-3344|look_for|search_for obj=&DETENTION full

############ SELECT (line 3411) ############
&V-SELECT-3411 choose cull decide determine opt pick select vote
030 is_determined full
--- choose
--- cull
030 decide full
030 determine full
--- opt
--- pick
--- select
030 vote full
083 &V-SELECT-3411|is_determined pp:in=favor pp:of=constitutional_amendment full
080 &V-SELECT-3411|is_determined obj=investigation prt=down target=obj full
080 &V-SELECT-3411|is_determined pp:against=deploying full
160 &V-SELECT-3411|is_determined pp:against=attending full
014 &V-SELECT-3411|is_determined pp:whether=suspend full
071 &V-SELECT-3411|is_determined obj=exempt pp:of=taxes full
1621 &V-SELECT-3411|is_determined pp:of=funding prt=out full
0356 &V-SELECT-3411|is_determined obj=to_withdraw full
034 &V-SELECT-3411|is_determined pp:in=election full
--- &V-SELECT-3411|is_determined obj=for_lesser
014 &V-SELECT-3411|is_determined pp:on=changes full
060 &V-SELECT-3411|is_determined obj=minister full
031 &V-SELECT-3411|is_determined pp:in=favor full
110 &V-SELECT-3411|is_determined pp:against full
120 &V-SELECT-3411|is_determined pp:against full
160 &V-SELECT-3411|is_determined obj=limit full
120 &V-SELECT-3411|is_determined prt=down full
160 &V-SELECT-3411|is_determined obj=bar full
014 &V-SELECT-3411|is_determined obj=&PROPOSAL full

############ SELL (line 3444) ############
&V-SELL-3444 sell
--- sell
128 &V-SELL-3444 subj=illegally full
061 &V-SELL-3444 obj=products full pair=061
062 &V-SELL-3444 obj=&AIRCRAFT_fighters full pair=062
062 &V-SELL-3444 obj=tank full pair=062
062 &V-SELL-3444 obj=&MILITARY_&AIRCRAFT full pair=062
062 &V-SELL-3444 obj=&WEAPON full pair=062

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
072 &V-SEND-3456 obj=members pp:of=battalion full pair=086
073 &V-SEND-3456 obj=medical_equipment full
036 &V-SEND-3456 obj=foreign_minister full
073 &V-SEND-3456 obj=humanitarian_aid full
138 &V-SEND-3456 obj=stealth_fighters full
130 &V-SEND-3456 obj=warning_message full
154 &V-SEND-3456 obj=guards pp:on=border full
0332 &V-SEND-3456 obj=reinforcement full
050 &V-SEND-3456 obj=new_ambassador full
0311 &V-SEND-3456 obj=trade_mission full
074 &V-SEND-3456 obj=peacekeepers full
0334 &V-SEND-3456 obj=&MILITARY pp:of=observers full
042 &V-SEND-3456 obj=policymaker full pair=043
073 &V-SEND-3456 obj=medical_team full
017 &V-SEND-3456 obj=best_wishes full
0332 &V-SEND-3456 obj=warships pp:to full
042 &V-SEND-3456 obj=delegation full pair=043
050 &V-SEND-3456 obj=ambassador full
050 &V-SEND-3456 obj=delegation full
073 &V-SEND-3456 obj=aid_workers full
073 &V-SEND-3456 obj=medical_aid full
175 &V-SEND-3456 obj=riot_police full
073 &V-SEND-3456 obj=observers full
073 &V-SEND-3456 obj=volunteer full
173 &V-SEND-3456 pp:to=gallows full
050 &V-SEND-3456 obj=diplomat full
070 &V-SEND-3456 obj=vehicles full
072 &V-SEND-3456 obj=&MILITARY_advisors full
0842 &V-SEND-3456 obj=&MILITARY_part prt=back full
153 &V-SEND-3456 pp:over=fear full
036 &V-SEND-3456 obj=mission full
040 &V-SEND-3456 obj=message full
072 &V-SEND-3456 obj=&MILITARY_liaison full
073 &V-SEND-3456 obj=medical full
080 &V-SEND-3456 obj=control full
080 &V-SEND-3456 obj=control full
130 &V-SEND-3456 obj=message full
154 &V-SEND-3456 obj=militia full
040 &V-SEND-3456 obj=letter full
073 &V-SEND-3456 obj=relief full
153 &V-SEND-3456 obj=police full
154 &V-SEND-3456 obj=guards full
170 &V-SEND-3456 obj=agents full
192 &V-SEND-3456 obj=inside full
192 &V-SEND-3456 obj=police full
042 &V-SEND-3456 obj=envoy full pair=043
036 &V-SEND-3456 obj=team full
154 &V-SEND-3456 obj=arms full
070 &V-SEND-3456 obj=aid full
090 &V-SEND-3456 obj=spy_&AIRCRAFT full
062 &V-SEND-3456 obj=&AIRCRAFT pp:to full
0334 &V-SEND-3456 obj=&PKO full pair=038
0334 &V-SEND-3456 obj=&PKO full
062 &V-SEND-3456 obj=&MILITARY full
071 &V-SEND-3456 obj=&CURRENCY full
072 &V-SEND-3456 obj=&MILITARY full pair=086
072 &V-SEND-3456 obj=&AIRCRAFT full
072 &V-SEND-3456 obj=&MILITARY full
072 &V-SEND-3456 obj=&WEAPON full
154 &V-SEND-3456 obj=&MILITARY full
166 &V-SEND-3456 obj=&AIRCRAFT full

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
1623 &V-SEPARATE-3531 obj=&CURRENCY pp:for=peacekeeping_operation full
161 &V-SEPARATE-3531 obj=diplomatic_relations full
1662 &V-SEPARATE-3531 obj=observer pp:on=border full
161 &V-SEPARATE-3531 obj=diplomatic_staff full
161 &V-SEPARATE-3531 obj=diplomatic_ties full
--- &V-SEPARATE-3531 pp:through=heart
161 &V-SEPARATE-3531 obj=embassy_staff full
160 &V-SEPARATE-3531 obj=cooperation full
--- &V-SEPARATE-3531 obj=production
0873 &V-SEPARATE-3531 obj=number pp:of=&MILITARY pp:in full
124 &V-SEPARATE-3531 pp:over=policy full
162 &V-SEPARATE-3531 obj=level pp:of=aid full
162 &V-SEPARATE-3531 obj=assistance full
162 &V-SEPARATE-3531 obj=assistance full
164 &V-SEPARATE-3531 obj=short_visit full
164 &V-SEPARATE-3531 obj=short_tour full
--- &V-SEPARATE-3531 obj=&DEFENSE_spending
081 &V-SEPARATE-3531 obj=sentence full
162 &V-SEPARATE-3531 obj=supplies full
--- &V-SEPARATE-3531 obj=deficit
081 &V-SEPARATE-3531 obj=red_tape full
--- &V-SEPARATE-3531 subj=floods
0873 &V-SEPARATE-3531 obj=forces full
162 &V-SEPARATE-3531 pp:in=aid full
030 &V-SEPARATE-3531 obj=deal full
160 &V-SEPARATE-3531 obj=ties full
1621 &V-SEPARATE-3531 obj=loan full
194 &V-SEPARATE-3531 prt=down full
--- &V-SEPARATE-3531 obj=oil
162 &V-SEPARATE-3531 obj=aid full
0842 &V-SEPARATE-3531 obj=&TOWN full
1661 &V-SEPARATE-3531 obj=&PKO full

############ SHAKEN-UP (line 3580) ############
--- shake_up

############ SHARE (line 3586) ############
&V-SHARE-3586 share
--- share
018 &V-SHARE-3586 obj=concern full
--- &V-SHARE-3586 obj=closed
060 &V-SHARE-3586 obj=lead full
064 &V-SHARE-3586 obj=&EVIDENCE full pair=064

############ SHRUG (line 3596) ############
&V-SHRUG-3596 shrug
--- shrug
128 &V-SHRUG-3596 pp:off=sanctions full

############ SHUDDER (line 3603) ############
&V-SHUDDER-3603 shudder
--- shudder
195 &V-SHUDDER-3603 pp:under=raid reverse full

############ SHUT (line 3610) ############
&V-SHUT-3610 shut
--- shut
160 &V-SHUT-3610 obj=headquarters prt=down full
1621 &V-SHUT-3610 obj=export_terminal full
1721 &V-SHUT-3610 obj=television prt=down full
161 &V-SHUT-3610 obj=diplomatic full
1721 &V-SHUT-3610 obj=stations full
160 &V-SHUT-3610 obj=offices full
160 &V-SHUT-3610 obj=border full

############ SIGN (line 3623) ############
&V-SIGN-3623 sign
--- sign
060 &V-SIGN-3623 obj=deal pp:with=manufacturer full pair=060
062 &V-SIGN-3623 obj=deal pp:for=miliary full pair=062
057 &V-SIGN-3623 obj=declaration full pair=057
061 &V-SIGN-3623 obj=deal subj=company full pair=061
057 &V-SIGN-3623 obj=memorandum full
057 &V-SIGN-3623 obj=peace_deal full pair=057
057 &V-SIGN-3623 obj=peace_deal full pair=057
057 &V-SIGN-3623 obj=memoradum full pair=057
057 &V-SIGN-3623 obj=aggrement full
060 &V-SIGN-3623 obj=coalition_&TREATY full pair=060
061 &V-SIGN-3623 obj=free_trade_&TREATY full pair=061
061 &V-SIGN-3623 obj=loan_deals full pair=061
057 &V-SIGN-3623 obj=protocol full pair=057
060 &V-SIGN-3623 obj=contract full pair=060
061 &V-SIGN-3623 obj=economic_&TREATY full pair=061
071 &V-SIGN-3623 pp:over=loan full
0331 &V-SIGN-3623 obj=credit_&TREATY full
057 &V-SIGN-3623 obj=&TREATY pp:in pp:with full pair=057
061 &V-SIGN-3623 obj=export full
100 &V-SIGN-3623 obj=decree full
0311 &V-SIGN-3623 obj=trade_&TREATY full pair=0311
0331 &V-SIGN-3623 obj=grant full
057 &V-SIGN-3623 obj=joint_&TREATY full pair=057
057 &V-SIGN-3623 obj=peace_&TREATY full pair=057
061 &V-SIGN-3623 obj=trade_&TREATY full pair=061
061 &V-SIGN-3623 obj=loan_&TREATY full pair=061
071 &V-SIGN-3623 pp:over=&CURRENCY full
0311 &V-SIGN-3623 obj=oil_&TREATY full
057 &V-SIGN-3623 obj=law full
0312 &V-SIGN-3623 obj=&TREATY pp:on=&DEFENSE full pair=0312
0312 &V-SIGN-3623 obj=&MILITARY_&TREATY full pair=0312
057 &V-SIGN-3623 obj=&TREATY full pair=057
057 &V-SIGN-3623 obj=&TREATY full pair=057
062 &V-SIGN-3623 obj=&MILITARY full pair=062
062 &V-SIGN-3623 obj=&DEFENSE_&TREATY full
0871 &V-SIGN-3623 obj=&CEASEFIRE full pair=0871

############ SILENCE (line 3665) ############
&V-SILENCE-3665 hush quiet silence
--- hush
--- quiet
--- silence

############ SLACKEN (line 3673) ############
&V-SLACKEN-3673 slacken
--- slacken
160 &V-SLACKEN-3673 obj=travel_warning full

############ SLASH (line 3680) ############
&V-SLASH-3680 cut slash
--- cut
--- slash
1622 &V-SLASH-3680 obj=&CURRENCY pp:from=&SECURITY_package full

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
112 &V-SNARE-3688 obj=blame full
120 &V-SNARE-3688 pp:in=&DISPUTE full pair=120

############ SOUND (line 3704) ############
&V-SOUND-3704 sound vocalise voice
--- sound
--- vocalise
--- voice
051 &V-SOUND-3704 obj=satisfaction pp:over=extradition full
110 &V-SOUND-3704 obj=strong_skepticism full
111 &V-SOUND-3704 obj=disappointment full
051 &V-SOUND-3704 obj=satisfaction full
012 &V-SOUND-3704 obj=concern pp:over full
111 &V-SOUND-3704 obj=disapproval full
111 &V-SOUND-3704 obj=displeasure full
013 &V-SOUND-3704 obj=confidence full
013 &V-SOUND-3704 obj=excitement full
051 &V-SOUND-3704 obj=confidence full
110 &V-SOUND-3704 obj=irritation full
033 &V-SOUND-3704 obj=readiness full
111 &V-SOUND-3704 obj=criticism full
013 &V-SOUND-3704 obj=optimism full
018 &V-SOUND-3704 obj=sympathy full
012 &V-SOUND-3704 obj=concern full
012 &V-SOUND-3704 obj=concern full
051 &V-SOUND-3704 obj=support full
051 &V-SOUND-3704 obj=support full
111 &V-SOUND-3704 obj=shock_at full
111 &V-SOUND-3704 obj=outrage full
130 &V-SOUND-3704 obj=warning full
140 &V-SOUND-3704 obj=dissent full
018 &V-SOUND-3704 obj=regret full
020 &V-SOUND-3704 obj=appeal full
055 &V-SOUND-3704 obj=regret full
110 &V-SOUND-3704 obj=unease full
111 &V-SOUND-3704 obj=dismay full
111 &V-SOUND-3704 obj=horror full
012 &V-SOUND-3704 obj=alarm full
020 &V-SOUND-3704 obj=calls full
110 &V-SOUND-3704 obj=fears full
112 &V-SOUND-3704 obj=alarm full
013 &V-SOUND-3704 obj=hope full
013 &V-SOUND-3704 obj=hope full
111 &V-SOUND-3704 obj=&OPPOSITION full

############ SPELL (line 3748) ############
&V-SPELL-3748 spell
--- spell
014 &V-SPELL-3748 obj=plan prt=out full
012 &V-SPELL-3748 obj=danger full

############ SPEND (line 3756) ############
&V-SPEND-3756 spend
--- spend
071 &V-SPEND-3756 obj=&CURRENCY pp:in full

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
139 &V-STAND-3781 obj=by_ultimatum full
031 &V-STAND-3781 pp:at=side pp:of=&FIGHT full
139 &V-STAND-3781 subj=deadline full
173 &V-STAND-3781 obj=trial reverse full
051 &V-STAND-3781 pp:by full

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
1722 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up pp:for=dissolution pp:of=party full
023 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=campaign_for_donations full
022 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=diplomatic_offensive full
073 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=humanitarian_mission full
074 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=peacekeeping_mission full
113 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=&OPPOSITION_diplomatic_offensive full pair=113
062 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=joint_border_patrols full pair=062
150 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=early_warning_system full
190 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=&MILITARY_operation pp:in pp:against full
195 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=air_campaign pp:against full
037 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=blueprint pp:for=peace full
050 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=diplomatic_mission full
073 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=search-and-rescue full
111 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=attack pp:in=interview full
140 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=civil_disobedience full
073 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=emergency_airlift full
111 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=attack pp:on=policies full
1722 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=case pp:against=party full
--- &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=economic_reforms
053 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=diplomatic_drive full
060 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=joint_initiative full pair=060
111 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=campaign pp:against full
111 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=broadside_attack full
111 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=personal_attacks full
111 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=vitriolic_attack full
120 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=petition pp:against full
141 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=strike_in_protest full
173 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=trial subj=prosecutor full
190 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=miliary_campaign full
0312 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=joint_&MILITARY_operation full pair=0312
045 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=peace_offensive full
111 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=attack pp:on=policy full
111 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=scathing_attack full
1121 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=corruption_case full
136 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=stinging_attack full
190 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=counter-attack full
0251 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=appeal pp:against full
0311 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=opportunities full
062 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=joint_exercise full pair=062
070 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=postal_service full
073 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=airlift pp:from pp:to full
092 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=&INVESTIGATION pp:on=human_rights full
111 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=bitter_attacks full pair=111
111 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=furious_attack full
141 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=slogan_against full
154 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=emergency_plan full
020 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=lobby_mission full
040 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=consultation full pair=040
040 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=consultation full pair=040
042 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=first_visit_to target=obj full pair=043
045 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=peace_mission full
046 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=joint_seminar full pair=046
061 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=trains pp:from pp:to target=pp:to full
074 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=deployment pp:of=&MILITARY full
111 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=attack pp:on=plan full
111 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=bitter_attack full
111 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=verbal_attack full
111 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=verbal_attack full
142 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=hunger_strike full
190 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=&MILITARY_intervention full
194 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=mortar_attack full
194 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=rocket_attack full
020 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=action_drive full
0311 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=trade_points full
044 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=talks pp:in pp:with full pair=044
046 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=negotiation full
061 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=gas_pipeline full
061 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=gas_pipeline full
111 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=harsh_attack full
111 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=sharp_attack full
112 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=legal_action full
014 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=initiative full
036 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=initiative full pair=036
040 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=discussion full
042 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=pilgrimage full
046 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=conference full pair=046
046 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=discussion full pair=046
0873 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=reducing_&MILITARY_in target=obj full
0874 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=evacuation full
090 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=monitoring full
154 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=deployment full
174 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=evacuation full
045 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=peace_talk full
073 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=school pp:for=&REFUGEE full
073 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=hospitals full
150 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=maneuvers full
170 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=crackdown full
170 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=crackdown full
170 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=rationing full
190 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=&EVIDENCE_offensive full
190 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=incursion full
190 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=incursion full
190 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=offensive full
190 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=offensive full
190 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=operation full
195 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=operation subj=&AIRCRAFT full
195 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=air_strike full
195 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=airstrike full
--- &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=assembly
020 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=campaign full
0311 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=pipeline full
040 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up subj=congress full
046 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=summit pp:in full pair=046
046 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=debate_on full
046 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=workshop full
060 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=cooperat full
062 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=&FIGHT_games_in target=obj full pair=062
071 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=donation full
190 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=&MILITARY_campaign full
193 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=grenades full
014 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=project full
022 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=council full
036 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=mission full
045 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=&MEDIATION_between full
045 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=mission full
046 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=meeting full pair=046
046 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=session full pair=046
046 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=talks pp:in full
046 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=meeting full
054 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=embassy full
060 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=project full
062 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=&MILITARY_college full pair=062
075 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=camp pp:for=&REFUGEE full
130 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=warning full
145 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=looting full
150 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=wargame full
190 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=assault full
190 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=assault full
190 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=attacks full
195 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=air_raid full
017 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=summit full
020 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=appeal full
020 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=appeal full
020 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=effort full
046 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=summit full pair=046
050 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=border full
060 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=flight full pair=060
073 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=clinic full
073 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=relief full
080 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=border full
080 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=border full
080 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=bridge full
0812 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=way pp:for=&LEADER full
090 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=search full
110 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=uproar full
111 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=tirade full
130 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=debate full
190 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=strike subj=&MILITARY full
190 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=attack full
190 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=attack full
195 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=attack subj=&AIRCRAFT full
042 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=visit full pair=043
046 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=talks full pair=046
046 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=talks full pair=046
046 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=talks full pair=046
061 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=trade full pair=061
183 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up subj=&WEAPON_blast full
036 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=trip full
042 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=trip full pair=043
042 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=tour full pair=043
050 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=ties full pair=050
090 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=hunt full
110 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=rift full
150 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=&FIGHT_game full
193 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=fire full
193 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=fire full
193 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=fire full
194 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=&WEAPON_duel full pair=194
194 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=&WEAPON pp:from full
194 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=&WEAPON pp:from full
194 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up pp:with=&WEAPON full
195 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=raid subj=&AIRCRAFT full
195 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=fire subj=&AIRCRAFT full
0311 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up subj=oil full pair=0311
073 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=aid_&PROGRAM full
094 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=&INVESTIGATION pp:for=&FIGHT_&CRIME full
160 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=bid full
014 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=&PROGRAM full
036 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=&NEGOTIATION full
036 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=&NEGOTIATION full
040 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=&NEGOTIATION full pair=040
040 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=&NEGOTIATION full
046 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=&NEGOTIATION full pair=046
046 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=&NEGOTIATION full
046 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=&PROGRAM full
090 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=&INVESTIGATION full
090 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=&INVESTIGATION full
091 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=&INVESTIGATION full
194 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up subj=&WEAPON full
194 &V-START-3792|embark_on|kick_off|open_up|set_in_motion|set_up obj=&WEAPON full

############ STAY (line 4004) ############
&V-STAY-4004 stay
--- stay
125 &V-STAY-4004 pp:from=summit prt=away full
035 &V-STAY-4004 pp:of=&FIGHT prt=out full

############ STEP (line 4012) ############
&V-STEP-4012 pace step tread
--- pace
--- step
--- tread
180 &V-STEP-4012 obj=covert_operations prt=up full
0831 &V-STEP-4012 subj=leader prt=aside full
100 &V-STEP-4012 obj=pressure prt=up full
0831 &V-STEP-4012 prt=down full
150 &V-STEP-4012 obj=&SECURITY prt=up full

############ STRAIN (line 4025) ############
&V-STRAIN-4025 strain
--- strain
160 &V-STRAIN-4025 obj=relations full

############ STREAM (line 4032) ############
&V-STREAM-4032 stream
--- stream
0233 &V-STREAM-4032 subj=&REFUGEE full

############ STRENGTHEN (line 4039) ############
&V-STRENGTHEN-4039 fortify gird strengthen toughen
174 beef_up full
--- build_up
--- fortify
--- gird
--- strengthen
--- toughen
172 &V-STRENGTHEN-4039|beef_up|build_up obj=entry_conditions full
150 &V-STRENGTHEN-4039|beef_up|build_up obj=&MILITARY_fortification full
172 &V-STRENGTHEN-4039|beef_up|build_up obj=restrictions full
153 &V-STRENGTHEN-4039|beef_up|build_up obj=&SECURITY pp:at=embassy full
163 &V-STRENGTHEN-4039|beef_up|build_up obj=sanctions full
154 &V-STRENGTHEN-4039|beef_up|build_up pp:for=&FIGHT full

############ STRIP (line 4056) ############
&V-STRIP-4056 strip
--- strip
170 &V-STRIP-4056 pp:of=citizenship full
180 &V-STRIP-4056 obj=arms pp:from=&PKO full

############ SUCCEED (line 4064) ############
&V-SUCCEED-4064 succeed
--- succeed

############ SUMMIT (line 4070) ############
&V-SUMMIT-4070 summit
--- summit
111 &V-SUMMIT-4070 obj=attack_policy full

############ SURGE (line 4077) ############
&V-SURGE-4077 billow heave surge
--- billow
--- heave
--- surge

############ SWOOP (line 4085) ############
&V-SWOOP-4085 swoop
--- swoop
175 &V-SWOOP-4085 pp:on=protest prt=down full
190 &V-SWOOP-4085 pp:in=raid full

############ THRUST (line 4093) ############
&V-THRUST-4093 thrust
--- thrust
190 &V-THRUST-4093 pp:into=offensive full

############ TIGHTEN (line 4100) ############
&V-TIGHTEN-4100 tighten
--- tighten
163 &V-TIGHTEN-4100 obj=economic_boycott full
172 &V-TIGHTEN-4100 obj=restrictions full
172 &V-TIGHTEN-4100 obj=visa_rules full
130 &V-TIGHTEN-4100 obj=controls full
172 &V-TIGHTEN-4100 obj=control full
1723 &V-TIGHTEN-4100 obj=curfew full
172 &V-TIGHTEN-4100 obj=penalt full
172 &V-TIGHTEN-4100 obj=grip full
192 &V-TIGHTEN-4100 obj=grip full
152 &V-TIGHTEN-4100 obj=&SECURITY full
152 &V-TIGHTEN-4100 obj=&SECURITY full

############ TOUT (line 4117) ############
&V-TOUT-4117 boast brag tout
--- boast
--- brag
--- tout
036 &V-TOUT-4117 obj=summit full pair=036

############ TOY (line 4126) ############
&V-TOY-4126 dally fiddle manipulate play recreate toy trifle
--- dally
--- fiddle
--- manipulate
--- play
--- recreate
--- toy
--- trifle
124 &V-TOY-4126 obj=hard_ball full

############ TRACE (line 4139) ############
&V-TRACE-4139 trace
--- trace
1121 &V-TRACE-4139 obj=smugglers full

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
111 &V-UNLEASH-4165 obj=torrent pp:of=criticism full
195 &V-UNLEASH-4165 obj=airstrikes full
--- &V-UNLEASH-4165 obj=upgrade
194 &V-UNLEASH-4165 obj=wave pp:of=&WEAPON full
194 &V-UNLEASH-4165 obj=&WEAPON_attack full
194 &V-UNLEASH-4165 obj=scud full
190 &V-UNLEASH-4165 obj=&FIGHT full

############ UNLOAD (line 4178) ############
&V-UNLOAD-4178 discharge unload
--- discharge
--- unload

############ UPGRADE (line 4185) ############
&V-UPGRADE-4185 upgrade
--- upgrade
050 &V-UPGRADE-4185 obj=diplomatic_relations full
050 &V-UPGRADE-4185 obj=mission target=obj full
062 &V-UPGRADE-4185 obj=bases full

############ UTILIZE (line 4194) ############
&V-UTILIZE-4194 apply employ exercise exercize implement use utilize wield
--- carry_out
020 apply full
--- employ
--- exercise
--- exercize
--- implement
--- use
--- utilize
--- wield
0312 &V-UTILIZE-4194|carry_out obj=involving_countries full
020 &V-UTILIZE-4194|carry_out pp:for=registration full
184 &V-UTILIZE-4194|carry_out pp:as=human_shield full
150 &V-UTILIZE-4194|carry_out obj=deployment full
175 &V-UTILIZE-4194|carry_out obj=water_canon full
180 &V-UTILIZE-4194|carry_out obj=death_squad full
070 &V-UTILIZE-4194|carry_out obj=passport full
163 &V-UTILIZE-4194|carry_out obj=sanction full
026 &V-UTILIZE-4194|carry_out pp:for=visa full
1322 &V-UTILIZE-4194|carry_out pp:to=court full
190 &V-UTILIZE-4194|carry_out obj=armor full
062 &V-UTILIZE-4194|carry_out subj=&MILITARY_base full pair=062
0233 &V-UTILIZE-4194|carry_out pp:for=&ASYLUM full
0233 &V-UTILIZE-4194|carry_out subj=&REFUGEE full
030 &V-UTILIZE-4194|carry_out obj=&TREATY full
062 &V-UTILIZE-4194|carry_out obj=&MILITARY full pair=062
090 &V-UTILIZE-4194|carry_out obj=&AIRCRAFT full
150 &V-UTILIZE-4194|carry_out subj=&SECURITY full
175 &V-UTILIZE-4194|carry_out obj=&WEAPON full

############ VALUE (line 4227) ############
&V-VALUE-4227 treasure value
--- treasure
--- value
013 &V-VALUE-4227 obj=ties full

############ VIOLATE (line 4235) ############
&V-VIOLATE-4235 breach violate
128 breach full
--- violate
128 &V-VIOLATE-4235 obj=demilitarised_zone full
128 &V-VIOLATE-4235 obj=arms_embargo full
128 &V-VIOLATE-4235 obj=convention full
150 &V-VIOLATE-4235 obj=air_space full
150 &V-VIOLATE-4235 obj=airspace full
128 &V-VIOLATE-4235 obj=&SOLUTION full
196 &V-VIOLATE-4235 obj=&CEASEFIRE full

############ VOW (line 4249) ############
&V-VOW-4249 vow
--- vow
138 &V-VOW-4249 obj=cross-border_attacks full
130 &V-VOW-4249 obj=resistance full
034 &V-VOW-4249 obj=reforms full
051 &V-VOW-4249 obj=support full
138 &V-VOW-4249 obj=revenge full
034 &V-VOW-4249 obj=reform full
138 &V-VOW-4249 obj=attack full
130 &V-VOW-4249 obj=&OPPOSITION full

############ WAGE (line 4263) ############
&V-WAGE-4263 wage
--- wage
190 &V-WAGE-4263 obj=offensive full
190 &V-WAGE-4263 obj=war full

############ WAIT (line 4271) ############
&V-WAIT-4271 wait
--- wait

############ WALK (line 4277) ############
&V-WALK-4277 walk
--- walk
164 &V-WALK-4277 pp:of=dinner prt=out full
164 &V-WALK-4277 pp:of=summit prt=out full
050 &V-WALK-4277 obj=arm-in-arm full
164 &V-WALK-4277 pp:of=meet prt=out full

############ WARM (line 4287) ############
&V-WARM-4287 warm
--- warm
050 &V-WARM-4287 obj=relations full

############ WEAKEN (line 4294) ############
&V-WEAKEN-4294 weaken
--- weaken
160 &V-WEAKEN-4294 pp:by=resignation full

############ WINDING-UP (line 4301) ############
--- wind_up
042 wind_up obj=trip full pair=043

############ WIPE (line 4308) ############
&V-WIPE-4308 wipe
--- wipe
110 &V-WIPE-4308 obj=feet pp:on full

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
111 &V-WRITE-4321 obj=condemnation full
071 &V-WRITE-4321 obj=debt prt=off full
071 &V-WRITE-4321 obj=loan prt=off full
016 &V-WRITE-4321 obj=denial full
111 &V-WRITE-4321 obj=&EVIDENCE full

############ CIRCULATE (line 4336) ############
&V-CIRCULATE-4336 circulate diffuse dispense disperse disseminate dissipate distribute propagate scatter spread
010 circulate full
010 diffuse full
010 dispense full
010 disperse full
010 disseminate full
010 dissipate full
010 distribute full
010 propagate full
010 scatter full
010 spread full
170 &V-CIRCULATE-4336 obj=demonstration full
053 &V-CIRCULATE-4336 obj=propaganda full
073 &V-CIRCULATE-4336 obj=supplies full
175 &V-CIRCULATE-4336 obj=protest full pair=145
073 &V-CIRCULATE-4336 obj=&FOOD full

############ CONFER (line 4356) ############
&V-CONFER-4356 confer consult converse discuss speak talk utter verbalise verbalize
040 confer full pair=040
040 consult full pair=040
040 converse full pair=040
040 discuss full pair=040
010 speak full
010 talk full
010 utter full
010 verbalise full
010 verbalize full
041 &V-CONFER-4356 pp:in=telephone_conversation full pair=041
041 &V-CONFER-4356 pp:over=telephone full
014 &V-CONFER-4356 obj=reshuffling full
0312 &V-CONFER-4356 obj=&MILITARY_cooperation full
041 &V-CONFER-4356 pp:by=telephone full pair=041
014 &V-CONFER-4356 obj=air_strike full
0311 &V-CONFER-4356 obj=investment full pair=0311
046 &V-CONFER-4356 obj=withdrawal full
046 &V-CONFER-4356 obj=situation full pair=046
014 &V-CONFER-4356 obj=decision full
0341 &V-CONFER-4356 obj=election full
--- &V-CONFER-4356 pp:on=draft
014 &V-CONFER-4356 obj=idea_of full
046 &V-CONFER-4356 pp:between full pair=046
164 &V-CONFER-4356 subj=walk_out full
041 &V-CONFER-4356 pp:in=call full pair=041
046 &V-CONFER-4356 pp:with full pair=046
061 &V-CONFER-4356 obj=aid full

############ DECREE (line 4388) ############
&V-DECREE-4388 declare decree ordain proclaim pronounce
010 declare full
100 decree full
010 ordain full
010 proclaim full
010 pronounce full
060 &V-DECREE-4388 obj=victory pp:in=election full
1044 &V-DECREE-4388 obj=independent_state full
1724 &V-DECREE-4388 obj=state pp:of=emergency full
063 &V-DECREE-4388 obj=invalid_decision full
013 &V-DECREE-4388 obj=satisfaction full
1044 &V-DECREE-4388 obj=independence full
191 &V-DECREE-4388 obj=border_closed full
012 &V-DECREE-4388 obj=impossible full
013 &V-DECREE-4388 obj=confidence full
013 &V-DECREE-4388 obj=legitimate full
012 &V-DECREE-4388 obj=emergency full
081 &V-DECREE-4388 obj=democracy full
017 &V-DECREE-4388 obj=mourning full
017 &V-DECREE-4388 obj=mourning full
100 &V-DECREE-4388 obj=transfer full
111 &V-DECREE-4388 obj=apostate full
111 &V-DECREE-4388 obj=apostate full
012 &V-DECREE-4388 obj=worried full
013 &V-DECREE-4388 obj=hopeful full
013 &V-DECREE-4388 obj=victory full
036 &V-DECREE-4388 obj=willing full
051 &V-DECREE-4388 obj=support full
051 &V-DECREE-4388 obj=winner full
111 &V-DECREE-4388 obj=unjust full
1723 &V-DECREE-4388 obj=curfew full
013 &V-DECREE-4388 obj=happy full
031 &V-DECREE-4388 obj=allow full
1246 &V-DECREE-4388 obj=no_&TREATY full
0871 &V-DECREE-4388 obj=&CEASEFIRE full pair=0871
0871 &V-DECREE-4388 obj=&CEASEFIRE full
110 &V-DECREE-4388 obj=&OPPOSITION full

############ EMPHASIZE (line 4429) ############
&V-EMPHASIZE-4429 accentuate emphasise emphasize enunciate highlight impress pinpoint punctuate spotlight stress underline underscore
010 accentuate full
010 emphasise full
010 emphasize full
010 enunciate full
010 highlight full
010 impress full
010 pinpoint full
010 punctuate full
010 spotlight full
010 stress full
010 underline full
010 underscore full
046 &V-EMPHASIZE-4429 obj=importance pp:in=talks full pair=046
019 &V-EMPHASIZE-4429 obj=cooperation full
022 &V-EMPHASIZE-4429 obj=diplomacy full
051 &V-EMPHASIZE-4429 obj=strength full
020 &V-EMPHASIZE-4429 obj=urgency full
053 &V-EMPHASIZE-4429 obj=plight full
110 &V-EMPHASIZE-4429 obj=threat full
020 &V-EMPHASIZE-4429 obj=need full
100 &V-EMPHASIZE-4429 obj=need full
110 &V-EMPHASIZE-4429 obj=&OPPOSITION full

############ ESTIMATE (line 4456) ############
&V-ESTIMATE-4456 assess calculate count estimate figure gauge measure reassesment score sum tally total
010 assess full
010 calculate full
010 count full
010 estimate full
010 figure full
010 gauge full
010 measure full
010 reassesment full
010 score full
010 sum full
010 tally full
010 total full
090 &V-ESTIMATE-4456 obj=impact full
020 &V-ESTIMATE-4456 prt=on full

############ EXPLAIN-VERBAL (line 4475) ############
&V-EXPLAIN-VERBAL-4475 announce articulate assert cite clarify comment communicate convey define depict describe detail elucidate explain explicate expound express impart inform mention narrate rationalize refer remark report say state tell
010 clear_up full
010 announce full
010 articulate full
010 assert full
010 cite full
010 clarify full
010 comment full
040 communicate full
010 convey full
010 define full
010 depict full
010 describe full
010 detail full
010 elucidate full
010 explain full
010 explicate full
010 expound full
110 express full
010 impart full
010 inform full
010 mention full
010 narrate full
010 rationalize full
010 refer full
010 remark full
--- report
010 say full
010 state full
010 tell full
050 &V-EXPLAIN-VERBAL-4475|clear_up obj=restoration pp:of=relations full pair=050
1041 &V-EXPLAIN-VERBAL-4475|clear_up obj=challenge pp:for=leadership full
161 &V-EXPLAIN-VERBAL-4475|clear_up obj=closing pp:of=embassy full
111 &V-EXPLAIN-VERBAL-4475|clear_up obj=dissatisfaction full
110 &V-EXPLAIN-VERBAL-4475|clear_up obj=disappointment full
161 &V-EXPLAIN-VERBAL-4475|clear_up obj=postponement pp:of=&NEGOTIATION full
019 &V-EXPLAIN-VERBAL-4475|clear_up obj=determination full
051 &V-EXPLAIN-VERBAL-4475|clear_up obj=understanding full
083 &V-EXPLAIN-VERBAL-4475|clear_up obj=restructuring full
138 &V-EXPLAIN-VERBAL-4475|clear_up obj=possibility pp:of=&FIGHT full
1621 &V-EXPLAIN-VERBAL-4475|clear_up obj=&SOLUTION_of_trade_office target=obj full
012 &V-EXPLAIN-VERBAL-4475|clear_up obj=apprehension full
012 &V-EXPLAIN-VERBAL-4475|clear_up obj=exasperation full
013 &V-EXPLAIN-VERBAL-4475|clear_up obj=appreciation full
018 &V-EXPLAIN-VERBAL-4475|clear_up pp:as=perfidious full
051 &V-EXPLAIN-VERBAL-4475|clear_up obj=satisfaction full
111 &V-EXPLAIN-VERBAL-4475|clear_up obj=condemnation full
154 &V-EXPLAIN-VERBAL-4475|clear_up obj=bolster_force full
160 &V-EXPLAIN-VERBAL-4475|clear_up obj=restrictions full
012 &V-EXPLAIN-VERBAL-4475|clear_up obj=reservation full
013 &V-EXPLAIN-VERBAL-4475|clear_up obj=willingness full
014 &V-EXPLAIN-VERBAL-4475|clear_up obj=reservation full
018 &V-EXPLAIN-VERBAL-4475|clear_up obj=condolences full
030 &V-EXPLAIN-VERBAL-4475|clear_up obj=willingness full
0831 &V-EXPLAIN-VERBAL-4475|clear_up obj=resignation full
087 &V-EXPLAIN-VERBAL-4475|clear_up obj=end pp:of=strike full
110 &V-EXPLAIN-VERBAL-4475|clear_up obj=disapproval full
110 &V-EXPLAIN-VERBAL-4475|clear_up obj=displeasure full
110 &V-EXPLAIN-VERBAL-4475|clear_up obj=frustration full
110 &V-EXPLAIN-VERBAL-4475|clear_up obj=indignation full
130 &V-EXPLAIN-VERBAL-4475|clear_up obj=retaliation full
010 &V-EXPLAIN-VERBAL-4475|clear_up obj=initiative full
012 &V-EXPLAIN-VERBAL-4475|clear_up obj=impatience full
012 &V-EXPLAIN-VERBAL-4475|clear_up obj=skepticism full
013 &V-EXPLAIN-VERBAL-4475|clear_up obj=confidence full
018 &V-EXPLAIN-VERBAL-4475|clear_up obj=condolence full
018 &V-EXPLAIN-VERBAL-4475|clear_up obj=sympathies full
033 &V-EXPLAIN-VERBAL-4475|clear_up obj=assistance full
036 &V-EXPLAIN-VERBAL-4475|clear_up obj=initiative full
051 &V-EXPLAIN-VERBAL-4475|clear_up obj=solidarity full
110 &V-EXPLAIN-VERBAL-4475|clear_up pp:as=disaster full
110 &V-EXPLAIN-VERBAL-4475|clear_up obj=discontent full
110 &V-EXPLAIN-VERBAL-4475|clear_up obj=reluctance full
110 &V-EXPLAIN-VERBAL-4475|clear_up obj=resentment full
114 &V-EXPLAIN-VERBAL-4475|clear_up obj=scepticism full
012 &V-EXPLAIN-VERBAL-4475|clear_up obj=hostility full
012 &V-EXPLAIN-VERBAL-4475|clear_up obj=misgiving full
012 &V-EXPLAIN-VERBAL-4475|clear_up obj=pessimism full
013 &V-EXPLAIN-VERBAL-4475|clear_up obj=readiness full
017 &V-EXPLAIN-VERBAL-4475|clear_up obj=greetings full
036 &V-EXPLAIN-VERBAL-4475|clear_up obj=desire pp:for=&NEGOTIATION full
051 &V-EXPLAIN-VERBAL-4475|clear_up obj=gratitude full
051 &V-EXPLAIN-VERBAL-4475|clear_up obj=gratitude full
110 &V-EXPLAIN-VERBAL-4475|clear_up pp:as=mistake full
110 &V-EXPLAIN-VERBAL-4475|clear_up obj=misgiving full
111 &V-EXPLAIN-VERBAL-4475|clear_up pp:as=lawless full
111 &V-EXPLAIN-VERBAL-4475|clear_up obj=detriment full
111 &V-EXPLAIN-VERBAL-4475|clear_up obj=revulsion full
138 &V-EXPLAIN-VERBAL-4475|clear_up obj=offensive full
163 &V-EXPLAIN-VERBAL-4475|clear_up obj=sanctions full
163 &V-EXPLAIN-VERBAL-4475|clear_up obj=sanctions full
010 &V-EXPLAIN-VERBAL-4475|clear_up obj=approach full
012 &V-EXPLAIN-VERBAL-4475|clear_up obj=wariness full
012 &V-EXPLAIN-VERBAL-4475|clear_up obj=distress full
012 &V-EXPLAIN-VERBAL-4475|clear_up obj=distrust full
012 &V-EXPLAIN-VERBAL-4475|clear_up obj=surprise full
013 &V-EXPLAIN-VERBAL-4475|clear_up obj=optimism full
013 &V-EXPLAIN-VERBAL-4475|clear_up obj=pleasure full
013 &V-EXPLAIN-VERBAL-4475|clear_up obj=progress full
018 &V-EXPLAIN-VERBAL-4475|clear_up obj=sympathy full
031 &V-EXPLAIN-VERBAL-4475|clear_up obj=progress full
0874 &V-EXPLAIN-VERBAL-4475|clear_up obj=withdraw full
110 &V-EXPLAIN-VERBAL-4475|clear_up obj=mistrust full
111 &V-EXPLAIN-VERBAL-4475|clear_up obj=mistrust full
130 &V-EXPLAIN-VERBAL-4475|clear_up obj=measures full
010 &V-EXPLAIN-VERBAL-4475|clear_up obj=expects target=obj full
012 &V-EXPLAIN-VERBAL-4475|clear_up obj=concern full
012 &V-EXPLAIN-VERBAL-4475|clear_up obj=anxiety full
012 &V-EXPLAIN-VERBAL-4475|clear_up obj=caution full
012 &V-EXPLAIN-VERBAL-4475|clear_up obj=clashes full
012 &V-EXPLAIN-VERBAL-4475|clear_up obj=concern full
012 &V-EXPLAIN-VERBAL-4475|clear_up obj=outrage full
018 &V-EXPLAIN-VERBAL-4475|clear_up obj=sadness full
018 &V-EXPLAIN-VERBAL-4475|clear_up obj=sadness full
032 &V-EXPLAIN-VERBAL-4475|clear_up obj=support full
033 &V-EXPLAIN-VERBAL-4475|clear_up obj=package full
0356 &V-EXPLAIN-VERBAL-4475|clear_up obj=pullout full
045 &V-EXPLAIN-VERBAL-4475|clear_up obj=message full
051 &V-EXPLAIN-VERBAL-4475|clear_up obj=backing full
051 &V-EXPLAIN-VERBAL-4475|clear_up obj=delight full
051 &V-EXPLAIN-VERBAL-4475|clear_up obj=support full
072 &V-EXPLAIN-VERBAL-4475|clear_up obj=&MILITARY_support full
0841 &V-EXPLAIN-VERBAL-4475|clear_up obj=release full
111 &V-EXPLAIN-VERBAL-4475|clear_up obj=outrage full
111 &V-EXPLAIN-VERBAL-4475|clear_up subj=critics full
1312 &V-EXPLAIN-VERBAL-4475|clear_up obj=boycott full
140 &V-EXPLAIN-VERBAL-4475|clear_up obj=protest full
012 &V-EXPLAIN-VERBAL-4475|clear_up obj=dismay full
012 &V-EXPLAIN-VERBAL-4475|clear_up obj=horror full
012 &V-EXPLAIN-VERBAL-4475|clear_up obj=threat full
013 &V-EXPLAIN-VERBAL-4475|clear_up obj=relief full
018 &V-EXPLAIN-VERBAL-4475|clear_up obj=regret full
018 &V-EXPLAIN-VERBAL-4475|clear_up obj=sorrow full
083 &V-EXPLAIN-VERBAL-4475|clear_up obj=reform full
0841 &V-EXPLAIN-VERBAL-4475|clear_up obj=pardon full
173 &V-EXPLAIN-VERBAL-4475|clear_up obj=arrest full
173 &V-EXPLAIN-VERBAL-4475|clear_up obj=arrest full
190 &V-EXPLAIN-VERBAL-4475|clear_up obj=attack full
012 &V-EXPLAIN-VERBAL-4475|clear_up obj=alarm full
012 &V-EXPLAIN-VERBAL-4475|clear_up obj=doubt full
012 &V-EXPLAIN-VERBAL-4475|clear_up obj=fears full
012 &V-EXPLAIN-VERBAL-4475|clear_up obj=grief full
012 &V-EXPLAIN-VERBAL-4475|clear_up obj=shock full
012 &V-EXPLAIN-VERBAL-4475|clear_up obj=tense full
030 &V-EXPLAIN-VERBAL-4475|clear_up obj=agree full
030 &V-EXPLAIN-VERBAL-4475|clear_up obj=plans full
036 &V-EXPLAIN-VERBAL-4475|clear_up obj=visit full
055 &V-EXPLAIN-VERBAL-4475|clear_up obj=sorry full
071 &V-EXPLAIN-VERBAL-4475|clear_up obj=loans full
111 &V-EXPLAIN-VERBAL-4475|clear_up obj=shock full
111 &V-EXPLAIN-VERBAL-4475|clear_up obj=anger full
012 &V-EXPLAIN-VERBAL-4475|clear_up obj=fear full
013 &V-EXPLAIN-VERBAL-4475|clear_up obj=hope full
013 &V-EXPLAIN-VERBAL-4475|clear_up obj=hope full
020 &V-EXPLAIN-VERBAL-4475|clear_up obj=wish full
032 &V-EXPLAIN-VERBAL-4475|clear_up obj=plan full pair=032
060 &V-EXPLAIN-VERBAL-4475|clear_up obj=deal full
110 &V-EXPLAIN-VERBAL-4475|clear_up obj=fear full
110 &V-EXPLAIN-VERBAL-4475|clear_up obj=fury full
0331 &V-EXPLAIN-VERBAL-4475|clear_up obj=aid full
033 &V-EXPLAIN-VERBAL-4475|clear_up obj=aid full
012 &V-EXPLAIN-VERBAL-4475|clear_up obj=&FIGHT full
020 &V-EXPLAIN-VERBAL-4475|clear_up obj=&PROPOSAL full
0871 &V-EXPLAIN-VERBAL-4475|clear_up obj=&CEASEFIRE full
090 &V-EXPLAIN-VERBAL-4475|clear_up obj=&INVESTIGATION full
110 &V-EXPLAIN-VERBAL-4475|clear_up obj=&OPPOSITION full

############ OBSERVE (line 4645) ############
&V-OBSERVE-4645 note notice observe saw see view watch witness
010 take_note full
010 watch_over full
010 note full
010 notice full
010 observe full
010 saw full
010 see full
010 view full
010 watch full
010 witness full
012 &V-OBSERVE-4645|take_note|watch_over obj=no_reason pp:for=optimism full
0334 &V-OBSERVE-4645|take_note|watch_over obj=role pp:in=peacekeeping full
013 &V-OBSERVE-4645|take_note|watch_over obj=chance pp:for=peace full
017 &V-OBSERVE-4645|take_note|watch_over obj=day pp:of=mourning full
110 &V-OBSERVE-4645|take_note|watch_over pp:with=hostility full
143 &V-OBSERVE-4645|take_note|watch_over obj=general_strike full
112 &V-OBSERVE-4645|take_note|watch_over pp:as=terrorist full
013 &V-OBSERVE-4645|take_note|watch_over pp:no=obstacle full
110 &V-OBSERVE-4645|take_note|watch_over obj=rebuff full
110 &V-OBSERVE-4645|take_note|watch_over obj=row full
0871 &V-OBSERVE-4645|take_note|watch_over obj=&CEASEFIRE full

############ PREDICT (line 4671) ############
&V-PREDICT-4671 anticipate augur auspicate await envisage expect forebode foresee foreshadow foretell portend predict prefigure presage prognosticate
010 anticipate full
010 augur full
010 auspicate full
010 await full
010 envisage full
030 expect full
010 forebode full
010 foresee full
010 foreshadow full
010 foretell full
010 portend full
010 predict full
010 prefigure full
010 presage full
010 prognosticate full
012 &V-PREDICT-4671 obj=increase pp:in=air_strikes full
013 &V-PREDICT-4671 obj=new_round pp:of=diplomacy full
013 &V-PREDICT-4671 obj=peace_talks_to_begin full
013 &V-PREDICT-4671 obj=positive_response full
036 &V-PREDICT-4671 pp:in pp:for=talk full
012 &V-PREDICT-4671 obj=violence full
013 &V-PREDICT-4671 obj=recovery full
0331 &V-PREDICT-4671 obj=loan pp:from reverse full
036 &V-PREDICT-4671 obj=visit full pair=036
030 &V-PREDICT-4671 obj=ties full
012 &V-PREDICT-4671 obj=&DISPUTE full
012 &V-PREDICT-4671 obj=&FIGHT full
013 &V-PREDICT-4671 obj=&NEGOTIATION full
013 &V-PREDICT-4671 obj=&TREATY full

############ QUOTE (line 4705) ############
&V-QUOTE-4705 quote reiterate restate retell
010 quote full
010 reiterate full
010 restate full
010 retell full
1312 &V-QUOTE-4705 obj=demand pp:for=sanction full
100 &V-QUOTE-4705 obj=claim pp:to=territory full
111 &V-QUOTE-4705 obj=plan_unacceptable full
012 &V-QUOTE-4705 obj=shelling_threat full
014 &V-QUOTE-4705 obj=willingness full
030 &V-QUOTE-4705 obj=commitment full
030 &V-QUOTE-4705 obj=commitment full
050 &V-QUOTE-4705 obj=commitment full
030 &V-QUOTE-4705 obj=readiness full
111 &V-QUOTE-4705 pp:as=cursing full
111 &V-QUOTE-4705 obj=hostility full
111 &V-QUOTE-4705 obj=hostility full
120 &V-QUOTE-4705 obj=dismissal full
010 &V-QUOTE-4705 obj=position full
133 &V-QUOTE-4705 obj=uprising full
051 &V-QUOTE-4705 obj=backing full
051 &V-QUOTE-4705 obj=support full
110 &V-QUOTE-4705 obj=concern full
120 &V-QUOTE-4705 obj=refusal full
130 &V-QUOTE-4705 obj=warning full
030 &V-QUOTE-4705 obj=desire full
030 &V-QUOTE-4705 obj=pledge full
030 &V-QUOTE-4705 obj=pledge full
100 &V-QUOTE-4705 obj=demand full
130 &V-QUOTE-4705 obj=threat full
--- &V-QUOTE-4705 subj=media
--- &V-QUOTE-4705 subj=radio
030 &V-QUOTE-4705 obj=plans full
100 &V-QUOTE-4705 obj=claim full
010 &V-QUOTE-4705 obj=view full
110 &V-QUOTE-4705 obj=&OPPOSITION full

############ REPEAT (line 4745) ############
&V-REPEAT-4745 bemock copy echo imitate mimic mock repeat
010 bemock full
010 copy full
010 echo full
010 imitate full
010 mimic full
111 mock full
010 repeat full
036 &V-REPEAT-4745 obj=desire_for_talks_with target=obj full
0241 &V-REPEAT-4745 obj=call_on_to_resign target=obj full
023 &V-REPEAT-4745 obj=call_for_aid full
100 &V-REPEAT-4745 obj=demand_that target=obj full
112 &V-REPEAT-4745 obj=allegation full
062 &V-REPEAT-4745 obj=dogfight full pair=062
130 &V-REPEAT-4745 obj=warning full
016 &V-REPEAT-4745 obj=denial full
020 &V-REPEAT-4745 obj=appeal full
112 &V-REPEAT-4745 obj=charge full
020 &V-REPEAT-4745 obj=offer full
051 &V-REPEAT-4745 obj=calls target=obj full
020 &V-REPEAT-4745 obj=call full
111 &V-REPEAT-4745 target=obj full

############ CONCERN (line 4773) ############
&V-CONCERN-4773 concern involve
012 concern full
012 involve full
193 &V-CONCERN-4773 pp:in=shooting full
060 &V-CONCERN-4773 pp:in=effort full pair=060
060 &V-CONCERN-4773 obj=for full
190 &V-CONCERN-4773 pp:in=&FIGHT full pair=190

############ WORRY (line 4784) ############
&V-WORRY-4784 worried worry
012 worried full
012 worry full

############ INTRUDE (line 4791) ############
&V-INTRUDE-4791 intrude obtrude pry trespass
013 intrude full
013 obtrude full
013 pry full
013 trespass full
192 &V-INTRUDE-4791 obj=territory full

############ REFUTE (line 4801) ############
&V-REFUTE-4801 refute
016 refute full
111 &V-REFUTE-4801 obj=&DISPUTE target=obj full

############ ALLAY (line 4808) ############
&V-ALLAY-4808 allay comfort console
017 allay full
017 comfort full
017 console full

############ APPEAL (line 4816) ############
&V-APPEAL-4816 appeal beg implore plead solicit
020 appeal full
020 beg full
020 implore full
020 plead full
020 solicit full
024 &V-APPEAL-4816 pp:for=political_reform full
0232 &V-APPEAL-4816 pp:for=reinforcements full
022 &V-APPEAL-4816 pp:for=rapprochement full
0231 &V-APPEAL-4816 pp:for=financial_aid full
0255 &V-APPEAL-4816 pp:for=intervention full
0213 &V-APPEAL-4816 pp:for=prosecution full
055 &V-APPEAL-4816 pp:for=forgiveness full
0253 &V-APPEAL-4816 pp:with=kidnapper full
0234 &V-APPEAL-4816 pp:to=government full
025 &V-APPEAL-4816 pp:for=restraint full
0234 &V-APPEAL-4816 pp:for=presence full
023 &V-APPEAL-4816 pp:for=airlifts full
025 &V-APPEAL-4816 pp:for=clemency full
026 &V-APPEAL-4816 obj=negotiating full
055 &V-APPEAL-4816 obj=forgiveness full
110 &V-APPEAL-4816 pp:for=pressure full
0231 &V-APPEAL-4816 pp:for=million full
0253 &V-APPEAL-4816 pp:for=release full
0253 &V-APPEAL-4816 pp:for=release full
0256 &V-APPEAL-4816 pp:for=respite full
1043 &V-APPEAL-4816 pp:by=sentence full
016 &V-APPEAL-4816 obj=not_guilty full
0841 &V-APPEAL-4816 obj=acquittal full
016 &V-APPEAL-4816 obj=innocent full
025 &V-APPEAL-4816 obj=sentence full
027 &V-APPEAL-4816 pp:for=peace target=obj full
027 &V-APPEAL-4816 pp:for=peace full
0231 &V-APPEAL-4816 pp:for=&CURRENCY_help full
0231 &V-APPEAL-4816 pp:for=fund full
023 &V-APPEAL-4816 pp:for=help full
023 &V-APPEAL-4816 pp:for=help full
023 &V-APPEAL-4816 pp:for=&FOOD_and_&CURRENCY full
023 &V-APPEAL-4816 pp:for=aid full
0256 &V-APPEAL-4816 pp:for=end full
--- &V-APPEAL-4816 obj=court
023 &V-APPEAL-4816 obj=help full
0214 &V-APPEAL-4816 pp:for=&INFORMATION full
0231 &V-APPEAL-4816 pp:for=&CURRENCY full
0233 &V-APPEAL-4816 pp:for=&FOOD full
0234 &V-APPEAL-4816 pp:for=&SECURITY full
0256 &V-APPEAL-4816 pp:for=&CEASEFIRE full
026 &V-APPEAL-4816 pp:for=&NEGOTIATION full
027 &V-APPEAL-4816 pp:for=&TREATY full
021 &V-APPEAL-4816 pp:to=&PEOPLE full
0233 &V-APPEAL-4816 subj=&REFUGEE full
0256 &V-APPEAL-4816 obj=&CEASEFIRE full

############ HOPE (line 4872) ############
&V-HOPE-4872 desire hope
020 desire full
020 hope full
013 &V-HOPE-4872 pp:for=breakthrough full
013 &V-HOPE-4872 pp:for=peace full
013 &V-HOPE-4872 pp:for full
026 &V-HOPE-4872 pp:for=&NEGOTIATION full

############ SUGGEST (line 4883) ############
&V-SUGGEST-4883 advise advocate counsel hint propose recommend suggest
020 advise full
020 advocate full
020 counsel full
020 hint full
020 propose full
020 recommend full
020 suggest full
031 &V-SUGGEST-4883 obj=coalition_government full
034 &V-SUGGEST-4883 obj=resumption pp:of=talks full
033 &V-SUGGEST-4883 obj=resumption pp:of=aid full
0241 &V-SUGGEST-4883 obj=early_elections full
050 &V-SUGGEST-4883 obj=no_legal_action full
160 &V-SUGGEST-4883 pp:against=travel full
0233 &V-SUGGEST-4883 obj=relief_flight full
0234 &V-SUGGEST-4883 obj=peacekeeping full
170 &V-SUGGEST-4883 obj=death_penalty full
0255 &V-SUGGEST-4883 obj=u.n._mission full
0256 &V-SUGGEST-4883 obj=cessation pp:in=&FIGHT full
0212 &V-SUGGEST-4883 obj=joint_&FIGHT_games full
0234 &V-SUGGEST-4883 obj=deployment full
026 &V-SUGGEST-4883 obj=conference full
030 &V-SUGGEST-4883 obj=joint_study full
131 &V-SUGGEST-4883 obj=suspension full
110 &V-SUGGEST-4883 obj=blacklist full
131 &V-SUGGEST-4883 obj=expulsion full
130 &V-SUGGEST-4883 obj=measures full
024 &V-SUGGEST-4883 obj=reforms full
0253 &V-SUGGEST-4883 obj=amnesty full
026 &V-SUGGEST-4883 obj=meeting full
026 &V-SUGGEST-4883 obj=meeting full
1312 &V-SUGGEST-4883 obj=embargo full
026 &V-SUGGEST-4883 obj=summit full
039 &V-SUGGEST-4883 obj=peace full
027 &V-SUGGEST-4883 obj=plan full
036 &V-SUGGEST-4883 obj=talk full
033 &V-SUGGEST-4883 obj=aid full
0234 &V-SUGGEST-4883 obj=&PKO full
0256 &V-SUGGEST-4883 obj=&CEASEFIRE full
0334 &V-SUGGEST-4883 obj=&DEFENSE full
036 &V-SUGGEST-4883 obj=&NEGOTIATION full
091 &V-SUGGEST-4883 obj=&INVESTIGATION full
111 &V-SUGGEST-4883 obj=&DISPUTE full

############ INTEND (line 4930) ############
&V-INTEND-4930 intend mean plan
030 intend full
030 mean full
030 plan full
0356 &V-INTEND-4930 obj=departure pp:from=battlefield full
133 &V-INTEND-4930 obj=demonstration pp:against full
1311 &V-INTEND-4930 obj=cut pp:in=economic_aid full
039 &V-INTEND-4930 pp:peace=conference full
090 &V-INTEND-4930 obj=tribunal pp:against full
0312 &V-INTEND-4930 obj=joint_&MILITARY_operation full
0341 &V-INTEND-4930 obj=early_elections full
133 &V-INTEND-4930 obj=demonstration full
138 &V-INTEND-4930 obj=&MILITARY_action pp:against full
035 &V-INTEND-4930 obj=pullout pp:from full
138 &V-INTEND-4930 obj=coup_against full
173 &V-INTEND-4930 obj=legal_action full
0311 &V-INTEND-4930 obj=investment full
138 &V-INTEND-4930 obj=aggression full
140 &V-INTEND-4930 obj=delay subj=union full
--- &V-INTEND-4930 obj=deal subj=spy
033 &V-INTEND-4930 obj=emergency full
--- &V-INTEND-4930 subj=election
036 &V-INTEND-4930 obj=travel pp:to full
0344 &V-INTEND-4930 obj=reforms full
133 &V-INTEND-4930 obj=protest full
036 &V-INTEND-4930 obj=stop pp:in full
036 &V-INTEND-4930 obj=summit full
138 &V-INTEND-4930 obj=attack full
036 &V-INTEND-4930 obj=visit full
036 &V-INTEND-4930 obj=talks full
036 &V-INTEND-4930 obj=visit full
033 &V-INTEND-4930 obj=help full
036 &V-INTEND-4930 obj=deal full
036 &V-INTEND-4930 obj=trip full
042 &V-INTEND-4930 obj=tour full pair=043
0332 &V-INTEND-4930 obj=&MILITARY_aid full
130 &V-INTEND-4930 obj=&FIGHT full

############ OFFER (line 4971) ############
&V-OFFER-4971 offer proffer volunteer
030 offer full
030 proffer full
030 volunteer full
033 &V-OFFER-4971 obj=technical_assistance full
037 &V-OFFER-4971 obj=reconciliation_talks full
0333 &V-OFFER-4971 obj=medical_assistance full
0332 &V-OFFER-4971 obj=direct_&MILITARY_assistance full
039 &V-OFFER-4971 obj=service_as_postman full
0331 &V-OFFER-4971 obj=economic_support full
0333 &V-OFFER-4971 obj=requested_relief full
051 &V-OFFER-4971 obj=fawning_coverage full
018 &V-OFFER-4971 obj=solemn_farewell full
037 &V-OFFER-4971 obj=reconciliation full
035 &V-OFFER-4971 obj=compensation full
018 &V-OFFER-4971 obj=condolences full
030 &V-OFFER-4971 obj=cooperation full
0312 &V-OFFER-4971 obj=&SECURITY_cooperation full
0331 &V-OFFER-4971 obj=economic_aid full
035 &V-OFFER-4971 obj=concessions full
036 &V-OFFER-4971 obj=negotiation full
037 &V-OFFER-4971 obj=olive_branch full
021 &V-OFFER-4971 obj=friendship full
030 &V-OFFER-4971 obj=technology full
032 &V-OFFER-4971 obj=membership full
0332 &V-OFFER-4971 obj=&MILITARY_assistance full
033 &V-OFFER-4971 obj=assistance full
035 &V-OFFER-4971 obj=compromise full
039 &V-OFFER-4971 obj=mediation full
111 &V-OFFER-4971 obj=criticism full
018 &V-OFFER-4971 obj=respects full
0356 &V-OFFER-4971 obj=withdraw full
030 &V-OFFER-4971 obj=support full
031 &V-OFFER-4971 obj=knowhow full
0332 &V-OFFER-4971 obj=&MILITARY_support full
035 &V-OFFER-4971 obj=amnesty full
017 &V-OFFER-4971 obj=prayer full
0331 &V-OFFER-4971 obj=credit full
0331 &V-OFFER-4971 obj=credit full
0331 &V-OFFER-4971 obj=pounds full
0332 &V-OFFER-4971 obj=armour full
030 &V-OFFER-4971 obj=place full
036 &V-OFFER-4971 obj=talks full
036 &V-OFFER-4971 obj=talks full
036 &V-OFFER-4971 obj=talks full
030 &V-OFFER-4971 obj=help full
0311 &V-OFFER-4971 obj=fund full
0312 &V-OFFER-4971 obj=&MILITARY_&TREATY_with target=obj full
0331 &V-OFFER-4971 obj=loan full
0332 &V-OFFER-4971 obj=&MILITARY_base full
0332 &V-OFFER-4971 obj=&MILITARY_help full
0214 &V-OFFER-4971 obj=&CURRENCY pp:for=&INFORMATION full
0332 &V-OFFER-4971 obj=&MILITARY_aid full
030 &V-OFFER-4971 obj=&PROGRAM full
0312 &V-OFFER-4971 obj=&MILITARY_&TREATY full
0331 &V-OFFER-4971 obj=&CURRENCY full
0333 &V-OFFER-4971 obj=&ASYLUM full
033 &V-OFFER-4971 obj=&AIRCRAFT full
033 &V-OFFER-4971 obj=&CAR full
0356 &V-OFFER-4971 obj=&CEASEFIRE full

############ PLEDGE (line 5035) ############
&V-PLEDGE-5035 pledge subscribe
030 pledge full
030 subscribe full
0331 &V-PLEDGE-5035 obj=economic_assistance full
0331 &V-PLEDGE-5035 obj=financial_support full
0331 &V-PLEDGE-5035 obj=economic_support full
0333 &V-PLEDGE-5035 obj=humanitarian_aid full
032 &V-PLEDGE-5035 obj=strong_support full
130 &V-PLEDGE-5035 obj=action pp:against full
030 &V-PLEDGE-5035 obj=cooperation full
0311 &V-PLEDGE-5035 obj=investment full
133 &V-PLEDGE-5035 obj=resistance full
130 &V-PLEDGE-5035 obj=crackdown full
070 &V-PLEDGE-5035 obj=survivor full
032 &V-PLEDGE-5035 obj=support full
0332 &V-PLEDGE-5035 obj=&MILITARY_support full
1312 &V-PLEDGE-5035 obj=boycott full
030 &V-PLEDGE-5035 obj=effort full
130 &V-PLEDGE-5035 obj=defeat full
0331 &V-PLEDGE-5035 obj=fund full
0331 &V-PLEDGE-5035 obj=&CURRENCY full
0333 &V-PLEDGE-5035 obj=&FOOD full
0334 &V-PLEDGE-5035 obj=&PKO full

############ PREPARE (line 5062) ############
&V-PREPARE-5062 groom prepare ready train
030 gear_up full
030 groom full
030 prepare full
030 ready full
030 train full
138 &V-PREPARE-5062|gear_up obj=possible_strikes pp:against full
143 &V-PREPARE-5062|gear_up obj=for_strike_to_protest full
0353 &V-PREPARE-5062|gear_up obj=territory_concession full
017 &V-PREPARE-5062|gear_up obj=goodwill_gesture full
138 &V-PREPARE-5062|gear_up subj=forces pp:for=&MILITARY_move full
0334 &V-PREPARE-5062|gear_up obj=&MILITARY_peacekeeping full
160 &V-PREPARE-5062|gear_up obj=evacuation pp:of full
017 &V-PREPARE-5062|gear_up obj=celebration full
1384 &V-PREPARE-5062|gear_up obj=airstrike full
138 &V-PREPARE-5062|gear_up obj=incursion full
0312 &V-PREPARE-5062|gear_up obj=&MILITARY_training full
154 &V-PREPARE-5062|gear_up obj=invasion full
183 &V-PREPARE-5062|gear_up obj=attack pp:in full
072 &V-PREPARE-5062|gear_up obj=fighter full
0312 &V-PREPARE-5062|gear_up obj=pilots full
0333 &V-PREPARE-5062|gear_up obj=relief full
072 &V-PREPARE-5062|gear_up obj=forces full
090 &V-PREPARE-5062|gear_up obj=report full
030 &V-PREPARE-5062|gear_up obj=plan full
033 &V-PREPARE-5062|gear_up obj=help target=obj full
036 &V-PREPARE-5062|gear_up obj=talk full pair=036
073 &V-PREPARE-5062|gear_up obj=camp_&ASYLUM full
036 &V-PREPARE-5062|gear_up pp:for=&NEGOTIATION full
154 &V-PREPARE-5062|gear_up obj=for_&FIGHT full

############ PROMISE (line 5096) ############
&V-PROMISE-5096 assure certify ensure guarantee promise vouch
030 assure full
030 certify full
030 ensure full
030 guarantee full
030 promise full
030 vouch full
0331 &V-PROMISE-5096 obj=economic_support full
0312 &V-PROMISE-5096 obj=&MILITARY_flyover_rights full
130 &V-PROMISE-5096 obj=action pp:against full
0331 &V-PROMISE-5096 obj=financial_aid full
030 &V-PROMISE-5096 obj=cooperation full
032 &V-PROMISE-5096 obj=full_support full
0333 &V-PROMISE-5096 obj=assistance full
0356 &V-PROMISE-5096 obj=operation full
--- &V-PROMISE-5096 subj=campaign
030 &V-PROMISE-5096 obj=support full
130 &V-PROMISE-5096 obj=arrest full
138 &V-PROMISE-5096 obj=raids full
030 &V-PROMISE-5096 obj=help full
130 &V-PROMISE-5096 obj=hell full
0332 &V-PROMISE-5096 obj=&MILITARY_aid full
033 &V-PROMISE-5096 obj=aid full
0331 &V-PROMISE-5096 obj=&CURRENCY full
0332 &V-PROMISE-5096 obj=&SECURITY full

############ REVIVE (line 5125) ############
&V-REVIVE-5125 resurrect resuscitate revive
030 resurrect full
030 resuscitate full
030 revive full
037 &V-REVIVE-5125 obj=peace_process full
050 &V-REVIVE-5125 obj=pacts full

############ SIGNAL (line 5135) ############
&V-SIGNAL-5135 signal
030 signal full
013 &V-SIGNAL-5135 obj=desire full
110 &V-SIGNAL-5135 obj=&OPPOSITION full

############ STRIVE (line 5142) ############
&V-STRIVE-5142 endeavor endeavour strive
030 endeavor full
030 endeavour full
030 strive full

############ ARRIVE (line 5149) ############
&V-ARRIVE-5149 approach arrive come
040 approach full
040 arrive full
--- come
128 &V-ARRIVE-5149 subj=flight pp:despite=blockade full
046 &V-ARRIVE-5149 pp:in pp:for=consultation full pair=046
073 &V-ARRIVE-5149 pp:from pp:with=medicine full
073 &V-ARRIVE-5149 subj=relief_supplies full pair=0863
020 &V-ARRIVE-5149 pp:under=pressure reverse full
062 &V-ARRIVE-5149 pp:for=&MILITARY_exercises full pair=062
110 &V-ARRIVE-5149 pp:under=censure reverse full
046 &V-ARRIVE-5149 pp:in pp:for=summit full pair=046
020 &V-ARRIVE-5149 pp:about=help full
045 &V-ARRIVE-5149 subj=mediators full
072 &V-ARRIVE-5149 subj=battalion full
111 &V-ARRIVE-5149 pp:under=fire reverse full
042 &V-ARRIVE-5149 pp:for=visit full pair=043
046 &V-ARRIVE-5149 pp:for=talks full pair=046
046 &V-ARRIVE-5149 pp:for=talks full pair=046
062 &V-ARRIVE-5149 pp:for=&FIGHT_games full pair=062
073 &V-ARRIVE-5149 subj=medicine full
073 &V-ARRIVE-5149 subj=medicine full
062 &V-ARRIVE-5149 subj=frigate full pair=062
070 &V-ARRIVE-5149 pp:with=aid full
072 &V-ARRIVE-5149 subj=warship full
072 &V-ARRIVE-5149 subj=carrier full
166 &V-ARRIVE-5149 subj=evacuee full
166 &V-ARRIVE-5149 subj=evacuee reverse full
046 &V-ARRIVE-5149 obj=summit full
073 &V-ARRIVE-5149 subj=relief full pair=0863
062 &V-ARRIVE-5149 subj=&FIGHT_ships full
042 &V-ARRIVE-5149 prt=back full pair=043
040 &V-ARRIVE-5149 pp:to full
072 &V-ARRIVE-5149 subj=&MILITARY full
073 &V-ARRIVE-5149 subj=&FOOD full pair=0863
074 &V-ARRIVE-5149 subj=&PKO_&MILITARY full pair=0861
0861 &V-ARRIVE-5149 subj=&PKO full pair=074
073 &V-ARRIVE-5149 subj=&REFUGEE reverse full
073 &V-ARRIVE-5149 subj=&ASYLUM reverse full

############ ASSEMBLE (line 5193) ############
&V-ASSEMBLE-5193 amass assemble cluster conglomerate congregate conjoin constellate convene converge flock gather huddle join reconvene unite
040 get_together full
040 amass full
040 assemble full
040 cluster full
040 conglomerate full
040 congregate full
040 conjoin full
040 constellate full
042 convene full
040 converge full
040 flock full
040 gather full
040 huddle full
040 join full
--- reconvene
040 unite full
141 &V-ASSEMBLE-5193|get_together subj=crowd pp:in=demonstration full
017 &V-ASSEMBLE-5193|get_together pp:in=commemorating full
0331 &V-ASSEMBLE-5193|get_together obj=finance_package full
111 &V-ASSEMBLE-5193|get_together pp:in=criticising full
111 &V-ASSEMBLE-5193|get_together pp:in=criticising full
141 &V-ASSEMBLE-5193|get_together pp:to=demonstrate full
141 &V-ASSEMBLE-5193|get_together pp:to/for=protest full
141 &V-ASSEMBLE-5193|get_together subj=demonstrators full
1121 &V-ASSEMBLE-5193|get_together obj=illegal_profit reverse full
050 &V-ASSEMBLE-5193|get_together pp:in=condemning full
074 &V-ASSEMBLE-5193|get_together obj=peace_mission full
111 &V-ASSEMBLE-5193|get_together pp:in=accusation full
111 &V-ASSEMBLE-5193|get_together pp:in=condemning full
142 &V-ASSEMBLE-5193|get_together obj=hunger_strike full
--- &V-ASSEMBLE-5193|get_together pp:for=assembly
051 &V-ASSEMBLE-5193|get_together obj=celebration full
111 &V-ASSEMBLE-5193|get_together pp:in=deploring full
017 &V-ASSEMBLE-5193|get_together pp:for=service full
040 &V-ASSEMBLE-5193|get_together pp:for=meeting full
046 &V-ASSEMBLE-5193|get_together pp:for=meeting full
053 &V-ASSEMBLE-5193|get_together pp:in=rally pp:for full
016 &V-ASSEMBLE-5193|get_together pp:in=denying full
020 &V-ASSEMBLE-5193|get_together pp:in=calling full
040 &V-ASSEMBLE-5193|get_together pp:for=summit full
050 &V-ASSEMBLE-5193|get_together obj=coalition full
050 &V-ASSEMBLE-5193|get_together obj=operation full
062 &V-ASSEMBLE-5193|get_together obj=&MILITARY_exercises full pair=062
062 &V-ASSEMBLE-5193|get_together subj=squadrons full pair=062
074 &V-ASSEMBLE-5193|get_together obj=&PKO_operation full
110 &V-ASSEMBLE-5193|get_together obj=complaint full
1413 &V-ASSEMBLE-5193|get_together obj=democracy full
017 &V-ASSEMBLE-5193|get_together subj=mourners full
046 &V-ASSEMBLE-5193|get_together pp:for=talks full pair=046
051 &V-ASSEMBLE-5193|get_together obj=campaign full
154 &V-ASSEMBLE-5193|get_together obj=&MILITARY_presence full
017 &V-ASSEMBLE-5193|get_together obj=funeral full
046 &V-ASSEMBLE-5193|get_together pp:for=talk full pair=046
046 &V-ASSEMBLE-5193|get_together obj=meeting full pair=046
074 &V-ASSEMBLE-5193|get_together obj=mission full
110 &V-ASSEMBLE-5193|get_together obj=concern full
110 &V-ASSEMBLE-5193|get_together obj=protest full
141 &V-ASSEMBLE-5193|get_together subj=workers full
040 &V-ASSEMBLE-5193|get_together obj=summit full
060 &V-ASSEMBLE-5193|get_together obj=forces full
190 &V-ASSEMBLE-5193|get_together obj=attack full
040 &V-ASSEMBLE-5193|get_together obj=talks full pair=040
090 &V-ASSEMBLE-5193|get_together obj=quest full
141 &V-ASSEMBLE-5193|get_together obj=crowd full
141 &V-ASSEMBLE-5193|get_together obj=rally full
141 &V-ASSEMBLE-5193|get_together obj=rally full
046 &V-ASSEMBLE-5193|get_together obj=with full pair=046
062 &V-ASSEMBLE-5193|get_together pp:with=&MILITARY full pair=062
090 &V-ASSEMBLE-5193|get_together obj=data full
057 &V-ASSEMBLE-5193|get_together obj=&TREATY full pair=057
062 &V-ASSEMBLE-5193|get_together obj=&FIGHT full
074 &V-ASSEMBLE-5193|get_together obj=&PKO full
154 &V-ASSEMBLE-5193|get_together obj=&MILITARY full
195 &V-ASSEMBLE-5193|get_together subj=&AIRCRAFT full

############ CABLE (line 5272) ############
&V-CABLE-5272 cable
040 cable full

############ CONSIDER (line 5278) ############
&V-CONSIDER-5278 consider contemplate deliberate excogitate meditate mull muse ponder reason reconsider ruminate speculate think weigh
040 consider full
040 contemplate full
014 deliberate full
040 excogitate full
040 meditate full
040 mull full
040 muse full
040 ponder full
040 reason full
040 reconsider full
040 ruminate full
040 speculate full
040 think full
040 weigh full
1312 &V-CONSIDER-5278 obj=sanctions_against full
014 &V-CONSIDER-5278 obj=dispatch_mission full
014 &V-CONSIDER-5278 obj=participation full
130 &V-CONSIDER-5278 obj=action pp:against full
014 &V-CONSIDER-5278 obj=acquisition full
012 &V-CONSIDER-5278 obj=unreliable full
014 &V-CONSIDER-5278 obj=deployment full
014 &V-CONSIDER-5278 obj=compromise full
014 &V-CONSIDER-5278 obj=regulation full
030 &V-CONSIDER-5278 obj=bus_service full
0333 &V-CONSIDER-5278 obj=&FOOD_asisstance full
1382 &V-CONSIDER-5278 obj=&MILITARY_occupation full
1384 &V-CONSIDER-5278 obj=airstrikes full
014 &V-CONSIDER-5278 obj=joint_&FIGHT_game full
014 &V-CONSIDER-5278 obj=exchange_&PROGRAM full
014 &V-CONSIDER-5278 obj=response full
014 &V-CONSIDER-5278 obj=building full
014 &V-CONSIDER-5278 obj=sanction full
0312 &V-CONSIDER-5278 obj=&MILITARY_alliance full pair=0312
130 &V-CONSIDER-5278 obj=imposing full
138 &V-CONSIDER-5278 obj=option pp:of=&MILITARY full
014 &V-CONSIDER-5278 obj=measure full
014 &V-CONSIDER-5278 obj=options full
014 &V-CONSIDER-5278 obj=request full
1312 &V-CONSIDER-5278 obj=embargo full
1384 &V-CONSIDER-5278 obj=air_raid full
012 &V-CONSIDER-5278 obj=urgent full
014 &V-CONSIDER-5278 obj=&SECURITY_threat full
014 &V-CONSIDER-5278 obj=appeal full
131 &V-CONSIDER-5278 obj=strike full
014 &V-CONSIDER-5278 obj=step full
014 &V-CONSIDER-5278 obj=plan full
0311 &V-CONSIDER-5278 obj=&CURRENCY_aid full
1311 &V-CONSIDER-5278 obj=aid full
014 &V-CONSIDER-5278 obj=&SECURITY_&TREATY full
014 &V-CONSIDER-5278 obj=&PROPOSAL full
014 &V-CONSIDER-5278 obj=&PROPOSAL full
014 &V-CONSIDER-5278 obj=&SOLUTION full
1384 &V-CONSIDER-5278 obj=&MILITARY full

############ GO-SOMEWHERE (line 5336) ############
&V-GO-SOMEWHERE-5336 attend depart egress embark embark go journey leave tour touring travel
040 go_away full
040 go_forth full
040 go_to full
040 leave_behind full
040 pull_out full
040 walk_out full
042 attend full pair=043
040 depart full
040 egress full
040 embark full
040 embark full
040 go full
040 journey full
040 leave full
040 tour full
040 touring full
040 travel full
124 &V-GO-SOMEWHERE-5336|go_away|go_forth|go_to|leave_behind|pull_out|walk_out pp:on=diplomatic_offensive full
040 &V-GO-SOMEWHERE-5336|go_away|go_forth|go_to|leave_behind|pull_out|walk_out pp:into=emergency_session full
042 &V-GO-SOMEWHERE-5336|go_away|go_forth|go_to|leave_behind|pull_out|walk_out pp:for=consultations full pair=043
--- &V-GO-SOMEWHERE-5336|go_away|go_forth|go_to|leave_behind|pull_out|walk_out pp:in=history prt=down
--- &V-GO-SOMEWHERE-5336|go_away|go_forth|go_to|leave_behind|pull_out|walk_out obj=kentucky_derby
017 &V-GO-SOMEWHERE-5336|go_away|go_forth|go_to|leave_behind|pull_out|walk_out obj=commemoration full
042 &V-GO-SOMEWHERE-5336|go_away|go_forth|go_to|leave_behind|pull_out|walk_out obj=ahead pp:with=tour full
141 &V-GO-SOMEWHERE-5336|go_away|go_forth|go_to|leave_behind|pull_out|walk_out obj=demonstration full
017 &V-GO-SOMEWHERE-5336|go_away|go_forth|go_to|leave_behind|pull_out|walk_out obj=inauguration full
039 &V-GO-SOMEWHERE-5336|go_away|go_forth|go_to|leave_behind|pull_out|walk_out pp:on=initiative full
042 &V-GO-SOMEWHERE-5336|go_away|go_forth|go_to|leave_behind|pull_out|walk_out obj=summit pp:in pp:on full pair=043
044 &V-GO-SOMEWHERE-5336|go_away|go_forth|go_to|leave_behind|pull_out|walk_out obj=conference full pair=044
044 &V-GO-SOMEWHERE-5336|go_away|go_forth|go_to|leave_behind|pull_out|walk_out obj=conference full
017 &V-GO-SOMEWHERE-5336|go_away|go_forth|go_to|leave_behind|pull_out|walk_out obj=ceremony full
036 &V-GO-SOMEWHERE-5336|go_away|go_forth|go_to|leave_behind|pull_out|walk_out pp:on=tour pp:to target=obj full
042 &V-GO-SOMEWHERE-5336|go_away|go_forth|go_to|leave_behind|pull_out|walk_out pp:on=tour pp:of target=obj full pair=043
017 &V-GO-SOMEWHERE-5336|go_away|go_forth|go_to|leave_behind|pull_out|walk_out obj=funeral full
017 &V-GO-SOMEWHERE-5336|go_away|go_forth|go_to|leave_behind|pull_out|walk_out obj=service full
042 &V-GO-SOMEWHERE-5336|go_away|go_forth|go_to|leave_behind|pull_out|walk_out pp:on=visit full pair=043
042 &V-GO-SOMEWHERE-5336|go_away|go_forth|go_to|leave_behind|pull_out|walk_out obj=meeting full pair=043
0874 &V-GO-SOMEWHERE-5336|go_away|go_forth|go_to|leave_behind|pull_out|walk_out pp:of=bases full
164 &V-GO-SOMEWHERE-5336|go_away|go_forth|go_to|leave_behind|pull_out|walk_out pp:of=talks full
173 &V-GO-SOMEWHERE-5336|go_away|go_forth|go_to|leave_behind|pull_out|walk_out pp:on=trial reverse full
042 &V-GO-SOMEWHERE-5336|go_away|go_forth|go_to|leave_behind|pull_out|walk_out obj=trip prt=on full pair=043
044 &V-GO-SOMEWHERE-5336|go_away|go_forth|go_to|leave_behind|pull_out|walk_out obj=summit full
080 &V-GO-SOMEWHERE-5336|go_away|go_forth|go_to|leave_behind|pull_out|walk_out pp:of=race full
--- &V-GO-SOMEWHERE-5336|go_away|go_forth|go_to|leave_behind|pull_out|walk_out obj=court
--- &V-GO-SOMEWHERE-5336|go_away|go_forth|go_to|leave_behind|pull_out|walk_out obj=poll
042 &V-GO-SOMEWHERE-5336|go_away|go_forth|go_to|leave_behind|pull_out|walk_out pp:for full pair=043
046 &V-GO-SOMEWHERE-5336|go_away|go_forth|go_to|leave_behind|pull_out|walk_out pp:on=&NEGOTIATION full pair=046
190 &V-GO-SOMEWHERE-5336|go_away|go_forth|go_to|leave_behind|pull_out|walk_out obj=&FIGHT full

############ HEAR (line 5389) ############
&V-HEAR-5389 hear learn
040 find_out full
040 hear full
040 learn full
111 &V-HEAR-5389|find_out obj=witness full
090 &V-HEAR-5389|find_out obj=report full
020 &V-HEAR-5389|find_out obj=appeal reverse full

############ INTRODUCE (line 5400) ############
&V-INTRODUCE-5400 acquaint innovate insert introduce
040 acquaint full
040 innovate full
040 insert full
040 introduce full
163 &V-INTRODUCE-5400 obj=embargo pp:on=arms full
100 &V-INTRODUCE-5400 obj=proposal full
081 &V-INTRODUCE-5400 obj=amnesty full
1041 &V-INTRODUCE-5400 obj=censure_&PROPOSAL full
020 &V-INTRODUCE-5400 obj=&SOLUTION full

############ INVITE (line 5414) ############
&V-INVITE-5414 elicit invite reinvite
040 ask_for full
040 elicit full
040 invite full
040 reinvite full
036 &V-INVITE-5414|ask_for obj=fighter full
030 &V-INVITE-5414|ask_for pp:for=&NEGOTIATION full

############ MEET-PEOPLE (line 5425) ############
&V-MEET-PEOPLE-5425 brave confront contact encounter face interact meet
040 communicate_with full
040 meet_with full
040 run_into full
040 brave full
040 confront full
040 contact full
040 encounter full
040 face full
040 interact full
040 meet full
141 &V-MEET-PEOPLE-5425|communicate_with|meet_with|run_into pp:by/with=protests full
046 &V-MEET-PEOPLE-5425|communicate_with|meet_with|run_into pp:under=mediation full pair=045
038 &V-MEET-PEOPLE-5425|communicate_with|meet_with|run_into pp:under=auspices full pair=039
093 &V-MEET-PEOPLE-5425|communicate_with|meet_with|run_into obj=court_martial reverse full
030 &V-MEET-PEOPLE-5425|communicate_with|meet_with|run_into pp:in=diplomacy full
036 &V-MEET-PEOPLE-5425|communicate_with|meet_with|run_into pp:with=leaders full pair=036
041 &V-MEET-PEOPLE-5425|communicate_with|meet_with|run_into pp:by=telephone full pair=041
012 &V-MEET-PEOPLE-5425|communicate_with|meet_with|run_into obj=reluctance full
130 &V-MEET-PEOPLE-5425|communicate_with|meet_with|run_into obj=agression full
111 &V-MEET-PEOPLE-5425|communicate_with|meet_with|run_into obj=criticism reverse full
036 &V-MEET-PEOPLE-5425|communicate_with|meet_with|run_into pp:for=talks full pair=036
111 &V-MEET-PEOPLE-5425|communicate_with|meet_with|run_into pp:in=verbal_&FIGHT full
100 &V-MEET-PEOPLE-5425|communicate_with|meet_with|run_into obj=pressure reverse full
--- &V-MEET-PEOPLE-5425|communicate_with|meet_with|run_into obj=run-off
012 &V-MEET-PEOPLE-5425|communicate_with|meet_with|run_into obj=problem full
023 &V-MEET-PEOPLE-5425|communicate_with|meet_with|run_into pp:for=help full
061 &V-MEET-PEOPLE-5425|communicate_with|meet_with|run_into obj=payment full
112 &V-MEET-PEOPLE-5425|communicate_with|meet_with|run_into obj=penalty reverse full
173 &V-MEET-PEOPLE-5425|communicate_with|meet_with|run_into obj=hearing reverse full
112 &V-MEET-PEOPLE-5425|communicate_with|meet_with|run_into obj=charge reverse full
130 &V-MEET-PEOPLE-5425|communicate_with|meet_with|run_into obj=threat reverse full
020 &V-MEET-PEOPLE-5425|communicate_with|meet_with|run_into obj=calls reverse full
034 &V-MEET-PEOPLE-5425|communicate_with|meet_with|run_into obj=split reverse full
173 &V-MEET-PEOPLE-5425|communicate_with|meet_with|run_into obj=trial reverse full
012 &V-MEET-PEOPLE-5425|communicate_with|meet_with|run_into obj=coup full
020 &V-MEET-PEOPLE-5425|communicate_with|meet_with|run_into obj=call reverse full
036 &V-MEET-PEOPLE-5425|communicate_with|meet_with|run_into pp:at full pair=036
190 &V-MEET-PEOPLE-5425|communicate_with|meet_with|run_into pp:in=&DISPUTE full pair=190
110 &V-MEET-PEOPLE-5425|communicate_with|meet_with|run_into obj=&FIGHT reverse full

############ NOTIFY (line 5469) ############
&V-NOTIFY-5469 apprise apprize notify promulgate
040 give_notice full
040 send_word full
040 apprise full
040 apprize full
040 notify full
040 promulgate full
110 &V-NOTIFY-5469|give_notice|send_word obj=dissent full

############ CALL (line 5481) ############
&V-CALL-5481 call phone telephone
041 call full pair=041
041 phone full pair=041
041 telephone full pair=041
113 &V-CALL-5481 pp:for=international_action full
1431 &V-CALL-5481 obj=strike pp:for=resignation full
1056 &V-CALL-5481 pp:for=end pp:to=operation full
1383 &V-CALL-5481 pp:for=suicide_attack full
0256 &V-CALL-5481 pp:for=de-escalation full
113 &V-CALL-5481 pp:for=action pp:against full
0233 &V-CALL-5481 obj=humanitarian_aid full
0244 &V-CALL-5481 pp:for=independence full
--- &V-CALL-5481 obj=cabinet_meeting
013 &V-CALL-5481 obj=to_congratulate full
0241 &V-CALL-5481 pp:for=resignation full
0233 &V-CALL-5481 pp:for=deployment full
0234 &V-CALL-5481 pp:for=protection full
0241 &V-CALL-5481 obj=early_election full
025 &V-CALL-5481 pp:for=concession full
025 &V-CALL-5481 pp:for=suspension full
025 &V-CALL-5481 pp:for=withdrawal full
027 &V-CALL-5481 pp:for=resumption full
113 &V-CALL-5481 pp:for=suspension full
0241 &V-CALL-5481 pp:for=elections full
0241 &V-CALL-5481 pp:for=elections full
0256 &V-CALL-5481 pp:for=cessation full
025 &V-CALL-5481 pp:for=restraint full
111 &V-CALL-5481 pp:for=crackdown full
111 &V-CALL-5481 obj=illegitimate full
1312 &V-CALL-5481 pp:for=sanctions full
1312 &V-CALL-5481 pp:for=sanctions full
154 &V-CALL-5481 pp:for=service prt=up full
023 &V-CALL-5481 pp:for=increase full
0256 &V-CALL-5481 pp:for=deadline full
025 &V-CALL-5481 pp:for=pull-out full
111 &V-CALL-5481 obj=unjustified full
020 &V-CALL-5481 pp:for=entente full
021 &V-CALL-5481 pp:for=renewal full
0234 &V-CALL-5481 pp:for=&SECURITY_measure full
037 &V-CALL-5481 obj=initiative full
110 &V-CALL-5481 pp:for=sacking full
012 &V-CALL-5481 obj=powder_keg full
012 &V-CALL-5481 obj=troubling full
026 &V-CALL-5481 pp:for=summit full
131 &V-CALL-5481 obj=expulsion full
138 &V-CALL-5481 obj=air_strike full
153 &V-CALL-5481 pp:up=&MILITARY_reserve full
--- &V-CALL-5481 obj=engineer
0232 &V-CALL-5481 pp:for=troop full
027 &V-CALL-5481 pp:for=peace full
036 &V-CALL-5481 pp:for=talks full
0831 &V-CALL-5481 obj=election full
111 &V-CALL-5481 obj=dictator full
111 &V-CALL-5481 obj=dictator full
1121 &V-CALL-5481 obj=criminal full
1123 &V-CALL-5481 obj=torturer full
--- &V-CALL-5481 obj=company
013 &V-CALL-5481 obj=partner full
013 &V-CALL-5481 obj=success full
014 &V-CALL-5481 obj=session full
022 &V-CALL-5481 pp:for=ties full
027 &V-CALL-5481 pp:for=halt full
030 &V-CALL-5481 pp:for=ties full
036 &V-CALL-5481 obj=meeting full pair=036
036 &V-CALL-5481 obj=meeting full
041 &V-CALL-5481 pp:to=press full
050 &V-CALL-5481 obj=meeting full
087 &V-CALL-5481 pp:for=halt full
--- &V-CALL-5481 obj=caller
053 &V-CALL-5481 pp:for=end full
111 &V-CALL-5481 obj=a_devil full
111 &V-CALL-5481 obj=monkey full
126 &V-CALL-5481 obj=untrue full
138 &V-CALL-5481 obj=&WEAPON_attack full
026 &V-CALL-5481 obj=visit full
020 &V-CALL-5481 pp:upon full
020 &V-CALL-5481 obj=help full
111 &V-CALL-5481 obj=liar full
020 &V-CALL-5481 pp:for full
020 &V-CALL-5481 obj=end full
0234 &V-CALL-5481 pp:for=&SECURITY full
0234 &V-CALL-5481 pp:for=&PKO full
0256 &V-CALL-5481 pp:for=&CEASEFIRE full
0256 &V-CALL-5481 pp:for=&CEASEFIRE full
0256 &V-CALL-5481 pp:for=&SOLUTION full
026 &V-CALL-5481 pp:for=&NEGOTIATION full
026 &V-CALL-5481 pp:for=&NEGOTIATION full
027 &V-CALL-5481 pp:for=&SOLUTION full
027 &V-CALL-5481 pp:for=&TOWN full
090 &V-CALL-5481 pp:for=&INVESTIGATION full
138 &V-CALL-5481 pp:for=&FIGHT full
160 &V-CALL-5481 prt=off full
020 &V-CALL-5481 pp:on full
0233 &V-CALL-5481 pp:to=&ASYLUM full
154 &V-CALL-5481 pp:up=&MILITARY full

############ VISIT (line 5580) ############
&V-VISIT-5580 visit
042 visit full pair=043
090 &V-VISIT-5580 subj=inspector full
--- &V-VISIT-5580 subj=pilgrims
042 &V-VISIT-5580 obj=&MILITARY_hospital full
046 &V-VISIT-5580 pp:for=talks full pair=046

############ HOST (line 5590) ############
&V-HOST-5590 host
043 host full pair=042
062 &V-HOST-5590 obj=joint_exercise full pair=062
039 &V-HOST-5590 obj=talks pp:between full
0332 &V-HOST-5590 obj=&MILITARY_conference full
0332 &V-HOST-5590 obj=conference_&MILITARY full
036 &V-HOST-5590 obj=summit pp:with full pair=036
053 &V-HOST-5590 obj=conference full
043 &V-HOST-5590 obj=meeting full pair=042
043 &V-HOST-5590 obj=summit full pair=042
043 &V-HOST-5590 obj=dinner full
036 &V-HOST-5590 subj=will full pair=036
043 &V-HOST-5590 pp:by full pair=042

############ AGREE (line 5607) ############
&V-AGREE-5607 agree
050 agree full
030 &V-AGREE-5607 obj=not_extend_deadline full
0831 &V-AGREE-5607 pp:to=early_elections full
019 &V-AGREE-5607 pp:on=importance full
0862 &V-AGREE-5607 pp:to=inspection full pair=090
037 &V-AGREE-5607 pp:to=peace_plan full
0831 &V-AGREE-5607 pp:to=elections full
163 &V-AGREE-5607 pp:to=sanctions full
030 &V-AGREE-5607 pp:to=proposal full
138 &V-AGREE-5607 obj=&MILITARY_pressure prt=on full
0311 &V-AGREE-5607 pp:on=trade full
037 &V-AGREE-5607 pp:to=peace_&TREATY full pair=037
037 &V-AGREE-5607 pp:to=peace full pair=037
019 &V-AGREE-5607 pp:on=need full
030 &V-AGREE-5607 pp:with full
0356 &V-AGREE-5607 pp:to=&CEASEFIRE full
035 &V-AGREE-5607 obj=&SOLUTION prt=on full

############ BARGAIN (line 5629) ############
&V-BARGAIN-5629 bargain barter broker deal haggle
050 bargain full
050 barter full
045 broker full
050 deal full
050 haggle full
046 &V-BARGAIN-5629 pp:over=compromise full
111 &V-BARGAIN-5629 obj=blow subj=occupation full
--- &V-BARGAIN-5629 pp:with=it
011 &V-BARGAIN-5629 obj=blow full
110 &V-BARGAIN-5629 obj=blow full
045 &V-BARGAIN-5629 obj=&CEASEFIRE full

############ COLLABORATE (line 5645) ############
&V-COLLABORATE-5645 ally associate collaborate concert cooperate
050 side_with full
050 ally full
050 associate full
050 collaborate full
050 concert full
050 cooperate full
0311 &V-COLLABORATE-5645|side_with pp:on=custom full
0311 &V-COLLABORATE-5645|side_with pp:on=tariff full
110 &V-COLLABORATE-5645|side_with pp:against full
064 &V-COLLABORATE-5645|side_with pp:with=&INVESTIGATION full

############ COORDINATE (line 5660) ############
&V-COORDINATE-5660 conform coordinate correlate harmonise harmonize integrate orchestrate organise organize synchronise synchronize unionise unionize
050 conform full
050 coordinate full
050 correlate full
050 harmonise full
050 harmonize full
050 integrate full
050 orchestrate full
050 organise full
050 organize full
050 synchronise full
050 synchronize full
050 unionise full
050 unionize full
073 &V-COORDINATE-5660 obj=humanitarian_trip pp:to full
026 &V-COORDINATE-5660 obj=conference full
160 &V-COORDINATE-5660 obj=evacuation full
026 &V-COORDINATE-5660 obj=meeting full
060 &V-COORDINATE-5660 obj=efforts full pair=060
060 &V-COORDINATE-5660 obj=search full

############ DISCLOSE (line 5684) ############
&V-DISCLOSE-5684 acknowledge admit confess confide disclose divulge expose profess reveal unveil
015 acknowledge full
050 admit full
050 confess full
050 confide full
010 disclose full
050 divulge full
050 expose full
050 profess full
050 reveal full
050 unveil full
160 &V-DISCLOSE-5684 obj=chill pp:in=relations full
051 &V-DISCLOSE-5684 obj=strategic_role full
--- &V-DISCLOSE-5684 pp:to=hospital
010 &V-DISCLOSE-5684 obj=regulation full
012 &V-DISCLOSE-5684 obj=concerns full
054 &V-DISCLOSE-5684 pp:as=member full
013 &V-DISCLOSE-5684 obj=release full
061 &V-DISCLOSE-5684 pp:as=trade full
1212 &V-DISCLOSE-5684 obj=refusal full
190 &V-DISCLOSE-5684 obj=attacks full
012 &V-DISCLOSE-5684 obj=crisis full
051 &V-DISCLOSE-5684 obj=forces full
010 &V-DISCLOSE-5684 obj=names full
010 &V-DISCLOSE-5684 obj=plan full
015 &V-DISCLOSE-5684 obj=plot full
071 &V-DISCLOSE-5684 obj=&CURRENCY_aid full

############ INFLUENCE (line 5715) ############
&V-INFLUENCE-5715 affect impact influence persuade tempt
050 affect full
050 impact full
050 influence full
050 persuade full
050 tempt full
110 &V-INFLUENCE-5715 obj=relief subj=strike full

############ REJOICE (line 5726) ############
&V-REJOICE-5726 exuberate exult rejoice triumph
050 exuberate full
050 exult full
050 rejoice full
050 triumph full

############ SUPPORT (line 5735) ############
&V-SUPPORT-5735 advertise advertize back endorse promote support
050 advertise full
050 advertize full
050 back full
051 endorse full
050 promote full
050 support full
105 &V-SUPPORT-5735 obj=efforts pp:to=disarm full
138 &V-SUPPORT-5735 obj=violence pp:against full
--- &V-SUPPORT-5735 pp:by=armoured_cars
033 &V-SUPPORT-5735 obj=request pp:for=help full
051 &V-SUPPORT-5735 obj=permanent_seat full
051 &V-SUPPORT-5735 obj=strenghtening full
113 &V-SUPPORT-5735 obj=call pp:to=boycott full
051 &V-SUPPORT-5735 obj=hunger_strike full
138 &V-SUPPORT-5735 obj=&MILITARY_intervention full
031 &V-SUPPORT-5735 obj=cooperation full
050 &V-SUPPORT-5735 obj=coexistence full
051 &V-SUPPORT-5735 obj=development full
051 &V-SUPPORT-5735 obj=declaration full
125 &V-SUPPORT-5735 pp:of=summit prt=out full
138 &V-SUPPORT-5735 pp:for=&MILITARY_response full
050 &V-SUPPORT-5735 obj=initiative full
051 &V-SUPPORT-5735 obj=membership full
051 &V-SUPPORT-5735 obj=withdrawal full
057 &V-SUPPORT-5735 obj=agreements full
051 &V-SUPPORT-5735 pp:to=cabinet full
113 &V-SUPPORT-5735 obj=abduction full
1312 &V-SUPPORT-5735 obj=sanctions full
051 &V-SUPPORT-5735 obj=ambition full
051 &V-SUPPORT-5735 obj=decision full
051 &V-SUPPORT-5735 obj=decision full
051 &V-SUPPORT-5735 obj=official full
051 &V-SUPPORT-5735 obj=presence full
080 &V-SUPPORT-5735 pp:from prt=down full
0874 &V-SUPPORT-5735 pp:from prt=away full
120 &V-SUPPORT-5735 pp:from prt=away full
1384 &V-SUPPORT-5735 obj=strike pp:in full
--- &V-SUPPORT-5735 obj=&CURRENCY_control
--- &V-SUPPORT-5735 pp:by=tanks
051 &V-SUPPORT-5735 obj=efforts full
051 &V-SUPPORT-5735 obj=comment full
051 &V-SUPPORT-5735 obj=demands full
080 &V-SUPPORT-5735 pp:from=&FIGHT prt=off full
113 &V-SUPPORT-5735 obj=&FIGHT pp:against full
141 &V-SUPPORT-5735 obj=protest full
195 &V-SUPPORT-5735 subj=&AIRCRAFT pp:in=skies full
0333 &V-SUPPORT-5735 obj=relief full
050 &V-SUPPORT-5735 obj=effort full
051 &V-SUPPORT-5735 pp:to=post full
051 &V-SUPPORT-5735 obj=threat full
036 &V-SUPPORT-5735 obj=talks full
051 &V-SUPPORT-5735 obj=entry full
032 &V-SUPPORT-5735 obj=call full
050 &V-SUPPORT-5735 obj=plan full
051 &V-SUPPORT-5735 obj=plan full
051 &V-SUPPORT-5735 obj=deal full
051 &V-SUPPORT-5735 obj=plan full
080 &V-SUPPORT-5735 prt=down full
051 &V-SUPPORT-5735 obj=bid full
080 &V-SUPPORT-5735 prt=off full
0874 &V-SUPPORT-5735 prt=out full
--- &V-SUPPORT-5735 pp:by=&AIRCRAFT
--- &V-SUPPORT-5735 pp:by=&MILITARY
051 &V-SUPPORT-5735 pp:in=&FIGHT full
062 &V-SUPPORT-5735 pp:by=&MILITARY full pair=062
195 &V-SUPPORT-5735 pp:by=&AIRCRAFT full
051 &V-SUPPORT-5735 obj=&NEGOTIATION target=obj full
051 &V-SUPPORT-5735 obj=&PROGRAM full
052 &V-SUPPORT-5735 obj=&PROPOSAL full

############ ACCLAIM (line 5811) ############
&V-ACCLAIM-5811 acclaim admire applaud celebrate clap commemorate commend compliment congratulate extol felicitate greet greet hail honor honour praise recognise recognize respect reward salute toast welcome
051 acclaim full
051 admire full
051 applaud full
051 celebrate full
051 clap full
051 commemorate full
051 commend full
051 compliment full
051 congratulate full
051 extol full
051 felicitate full
051 greet full
050 greet full
051 hail full
051 honor full
051 honour full
051 praise full
051 recognise full
051 recognize full
051 respect full
051 reward full
051 salute full
051 toast full
051 welcome full
110 &V-ACCLAIM-5811 obj=attack pp:against full
110 &V-ACCLAIM-5811 obj=assassination full
017 &V-ACCLAIM-5811 obj=independence full
036 &V-ACCLAIM-5811 obj=call pp:for=talks full pair=036
043 &V-ACCLAIM-5811 obj=counterparts full pair=042
054 &V-ACCLAIM-5811 obj=independence full
017 &V-ACCLAIM-5811 obj=national_day full
017 &V-ACCLAIM-5811 obj=anniversary full
051 &V-ACCLAIM-5811 obj=bombing_halt full
110 &V-ACCLAIM-5811 obj=extradition full
036 &V-ACCLAIM-5811 obj=invitation full
050 &V-ACCLAIM-5811 obj=delegation full
0874 &V-ACCLAIM-5811 obj=withdrawal reverse full
--- &V-ACCLAIM-5811 obj=christmas
051 &V-ACCLAIM-5811 obj=relations full pair=051
051 &V-ACCLAIM-5811 obj=overtures full
052 &V-ACCLAIM-5811 obj=clampdown full
110 &V-ACCLAIM-5811 obj=attacks pp:on full
110 &V-ACCLAIM-5811 obj=execution full
080 &V-ACCLAIM-5811 obj=surrender reverse full
0874 &V-ACCLAIM-5811 obj=departure reverse full
--- &V-ACCLAIM-5811 obj=birthday
017 &V-ACCLAIM-5811 obj=festival full
042 &V-ACCLAIM-5811 pp:to=summit full pair=043
052 &V-ACCLAIM-5811 obj=decision full
052 &V-ACCLAIM-5811 obj=decision full
110 &V-ACCLAIM-5811 obj=strike pp:on full
--- &V-ACCLAIM-5811 obj=harvest
030 &V-ACCLAIM-5811 obj=attempt full
110 &V-ACCLAIM-5811 obj=capture full
110 &V-ACCLAIM-5811 obj=killing full
110 &V-ACCLAIM-5811 obj=ousting full
--- &V-ACCLAIM-5811 obj=fall pp:of=&TOWN
017 &V-ACCLAIM-5811 obj=newroz full
036 &V-ACCLAIM-5811 obj=appeal full
110 &V-ACCLAIM-5811 obj=arrest full
110 &V-ACCLAIM-5811 obj=defeat full
110 &V-ACCLAIM-5811 obj=demise full
110 &V-ACCLAIM-5811 obj=strike full
030 &V-ACCLAIM-5811 obj=offer full
030 &V-ACCLAIM-5811 obj=offer full
043 &V-ACCLAIM-5811 obj=visit full pair=042
017 &V-ACCLAIM-5811 obj=mass full
043 &V-ACCLAIM-5811 pp:to full pair=042

############ APPRECIATE (line 5884) ############
&V-APPRECIATE-5884 appreciate
051 appreciate full
051 &V-APPRECIATE-5884 obj=assistance full

############ BLESS (line 5891) ############
&V-BLESS-5891 bless sanctify
051 bless full
051 sanctify full

############ ENCOURAGE (line 5898) ############
&V-ENCOURAGE-5898 cheer embolden encourage enliven galvanize inspire invigorate reassure revitalize rouse spur
051 cheer full
051 embolden full
051 encourage full
051 enliven full
051 galvanize full
051 inspire full
051 invigorate full
051 reassure full
051 revitalize full
051 rouse full
051 spur full
051 &V-ENCOURAGE-5898 pp:of=commitment full
013 &V-ENCOURAGE-5898 pp:by=progress full
0211 &V-ENCOURAGE-5898 obj=investment full
026 &V-ENCOURAGE-5898 obj=discussion full
051 &V-ENCOURAGE-5898 pp:of=support full
110 &V-ENCOURAGE-5898 obj=onslaught full
130 &V-ENCOURAGE-5898 obj=slaughter full
012 &V-ENCOURAGE-5898 obj=mudsling full

############ FAVOR (line 5922) ############
&V-FAVOR-5922 favor favour prefer
051 favor full
051 favour full
051 prefer full
0312 &V-FAVOR-5922 obj=force pp:to=protect full
014 &V-FAVOR-5922 obj=relocation pp:of=&REFUGEE full
036 &V-FAVOR-5922 pp:holding=talks full
110 &V-FAVOR-5922 obj=extradition full
0233 &V-FAVOR-5922 obj=evacuation full
030 &V-FAVOR-5922 obj=relations full
031 &V-FAVOR-5922 obj=admission full
037 &V-FAVOR-5922 obj=peace_deal full
014 &V-FAVOR-5922 obj=&MILITARY_victory full
030 &V-FAVOR-5922 obj=&TREATY full
036 &V-FAVOR-5922 obj=&NEGOTIATION full

############ LAUD (line 5941) ############
&V-LAUD-5941 exalt glorify laud
051 exalt full
051 glorify full
051 laud full

############ LEGITIMISE (line 5949) ############
&V-LEGITIMISE-5949 legitimise legitimize
051 legitimise full
051 legitimize full

############ REASSERT (line 5956) ############
&V-REASSERT-5956 reassert
051 reassert full
051 &V-REASSERT-5956 obj=friendship full

############ RESPECT (line 5963) ############
&V-RESPECT-5963 esteem prize respect value
051 esteem full
051 prize full
051 respect full
051 value full
1312 &V-RESPECT-5963 obj=&SOLUTION full

############ THANK (line 5973) ############
&V-THANK-5973 thank
051 thank full

############ FORMALIZE (line 5979) ############
&V-FORMALIZE-5979 formalize
054 formalize full

############ APOLOGIZE (line 5985) ############
&V-APOLOGIZE-5985 apologise apologize
055 apologise full
055 apologize full

############ FORGIVE (line 5992) ############
&V-FORGIVE-5992 forgave forgive forgiven
056 forgave full
056 forgive full
056 forgiven full
071 &V-FORGIVE-5992 obj=debt full

############ AID (line 6001) ############
&V-AID-6001 aid assist benefit help serve
060 aid full
060 assist full
060 benefit full
070 help full
060 serve full
036 &V-AID-6001 pp:from=experience full
050 &V-AID-6001 pp:in=democracy full
064 &V-AID-6001 pp:in=inquiries full
045 &V-AID-6001 obj=negotiate full
073 &V-AID-6001 obj=patients full
074 &V-AID-6001 obj=homeless full
173 &V-AID-6001 pp:to=police_&DETENTION full
064 &V-AID-6001 pp:with=&INFORMATION full
072 &V-AID-6001 obj=arm full

############ ALLOCATE (line 6020) ############
&V-ALLOCATE-6020 allocate allot apportion assign task
060 allocate full
060 allot full
060 apportion full
060 assign full
060 task full
073 &V-ALLOCATE-6020 obj=aid full
071 &V-ALLOCATE-6020 obj=&CURRENCY full
074 &V-ALLOCATE-6020 obj=&PKO full

############ BOOST (line 6033) ############
&V-BOOST-6033 amplify augment boost compound deepen enhance enlarge escalate exaggerate expand heighten increase intensify magnify redouble
060 beef_up full
060 step_up full
060 amplify full
060 augment full
060 boost full
060 compound full
060 deepen full
060 enhance full
060 enlarge full
060 escalate full
060 exaggerate full
060 expand full
060 heighten full
060 increase full
060 intensify full
060 magnify full
060 redouble full
050 &V-BOOST-6033|beef_up|step_up obj=diplomatic_offensive full
050 &V-BOOST-6033|beef_up|step_up obj=diplomatic_efforts full
061 &V-BOOST-6033|beef_up|step_up obj=economic_relations full
110 &V-BOOST-6033|beef_up|step_up obj=verbal_barrage full
0311 &V-BOOST-6033|beef_up|step_up obj=economic_link full
013 &V-BOOST-6033|beef_up|step_up obj=expectation full
050 &V-BOOST-6033|beef_up|step_up obj=cooperation full
074 &V-BOOST-6033|beef_up|step_up obj=peacekeeper full
154 &V-BOOST-6033|beef_up|step_up obj=air_campaign full
050 &V-BOOST-6033|beef_up|step_up obj=friendship full
0874 &V-BOOST-6033|beef_up|step_up obj=withdrawal full
060 &V-BOOST-6033|beef_up|step_up obj=relations full
061 &V-BOOST-6033|beef_up|step_up obj=exchanges full
062 &V-BOOST-6033|beef_up|step_up obj=&MILITARY_relations full
071 &V-BOOST-6033|beef_up|step_up obj=prospects full
111 &V-BOOST-6033|beef_up|step_up obj=criticism full
150 &V-BOOST-6033|beef_up|step_up obj=firepower full
170 &V-BOOST-6033|beef_up|step_up obj=crackdown full
190 &V-BOOST-6033|beef_up|step_up obj=offensive full
071 &V-BOOST-6033|beef_up|step_up obj=spending full
100 &V-BOOST-6033|beef_up|step_up obj=pressure full
100 &V-BOOST-6033|beef_up|step_up obj=pressure full
124 &V-BOOST-6033|beef_up|step_up obj=tensions full
130 &V-BOOST-6033|beef_up|step_up obj=defiance full
132 &V-BOOST-6033|beef_up|step_up obj=rhetoric full
150 &V-BOOST-6033|beef_up|step_up obj=&SECURITY_measures full
151 &V-BOOST-6033|beef_up|step_up obj=&MILITARY_presence full
154 &V-BOOST-6033|beef_up|step_up obj=&MILITARY_activity full
154 &V-BOOST-6033|beef_up|step_up obj=&MILITARY_presence full
154 &V-BOOST-6033|beef_up|step_up obj=&MILITARY_strength full
130 &V-BOOST-6033|beef_up|step_up obj=patrols full
130 &V-BOOST-6033|beef_up|step_up obj=warning full
180 &V-BOOST-6033|beef_up|step_up obj=assault full
190 &V-BOOST-6033|beef_up|step_up obj=attacks full
071 &V-BOOST-6033|beef_up|step_up obj=budget full
138 &V-BOOST-6033|beef_up|step_up obj=attack full
138 &V-BOOST-6033|beef_up|step_up obj=attack full
150 &V-BOOST-6033|beef_up|step_up obj=search full
150 &V-BOOST-6033|beef_up|step_up obj=effort full
151 &V-BOOST-6033|beef_up|step_up obj=&SECURITY subj=police full
150 &V-BOOST-6033|beef_up|step_up obj=alert full
190 &V-BOOST-6033|beef_up|step_up obj=drive full
194 &V-BOOST-6033|beef_up|step_up obj=shell full
030 &V-BOOST-6033|beef_up|step_up obj=bid full
073 &V-BOOST-6033|beef_up|step_up obj=aid full
072 &V-BOOST-6033|beef_up|step_up obj=&DEFENSE full pair=072
074 &V-BOOST-6033|beef_up|step_up obj=&PKO full
090 &V-BOOST-6033|beef_up|step_up obj=&INVESTIGATION full
138 &V-BOOST-6033|beef_up|step_up obj=&FIGHT full
138 &V-BOOST-6033|beef_up|step_up obj=&FIGHT full
150 &V-BOOST-6033|beef_up|step_up obj=&SECURITY full
152 &V-BOOST-6033|beef_up|step_up obj=&SECURITY full
154 &V-BOOST-6033|beef_up|step_up obj=&MILITARY full
154 &V-BOOST-6033|beef_up|step_up subj=&MILITARY full

############ ENACT (line 6109) ############
&V-ENACT-6109 constitute enact establish found institute re-establish
060 constitute full
060 enact full
060 establish full
060 found full
060 institute full
060 re-establish full
054 &V-ENACT-6109 obj=diplomatic_representation full pair=054
054 &V-ENACT-6109 obj=diplomatic_relations full pair=054
054 &V-ENACT-6109 obj=diplomatic_ties full pair=054
054 &V-ENACT-6109 obj=official_ties full
054 &V-ENACT-6109 obj=relations full
1044 &V-ENACT-6109 obj=self-rule full
154 &V-ENACT-6109 obj=&MILITARY_outposts full
0331 &V-ENACT-6109 obj=aid_fund full
040 &V-ENACT-6109 obj=contact full
173 &V-ENACT-6109 obj=guilty full
030 &V-ENACT-6109 obj=link full
050 &V-ENACT-6109 obj=ties full
046 &V-ENACT-6109 obj=&NEGOTIATION full pair=046

############ ENLIST (line 6133) ############
&V-ENLIST-6133 enlist enroll
060 enlist full
060 enroll full

############ FACILITATE (line 6140) ############
&V-FACILITATE-6140 abate ameliorate appease assuage better ease expediate facilitate improve mitigate simplify
060 abate full
060 ameliorate full
060 appease full
060 assuage full
060 better full
060 ease full
060 expediate full
060 facilitate full
060 improve full
060 mitigate full
060 simplify full
080 &V-FACILITATE-6140 obj=restriction full
080 &V-FACILITATE-6140 subj=conditions full
087 &V-FACILITATE-6140 obj=attacks prt=off full
030 &V-FACILITATE-6140 obj=relations full
050 &V-FACILITATE-6140 obj=relations full pair=050
050 &V-FACILITATE-6140 subj=relations full
085 &V-FACILITATE-6140 obj=sanctions full
080 &V-FACILITATE-6140 subj=tensions full pair=080
0813 &V-FACILITATE-6140 obj=curfew full
087 &V-FACILITATE-6140 obj=rocket full
050 &V-FACILITATE-6140 obj=ties full

############ GRANT (line 6167) ############
&V-GRANT-6167 accord add award bequeath bestow contribute donate endow entrust give grant issue lend loan provide supply
060 accord full
060 add full
060 award full
060 bequeath full
060 bestow full
070 contribute full
070 donate full
060 endow full
060 entrust full
060 give full
060 grant full
060 issue full
060 lend full
060 loan full
060 provide full
060 supply full
1044 &V-GRANT-6167 obj=declaration pp:of=self-determination full
071 &V-GRANT-6167 obj=financial_assistance full
071 &V-GRANT-6167 obj=thousands pp:for=damage full
072 &V-GRANT-6167 obj=air_and_naval_support full
025 &V-GRANT-6167 obj=calls pp:for=restraint full
072 &V-GRANT-6167 obj=aerial_photographs full
0253 &V-GRANT-6167 obj=appeal pp:for=release full
0312 &V-GRANT-6167 obj=license pp:to=fighter_&AIRCRAFT full
071 &V-GRANT-6167 obj=financial_support full
073 &V-GRANT-6167 obj=medical_equipment full
114 &V-GRANT-6167 obj=defiant_statement full
120 &V-GRANT-6167 obj=negative_response full
017 &V-GRANT-6167 obj=joint_communique full
073 &V-GRANT-6167 obj=humanitarian_aid full
0332 &V-GRANT-6167 obj=fighter-bomber full
060 &V-GRANT-6167 obj=observer_status full
0833 &V-GRANT-6167 obj=political_right full
173 &V-GRANT-6167 obj=arrest_warrants full
046 &V-GRANT-6167 obj=border pp:between full
050 &V-GRANT-6167 obj=power subj=decision full
051 &V-GRANT-6167 obj=market_economy full
060 &V-GRANT-6167 obj=special_status full
061 &V-GRANT-6167 obj=authorization full
010 &V-GRANT-6167 obj=press_release full
0312 &V-GRANT-6167 obj=arms_contract full pair=0312
074 &V-GRANT-6167 obj=peacekeeping full pair=0861
074 &V-GRANT-6167 obj=peacekeeping full
101 &V-GRANT-6167 obj=statement pp:for full
111 &V-GRANT-6167 obj=denunciation full
120 &V-GRANT-6167 obj=cold_shoulder full
050 &V-GRANT-6167 obj=restor_peace target=obj full
054 &V-GRANT-6167 obj=recognition full
071 &V-GRANT-6167 obj=economic_aid full
030 &V-GRANT-6167 obj=green_light full
0355 &V-GRANT-6167 obj=&PKO_green_light full
070 &V-GRANT-6167 obj=assistance full
072 &V-GRANT-6167 obj=&MILITARY_assistance full
073 &V-GRANT-6167 obj=medical_aid full
080 &V-GRANT-6167 obj=attempts prt=up full
080 &V-GRANT-6167 obj=permission full
080 &V-GRANT-6167 obj=permission full
100 &V-GRANT-6167 obj=regulation full
010 &V-GRANT-6167 obj=statement full
011 &V-GRANT-6167 obj=no_further_&INFORMATION full
020 &V-GRANT-6167 obj=joint_call target=obj full
030 &V-GRANT-6167 obj=assurance full
043 &V-GRANT-6167 obj=reception full pair=042
050 &V-GRANT-6167 obj=privilege full
062 &V-GRANT-6167 obj=extension full
064 &V-GRANT-6167 obj=documents full
071 &V-GRANT-6167 obj=financial full
071 &V-GRANT-6167 obj=thousands full
075 &V-GRANT-6167 obj=political_&ASYLUM full
100 &V-GRANT-6167 obj=sharp_call full
114 &V-GRANT-6167 obj=criticism full
139 &V-GRANT-6167 obj=ultimatum full
010 &V-GRANT-6167 obj=no_reason full
013 &V-GRANT-6167 pp:to=energy_&SECURITY full
030 &V-GRANT-6167 obj=go-ahead full
031 &V-GRANT-6167 obj=contract full pair=031
051 &V-GRANT-6167 obj=approval full
051 &V-GRANT-6167 obj=blessing full
071 &V-GRANT-6167 obj=billions full
071 &V-GRANT-6167 obj=billions full
071 &V-GRANT-6167 obj=millions full
073 &V-GRANT-6167 obj=vaccines full
081 &V-GRANT-6167 obj=clemency full
139 &V-GRANT-6167 obj=two_weeks full
139 &V-GRANT-6167 obj=deadline full
0256 &V-GRANT-6167 obj=call pp:for=&CEASEFIRE full
030 &V-GRANT-6167 obj=request full
051 &V-GRANT-6167 obj=backing full
051 &V-GRANT-6167 obj=support full
051 &V-GRANT-6167 obj=support full
055 &V-GRANT-6167 obj=apology full
056 &V-GRANT-6167 obj=amnesty full
060 &V-GRANT-6167 obj=support full
071 &V-GRANT-6167 obj=dollars full
071 &V-GRANT-6167 obj=million full
073 &V-GRANT-6167 obj=vaccine full
100 &V-GRANT-6167 obj=warrant full
112 &V-GRANT-6167 obj=&EVIDENCE pp:against full
1224 &V-GRANT-6167 obj=no_troop_&PKO full
130 &V-GRANT-6167 obj=warning full
130 &V-GRANT-6167 obj=warning full
--- &V-GRANT-6167 obj=access
010 &V-GRANT-6167 obj=pledge full
010 &V-GRANT-6167 obj=report full
012 &V-GRANT-6167 obj=little full
020 &V-GRANT-6167 obj=appeal full
020 &V-GRANT-6167 obj=appeal full
060 &V-GRANT-6167 obj=access full
060 &V-GRANT-6167 obj=detail full
071 &V-GRANT-6167 obj=credit full
071 &V-GRANT-6167 obj=reform full
071 &V-GRANT-6167 obj=salary full
073 &V-GRANT-6167 obj=tonnes full
073 &V-GRANT-6167 obj=tonnes full
081 &V-GRANT-6167 obj=pardon full
0862 &V-GRANT-6167 obj=access full
111 &V-GRANT-6167 obj=attack full
130 &V-GRANT-6167 obj=threat full
138 &V-GRANT-6167 obj=orders full
051 &V-GRANT-6167 obj=honor full
051 &V-GRANT-6167 obj=medal full
051 &V-GRANT-6167 obj=medal full
071 &V-GRANT-6167 obj=grant full
0833 &V-GRANT-6167 obj=right full
100 &V-GRANT-6167 obj=order full
139 &V-GRANT-6167 obj=hours target=obj full
139 &V-GRANT-6167 obj=hours full
020 &V-GRANT-6167 obj=call full
020 &V-GRANT-6167 obj=plea full
031 &V-GRANT-6167 obj=tank full
060 &V-GRANT-6167 obj=visa full
071 &V-GRANT-6167 obj=fund full
071 &V-GRANT-6167 obj=loan full
072 &V-GRANT-6167 pp:with=&WEAPON full
072 &V-GRANT-6167 pp:with=&WEAPON full
072 &V-GRANT-6167 obj=arms full
080 &V-GRANT-6167 prt=back full
081 &V-GRANT-6167 obj=bail full
173 &V-GRANT-6167 obj=&DETENTION_term full
070 &V-GRANT-6167 obj=aid full
073 &V-GRANT-6167 obj=&FOOD_aid full
080 &V-GRANT-6167 prt=up full
010 &V-GRANT-6167 obj=&INFORMATION full
0332 &V-GRANT-6167 obj=&AIRCRAFT full
071 &V-GRANT-6167 obj=&CURRENCY full
071 &V-GRANT-6167 obj=&CURRENCY full
072 &V-GRANT-6167 obj=&MILITARY_&INFORMATION full
072 &V-GRANT-6167 obj=&AIRCRAFT full
072 &V-GRANT-6167 obj=&MILITARY full
072 &V-GRANT-6167 obj=&MILITARY full
072 &V-GRANT-6167 obj=&SECURITY full
072 &V-GRANT-6167 obj=&WEAPON full
073 &V-GRANT-6167 obj=&FOOD full
075 &V-GRANT-6167 obj=&ASYLUM full
075 &V-GRANT-6167 obj=&ASYLUM full
150 &V-GRANT-6167 obj=&MILITARY full

############ LINK (line 6328) ############
&V-LINK-6328 attach bind chain connect link relate
060 tie_in full
060 attach full
060 bind full
060 chain full
060 connect full
060 link full
060 relate full
013 &V-LINK-6328|tie_in obj=importance pp:to=friendship full
1124 &V-LINK-6328|tie_in pp:to=assassination full
112 &V-LINK-6328|tie_in obj=ban pp:to=unrest full
144 &V-LINK-6328|tie_in obj=themselves full
112 &V-LINK-6328|tie_in obj=riot pp:to=ban full
1123 &V-LINK-6328|tie_in pp:to=attack full
0311 &V-LINK-6328|tie_in pp:with full

############ MERGE (line 6347) ############
&V-MERGE-6347 blend coalesce combine conflate fuse merge unify
060 blend full
060 coalesce full
060 combine full
060 conflate full
060 fuse full
060 merge full
060 unify full

############ OVERSEE-MANAGE (line 6359) ############
&V-OVERSEE-MANAGE-6359 address administer command conduct control dictate direct enjoin govern handle head lead manage monitor order oversee prescribe regulate rule steer supervise supervize
010 address full
060 administer full
060 command full
060 conduct full
060 control full
060 dictate full
060 direct full
060 enjoin full
060 govern full
060 handle full
060 head full
060 lead full
060 manage full
090 monitor full
100 order full
060 oversee full
060 prescribe full
060 regulate full
060 rule full
060 steer full
060 supervise full
060 supervize full
161 &V-OVERSEE-MANAGE-6359 obj=representatives pp:to=return full
--- &V-OVERSEE-MANAGE-6359 pp:for=coalition_government
172 &V-OVERSEE-MANAGE-6359 obj=suspension pp:of=activities full
0313 &V-OVERSEE-MANAGE-6359 pp:in=favour pp:of=extradition full
150 &V-OVERSEE-MANAGE-6359 obj=amphibious_exercises full
161 &V-OVERSEE-MANAGE-6359 obj=removal pp:of=ambassador full
154 &V-OVERSEE-MANAGE-6359 obj=deployment pp:of=&SECURITY_forces full
161 &V-OVERSEE-MANAGE-6359 obj=ambassador pp:to=return full
033 &V-OVERSEE-MANAGE-6359 obj=dispatch pp:for=victim full
070 &V-OVERSEE-MANAGE-6359 obj=distribution pp:of=aid full
172 &V-OVERSEE-MANAGE-6359 obj=special_permission full
093 &V-OVERSEE-MANAGE-6359 obj=withrawal pp:of=troop full
124 &V-OVERSEE-MANAGE-6359 pp:for=confrontation full
101 &V-OVERSEE-MANAGE-6359 obj=seizure pp:of=assets full
1122 &V-OVERSEE-MANAGE-6359 obj=guilty pp:of=torture full
1233 &V-OVERSEE-MANAGE-6359 pp:against=religion full
161 &V-OVERSEE-MANAGE-6359 obj=diplomat pp:to=close full
161 &V-OVERSEE-MANAGE-6359 obj=diplomat pp:to=leave full
173 &V-OVERSEE-MANAGE-6359 obj=raid pp:under=curfew full
174 &V-OVERSEE-MANAGE-6359 obj=officers pp:to=leave full
062 &V-OVERSEE-MANAGE-6359 obj=joint_maneuvers full pair=062
0833 &V-OVERSEE-MANAGE-6359 pp:against=banning full
061 &V-OVERSEE-MANAGE-6359 obj=free_trade_deal full pair=061
138 &V-OVERSEE-MANAGE-6359 obj=assassination full
1711 &V-OVERSEE-MANAGE-6359 obj=seizure pp:of=land full
--- &V-OVERSEE-MANAGE-6359 pp:for=seclusion
--- &V-OVERSEE-MANAGE-6359 obj=headquarters
072 &V-OVERSEE-MANAGE-6359 obj=deployment pp:of=&MILITARY full
1122 &V-OVERSEE-MANAGE-6359 obj=badly_treated full
164 &V-OVERSEE-MANAGE-6359 pp:into=deadlock full
1721 &V-OVERSEE-MANAGE-6359 obj=confiscation full
172 &V-OVERSEE-MANAGE-6359 obj=universities full
174 &V-OVERSEE-MANAGE-6359 pp:of=country prt=out full
1014 &V-OVERSEE-MANAGE-6359 obj=investigate full
154 &V-OVERSEE-MANAGE-6359 obj=towards subj=tank full
164 &V-OVERSEE-MANAGE-6359 pp:for=deadlock full
0331 &V-OVERSEE-MANAGE-6359 obj=investment full
036 &V-OVERSEE-MANAGE-6359 obj=delegation full
060 &V-OVERSEE-MANAGE-6359 pp:for=victory full
166 &V-OVERSEE-MANAGE-6359 obj=evacuation full
173 &V-OVERSEE-MANAGE-6359 pp:to=remain pp:in=&DETENTION full
--- &V-OVERSEE-MANAGE-6359 pp:for=climax
012 &V-OVERSEE-MANAGE-6359 pp:for=crisis full
012 &V-OVERSEE-MANAGE-6359 pp:for=crisis full
035 &V-OVERSEE-MANAGE-6359 obj=guideline full
046 &V-OVERSEE-MANAGE-6359 pp:into=talks full
060 &V-OVERSEE-MANAGE-6359 obj=elections full
073 &V-OVERSEE-MANAGE-6359 pp:on=mission full
073 &V-OVERSEE-MANAGE-6359 obj=emergency full
0874 &V-OVERSEE-MANAGE-6359 subj=tanks prt=back full
090 &V-OVERSEE-MANAGE-6359 obj=sanctions full
091 &V-OVERSEE-MANAGE-6359 obj=criminial_&INVESTIGATION full
092 &V-OVERSEE-MANAGE-6359 obj=situation full
150 &V-OVERSEE-MANAGE-6359 obj=&MILITARY_exercises full
170 &V-OVERSEE-MANAGE-6359 obj=crackdown full
170 &V-OVERSEE-MANAGE-6359 obj=crackdown full
1721 &V-OVERSEE-MANAGE-6359 obj=broadcast full
172 &V-OVERSEE-MANAGE-6359 obj=&SOLUTION pp:of=airport full
172 &V-OVERSEE-MANAGE-6359 obj=&SOLUTION pp:of=offices full
174 &V-OVERSEE-MANAGE-6359 obj=expulsion full
174 &V-OVERSEE-MANAGE-6359 obj=expulsion full
190 &V-OVERSEE-MANAGE-6359 pp:for=attack full
190 &V-OVERSEE-MANAGE-6359 obj=operation full
--- &V-OVERSEE-MANAGE-6359 obj=practice
017 &V-OVERSEE-MANAGE-6359 obj=ceremony full
042 &V-OVERSEE-MANAGE-6359 pp:for=visit full pair=043
046 &V-OVERSEE-MANAGE-6359 pp:for=talks full pair=046
051 &V-OVERSEE-MANAGE-6359 pp:in=favour full
062 &V-OVERSEE-MANAGE-6359 obj=&DEFENSE_exercise full pair=062
062 &V-OVERSEE-MANAGE-6359 obj=training full pair=062
062 &V-OVERSEE-MANAGE-6359 obj=training full pair=062
074 &V-OVERSEE-MANAGE-6359 obj=&PKO pp:to=remain full
090 &V-OVERSEE-MANAGE-6359 obj=activity full
090 &V-OVERSEE-MANAGE-6359 obj=election full
174 &V-OVERSEE-MANAGE-6359 obj=eviction full
--- &V-OVERSEE-MANAGE-6359 pp:for=home
014 &V-OVERSEE-MANAGE-6359 pp:to=polls full
034 &V-OVERSEE-MANAGE-6359 obj=reforms full
036 &V-OVERSEE-MANAGE-6359 obj=mission full
063 &V-OVERSEE-MANAGE-6359 obj=retrial full
073 &V-OVERSEE-MANAGE-6359 obj=entry pp:of=&FOOD full
0841 &V-OVERSEE-MANAGE-6359 obj=release full
0841 &V-OVERSEE-MANAGE-6359 obj=release full
1014 &V-OVERSEE-MANAGE-6359 obj=inquiry full
137 &V-OVERSEE-MANAGE-6359 pp:to=shoot full
160 &V-OVERSEE-MANAGE-6359 obj=sacking full
161 &V-OVERSEE-MANAGE-6359 pp:to=close full
163 &V-OVERSEE-MANAGE-6359 obj=boycott full
172 &V-OVERSEE-MANAGE-6359 obj=airport full
174 &V-OVERSEE-MANAGE-6359 pp:to=leave full
042 &V-OVERSEE-MANAGE-6359 obj=to prt=back full pair=043
042 &V-OVERSEE-MANAGE-6359 obj=summit full pair=043
0833 &V-OVERSEE-MANAGE-6359 obj=rights full
090 &V-OVERSEE-MANAGE-6359 obj=search full
113 &V-OVERSEE-MANAGE-6359 obj=attack full
138 &V-OVERSEE-MANAGE-6359 obj=attack full
152 &V-OVERSEE-MANAGE-6359 obj=police full
173 &V-OVERSEE-MANAGE-6359 obj=arrest full
--- &V-OVERSEE-MANAGE-6359 obj=drugs
042 &V-OVERSEE-MANAGE-6359 obj=envoy full pair=043
090 &V-OVERSEE-MANAGE-6359 obj=study full
150 &V-OVERSEE-MANAGE-6359 obj=&SECURITY_force full
150 &V-OVERSEE-MANAGE-6359 obj=&FIGHT_games full
040 &V-OVERSEE-MANAGE-6359 prt=back full
080 &V-OVERSEE-MANAGE-6359 obj=home subj=&REFUGEE full
154 &V-OVERSEE-MANAGE-6359 obj=more_&MILITARY full
192 &V-OVERSEE-MANAGE-6359 obj=land full
042 &V-OVERSEE-MANAGE-6359 pp:for full pair=043
070 &V-OVERSEE-MANAGE-6359 obj=aid full
073 &V-OVERSEE-MANAGE-6359 subj=aid full
030 &V-OVERSEE-MANAGE-6359 obj=to full
0334 &V-OVERSEE-MANAGE-6359 pp:to=&PKO full pair=0355
042 &V-OVERSEE-MANAGE-6359 pp:to full pair=043
074 &V-OVERSEE-MANAGE-6359 obj=&CEASEFIRE full
091 &V-OVERSEE-MANAGE-6359 obj=&INVESTIGATION full
093 &V-OVERSEE-MANAGE-6359 obj=&MILITARY_&INVESTIGATION full
1014 &V-OVERSEE-MANAGE-6359 obj=&INVESTIGATION full
1056 &V-OVERSEE-MANAGE-6359 obj=&CEASEFIRE full
1721 &V-OVERSEE-MANAGE-6359 obj=&SOLUTION full
173 &V-OVERSEE-MANAGE-6359 obj=&DETENTION full

############ TRADE (line 6507) ############
&V-TRADE-6507 exchange swap trade
060 exchange full
060 swap full
060 trade full
054 &V-TRADE-6507 obj=ambassadors full pair=054
111 &V-TRADE-6507 obj=bitter_words full pair=111
112 &V-TRADE-6507 obj=accusations full pair=112
080 &V-TRADE-6507 obj=concession full pair=080
112 &V-TRADE-6507 obj=accusation full pair=112
193 &V-TRADE-6507 obj=mortar_fire full pair=193
040 &V-TRADE-6507 pp:over=lunch full pair=040
0841 &V-TRADE-6507 obj=prisoners full pair=0841
0841 &V-TRADE-6507 obj=prisoners full pair=0841
040 &V-TRADE-6507 obj=messages full pair=040
190 &V-TRADE-6507 obj=gunshots full
031 &V-TRADE-6507 obj=pledges full
190 &V-TRADE-6507 obj=attacks full pair=190
193 &V-TRADE-6507 obj=gunfire full pair=193
193 &V-TRADE-6507 obj=mortars full pair=193
194 &V-TRADE-6507 subj=rockets full pair=194
046 &V-TRADE-6507 obj=ideas full pair=046
046 &V-TRADE-6507 obj=views full
193 &V-TRADE-6507 obj=shots full pair=193
193 &V-TRADE-6507 obj=fire full pair=193
194 &V-TRADE-6507 subj=&WEAPON full pair=194
194 &V-TRADE-6507 obj=&WEAPON full pair=194

############ FINANCE (line 6538) ############
&V-FINANCE-6538 bankroll finance fund invest pay sponsor underwrite
061 pay_for full
061 bankroll full
061 finance full
061 fund full
061 invest full
061 pay full
061 sponsor full
061 underwrite full
073 &V-FINANCE-6538|pay_for pp:for=humanitarian_aid full
061 &V-FINANCE-6538|pay_for pp:in=joint_venture full
071 &V-FINANCE-6538|pay_for pp:in=development full
0842 &V-FINANCE-6538|pay_for obj=compensation full
0842 &V-FINANCE-6538|pay_for obj=compensation full
017 &V-FINANCE-6538|pay_for obj=condolence full
--- &V-FINANCE-6538|pay_for obj=dividends
017 &V-FINANCE-6538|pay_for obj=farewell full
017 &V-FINANCE-6538|pay_for obj=respects full
017 &V-FINANCE-6538|pay_for obj=respect full
017 &V-FINANCE-6538|pay_for obj=tribute full
017 &V-FINANCE-6538|pay_for obj=homage full
072 &V-FINANCE-6538|pay_for obj=attack full
080 &V-FINANCE-6538|pay_for obj=ransom full
042 &V-FINANCE-6538|pay_for obj=visit full pair=043
045 &V-FINANCE-6538|pay_for obj=talks full
042 &V-FINANCE-6538|pay_for obj=trip full pair=043
061 &V-FINANCE-6538|pay_for obj=&CURRENCY full
072 &V-FINANCE-6538|pay_for obj=&FIGHT full

############ IMPORT (line 6570) ############
&V-IMPORT-6570 import
061 import full
061 &V-IMPORT-6570 obj=from full
150 &V-IMPORT-6570 obj=&WEAPON full pair=150

############ PURCHASE (line 6578) ############
&V-PURCHASE-6578 buy compensate purchase
061 buy full
114 compensate full
061 purchase full
062 &V-PURCHASE-6578 obj=&WEAPON full pair=062
062 &V-PURCHASE-6578 obj=&AIRCRAFT full

############ ARM (line 6588) ############
&V-ARM-6588 arm attire equip furnish gear outfit render stock tender
062 arm full
062 attire full
062 equip full
062 furnish full
062 gear full
062 outfit full
062 render full
062 stock full
062 tender full

############ EXTRADITE (line 6602) ############
&V-EXTRADITE-6602 extradite
063 extradite full
063 &V-EXTRADITE-6602 obj=militant full
063 &V-EXTRADITE-6602 obj=&SUSPECT full

############ INTERVENE (line 6610) ############
&V-INTERVENE-6610 interfere intervene
070 step_in full
070 interfere full
070 intervene full
190 &V-INTERVENE-6610|step_in obj=militarily full
013 &V-INTERVENE-6610|step_in obj=to_calm full
045 &V-INTERVENE-6610|step_in pp:in=&DISPUTE full

############ STABILISE (line 6621) ############
&V-STABILISE-6621 stabilise stabilize
070 stabilise full
070 stabilize full
071 &V-STABILISE-6621 obj=economy full

############ RESCUE (line 6629) ############
&V-RESCUE-6629 rescue
073 rescue full
045 &V-RESCUE-6629 obj=peace_process full

############ DEFEND (line 6636) ############
&V-DEFEND-6636 defend guard protect safeguard shelter shield tend ward
074 look_after full
074 defend full
074 guard full
074 protect full
074 safeguard full
075 shelter full
074 shield full
074 tend full
074 ward full
052 &V-DEFEND-6636|look_after pp:against=accusation full
052 &V-DEFEND-6636|look_after pp:against=criticism full
052 &V-DEFEND-6636|look_after obj=destruction full
152 &V-DEFEND-6636|look_after pp:amid=protest full
110 &V-DEFEND-6636|look_after obj=crackdown full
052 &V-DEFEND-6636|look_after obj=decision full
060 &V-DEFEND-6636|look_after obj=terminal full
052 &V-DEFEND-6636|look_after obj=comment full
052 &V-DEFEND-6636|look_after obj=meeting full
110 &V-DEFEND-6636|look_after obj=killing full
124 &V-DEFEND-6636|look_after obj=boycott full
052 &V-DEFEND-6636|look_after obj=right full
052 &V-DEFEND-6636|look_after obj=from full
052 &V-DEFEND-6636|look_after obj=plan full
052 &V-DEFEND-6636|look_after obj=raid full
0211 &V-DEFEND-6636|look_after obj=tax full
052 &V-DEFEND-6636|look_after obj=ban full
113 &V-DEFEND-6636|look_after obj=ban full
150 &V-DEFEND-6636|look_after pp:by=&MILITARY full
010 &V-DEFEND-6636|look_after obj=&FIGHT full
152 &V-DEFEND-6636|look_after obj=&TOWN full

############ ABANDON (line 6671) ############
&V-ABANDON-6671 abandon
080 abandon full
--- &V-ABANDON-6671 obj=re-trial
080 &V-ABANDON-6671 obj=attempt full
100 &V-ABANDON-6671 obj=policy full
160 &V-ABANDON-6671 obj=party full
--- &V-ABANDON-6671 obj=plan
--- &V-ABANDON-6671 obj=ship
160 &V-ABANDON-6671 obj=role full
0874 &V-ABANDON-6671 obj=&STRONGHOLD full
196 &V-ABANDON-6671 obj=&CEASEFIRE full

############ ABSOLVE (line 6686) ############
&V-ABSOLVE-6686 absolve
080 absolve full

############ ABSTAIN (line 6692) ############
&V-ABSTAIN-6692 abstain
080 abstain full
087 &V-ABSTAIN-6692 pp:from=violence full

############ ALLOW (line 6699) ############
&V-ALLOW-6699 allow approve authorise authorize clear consent countenance empower enable legislate pass permit ratify tolerate verify
080 go_by full
080 go_through full
080 allow full
080 approve full
080 authorise full
080 authorize full
080 clear full
080 consent full
080 countenance full
080 empower full
080 enable full
080 legislate full
080 pass full
080 permit full
080 ratify full
080 tolerate full
080 verify full
0834 &V-ALLOW-6699|go_by|go_through obj=constitutional_amendment full
160 &V-ALLOW-6699|go_by|go_through obj=early_election subj=parliament full
0811 &V-ALLOW-6699|go_by|go_through obj=publication pp:of=newspaper full
0312 &V-ALLOW-6699|go_by|go_through obj=purchase pp:of=fighters full
050 &V-ALLOW-6699|go_by|go_through obj=terms pp:for=membership full
0811 &V-ALLOW-6699|go_by|go_through obj=return pp:of=expatriate full
050 &V-ALLOW-6699|go_by|go_through obj=conditions pp:of=talks full
051 &V-ALLOW-6699|go_by|go_through obj=vote pp:of=confidence full
0834 &V-ALLOW-6699|go_by|go_through obj=democracy_reforms full
0332 &V-ALLOW-6699|go_by|go_through obj=troop_deployment full
073 &V-ALLOW-6699|go_by|go_through obj=humanitarian_aid full
074 &V-ALLOW-6699|go_by|go_through obj=battalion_patrol full
062 &V-ALLOW-6699|go_by|go_through obj=purchase pp:of=tank full pair=062
0812 &V-ALLOW-6699|go_by|go_through obj=political_party full
130 &V-ALLOW-6699|go_by|go_through obj=possible_strike full
160 &V-ALLOW-6699|go_by|go_through obj=poll subj=parliament full
051 &V-ALLOW-6699|go_by|go_through obj=support_effort full
060 &V-ALLOW-6699|go_by|go_through obj=new_government full
173 &V-ALLOW-6699|go_by|go_through obj=death_sentence full
0311 &V-ALLOW-6699|go_by|go_through obj=common_tariff full pair=0311
034 &V-ALLOW-6699|go_by|go_through obj=deployment pp:of=&PKO full
037 &V-ALLOW-6699|go_by|go_through obj=plan pp:for=peace full
051 &V-ALLOW-6699|go_by|go_through obj=bill_support full
063 &V-ALLOW-6699|go_by|go_through obj=extradition full
0811 &V-ALLOW-6699|go_by|go_through pp:into=country full
0811 &V-ALLOW-6699|go_by|go_through obj=publication full
010 &V-ALLOW-6699|go_by|go_through obj=withdrawal full
0311 &V-ALLOW-6699|go_by|go_through obj=free-trade_&TREATY full
0311 &V-ALLOW-6699|go_by|go_through obj=investment full
0332 &V-ALLOW-6699|go_by|go_through obj=dispatch pp:of=&MILITARY full
0334 &V-ALLOW-6699|go_by|go_through obj=deployment full
0811 &V-ALLOW-6699|go_by|go_through obj=television full
0874 &V-ALLOW-6699|go_by|go_through obj=evacuation full
037 &V-ALLOW-6699|go_by|go_through obj=peace_plan full
060 &V-ALLOW-6699|go_by|go_through obj=candidacy full
080 &V-ALLOW-6699|go_by|go_through pp:of=charges full
080 &V-ALLOW-6699|go_by|go_through pp:of=funding full
083 &V-ALLOW-6699|go_by|go_through obj=amendment full
110 &V-ALLOW-6699|go_by|go_through obj=dismissal full
1384 &V-ALLOW-6699|go_by|go_through obj=air_strike full
138 &V-ALLOW-6699|go_by|go_through obj=&EVIDENCE_operation full
030 &V-ALLOW-6699|go_by|go_through obj=decision full
0311 &V-ALLOW-6699|go_by|go_through obj=transfer full
031 &V-ALLOW-6699|go_by|go_through obj=contract full
061 &V-ALLOW-6699|go_by|go_through obj=contract full
173 &V-ALLOW-6699|go_by|go_through obj=sentence full
051 &V-ALLOW-6699|go_by|go_through obj=request full
060 &V-ALLOW-6699|go_by|go_through obj=cabinet full
080 &V-ALLOW-6699|go_by|go_through obj=traffic full
081 &V-ALLOW-6699|go_by|go_through obj=tourist full
083 &V-ALLOW-6699|go_by|go_through obj=reforms full
--- &V-ALLOW-6699|go_by|go_through obj=budget
0331 &V-ALLOW-6699|go_by|go_through obj=&CURRENCY_credit full
0333 &V-ALLOW-6699|go_by|go_through obj=relief full
075 &V-ALLOW-6699|go_by|go_through obj=&REFUGEE_status full
138 &V-ALLOW-6699|go_by|go_through obj=&MILITARY_action full
0312 &V-ALLOW-6699|go_by|go_through obj=joint_&DEFENSE_&TREATY full
033 &V-ALLOW-6699|go_by|go_through obj=grant full
036 &V-ALLOW-6699|go_by|go_through obj=talks full
1031 &V-ALLOW-6699|go_by|go_through obj=claim full
--- &V-ALLOW-6699|go_by|go_through prt=away
030 &V-ALLOW-6699|go_by|go_through obj=plan full
0311 &V-ALLOW-6699|go_by|go_through obj=loan full
0311 &V-ALLOW-6699|go_by|go_through obj=sale full
051 &V-ALLOW-6699|go_by|go_through obj=deal full
080 &V-ALLOW-6699|go_by|go_through pp:into=&TOWN full
080 &V-ALLOW-6699|go_by|go_through obj=into full
084 &V-ALLOW-6699|go_by|go_through obj=home full
0331 &V-ALLOW-6699|go_by|go_through obj=&CURRENCY_aid full
070 &V-ALLOW-6699|go_by|go_through obj=aid full
172 &V-ALLOW-6699|go_by|go_through obj=ban full
010 &V-ALLOW-6699|go_by|go_through obj=&SOLUTION full
030 &V-ALLOW-6699|go_by|go_through obj=&PROPOSAL full
031 &V-ALLOW-6699|go_by|go_through obj=&TREATY full pair=031
0331 &V-ALLOW-6699|go_by|go_through obj=&CURRENCY full
0334 &V-ALLOW-6699|go_by|go_through obj=&PKO full
0356 &V-ALLOW-6699|go_by|go_through obj=&CEASEFIRE full
051 &V-ALLOW-6699|go_by|go_through obj=&PROPOSAL full
057 &V-ALLOW-6699|go_by|go_through obj=&TREATY full pair=057
057 &V-ALLOW-6699|go_by|go_through obj=&TREATY full
080 &V-ALLOW-6699|go_by|go_through obj=&AIRCRAFT full
174 &V-ALLOW-6699|go_by|go_through obj=&TOWN full

############ COMPROMISE (line 6804) ############
&V-COMPROMISE-6804 arbitrate compromise conciliate intercede intermediate mediate negotiate resettle resolve settle
080 hash_out full
080 settle_on full
080 talk_over full
080 arbitrate full
080 compromise full
080 conciliate full
080 intercede full
080 intermediate full
080 mediate full
080 negotiate full
080 resettle full
080 resolve full
080 settle full
061 &V-COMPROMISE-6804|hash_out|settle_on|talk_over pp:for=business full pair=061
036 &V-COMPROMISE-6804|hash_out|settle_on|talk_over pp:over=visit full
045 &V-COMPROMISE-6804|hash_out|settle_on|talk_over obj=deadlock full
045 &V-COMPROMISE-6804|hash_out|settle_on|talk_over pp:between full
0831 &V-COMPROMISE-6804|hash_out|settle_on|talk_over obj=release full
050 &V-COMPROMISE-6804|hash_out|settle_on|talk_over obj=crisis full
061 &V-COMPROMISE-6804|hash_out|settle_on|talk_over obj=credit_&DISPUTE full
082 &V-COMPROMISE-6804|hash_out|settle_on|talk_over obj=issue full
050 &V-COMPROMISE-6804|hash_out|settle_on|talk_over pp:with full pair=050
039 &V-COMPROMISE-6804|hash_out|settle_on|talk_over obj=&DISPUTE full
050 &V-COMPROMISE-6804|hash_out|settle_on|talk_over obj=&DISPUTE full

############ LOOSEN (line 6833) ############
&V-LOOSEN-6833 disentangle loosen relax tease undo untie
080 disentangle full
080 loosen full
080 relax full
080 tease full
080 undo full
080 untie full
081 &V-LOOSEN-6833 obj=restriction full

############ PARDON (line 6845) ############
&V-PARDON-6845 pardon
080 pardon full
0841 &V-PARDON-6845 obj=&HOSTAGE full

############ RELEASE (line 6852) ############
&V-RELEASE-6852 emancipate free liberate release unloose
080 set_free full
080 emancipate full
080 free full
080 liberate full
084 release full
080 unloose full
--- &V-RELEASE-6852|set_free obj=identities
012 &V-RELEASE-6852|set_free obj=impossible full
--- &V-RELEASE-6852|set_free obj=recording
010 &V-RELEASE-6852|set_free obj=statement full
010 &V-RELEASE-6852|set_free obj=statement full
064 &V-RELEASE-6852|set_free obj=documents full
064 &V-RELEASE-6852|set_free obj=evidennce full
0841 &V-RELEASE-6852|set_free obj=kidnapped full
0841 &V-RELEASE-6852|set_free obj=prisoners full
111 &V-RELEASE-6852|set_free obj=criticism full
--- &V-RELEASE-6852|set_free obj=election
0841 &V-RELEASE-6852|set_free obj=activist full
0841 &V-RELEASE-6852|set_free obj=officers full
--- &V-RELEASE-6852|set_free obj=migrant
0841 &V-RELEASE-6852|set_free obj=convict full
--- &V-RELEASE-6852|set_free obj=report
061 &V-RELEASE-6852|set_free obj=credit full
0841 &V-RELEASE-6852|set_free obj=&DETENTION_guards full
0841 &V-RELEASE-6852|set_free obj=&HOSTAGE subj=gunmen full
--- &V-RELEASE-6852|set_free obj=polls
027 &V-RELEASE-6852|set_free obj=peace_&PROPOSAL full
0841 &V-RELEASE-6852|set_free subj=court full
0841 &V-RELEASE-6852|set_free obj=woman full
064 &V-RELEASE-6852|set_free obj=name full
0841 &V-RELEASE-6852|set_free obj=from_&DETENTION full
085 &V-RELEASE-6852|set_free obj=fund full
111 &V-RELEASE-6852|set_free obj=fury full
070 &V-RELEASE-6852|set_free obj=aid full
064 &V-RELEASE-6852|set_free obj=&INFORMATION full
0841 &V-RELEASE-6852|set_free obj=&HOSTAGE full
0841 &V-RELEASE-6852|set_free obj=&PEOPLE full

############ RETREAT (line 6894) ############
&V-RETREAT-6894 detach disconnect disengage recede retire retract retreat withdraw
080 back_down full
080 draw_back full
080 get_out full
080 pull_back full
080 pull_out full
080 detach full
080 disconnect full
080 disengage full
080 recede full
080 retire full
080 retract full
080 retreat full
080 withdraw full
164 &V-RETREAT-6894|back_down|draw_back|get_out|pull_back|pull_out pp:from=diplomatic_efforts full
1661 &V-RETREAT-6894|back_down|draw_back|get_out|pull_back|pull_out obj=peacekeeping_forces full
162 &V-RETREAT-6894|back_down|draw_back|get_out|pull_back|pull_out pp:from=relief_project full
1621 &V-RETREAT-6894|back_down|draw_back|get_out|pull_back|pull_out obj=reserve pp:from=bank full
1622 &V-RETREAT-6894|back_down|draw_back|get_out|pull_back|pull_out pp:from=manoeuvres full
073 &V-RETREAT-6894|back_down|draw_back|get_out|pull_back|pull_out obj=civilian_staff full
161 &V-RETREAT-6894|back_down|draw_back|get_out|pull_back|pull_out pp:from=coalition full
161 &V-RETREAT-6894|back_down|draw_back|get_out|pull_back|pull_out obj=participation full
0874 &V-RETREAT-6894|back_down|draw_back|get_out|pull_back|pull_out obj=paratroopers full
0874 &V-RETREAT-6894|back_down|draw_back|get_out|pull_back|pull_out pp:from=highway full
0874 &V-RETREAT-6894|back_down|draw_back|get_out|pull_back|pull_out pp:from=border full
161 &V-RETREAT-6894|back_down|draw_back|get_out|pull_back|pull_out obj=ambassador full
162 &V-RETREAT-6894|back_down|draw_back|get_out|pull_back|pull_out obj=aid_package full
164 &V-RETREAT-6894|back_down|draw_back|get_out|pull_back|pull_out obj=delegation full
160 &V-RETREAT-6894|back_down|draw_back|get_out|pull_back|pull_out obj=passports full
--- &V-RETREAT-6894|back_down|draw_back|get_out|pull_back|pull_out pp:from=race
161 &V-RETREAT-6894|back_down|draw_back|get_out|pull_back|pull_out obj=diplomat full
162 &V-RETREAT-6894|back_down|draw_back|get_out|pull_back|pull_out obj=donation full
1662 &V-RETREAT-6894|back_down|draw_back|get_out|pull_back|pull_out obj=advisor full
087 &V-RETREAT-6894|back_down|draw_back|get_out|pull_back|pull_out obj=troop full
162 &V-RETREAT-6894|back_down|draw_back|get_out|pull_back|pull_out obj=offer full
0874 &V-RETREAT-6894|back_down|draw_back|get_out|pull_back|pull_out obj=from target=obj full
161 &V-RETREAT-6894|back_down|draw_back|get_out|pull_back|pull_out pp:from=&TREATY full
0874 &V-RETREAT-6894|back_down|draw_back|get_out|pull_back|pull_out obj=&MILITARY full
0874 &V-RETREAT-6894|back_down|draw_back|get_out|pull_back|pull_out subj=&MILITARY full
0874 &V-RETREAT-6894|back_down|draw_back|get_out|pull_back|pull_out obj=&MILITARY full
0874 &V-RETREAT-6894|back_down|draw_back|get_out|pull_back|pull_out obj=&WEAPON full
0874 &V-RETREAT-6894|back_down|draw_back|get_out|pull_back|pull_out obj=&WEAPON full
1661 &V-RETREAT-6894|back_down|draw_back|get_out|pull_back|pull_out obj=&PKO full

############ SUBMIT (line 6941) ############
&V-SUBMIT-6941 abide accede acquiesce bide comply fill obey satify submit
080 abide_by full
080 conform_to full
080 abide full
080 accede full
080 acquiesce full
080 bide full
030 comply full
080 fill full
080 obey full
080 satify full
080 submit full
0344 &V-SUBMIT-6941|abide_by|conform_to obj=constitutional_amendment full
034 &V-SUBMIT-6941|abide_by|conform_to obj=legal_amendment full
160 &V-SUBMIT-6941|abide_by|conform_to obj=no-confidence_&PROPOSAL full
173 &V-SUBMIT-6941|abide_by|conform_to obj=charge pp:against=&PEOPLE full
034 &V-SUBMIT-6941|abide_by|conform_to obj=legislation full
0831 &V-SUBMIT-6941|abide_by|conform_to obj=resignation full
020 &V-SUBMIT-6941|abide_by|conform_to obj=petition full
113 &V-SUBMIT-6941|abide_by|conform_to obj=censure_&PROPOSAL full
1822 &V-SUBMIT-6941|abide_by|conform_to obj=torture full
173 &V-SUBMIT-6941|abide_by|conform_to obj=arrest full
020 &V-SUBMIT-6941|abide_by|conform_to obj=paper full
080 &V-SUBMIT-6941|abide_by|conform_to obj=force full
020 &V-SUBMIT-6941|abide_by|conform_to obj=&PROPOSAL full
030 &V-SUBMIT-6941|abide_by|conform_to obj=&SOLUTION full
035 &V-SUBMIT-6941|abide_by|conform_to obj=&PROPOSAL full
130 &V-SUBMIT-6941|abide_by|conform_to obj=&EVIDENCE full

############ UNBLOCK (line 6973) ############
&V-UNBLOCK-6973 unblock
080 unblock full
0872 &V-UNBLOCK-6973 subj=force full

############ YIELD (line 6980) ############
&V-YIELD-6980 bow capitulate cede concede concession forswear relinquish renounce succumb surrender waive yield
080 drop_out full
080 give_in full
080 give_up full
080 bow full
080 capitulate full
080 cede full
080 concede full
080 concession full
080 forswear full
080 relinquish full
110 renounce full
080 succumb full
080 surrender full
080 waive full
080 yield full
--- &V-YIELD-6980|drop_out|give_in|give_up pp:of=race prt=out
080 &V-YIELD-6980|drop_out|give_in|give_up obj=to_police full
085 &V-YIELD-6980|drop_out|give_in|give_up obj=sanction full
0874 &V-YIELD-6980|drop_out|give_in|give_up subj=division full
0874 &V-YIELD-6980|drop_out|give_in|give_up subj=soldier full
--- &V-YIELD-6980|drop_out|give_in|give_up obj=head
0842 &V-YIELD-6980|drop_out|give_in|give_up obj=arms full
085 &V-YIELD-6980|drop_out|give_in|give_up obj=ban full
080 &V-YIELD-6980|drop_out|give_in|give_up obj=&SOLUTION full
0873 &V-YIELD-6980|drop_out|give_in|give_up obj=&WEAPON full
0874 &V-YIELD-6980|drop_out|give_in|give_up subj=&MILITARY full

############ ACQUIT (line 7011) ############
&V-ACQUIT-7011 absolve acquit exculpate exonerate vindicate
081 absolve full
081 acquit full
081 exculpate full
081 exonerate full
081 vindicate full
080 &V-ACQUIT-7011 pp:by full

############ DECLASSIFY (line 7022) ############
&V-DECLASSIFY-7022 declassify
081 declassify full

############ LEGALISE (line 7028) ############
&V-LEGALISE-7028 decriminalise decriminalize legalise legalize
081 decriminalise full
081 decriminalize full
081 legalise full
081 legalize full

############ INSPECT (line 7037) ############
&V-INSPECT-7037 analyse ascertain audit check examine explore inspect research study
090 look_over full
090 analyse full
090 ascertain full
090 audit full
090 check full
090 examine full
090 explore full
090 inspect full
090 research full
090 study full
014 &V-INSPECT-7037|look_over obj=new_investment full
014 &V-INSPECT-7037|look_over obj=ways full
090 &V-INSPECT-7037|look_over obj=&INFORMATION full
093 &V-INSPECT-7037|look_over obj=&MILITARY full

############ INVESTIGATE (line 7056) ############
&V-INVESTIGATE-7056 investigate
090 investigate full
090 &V-INVESTIGATE-7056 obj=incident full
090 &V-INVESTIGATE-7056 obj=killings full
094 &V-INVESTIGATE-7056 obj=massacre full
090 &V-INVESTIGATE-7056 obj=killing full
092 &V-INVESTIGATE-7056 obj=slavery full
093 &V-INVESTIGATE-7056 obj=clashes full
090 &V-INVESTIGATE-7056 obj=report full
091 &V-INVESTIGATE-7056 obj=fraud full

############ PROBE (line 7070) ############
&V-PROBE-7070 comb dig mine probe rake scan scrutinize skim sweep unearth
090 glance_over full
090 comb full
090 dig full
090 mine full
090 probe full
090 rake full
090 scan full
090 scrutinize full
090 skim full
090 sweep full
090 unearth full
091 &V-PROBE-7070|glance_over obj=government_accounts full
190 &V-PROBE-7070|glance_over pp:through=villages full
170 &V-PROBE-7070|glance_over obj=&TOWN pp:in=crackdown full
073 &V-PROBE-7070|glance_over pp:for=mines full
1384 &V-PROBE-7070|glance_over subj=fighter_&AIRCRAFT full
090 &V-PROBE-7070|glance_over obj=murder full
090 &V-PROBE-7070|glance_over pp:into full
150 &V-PROBE-7070|glance_over obj=area full
151 &V-PROBE-7070|glance_over obj=low subj=&AIRCRAFT full

############ DEMAND (line 7095) ############
&V-DEMAND-7095 adjure bid campaign clamor clamour crusade demand entreat exhort necessitate need press push want
100 adjure full
100 bid full
100 campaign full
100 clamor full
100 clamour full
100 crusade full
100 demand full
100 entreat full
100 exhort full
100 necessitate full
100 need full
100 press full
100 push full
030 want full
190 &V-DEMAND-7095 obj=counter-offensive pp:against full
053 &V-DEMAND-7095 obj=retribution pp:for=shooting full
1044 &V-DEMAND-7095 obj=constitutional_change full
0213 &V-DEMAND-7095 obj=creation pp:of=tribunal full
0231 &V-DEMAND-7095 obj=cancellation pp:of=debt full
0253 &V-DEMAND-7095 obj=release pp:of=prisoners full
1044 &V-DEMAND-7095 obj=self-determination full
1411 &V-DEMAND-7095 obj=resignation subj=protest full
173 &V-DEMAND-7095 obj=sentence subj=prosecutor full
1412 &V-DEMAND-7095 obj=removal subj=protester full
195 &V-DEMAND-7095 obj=offensive pp:against full
0244 &V-DEMAND-7095 obj=democratization full
0344 &V-DEMAND-7095 pp:for=constitution full
130 &V-DEMAND-7095 obj=measures pp:against full
0242 &V-DEMAND-7095 obj=change pp:in=policy full
0244 &V-DEMAND-7095 obj=democratisaton full
1056 &V-DEMAND-7095 obj=end pp:to=offensive full
123 &V-DEMAND-7095 obj=cancellation pp:of=&TREATY full
138 &V-DEMAND-7095 obj=counter-attack full
021 &V-DEMAND-7095 obj=clarification full
0256 &V-DEMAND-7095 obj=refrain_attack full
100 &V-DEMAND-7095 obj=action pp:against full
105 &V-DEMAND-7095 pp:for=compromise full
154 &V-DEMAND-7095 subj=fighter pp:toward full
0256 &V-DEMAND-7095 pp:for=ceasefire full
1031 &V-DEMAND-7095 obj=compensation full
1034 &V-DEMAND-7095 obj=protectorate full
173 &V-DEMAND-7095 obj=death_penalty full
0214 &V-DEMAND-7095 obj=investigate full
022 &V-DEMAND-7095 obj=cooperation full
022 &V-DEMAND-7095 obj=cooperation full
0243 &V-DEMAND-7095 obj=human_rights full
037 &V-DEMAND-7095 obj=peace_effort full
090 &V-DEMAND-7095 obj=explanation full
100 &V-DEMAND-7095 obj=extradition full
100 &V-DEMAND-7095 obj=resignation full
101 &V-DEMAND-7095 obj=explanation full
0256 &V-DEMAND-7095 obj=support pp:for=&CEASEFIRE full
1056 &V-DEMAND-7095 obj=withdrawal full
1056 &V-DEMAND-7095 obj=withdrawal full
105 &V-DEMAND-7095 obj=withdrawal full
173 &V-DEMAND-7095 obj=&DETENTION subj=prosecutor full
0241 &V-DEMAND-7095 obj=elections full
0243 &V-DEMAND-7095 obj=fair_trial full
030 &V-DEMAND-7095 obj=closer_tie full
040 &V-DEMAND-7095 pp:for=access full
1053 &V-DEMAND-7095 obj=release pp:of full
1312 &V-DEMAND-7095 obj=sanctions full
017 &V-DEMAND-7095 obj=farewell full
025 &V-DEMAND-7095 obj=withdraw full
1041 &V-DEMAND-7095 obj=election full
1044 &V-DEMAND-7095 obj=autonomy full
104 &V-DEMAND-7095 pp:on=issues full
173 &V-DEMAND-7095 obj=fugitive full
--- &V-DEMAND-7095 obj=divorce
020 &V-DEMAND-7095 obj=efforts full
022 &V-DEMAND-7095 obj=support full
025 &V-DEMAND-7095 obj=refrain full
1053 &V-DEMAND-7095 obj=release full
106 &V-DEMAND-7095 obj=meeting full
110 &V-DEMAND-7095 pp:against full
1312 &V-DEMAND-7095 obj=boycott full
1312 &V-DEMAND-7095 obj=boycott full
141 &V-DEMAND-7095 pp:at=rally full
173 &V-DEMAND-7095 obj=charges full
036 &V-DEMAND-7095 obj=summit full
1031 &V-DEMAND-7095 obj=assets full
1043 &V-DEMAND-7095 obj=rights full
138 &V-DEMAND-7095 obj=attack full
181 &V-DEMAND-7095 obj=ransom full
181 &V-DEMAND-7095 obj=ransom full
026 &V-DEMAND-7095 obj=talks full
027 &V-DEMAND-7095 obj=peace full
0311 &V-DEMAND-7095 obj=trade full
036 &V-DEMAND-7095 obj=talks full
053 &V-DEMAND-7095 obj=world full
1013 &V-DEMAND-7095 obj=trial full
1043 &V-DEMAND-7095 obj=right full
106 &V-DEMAND-7095 obj=talks full
124 &V-DEMAND-7095 obj=to_act full
170 &V-DEMAND-7095 obj=ahead full
023 &V-DEMAND-7095 obj=help full
192 &V-DEMAND-7095 pp:into full
023 &V-DEMAND-7095 obj=aid full
1014 &V-DEMAND-7095 obj=for_&INVESTIGATION full
174 &V-DEMAND-7095 pp:out full
190 &V-DEMAND-7095 prt=on full
0212 &V-DEMAND-7095 obj=&SECURITY full
0212 &V-DEMAND-7095 obj=&DEFENSE full
0214 &V-DEMAND-7095 obj=&EVIDENCE full
0231 &V-DEMAND-7095 obj=&CURRENCY full
0234 &V-DEMAND-7095 obj=&PKO full
027 &V-DEMAND-7095 obj=&SOLUTION full
027 &V-DEMAND-7095 obj=&TREATY full
027 &V-DEMAND-7095 obj=&TOWN full
036 &V-DEMAND-7095 obj=&NEGOTIATION full
1014 &V-DEMAND-7095 obj=&INVESTIGATION full
101 &V-DEMAND-7095 obj=&SOLUTION full
1033 &V-DEMAND-7095 obj=&ASYLUM full
1056 &V-DEMAND-7095 obj=&CEASEFIRE full
173 &V-DEMAND-7095 obj=&DETENTION full

############ INSIST (line 7215) ############
&V-INSIST-7215 insist
100 insist full
1033 &V-INSIST-7215 pp:on=return pp:of=&REFUGEE full

############ ALLEGE (line 7222) ############
&V-ALLEGE-7222 allege aver avow claim swear
110 allege full
110 aver full
110 avow full
110 claim full
110 swear full
1031 &V-ALLEGE-7222 obj=compensation pp:for=invasion full
060 &V-ALLEGE-7222 obj=victory pp:in=elections full
1122 &V-ALLEGE-7222 obj=human_rights_abuse full
015 &V-ALLEGE-7222 obj=responsibility full
111 &V-ALLEGE-7222 obj=victory_against target=obj full
112 &V-ALLEGE-7222 obj=insurgents full
181 &V-ALLEGE-7222 obj=kidnapping full
015 &V-ALLEGE-7222 obj=massacre full
013 &V-ALLEGE-7222 obj=success full
013 &V-ALLEGE-7222 obj=victory full
015 &V-ALLEGE-7222 obj=bombing full
015 &V-ALLEGE-7222 obj=killing full
1031 &V-ALLEGE-7222 obj=damages full
015 &V-ALLEGE-7222 obj=attack full
112 &V-ALLEGE-7222 obj=plot full

############ CURSE (line 7247) ############
&V-CURSE-7247 blaspheme curse
110 blaspheme full
110 curse full

############ DESPAIR (line 7254) ############
&V-DESPAIR-7254 despair
110 despair full

############ DISAPPROVE (line 7260) ############
&V-DISAPPROVE-7260 decry disapprove
110 decry full
110 disapprove full

############ DISMAY (line 7267) ############
&V-DISMAY-7267 disappoint discourage dishearten dismay sadden
110 disappoint full
110 discourage full
110 dishearten full
110 dismay full
110 sadden full
111 &V-DISMAY-7267 pp:by=broken_promises full

############ DISTRUST (line 7278) ############
&V-DISTRUST-7278 distrust doubt oppugn suspect
110 distrust full
012 doubt full
110 oppugn full
110 suspect full
112 &V-DISTRUST-7278 pp:of=cooperation full
1121 &V-DISTRUST-7278 pp:of=stealing full
1125 &V-DISTRUST-7278 pp:of=treason full
1123 &V-DISTRUST-7278 pp:of=attack full
1121 &V-DISTRUST-7278 pp:of=fraud full
110 &V-DISTRUST-7278 obj=secret_&PROGRAM full

############ LAMENT (line 7293) ############
&V-LAMENT-7293 cry grieve lament mourn wail weep whine
110 cry full
110 grieve full
110 lament full
110 mourn full
110 wail full
110 weep full
110 whine full
111 &V-LAMENT-7293 obj=slaughter full
012 &V-LAMENT-7293 obj=failure full
111 &V-LAMENT-7293 obj=speech full
017 &V-LAMENT-7293 obj=death full
017 &V-LAMENT-7293 obj=dead full

############ REBUFF (line 7310) ############
&V-REBUFF-7310 rebuff slight snub
110 rebuff full
110 slight full
111 snub full
128 &V-REBUFF-7310 obj=international_embargo full
125 &V-REBUFF-7310 obj=peace_talk full
123 &V-REBUFF-7310 obj=demand full
125 &V-REBUFF-7310 obj=offer full

############ REGRET (line 7322) ############
&V-REGRET-7322 regret
110 regret full
055 &V-REGRET-7322 obj=offenc full

############ VERBAL-CONFLICT (line 7329) ############
&V-VERBAL-CONFLICT-7329 argue bemoan challenge compete complain contend contest contradict contrast contravene counter counterbalance debate differ disagree dispute dissent object oppose protest refute wrangle
110 argue full
110 bemoan full
110 challenge full
110 compete full
114 complain full
110 contend full
110 contest full
110 contradict full
110 contrast full
110 contravene full
110 counter full
110 counterbalance full
040 debate full
110 differ full
110 disagree full
110 dispute full
110 dissent full
120 object full
110 oppose full
140 protest full
110 refute full
110 wrangle full
050 &V-VERBAL-CONFLICT-7329 pp:against=discrimination full
114 &V-VERBAL-CONFLICT-7329 pp:over=travel_restriction full
111 &V-VERBAL-CONFLICT-7329 obj=conviction pp:in=court full
120 &V-VERBAL-CONFLICT-7329 obj=official_response full
053 &V-VERBAL-CONFLICT-7329 pp:against=sentence full
111 &V-VERBAL-CONFLICT-7329 pp:over=restriction full
030 &V-VERBAL-CONFLICT-7329 obj=action pp:against full
050 &V-VERBAL-CONFLICT-7329 obj=policy pp:against full
051 &V-VERBAL-CONFLICT-7329 pp:about=decision full
1041 &V-VERBAL-CONFLICT-7329 pp:for=leadership full
124 &V-VERBAL-CONFLICT-7329 pp:against=easing full
111 &V-VERBAL-CONFLICT-7329 pp:over=shooting full
110 &V-VERBAL-CONFLICT-7329 pp:against=move full
110 &V-VERBAL-CONFLICT-7329 obj=credentials full
125 &V-VERBAL-CONFLICT-7329 obj=talks subj=rebels full
125 &V-VERBAL-CONFLICT-7329 obj=negotiation full
110 &V-VERBAL-CONFLICT-7329 obj=election prt=in full
111 &V-VERBAL-CONFLICT-7329 pp:over=attack full
1414 &V-VERBAL-CONFLICT-7329 obj=for_to_leave target=obj full
141 &V-VERBAL-CONFLICT-7329 obj=peacefully full
--- &V-VERBAL-CONFLICT-7329 pp:about=pain
016 &V-VERBAL-CONFLICT-7329 obj=innocence full
040 &V-VERBAL-CONFLICT-7329 obj=sanctions full
051 &V-VERBAL-CONFLICT-7329 obj=expulsion full
052 &V-VERBAL-CONFLICT-7329 obj=sanctions full
053 &V-VERBAL-CONFLICT-7329 pp:in=support full
110 &V-VERBAL-CONFLICT-7329 obj=expulsion full
111 &V-VERBAL-CONFLICT-7329 pp:over=death full
111 &V-VERBAL-CONFLICT-7329 obj=supremacy full
111 &V-VERBAL-CONFLICT-7329 obj=execution full
120 &V-VERBAL-CONFLICT-7329 obj=accession full
120 &V-VERBAL-CONFLICT-7329 obj=ultimatum full
--- &V-VERBAL-CONFLICT-7329 obj=election
110 &V-VERBAL-CONFLICT-7329 obj=creation full
110 &V-VERBAL-CONFLICT-7329 obj=campaign full
110 &V-VERBAL-CONFLICT-7329 obj=decision full
110 &V-VERBAL-CONFLICT-7329 obj=transfer full
111 &V-VERBAL-CONFLICT-7329 obj=campaign full
111 &V-VERBAL-CONFLICT-7329 obj=takeover full
114 &V-VERBAL-CONFLICT-7329 obj=decision full
114 &V-VERBAL-CONFLICT-7329 obj=strongly full
114 &V-VERBAL-CONFLICT-7329 subj=official full
120 &V-VERBAL-CONFLICT-7329 obj=validity full
128 &V-VERBAL-CONFLICT-7329 obj=sanction full
053 &V-VERBAL-CONFLICT-7329 pp:against=&DETENTION full
110 &V-VERBAL-CONFLICT-7329 obj=release full
111 &V-VERBAL-CONFLICT-7329 obj=nuclear_&PROGRAM full
111 &V-VERBAL-CONFLICT-7329 obj=comment full
120 &V-VERBAL-CONFLICT-7329 obj=reports full
128 &V-VERBAL-CONFLICT-7329 obj=embargo full
053 &V-VERBAL-CONFLICT-7329 obj=arrest full
111 &V-VERBAL-CONFLICT-7329 obj=denial full
111 &V-VERBAL-CONFLICT-7329 obj=remark full
030 &V-VERBAL-CONFLICT-7329 subj=cloak full
110 &V-VERBAL-CONFLICT-7329 obj=about full
110 &V-VERBAL-CONFLICT-7329 obj=claim full
110 &V-VERBAL-CONFLICT-7329 obj=claim full
111 &V-VERBAL-CONFLICT-7329 obj=claim full
111 &V-VERBAL-CONFLICT-7329 obj=visit full
125 &V-VERBAL-CONFLICT-7329 obj=talks full
130 &V-VERBAL-CONFLICT-7329 subj=boost full
111 &V-VERBAL-CONFLICT-7329 obj=bias full
111 &V-VERBAL-CONFLICT-7329 obj=bill full
120 &V-VERBAL-CONFLICT-7329 obj=move full
127 &V-VERBAL-CONFLICT-7329 obj=plan full
110 &V-VERBAL-CONFLICT-7329 pp:on=&PROPOSAL full
160 &V-VERBAL-CONFLICT-7329 pp:on=&CEASEFIRE full
053 &V-VERBAL-CONFLICT-7329 obj=&DETENTION full
110 &V-VERBAL-CONFLICT-7329 obj=&CRIME full
110 &V-VERBAL-CONFLICT-7329 obj=&CRIME full
120 &V-VERBAL-CONFLICT-7329 obj=&PROPOSAL full
120 &V-VERBAL-CONFLICT-7329 obj=&SOLUTION full
1246 &V-VERBAL-CONFLICT-7329 obj=&CEASEFIRE full
141 &V-VERBAL-CONFLICT-7329 obj=&FIGHT full

############ DISGRACE (line 7430) ############
&V-DISGRACE-7430 debase defile degrade disgrace humble humiliate
110 debase full
110 defile full
110 degrade full
110 disgrace full
110 humble full
110 humiliate full

############ DENIGRATE (line 7441) ############
&V-DENIGRATE-7441 belittle denigrate impugn malign slander
111 belittle full
111 denigrate full
111 impugn full
111 malign full
111 slander full

############ DENOUNCE (line 7451) ############
&V-DENOUNCE-7451 admonish berate cane castigate censure chasten chastise chide criticise criticize denounce deride disparage flog lambaste lecture rebuke remonstrate reprimand reproach reprobate ridicule scold scorn
111 dress_down full
111 admonish full
111 berate full
180 cane full
111 castigate full
111 censure full
111 chasten full
111 chastise full
111 chide full
111 criticise full
111 criticize full
111 denounce full
111 deride full
111 disparage full
180 flog full
111 lambaste full
111 lecture full
111 rebuke full
111 remonstrate full
111 reprimand full
111 reproach full
111 reprobate full
111 ridicule full
111 scold full
111 scorn full
1122 &V-DENOUNCE-7451|dress_down pp:for=violating full
053 &V-DENOUNCE-7451|dress_down obj=dissolution full
1124 &V-DENOUNCE-7451|dress_down pp:as=terrorism full
016 &V-DENOUNCE-7451|dress_down obj=accusation full
053 &V-DENOUNCE-7451|dress_down obj=kidnapping full
053 &V-DENOUNCE-7451|dress_down obj=sanctions full
052 &V-DENOUNCE-7451|dress_down obj=&DETENTION full

############ DEPLORE (line 7488) ############
&V-DEPLORE-7488 abhor deplore
111 lash_out full
111 abhor full
111 deplore full

############ JEER (line 7496) ############
&V-JEER-7496 jeer scoff
111 jeer full
111 scoff full

############ SAVAGE (line 7503) ############
&V-SAVAGE-7503 crucify pillory savage
111 crucify full
111 pillory full
111 savage full

############ BLAME (line 7511) ############
&V-BLAME-7511 accuse blame charge condemn convict fault implicate indict
112 accuse full
112 blame full
112 charge full
111 condemn full
173 convict full
112 fault full
112 implicate full
173 indict full
1122 &V-BLAME-7511 obj=for_violat_humanitarian_law full
1122 &V-BLAME-7511 pp:for=humanitarian_crisis full
1123 &V-BLAME-7511 obj=of_violat_sovereignty full
1124 &V-BLAME-7511 pp:of=ethnic_cleansing full
1123 &V-BLAME-7511 pp:of=sabre-rattling full
1124 &V-BLAME-7511 obj=geneva_convention full
173 &V-BLAME-7511 pp:in=corruption_case full
018 &V-BLAME-7511 obj=terrorist_attack full
111 &V-BLAME-7511 obj=suicide_bombing full
1122 &V-BLAME-7511 pp:of=rights_abuses full
1123 &V-BLAME-7511 pp:of=expansionism full
112 &V-BLAME-7511 pp:in=radio_message full
111 &V-BLAME-7511 obj=abduction_by pp:of target=obj full
111 &V-BLAME-7511 obj=suicide_attack full
1121 &V-BLAME-7511 obj=prime_minister full
1122 &V-BLAME-7511 pp:of=rights_abuse full
1124 &V-BLAME-7511 pp:with=terrorism full
--- &V-BLAME-7511 subj=symbolically
111 &V-BLAME-7511 pp:for=&MILITARY_incursion full
053 &V-BLAME-7511 obj=trial_unfair full
111 &V-BLAME-7511 obj=offensive pp:in full
111 &V-BLAME-7511 obj=case_against full
1124 &V-BLAME-7511 pp:of=terrorism full
1124 &V-BLAME-7511 obj=for_violence full
112 &V-BLAME-7511 pp:in=interview full
111 &V-BLAME-7511 obj=shooting pp:of full
111 &V-BLAME-7511 obj=massacre pp:of full
1121 &V-BLAME-7511 pp:with=murder full
1122 &V-BLAME-7511 pp:for=torture full
1122 &V-BLAME-7511 pp:for=torture full
1123 &V-BLAME-7511 pp:of=violence full
1123 &V-BLAME-7511 obj=aggression full
1124 &V-BLAME-7511 pp:of=genocide full
1124 &V-BLAME-7511 pp:of=massacre full
1124 &V-BLAME-7511 obj=atrocities full
1124 &V-BLAME-7511 obj=massacring full
112 &V-BLAME-7511 subj=commission full
173 &V-BLAME-7511 subj=prosecutor full
111 &V-BLAME-7511 obj=&MILITARY_operation full
111 &V-BLAME-7511 obj=capture pp:of full
111 &V-BLAME-7511 obj=killing pp:of full
111 &V-BLAME-7511 obj=torture pp:of full
1122 &V-BLAME-7511 pp:of=torture full
1122 &V-BLAME-7511 subj=espionage full
1124 &V-BLAME-7511 pp:for=attack full
1124 &V-BLAME-7511 pp:for=attack full
1124 &V-BLAME-7511 pp:for=attack full
112 &V-BLAME-7511 obj=each_other full pair=112
112 &V-BLAME-7511 pp:for=attack full
173 &V-BLAME-7511 pp:on=charges full
111 &V-BLAME-7511 obj=arrest pp:of full
111 &V-BLAME-7511 obj=murder pp:of full
111 &V-BLAME-7511 obj=decision full
111 &V-BLAME-7511 obj=massacre full
111 &V-BLAME-7511 obj=shooting full
111 &V-BLAME-7511 obj=shooting full
111 &V-BLAME-7511 obj=uprising full
1123 &V-BLAME-7511 obj=of_attack full
1124 &V-BLAME-7511 pp:for=death full
112 &V-BLAME-7511 obj=attack_on target=obj full
112 &V-BLAME-7511 obj=violence full
173 &V-BLAME-7511 subj=tribunal full
111 &V-BLAME-7511 obj=&WEAPON_attacks full
111 &V-BLAME-7511 obj=bombing full
111 &V-BLAME-7511 obj=killing full
111 &V-BLAME-7511 obj=attacks full
111 &V-BLAME-7511 obj=killing full
112 &V-BLAME-7511 obj=death pp:of full
112 &V-BLAME-7511 pp:in=court full
112 &V-BLAME-7511 pp:in=trial full
1124 &V-BLAME-7511 obj=raid pp:as=&CRIME full
173 &V-BLAME-7511 subj=court full
173 &V-BLAME-7511 subj=court full
111 &V-BLAME-7511 obj=coup full
111 &V-BLAME-7511 obj=raid full
1125 &V-BLAME-7511 pp:with=&FIGHT_&CRIME full
1125 &V-BLAME-7511 pp:with=&FIGHT_&CRIME full
173 &V-BLAME-7511 pp:for=&CRIME full
173 &V-BLAME-7511 pp:to=&DETENTION full
173 &V-BLAME-7511 pp:of=&CRIME full
111 &V-BLAME-7511 obj=&MILITARY full
111 &V-BLAME-7511 obj=&FIGHT full
112 &V-BLAME-7511 obj=&HOSTAGE full
173 &V-BLAME-7511 obj=&SUSPECT full

############ DELAY (line 7611) ############
&V-DELAY-7611 defer delay forestall hamper hinder impede inhibit obstruct postpone prevent procrastinate remit retard shelve stall stymie table
120 defer full
120 delay full
120 forestall full
120 hamper full
120 hinder full
120 impede full
120 inhibit full
120 obstruct full
120 postpone full
120 prevent full
120 procrastinate full
120 remit full
120 retard full
120 shelve full
120 stall full
120 stymie full
120 table full
163 &V-DELAY-7611 obj=ship pp:from=docking full
1246 &V-DELAY-7611 obj=plan pp:to=withdraw full
1223 &V-DELAY-7611 obj=delivery pp:of=aid full
172 &V-DELAY-7611 pp:from=entering full
172 &V-DELAY-7611 pp:from=leaving full
160 &V-DELAY-7611 obj=conference target=obj full
087 &V-DELAY-7611 obj=incursion full
161 &V-DELAY-7611 obj=departure full
011 &V-DELAY-7611 obj=response full
014 &V-DELAY-7611 obj=decision full
160 &V-DELAY-7611 obj=handover full
071 &V-DELAY-7611 obj=payment full
091 &V-DELAY-7611 obj=verdict full
123 &V-DELAY-7611 obj=reforms full
144 &V-DELAY-7611 obj=traffic full
160 &V-DELAY-7611 obj=mission full
161 &V-DELAY-7611 obj=meeting full pair=161
1721 &V-DELAY-7611 obj=protest full
172 &V-DELAY-7611 obj=freeing full
053 &V-DELAY-7611 obj=attack full
160 &V-DELAY-7611 obj=summit full
161 &V-DELAY-7611 obj=debate full
030 &V-DELAY-7611 obj=march full
160 &V-DELAY-7611 obj=visit full
164 &V-DELAY-7611 obj=talks full
1721 &V-DELAY-7611 obj=rally full
130 &V-DELAY-7611 obj=move full
160 &V-DELAY-7611 obj=plan full
160 &V-DELAY-7611 obj=vote full
161 &V-DELAY-7611 obj=talk full pair=161
161 &V-DELAY-7611 obj=meet full
161 &V-DELAY-7611 obj=talk full
161 &V-DELAY-7611 obj=trip full
161 &V-DELAY-7611 obj=trip full
162 &V-DELAY-7611 obj=aid full
160 &V-DELAY-7611 obj=&TREATY full
161 &V-DELAY-7611 obj=&NEGOTIATION full pair=161

############ OVERRULE (line 7670) ############
&V-OVERRULE-7670 override overrule
120 override full
120 overrule full

############ ENDANGER (line 7677) ############
&V-ENDANGER-7677 endanger risk
130 endanger full
130 risk full
131 &V-ENDANGER-7677 obj=interests full

############ THREATEN (line 7685) ############
&V-THREATEN-7685 threaten
130 threaten full

############ WARN (line 7691) ############
&V-WARN-7691 caution warn
130 caution full
130 warn full
012 &V-WARN-7691 pp:of=disastrous_consequences full
131 &V-WARN-7691 pp:of=international_pressure full
130 &V-WARN-7691 pp:against=independence full
130 &V-WARN-7691 pp:of=collective_action full
130 &V-WARN-7691 pp:against=provocation full
1384 &V-WARN-7691 pp:against=air_strike full
160 &V-WARN-7691 obj=&PEOPLE pp:against=traveling full
110 &V-WARN-7691 pp:of=growing_crisis full
130 &V-WARN-7691 obj=severe_reprisals full
012 &V-WARN-7691 obj=ethnic_violence full
020 &V-WARN-7691 pp:against=pullout full
130 &V-WARN-7691 obj=harsh_ripostes full
012 &V-WARN-7691 obj=ethnic_tension full
130 &V-WARN-7691 pp:against=occupy full
1313 &V-WARN-7691 obj=loss pp:of=support full
138 &V-WARN-7691 obj=&MILITARY_confrontation full
138 &V-WARN-7691 pp:against=strike full
138 &V-WARN-7691 obj=revenge_attack full
130 &V-WARN-7691 obj=consequences full
012 &V-WARN-7691 pp:against=hope full
012 &V-WARN-7691 obj=catastrophe full
130 &V-WARN-7691 pp:of=response full
1383 &V-WARN-7691 obj=next_target full
012 &V-WARN-7691 obj=stability full
064 &V-WARN-7691 pp:about=plot full
112 &V-WARN-7691 obj=terrorist full
133 &V-WARN-7691 pp:of=hartals target=obj full
012 &V-WARN-7691 pp:of=exodus full
130 &V-WARN-7691 pp:in=letter full
012 &V-WARN-7691 pp:of=risk full
064 &V-WARN-7691 pp:of=plot full
110 &V-WARN-7691 pp:of=&FIGHT full
138 &V-WARN-7691 pp:of=&FIGHT full
138 &V-WARN-7691 pp:of=&FIGHT full

############ DISTURB (line 7732) ############
&V-DISTURB-7732 agitate agonise agonize annoy badger bother discomfit disconcert disquiet distress disturb frustrate harass harry hassle irk irritate pester plague rag torment upset vex
140 bridle_at full
140 agitate full
140 agonise full
140 agonize full
140 annoy full
140 badger full
140 bother full
140 discomfit full
140 disconcert full
140 disquiet full
012 distress full
140 disturb full
012 frustrate full
140 harass full
140 harry full
140 hassle full
140 irk full
140 irritate full
140 pester full
140 plague full
140 rag full
140 torment full
140 upset full
140 vex full
154 &V-DISTURB-7732|bridle_at obj=diplomacy full
010 &V-DISTURB-7732|bridle_at pp:by=attack full
012 &V-DISTURB-7732|bridle_at pp:by full

############ MARCH (line 7764) ############
&V-MARCH-7764 demonstrate march
141 demonstrate full
140 march full
1412 &V-MARCH-7764 pp:against=sanctions full
053 &V-MARCH-7764 pp:in=favour/favor full
141 &V-MARCH-7764 pp:through=protest full
053 &V-MARCH-7764 pp:in=solidarity full
051 &V-MARCH-7764 pp:in=sympathy full
053 &V-MARCH-7764 pp:for=release full
053 &V-MARCH-7764 obj=solidarity full
141 &V-MARCH-7764 subj=supporters full
051 &V-MARCH-7764 pp:in=funeral full
053 &V-MARCH-7764 pp:in=support full
017 &V-MARCH-7764 pp:in=memory full
152 &V-MARCH-7764 obj=soldiers full
051 &V-MARCH-7764 obj=support full
141 &V-MARCH-7764 pp:against full
152 &V-MARCH-7764 obj=troops full
072 &V-MARCH-7764 obj=&PROGRAM full

############ PROVOKE (line 7787) ############
&V-PROVOKE-7787 arouse enkindle provoke
140 arouse full
140 enkindle full
140 provoke full
051 &V-PROVOKE-7787 obj=celebration full
190 &V-PROVOKE-7787 obj=retaliation full

############ RIOT (line 7797) ############
&V-RIOT-7797 riot
145 riot full

############ MOBILIZE (line 7803) ############
&V-MOBILIZE-7803 garner marshal mobilise mobilize muster rally summon
150 call_up full
150 drum_up full
150 pull_together full
150 garner full
150 marshal full
150 mobilise full
150 mobilize full
150 muster full
150 rally full
040 summon full
141 &V-MOBILIZE-7803|call_up|drum_up|pull_together pp:against=violence full
141 &V-MOBILIZE-7803|call_up|drum_up|pull_together subj=demonstrators full
113 &V-MOBILIZE-7803|call_up|drum_up|pull_together obj=world pp:against full
1414 &V-MOBILIZE-7803|call_up|drum_up|pull_together pp:for=free_state full
022 &V-MOBILIZE-7803|call_up|drum_up|pull_together obj=supporters full
053 &V-MOBILIZE-7803|call_up|drum_up|pull_together pp:in=support full
141 &V-MOBILIZE-7803|call_up|drum_up|pull_together pp:in=capital full
141 &V-MOBILIZE-7803|call_up|drum_up|pull_together pp:in=protest full
141 &V-MOBILIZE-7803|call_up|drum_up|pull_together subj=activists full
154 &V-MOBILIZE-7803|call_up|drum_up|pull_together obj=&MILITARY pp:on=border full
022 &V-MOBILIZE-7803|call_up|drum_up|pull_together obj=support full
141 &V-MOBILIZE-7803|call_up|drum_up|pull_together pp:in=front full
141 &V-MOBILIZE-7803|call_up|drum_up|pull_together obj=against full
141 &V-MOBILIZE-7803|call_up|drum_up|pull_together obj=outside full
145 &V-MOBILIZE-7803|call_up|drum_up|pull_together pp:outside full
173 &V-MOBILIZE-7803|call_up|drum_up|pull_together pp:to=court full
090 &V-MOBILIZE-7803|call_up|drum_up|pull_together pp:before full
053 &V-MOBILIZE-7803|call_up|drum_up|pull_together pp:to=&DEFENSE full
154 &V-MOBILIZE-7803|call_up|drum_up|pull_together obj=&MILITARY full

############ OVERFLY (line 7837) ############
&V-OVERFLY-7837 overfly
150 overfly full
150 &V-OVERFLY-7837 obj=palace full
151 &V-OVERFLY-7837 subj=&AIRCRAFT full

############ PARADE (line 7845) ############
&V-PARADE-7845 parade
150 parade full

############ PATROL (line 7851) ############
&V-PATROL-7851 patrol
150 patrol full
150 &V-PATROL-7851 subj=&AIRCRAFT full

############ BETRAY (line 7858) ############
&V-BETRAY-7858 betray
160 betray full

############ BLACKLIST (line 7864) ############
&V-BLACKLIST-7864 blacklist
160 blacklist full

############ DISASSOCIATE (line 7870) ############
&V-DISASSOCIATE-7870 disassociate
160 disassociate full
160 &V-DISASSOCIATE-7870 pp:from=&TREATY full

############ DISRUPT (line 7877) ############
&V-DISRUPT-7877 disarray disorder disrupt
160 disarray full
160 disorder full
160 disrupt full
140 &V-DISRUPT-7877 obj=speech full

############ SPY (line 7886) ############
&V-SPY-7886 spy
090 spy full

############ UNDERMINE (line 7892) ############
&V-UNDERMINE-7892 countermine sabotage undermine
160 countermine full
160 sabotage full
160 undermine full

############ SECEDE (line 7900) ############
&V-SECEDE-7900 secede
161 secede full

############ CONFINE (line 7906) ############
&V-CONFINE-7906 cage confine contain detain enclose hold imprison incarcerate jail restrict withhold
170 cage full
173 confine full
170 contain full
173 detain full
170 enclose full
--- hold
173 imprison full
170 incarcerate full
173 jail full
170 restrict full
170 withhold full
1621 &V-CONFINE-7906 obj=financial_assistance full
175 &V-CONFINE-7906 obj=demonstrator subj=police full pair=141
--- &V-CONFINE-7906 obj=illegal_immigrants
175 &V-CONFINE-7906 obj=supporter pp:of=rally full
031 &V-CONFINE-7906 obj=talks pp:on=contract full pair=031
061 &V-CONFINE-7906 obj=joint_manoeuvres full pair=061
062 &V-CONFINE-7906 obj=joint_exercises full pair=062
062 &V-CONFINE-7906 obj=joint_exercises full pair=062
192 &V-CONFINE-7906 obj=position subj=forces full
040 &V-CONFINE-7906 obj=consultations full
080 &V-CONFINE-7906 obj=air_strike prt=back full
141 &V-CONFINE-7906 obj=demonstration full
173 &V-CONFINE-7906 pp:in=connection full
035 &V-CONFINE-7906 obj=achievement full
112 &V-CONFINE-7906 obj=responsible full
160 &V-CONFINE-7906 obj=cooperation full
--- &V-CONFINE-7906 obj=immigrants
017 &V-CONFINE-7906 obj=&INFORMATION_conference full pair=017
040 &V-CONFINE-7906 obj=round_table full
040 &V-CONFINE-7906 obj=conference full
087 &V-CONFINE-7906 obj=advance prt=off full
151 &V-CONFINE-7906 obj=manoeuvers full
0341 &V-CONFINE-7906 obj=elections full
127 &V-CONFINE-7906 obj=signature full
1721 &V-CONFINE-7906 obj=clothiing full
044 &V-CONFINE-7906 obj=summit pp:in full pair=044
110 &V-CONFINE-7906 obj=approval full
172 &V-CONFINE-7906 obj=movement full
--- &V-CONFINE-7906 obj=session
--- &V-CONFINE-7906 obj=session
046 &V-CONFINE-7906 obj=meeting full pair=046
046 &V-CONFINE-7906 obj=meeting full pair=046
110 &V-CONFINE-7906 obj=backing full
141 &V-CONFINE-7906 obj=rallies full
141 &V-CONFINE-7906 obj=protest full
141 &V-CONFINE-7906 obj=rallies full
162 &V-CONFINE-7906 obj=support full
164 &V-CONFINE-7906 obj=talks prt=up full
173 &V-CONFINE-7906 obj=rioting full
0331 &V-CONFINE-7906 obj=tender full
040 &V-CONFINE-7906 obj=summit full pair=040
141 &V-CONFINE-7906 obj=sit-in full
143 &V-CONFINE-7906 obj=strike full
173 &V-CONFINE-7906 obj=for_day full
173 &V-CONFINE-7906 subj=police full
173 &V-CONFINE-7906 subj=police full
017 &V-CONFINE-7906 obj=vigil full
046 &V-CONFINE-7906 obj=talks full pair=046
046 &V-CONFINE-7906 obj=talks full pair=046
062 &V-CONFINE-7906 obj=&FIGHT_games full pair=062
0831 &V-CONFINE-7906 obj=polls full
1311 &V-CONFINE-7906 obj=aid prt=up full
141 &V-CONFINE-7906 obj=march full
141 &V-CONFINE-7906 obj=rally full
163 &V-CONFINE-7906 obj=sales full
191 &V-CONFINE-7906 obj=entry full
046 &V-CONFINE-7906 obj=talk full pair=046
0871 &V-CONFINE-7906 obj=fire full
162 &V-CONFINE-7906 obj=aid full
164 &V-CONFINE-7906 obj=&NEGOTIATION prt=up full
046 &V-CONFINE-7906 obj=&NEGOTIATION full pair=046
173 &V-CONFINE-7906 obj=&DETENTION full
173 &V-CONFINE-7906 obj=&SUSPECT full
181 &V-CONFINE-7906 obj=&HOSTAGE full

############ EXCLUDE (line 7986) ############
&V-EXCLUDE-7986 bar blacklist block blockade boycott embargo exclude ostracise ostracize segregate shun
170 cordon_off full
170 vote_down full
172 bar full
170 blacklist full
170 block full
170 blockade full
163 boycott full
170 embargo full
170 exclude full
170 ostracise full
170 ostracize full
170 segregate full
170 shun full
1721 &V-EXCLUDE-7986|cordon_off|vote_down obj=party pp:from=elections full
140 &V-EXCLUDE-7986|cordon_off|vote_down obj=presidential_polls full
143 &V-EXCLUDE-7986|cordon_off|vote_down obj=parliament_debate full
141 &V-EXCLUDE-7986|cordon_off|vote_down obj=street_protest full
191 &V-EXCLUDE-7986|cordon_off|vote_down pp:in=retaliation full
125 &V-EXCLUDE-7986|cordon_off|vote_down obj=peace_process full
170 &V-EXCLUDE-7986|cordon_off|vote_down pp:from=petition full
1721 &V-EXCLUDE-7986|cordon_off|vote_down obj=transmission full
1213 &V-EXCLUDE-7986|cordon_off|vote_down obj=extradition full
125 &V-EXCLUDE-7986|cordon_off|vote_down pp:from=summit full
125 &V-EXCLUDE-7986|cordon_off|vote_down obj=conference full
164 &V-EXCLUDE-7986|cordon_off|vote_down obj=peace_talks full
191 &V-EXCLUDE-7986|cordon_off|vote_down obj=border_post full
144 &V-EXCLUDE-7986|cordon_off|vote_down pp:in=protest full
1723 &V-EXCLUDE-7986|cordon_off|vote_down obj=movements full
191 &V-EXCLUDE-7986|cordon_off|vote_down obj=aid_convoy full
143 &V-EXCLUDE-7986|cordon_off|vote_down obj=election full
144 &V-EXCLUDE-7986|cordon_off|vote_down obj=entrance full
125 &V-EXCLUDE-7986|cordon_off|vote_down obj=meeting full
125 &V-EXCLUDE-7986|cordon_off|vote_down obj=session full
144 &V-EXCLUDE-7986|cordon_off|vote_down obj=arrival full
144 &V-EXCLUDE-7986|cordon_off|vote_down obj=traffic full
191 &V-EXCLUDE-7986|cordon_off|vote_down obj=traffic full
125 &V-EXCLUDE-7986|cordon_off|vote_down obj=summit full
125 &V-EXCLUDE-7986|cordon_off|vote_down obj=summit full
144 &V-EXCLUDE-7986|cordon_off|vote_down obj=convoy full
191 &V-EXCLUDE-7986|cordon_off|vote_down pp:inside full
191 &V-EXCLUDE-7986|cordon_off|vote_down obj=crowds full
125 &V-EXCLUDE-7986|cordon_off|vote_down obj=event full
191 &V-EXCLUDE-7986|cordon_off|vote_down obj=trade full
143 &V-EXCLUDE-7986|cordon_off|vote_down obj=vote full
144 &V-EXCLUDE-7986|cordon_off|vote_down pp:with=&CAR full
144 &V-EXCLUDE-7986|cordon_off|vote_down obj=road full
160 &V-EXCLUDE-7986|cordon_off|vote_down pp:from full
163 &V-EXCLUDE-7986|cordon_off|vote_down obj=sale full

############ IMPEL (line 8039) ############
&V-IMPEL-8039 blackmail compel enforce force impel pressure reinforce
170 blackmail full
170 compel full
170 enforce full
170 force full
170 impel full
170 pressure full
170 reinforce full
171 &V-IMPEL-8039 obj=way pp:into=headquarters full
074 &V-IMPEL-8039 obj=peacekeeping_force full
1431 &V-IMPEL-8039 obj=countrywide_strike full
154 &V-IMPEL-8039 pp:during=election full
161 &V-IMPEL-8039 obj=minister_out full
100 &V-IMPEL-8039 obj=compliance full
100 &V-IMPEL-8039 obj=ultimatum full
163 &V-IMPEL-8039 obj=sanctions full
100 &V-IMPEL-8039 obj=decision full
154 &V-IMPEL-8039 obj=presence full
163 &V-IMPEL-8039 obj=sanction full
--- &V-IMPEL-8039 subj=drought
100 &V-IMPEL-8039 obj=changes full
174 &V-IMPEL-8039 obj=police full
163 &V-IMPEL-8039 obj=ban full
074 &V-IMPEL-8039 obj=&PKO full
1056 &V-IMPEL-8039 obj=&CEASEFIRE full
154 &V-IMPEL-8039 obj=&MILITARY full
154 &V-IMPEL-8039 obj=&WEAPON full
162 &V-IMPEL-8039 obj=&REFUGEE full

############ IMPOSE (line 8071) ############
&V-IMPOSE-8071 bill impose inflict levy reimpose
170 bill full
170 impose full
170 inflict full
170 levy full
170 reimpose full
1721 &V-IMPOSE-8071 obj=press_restriction full
1724 &V-IMPOSE-8071 obj=state pp:of=emergency full
116 &V-IMPOSE-8071 obj=sentence pp:by=court full
143 &V-IMPOSE-8071 obj=blockade pp:on=goods full
160 &V-IMPOSE-8071 obj=visa_requirement full
190 &V-IMPOSE-8071 obj=blackout pp:by=force full
1721 &V-IMPOSE-8071 obj=restrictions full
160 &V-IMPOSE-8071 obj=ban pp:on=travel full
100 &V-IMPOSE-8071 obj=regulation full
1724 &V-IMPOSE-8071 obj=martial_law full
100 &V-IMPOSE-8071 obj=condition full
163 &V-IMPOSE-8071 obj=sanctions full
172 &V-IMPOSE-8071 obj=control full
1723 &V-IMPOSE-8071 obj=curfew full
--- &V-IMPOSE-8071 obj=taxes
172 &V-IMPOSE-8071 obj=fine full
172 &V-IMPOSE-8071 obj=&SOLUTION full

############ PUNISH (line 8098) ############
&V-PUNISH-8098 penalize punish
170 penalize full
170 punish full

############ SUPPRESS (line 8105) ############
&V-SUPPRESS-8105 constrain crackdown curb moderate quell repress restrain subdue suppress
170 crack_down full
170 constrain full
170 crackdown full
170 curb full
170 moderate full
170 quell full
170 repress full
170 restrain full
170 subdue full
170 suppress full
175 &V-SUPPRESS-8105|crack_down obj=disturbance full
160 &V-SUPPRESS-8105|crack_down obj=influence full
013 &V-SUPPRESS-8105|crack_down obj=fears full
160 &V-SUPPRESS-8105|crack_down obj=links full

############ VANDALISE (line 8124) ############
&V-VANDALISE-8124 vandalise vandalize
1712 vandalise full
1712 vandalize full

############ APPREHEND (line 8131) ############
&V-APPREHEND-8131 apprehend arrest capture catch grab nab seize snatch take
171 arrest_and full
173 apprehend full
173 arrest full
171 capture full
171 catch full
171 grab full
171 nab full
171 seize full
171 snatch full
171 take full
175 &V-APPREHEND-8131|arrest_and subj=police pp:during=demonstration full pair=140
140 &V-APPREHEND-8131|arrest_and obj=initiative subj=protesters full
1711 &V-APPREHEND-8131|arrest_and obj=bomb-making_materials full
175 &V-APPREHEND-8131|arrest_and pp:during=demonstrations full
0831 &V-APPREHEND-8131|arrest_and pp:after=resignation prt=over reverse full
062 &V-APPREHEND-8131|arrest_and obj=part pp:in=naval_exercise full pair=062
--- &V-APPREHEND-8131|arrest_and obj=control pp:of=the_house
1711 &V-APPREHEND-8131|arrest_and obj=shipment pp:of=illegal_&WEAPON full
192 &V-APPREHEND-8131|arrest_and obj=control pp:of=villages full
046 &V-APPREHEND-8131|arrest_and obj=part pp:in=conference full
046 &V-APPREHEND-8131|arrest_and obj=part pp:in=conference full
112 &V-APPREHEND-8131|arrest_and obj=right pp:to=franchise full
150 &V-APPREHEND-8131|arrest_and obj=position subj=forces prt=up full
175 &V-APPREHEND-8131|arrest_and obj=ringleader pp:of=riot full
0312 &V-APPREHEND-8131|arrest_and obj=part pp:in=&MILITARY_operation full pair=0312
181 &V-APPREHEND-8131|arrest_and obj=munitions_expert full
062 &V-APPREHEND-8131|arrest_and obj=joint_exercises full pair=062
1711 &V-APPREHEND-8131|arrest_and obj=quantity pp:of=arms full
081 &V-APPREHEND-8131|arrest_and obj=effect subj=amnesty full
141 &V-APPREHEND-8131|arrest_and obj=part pp:in=protest full
175 &V-APPREHEND-8131|arrest_and pp:during=protest full pair=140
175 &V-APPREHEND-8131|arrest_and obj=demonstrators full pair=141
046 &V-APPREHEND-8131|arrest_and obj=part pp:in=summit full
175 &V-APPREHEND-8131|arrest_and pp:after=protest full pair=140
192 &V-APPREHEND-8131|arrest_and obj=headquarters full
--- &V-APPREHEND-8131|arrest_and obj=another_shot
--- &V-APPREHEND-8131|arrest_and obj=opportunity
173 &V-APPREHEND-8131|arrest_and pp:in=gunbattle full
173 &V-APPREHEND-8131|arrest_and pp:on=suspicion full
173 &V-APPREHEND-8131|arrest_and obj=armed_robber full
1711 &V-APPREHEND-8131|arrest_and obj=propaganda full
175 &V-APPREHEND-8131|arrest_and obj=protesters full pair=140
175 &V-APPREHEND-8131|arrest_and obj=journalist full
1711 &V-APPREHEND-8131|arrest_and obj=ownership full
173 &V-APPREHEND-8131|arrest_and pp:in=scandal full
175 &V-APPREHEND-8131|arrest_and obj=protester full pair=1412
181 &V-APPREHEND-8131|arrest_and subj=militants full
192 &V-APPREHEND-8131|arrest_and obj=territory full
110 &V-APPREHEND-8131|arrest_and obj=bitterly full
141 &V-APPREHEND-8131|arrest_and pp:to=street full
150 &V-APPREHEND-8131|arrest_and obj=&SECURITY_measures full
1711 &V-APPREHEND-8131|arrest_and obj=stations full
173 &V-APPREHEND-8131|arrest_and obj=activist full
181 &V-APPREHEND-8131|arrest_and obj=engineer full
181 &V-APPREHEND-8131|arrest_and obj=minister full
192 &V-APPREHEND-8131|arrest_and obj=airfield full
192 &V-APPREHEND-8131|arrest_and obj=hometown full
1711 &V-APPREHEND-8131|arrest_and obj=rockets full
173 &V-APPREHEND-8131|arrest_and obj=members full
181 &V-APPREHEND-8131|arrest_and obj=members full
190 &V-APPREHEND-8131|arrest_and obj=tanks prt=on full pair=190
190 &V-APPREHEND-8131|arrest_and obj=warship full
192 &V-APPREHEND-8131|arrest_and obj=control target=obj full
192 &V-APPREHEND-8131|arrest_and obj=control full
192 &V-APPREHEND-8131|arrest_and obj=airport full
192 &V-APPREHEND-8131|arrest_and obj=airport full
192 &V-APPREHEND-8131|arrest_and obj=control full
192 &V-APPREHEND-8131|arrest_and obj=enclave full
192 &V-APPREHEND-8131|arrest_and obj=station full
--- &V-APPREHEND-8131|arrest_and obj=heroin
154 &V-APPREHEND-8131|arrest_and obj=post prt=up full
1711 &V-APPREHEND-8131|arrest_and pp:in=raid full
1711 &V-APPREHEND-8131|arrest_and obj=assets full
173 &V-APPREHEND-8131|arrest_and obj=consul full
173 &V-APPREHEND-8131|arrest_and obj=leader full
173 &V-APPREHEND-8131|arrest_and subj=police full
--- &V-APPREHEND-8131|arrest_and obj=opium
--- &V-APPREHEND-8131|arrest_and obj=lives
012 &V-APPREHEND-8131|arrest_and subj=panic full
1711 &V-APPREHEND-8131|arrest_and obj=goods full
180 &V-APPREHEND-8131|arrest_and obj=power full
190 &V-APPREHEND-8131|arrest_and obj=tower full
192 &V-APPREHEND-8131|arrest_and obj=bases full
--- &V-APPREHEND-8131|arrest_and obj=drug
--- &V-APPREHEND-8131|arrest_and obj=hash
030 &V-APPREHEND-8131|arrest_and obj=part full
090 &V-APPREHEND-8131|arrest_and obj=&INVESTIGATION prt=over full
1711 &V-APPREHEND-8131|arrest_and obj=boat full
173 &V-APPREHEND-8131|arrest_and pp:into=&DETENTION full
173 &V-APPREHEND-8131|arrest_and obj=aide full
181 &V-APPREHEND-8131|arrest_and obj=baby full
192 &V-APPREHEND-8131|arrest_and pp:over=&TOWN full
192 &V-APPREHEND-8131|arrest_and obj=land full
192 &V-APPREHEND-8131|arrest_and obj=area full
192 &V-APPREHEND-8131|arrest_and obj=land full
192 &V-APPREHEND-8131|arrest_and obj=land full
0356 &V-APPREHEND-8131|arrest_and obj=&WEAPON_out full
111 &V-APPREHEND-8131|arrest_and obj=jab full
075 &V-APPREHEND-8131|arrest_and obj=&REFUGEE prt=in full
090 &V-APPREHEND-8131|arrest_and obj=&INFORMATION full
1711 &V-APPREHEND-8131|arrest_and obj=&WEAPON full
1711 &V-APPREHEND-8131|arrest_and obj=&WEAPON full
181 &V-APPREHEND-8131|arrest_and obj=&HOSTAGE full
181 &V-APPREHEND-8131|arrest_and obj=&HOSTAGE full
192 &V-APPREHEND-8131|arrest_and obj=&STRONGHOLD full
192 &V-APPREHEND-8131|arrest_and subj=&MILITARY full
192 &V-APPREHEND-8131|arrest_and obj=&TOWN full
075 &V-APPREHEND-8131|arrest_and obj=&ASYLUM reverse full

############ EXTRACT (line 8244) ############
&V-EXTRACT-8244 extract pluck pull wrest
171 extract full
171 pluck full
171 pull full
171 wrest full
160 &V-EXTRACT-8244 pp:out pp:of=tournament full
161 &V-EXTRACT-8244 pp:out pp:of=government full
160 &V-EXTRACT-8244 pp:out pp:of=coalition full
1212 &V-EXTRACT-8244 obj=&MILITARY pp:out pp:of=exercise full
161 &V-EXTRACT-8244 obj=embassy_out full
166 &V-EXTRACT-8244 subj=commission full
166 &V-EXTRACT-8244 obj=staff_out full
0874 &V-EXTRACT-8244 prt=back full
0874 &V-EXTRACT-8244 obj=&MILITARY full
0874 &V-EXTRACT-8244 obj=&MILITARY full

############ NATIONALIZE (line 8263) ############
&V-NATIONALIZE-8263 nationalise nationalize
171 nationalise full
171 nationalize full

############ STEAL (line 8270) ############
&V-STEAL-8270 steal
171 steal full

############ TAKE-CONTROL (line 8276) ############
&V-TAKE-CONTROL-8276 commandeer hijack hijack overturn pirate revolutionise revolutionize subvert usurp
171 take_over full
171 commandeer full
171 hijack full
171 hijack full
171 overturn full
171 pirate full
171 revolutionise full
171 revolutionize full
171 subvert full
171 usurp full
081 &V-TAKE-CONTROL-8276|take_over obj=conviction full
1241 &V-TAKE-CONTROL-8276|take_over obj=conviction full
--- &V-TAKE-CONTROL-8276|take_over obj=elections
1243 &V-TAKE-CONTROL-8276|take_over obj=acquittal full
081 &V-TAKE-CONTROL-8276|take_over obj=sentence full
124 &V-TAKE-CONTROL-8276|take_over obj=decision full
181 &V-TAKE-CONTROL-8276|take_over obj=convoy_of full
124 &V-TAKE-CONTROL-8276|take_over obj=ruling full
181 &V-TAKE-CONTROL-8276|take_over subj=gunmen full
181 &V-TAKE-CONTROL-8276|take_over obj=&CAR full

############ TAKE-PROPERTY (line 8301) ############
&V-TAKE-PROPERTY-8301 annex appropriate confiscate
171 annex full
171 appropriate full
1711 confiscate full

############ FINE (line 8309) ############
&V-FINE-8309 fine tax
172 fine full
172 tax full

############ PROHIBIT (line 8316) ############
&V-PROHIBIT-8316 ban censor criminalise criminalize disallow forbid illegalise illegalize interdict outlaw prohibit proscribe veto
172 ban full
1721 censor full
172 criminalise full
172 criminalize full
172 disallow full
172 forbid full
172 illegalise full
172 illegalize full
172 interdict full
172 outlaw full
172 prohibit full
172 proscribe full
172 veto full
1234 &V-PROHIBIT-8316 obj=constitutional_amendment full
1623 &V-PROHIBIT-8316 obj=humanitarian_aid full
1721 &V-PROHIBIT-8316 pp:from=reporting full
1721 &V-PROHIBIT-8316 obj=demonstration full
162 &V-PROHIBIT-8316 obj=material_aid full
1721 &V-PROHIBIT-8316 obj=conference full
1622 &V-PROHIBIT-8316 obj=arms_sales full
1721 &V-PROHIBIT-8316 obj=newspaper full
160 &V-PROHIBIT-8316 obj=exports full
163 &V-PROHIBIT-8316 obj=imports full
1721 &V-PROHIBIT-8316 obj=protest full
160 &V-PROHIBIT-8316 obj=export full
163 &V-PROHIBIT-8316 obj=import full
1721 &V-PROHIBIT-8316 obj=author full
1721 &V-PROHIBIT-8316 obj=report full
172 &V-PROHIBIT-8316 obj=travel full
1721 &V-PROHIBIT-8316 obj=terms full
1722 &V-PROHIBIT-8316 obj=party full
172 &V-PROHIBIT-8316 obj=visit full
080 &V-PROHIBIT-8316 subj=lift full
162 &V-PROHIBIT-8316 obj=aid full
162 &V-PROHIBIT-8316 obj=aid full
129 &V-PROHIBIT-8316 obj=&SOLUTION full
129 &V-PROHIBIT-8316 obj=&SOLUTION full

############ SENTENCE (line 8358) ############
&V-SENTENCE-8358 sentence
172 sentence full

############ PROSECUTE (line 8364) ############
&V-PROSECUTE-8364 prosecute
173 prosecute full

############ RE-ARREST (line 8370) ############
&V-RE-ARREST-8370 re-arrest rearrest
173 re-arrest full
173 rearrest full

############ SUE (line 8377) ############
&V-SUE-8377 sue
173 sue full
173 &V-SUE-8377 pp:in=court full
173 &V-SUE-8377 pp:for full

############ DEPORT (line 8385) ############
&V-DEPORT-8385 banish deport evict exile expel oust remove
174 boot_out full
174 kick_out full
174 banish full
174 deport full
174 evict full
174 exile full
174 expel full
174 oust full
174 remove full
166 &V-DEPORT-8385|boot_out|kick_out pp:for=cooperating full
1722 &V-DEPORT-8385|boot_out|kick_out pp:from=parliament full
160 &V-DEPORT-8385|boot_out|kick_out obj=officers pp:from=&MILITARY full
081 &V-DEPORT-8385|boot_out|kick_out obj=restriction full
160 &V-DEPORT-8385|boot_out|kick_out pp:from=office full
160 &V-DEPORT-8385|boot_out|kick_out obj=from_guard full
174 &V-DEPORT-8385|boot_out|kick_out obj=diplomats full
175 &V-DEPORT-8385|boot_out|kick_out obj=protester full
0873 &V-DEPORT-8385|boot_out|kick_out obj=fighters full
161 &V-DEPORT-8385|boot_out|kick_out obj=diplomat full
166 &V-DEPORT-8385|boot_out|kick_out obj=officers full
174 &V-DEPORT-8385|boot_out|kick_out obj=settler full
0874 &V-DEPORT-8385|boot_out|kick_out obj=police full
--- &V-DEPORT-8385|boot_out|kick_out obj=ruler
081 &V-DEPORT-8385|boot_out|kick_out obj=limit full
0873 &V-DEPORT-8385|boot_out|kick_out obj=&AIRCRAFT full
0873 &V-DEPORT-8385|boot_out|kick_out obj=&WEAPON full
174 &V-DEPORT-8385|boot_out|kick_out obj=&MILITARY full

############ ABUSE (line 8417) ############
&V-ABUSE-8417 abuse mistreat
180 abuse full
180 mistreat full
182 &V-ABUSE-8417 obj=&HOSTAGE full

############ HURT (line 8425) ############
&V-HURT-8425 bruise contaminate corrupt crack damage harm hurt impair injure mar rip spoil tarnish tear vitiate wound
180 bruise full
180 contaminate full
180 corrupt full
180 crack full
180 damage full
180 harm full
180 hurt full
180 impair full
182 injure full
180 mar full
180 rip full
180 spoil full
180 tarnish full
180 tear full
180 vitiate full
180 wound full
195 &V-HURT-8425 pp:in=air_attack/bombing/raid/strike full
183 &V-HURT-8425 pp:in=bombing/explosion full
183 &V-HURT-8425 subj=bombing/explosion full
--- &V-HURT-8425 pp:in=accident
175 &V-HURT-8425 obj=protestors full
160 &V-HURT-8425 obj=relations full
190 &V-HURT-8425 pp:in=attack full
190 &V-HURT-8425 subj=attack full
185 &V-HURT-8425 obj=&LEADER full

############ RAMPAGE (line 8457) ############
&V-RAMPAGE-8457 rampage
180 rampage full

############ RIP (line 8463) ############
&V-RIP-8463 rip tear
180 rip full
180 tear full

############ SCUFFLE (line 8470) ############
&V-SCUFFLE-8470 scuffle
180 scuffle full

############ SLAP (line 8476) ############
&V-SLAP-8476 slap
180 slap full
163 &V-SLAP-8476 obj=sanctions full
172 &V-SLAP-8476 obj=fine full

############ TERRORIZE (line 8484) ############
&V-TERRORIZE-8484 terrorize
180 terrorize full

############ WHIP (line 8490) ############
&V-WHIP-8490 lash whip
180 lash full
180 whip full
111 &V-WHIP-8490 prt=out full

############ OVERTHREW (line 8498) ############
&V-OVERTHREW-8498 overthrow
180 overthrow full

############ KIDNAP (line 8504) ############
&V-KIDNAP-8504 abduct kidnap
181 abduct full
181 kidnap full
181 &V-KIDNAP-8504 pp:at=gunpoint full
181 &V-KIDNAP-8504 subj=armed_men full
181 &V-KIDNAP-8504 obj=minister full
181 &V-KIDNAP-8504 obj=citizen full
181 &V-KIDNAP-8504 subj=gunmen full
181 &V-KIDNAP-8504 obj=&HOSTAGE full

############ RAPE (line 8517) ############
&V-RAPE-8517 dishonor dishonour rape
1821 dishonor full
1821 dishonour full
1821 rape full

############ TORTURE (line 8525) ############
&V-TORTURE-8525 torture
1822 torture full

############ STAB (line 8531) ############
&V-STAB-8531 stab
182 stab full
--- &V-STAB-8531 pp:in=back

############ ASSASSINATE (line 8538) ############
&V-ASSASSINATE-8538 assassinate
186 assassinate full

############ AMBUSH (line 8544) ############
&V-AMBUSH-8544 ambush
190 ambush full
190 &V-AMBUSH-8544 obj=convoy full
190 &V-AMBUSH-8544 obj=rebels full
190 &V-AMBUSH-8544 obj=&CAR full

############ DESTROY (line 8553) ############
&V-DESTROY-8553 annihilate beat beat best break bust crush decimate defeat demolish desolate destroy devastate disarm dominate eradicate master obliterate overcome overpower overshadow overtake overwhelm ravage ravish raze ruin shatter smash subjugate surmount
190 wipe_out full
190 annihilate full
190 beat full
182 beat full
190 best full
190 break full
190 bust full
190 crush full
190 decimate full
190 defeat full
1712 demolish full
190 desolate full
190 destroy full
190 devastate full
190 disarm full
190 dominate full
190 eradicate full
190 master full
190 obliterate full
190 overcome full
190 overpower full
190 overshadow full
190 overtake full
190 overwhelm full
190 ravage full
190 ravish full
190 raze full
190 ruin full
190 shatter full
190 smash full
190 subjugate full
190 surmount full
175 &V-DESTROY-8553|wipe_out obj=demonstrations prt=up full
--- &V-DESTROY-8553|wipe_out obj=contestants
--- &V-DESTROY-8553|wipe_out pp:in=election
--- &V-DESTROY-8553|wipe_out pp:into=second
--- &V-DESTROY-8553|wipe_out obj=government
--- &V-DESTROY-8553|wipe_out obj=candidate
121 &V-DESTROY-8553|wipe_out obj=challenge full
145 &V-DESTROY-8553|wipe_out subj=protestor full
161 &V-DESTROY-8553|wipe_out obj=relations full
1712 &V-DESTROY-8553|wipe_out obj=buildings full
1712 &V-DESTROY-8553|wipe_out subj=explosion full
012 &V-DESTROY-8553|wipe_out obj=unlikely full
030 &V-DESTROY-8553|wipe_out obj=deadlock full
082 &V-DESTROY-8553|wipe_out obj=militant full
1712 &V-DESTROY-8553|wipe_out obj=monument full
110 &V-DESTROY-8553|wipe_out subj=tension full pair=110
128 &V-DESTROY-8553|wipe_out obj=embargo full
141 &V-DESTROY-8553|wipe_out obj=outside full
--- &V-DESTROY-8553|wipe_out pp:by=nato
1712 &V-DESTROY-8553|wipe_out obj=houses full
186 &V-DESTROY-8553|wipe_out obj=leader full
190 &V-DESTROY-8553|wipe_out obj=core pp:of=&MILITARY full
190 &V-DESTROY-8553|wipe_out obj=bridge full
1712 &V-DESTROY-8553|wipe_out obj=house full
1712 &V-DESTROY-8553|wipe_out obj=homes full
190 &V-DESTROY-8553|wipe_out obj=force full
130 &V-DESTROY-8553|wipe_out pp:with full
130 &V-DESTROY-8553|wipe_out prt=away full
1712 &V-DESTROY-8553|wipe_out obj=home full
1712 &V-DESTROY-8553|wipe_out obj=wall full
190 &V-DESTROY-8553|wipe_out obj=camp full
130 &V-DESTROY-8553|wipe_out prt=off full
121 &V-DESTROY-8553|wipe_out obj=&PROPOSAL full
1712 &V-DESTROY-8553|wipe_out obj=&MILITARY_&CAR full
1712 &V-DESTROY-8553|wipe_out obj=&WEAPON full
1712 &V-DESTROY-8553|wipe_out obj=&CAR full
190 &V-DESTROY-8553|wipe_out obj=&MILITARY full
195 &V-DESTROY-8553|wipe_out subj=&AIRCRAFT full

############ DIE (line 8628) ############
&V-DIE-8628 die
190 die full
1832 &V-DIE-8628 pp:in=carbomb_explosion reverse full
1831 &V-DIE-8628 pp:in=suicide_bombing reverse full
1831 &V-DIE-8628 pp:in=suicide_bombing reverse full
--- &V-DIE-8628 pp:of=natural_causes
1831 &V-DIE-8628 pp:in=suicide_attack reverse full
190 &V-DIE-8628 pp:during=operation reverse full
142 &V-DIE-8628 obj=hunger_strike prt=in full
194 &V-DIE-8628 pp:in=mortar_attack reverse full
194 &V-DIE-8628 pp:during=shelling reverse full
142 &V-DIE-8628 obj=hunger-strike full
1952 &V-DIE-8628 pp:in=drone_strike reverse full
195 &V-DIE-8628 pp:during=air_raid reverse full
1823 &V-DIE-8628 pp:after=assault reverse full
190 &V-DIE-8628 pp:from=injuries reverse full
190 &V-DIE-8628 pp:in=skirmishes reverse full
193 &V-DIE-8628 pp:under=gunfire reverse full
--- &V-DIE-8628 pp:from=disease
--- &V-DIE-8628 obj=heart_attack
193 &V-DIE-8628 pp:in=firefight full pair=193
195 &V-DIE-8628 pp:in=airstrike reverse full
190 &V-DIE-8628 subj=&PEOPLE pp:in=skirmish full pair=190
190 &V-DIE-8628 pp:after=clash reverse full
190 &V-DIE-8628 pp:in=clashes full pair=190
190 &V-DIE-8628 pp:in=battles reverse full
--- &V-DIE-8628 pp:from=acid
190 &V-DIE-8628 pp:of=wounds reverse full
--- &V-DIE-8628 pp:in=storm
--- &V-DIE-8628 pp:in=crash
190 &V-DIE-8628 pp:in=blast reverse full
193 &V-DIE-8628 obj=gunfire reverse full
190 &V-DIE-8628 pp:in=raid reverse full
190 &V-DIE-8628 pp:in=&FIGHT full pair=190
184 &V-DIE-8628 pp:in=&DETENTION reverse full
190 &V-DIE-8628 obj=&FIGHT prt=in reverse full

############ ENCIRCLE (line 8668) ############
&V-ENCIRCLE-8668 circle encircle ring surround
190 circle full
190 encircle full
190 ring full
190 surround full
080 &V-ENCIRCLE-8668 obj=house full
150 &V-ENCIRCLE-8668 subj=troop full
150 &V-ENCIRCLE-8668 subj=tank full
151 &V-ENCIRCLE-8668 subj=&AIRCRAFT full

############ ENGAGE (line 8681) ############
&V-ENGAGE-8681 engage
190 engage full
0874 &V-ENGAGE-8681 pp:in=withdrawal full
050 &V-ENGAGE-8681 pp:in=diplomacy full
111 &V-ENGAGE-8681 pp:in=&FIGHT_of_words full
193 &V-ENGAGE-8681 pp:in=firefight full
193 &V-ENGAGE-8681 pp:in=gunfight full
060 &V-ENGAGE-8681 pp:in=effort full
061 &V-ENGAGE-8681 pp:in=trade full
046 &V-ENGAGE-8681 pp:in=&NEGOTIATION full

############ EXPLOSIVE-DESTRUCTION (line 8695) ############
&V-EXPLOSIVE-DESTRUCTION-8695 blast blow bomb bombard detonate dynamite explode fire pelt torch
190 blow_up full
190 blast full
190 blow full
190 bomb full
190 bombard full
190 detonate full
193 dynamite full
183 explode full
190 fire full
190 pelt full
190 torch full
194 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up pp:at=fighter-bombers full
111 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=verbal_broadside full
111 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=interference full
111 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up pp:for=imposing full
111 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up pp:for=hosting full
111 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up pp:for=blaming full
111 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up pp:for=denying full
111 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up pp:as=farcical full
111 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=nomination full
150 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=&WEAPON pp:on=exercise full
182 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up pp:with=stones full
194 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=rocket pp:into target=pp:into full
017 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=celebrate subj=&WEAPON full
111 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up pp:for=trying full
111 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=offensive full
111 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=president full
111 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=statement full
145 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up pp:with=rocks full
182 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up pp:with=rocks full
183 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=&WEAPON subj=guerrilla full
194 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up subj=batteries full
111 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=attitude full
111 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=decision full
120 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=proposal full
1712 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=pipeline full
183 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=landmine full
183 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up subj=landmine full
183 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up subj=timebomb full
190 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up pp:at=convoy full
194 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=rocket pp:at target=pp:at full
194 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up pp:in=strike full
195 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up subj=fighter_&AIRCRAFT full
195 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up subj=fighters full
111 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=failure full
175 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=tear_gas full
175 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=tear_gas full
180 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=teargas full
190 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=against full
193 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=machine_&WEAPON full
193 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up subj=machine_&WEAPON full
193 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=bullets full
193 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=grenade full
194 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=tear_gas subj=&MILITARY full
194 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up subj=missile full
194 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=barrage full
110 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=report full
111 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up pp:in=fury full
111 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=powers full
111 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=denial full
160 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=worker full
193 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up subj=gunman full
193 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=mortar full
193 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=shells full
193 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up subj=mortar full
194 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=rocked full
194 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=rocket full
012 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=plans full
110 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up subj=press full
194 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up subj=tanks full
141 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=flag full
150 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up subj=test full
182 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=cars full
194 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up pp:with=&WEAPON full
195 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up pp:with=&AIRCRAFT full
110 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up prt=off full
111 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up pp:for full
138 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=if full
190 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=at full
194 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=&WEAPON pp:to target=pp:to full
111 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up subj=&INVESTIGATION full
111 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=&INFORMATION full
111 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=&SOLUTION full
111 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=&PROGRAM full
183 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up subj=&WEAPON full
183 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=&CAR full
195 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up obj=&WEAPON subj=&AIRCRAFT full
195 &V-EXPLOSIVE-DESTRUCTION-8695|blow_up subj=&AIRCRAFT target=obj full

############ FLATTEN (line 8789) ############
&V-FLATTEN-8789 flatten
190 flatten full
1712 &V-FLATTEN-8789 subj=bulldozers full
--- &V-FLATTEN-8789 obj=tires
194 &V-FLATTEN-8789 subj=&WEAPON full

############ GUNFIRE (line 8798) ############
&V-GUNFIRE-8798 shell snipe
193 gun_down full
190 shell full
190 snipe full

############ KILL (line 8806) ############
&V-KILL-8806 behead decapitate hang kill murder slay strangle
180 kidnapped_and_killed full
190 killed_and full
190 killed_or full
190 shoot_down full
190 stamp_out full
190 string_up full
190 wipe_out full
190 behead full
190 decapitate full
190 hang full
190 kill full
190 murder full
190 slay full
180 strangle full
--- &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out pp:in=training_accident
--- &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out obj=when_a_small_&AIRCRAFT_crashed
--- &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out pp:on=training_mission
--- &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out pp:in=accidental_blast
183 &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out subj=suicide_attack full
195 &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out pp:during=air_raid full
175 &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out pp:during=arrest full
175 &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out obj=demonstrator full
193 &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out pp:in=gunbattle full pair=193
193 &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out pp:in=gunbattle full
--- &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out pp:in=accident
--- &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out subj=earthquake
193 &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out pp:in=shootout full pair=193
193 &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out pp:in=shootout full
--- &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out pp:for=murder
--- &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out subj=collision
175 &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out obj=protestor full
193 &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out subj=explosion full
195 &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out subj=air_strike full
195 &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out subj=airstrike full
--- &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out obj=from_heat
194 &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out subj=tank_fire full
194 &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out subj=shelling full
195 &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out subj=air_force full
202 &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out obj=civilian full
--- &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out obj=herself
--- &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out obj=himself
1831 &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out subj=suicide_&WEAPON full
193 &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out pp:by=shots full
193 &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out pp:in=clash full
193 &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out pp:gunfire full
175 &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out pp:in=riot full
193 &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out subj=gunmen full
--- &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out subj=&AIRCRAFT_crash
--- &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out subj=&CAR_crash
--- &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out subj=flood
--- &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out subj=nazis
--- &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out subj=quake
--- &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out subj=virus
--- &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out subj=crash
180 &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out obj=envoy full
196 &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out pp:after=&CEASEFIRE full
194 &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out subj=tank full
1832 &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out subj=&CAR_&WEAPON full
183 &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out subj=&WEAPON full
193 &V-KILL-8806|kidnapped_and_killed|killed_and|killed_or|shoot_down|stamp_out|string_up|wipe_out subj=&WEAPON_&FIGHT full

############ PHYSICAL-CONFLICT (line 8871) ############
&V-PHYSICAL-CONFLICT-8871 altercate assail assault attack battle blitz bludgeon clash clobber combat conflict duel fight grapple hammer hit kick match pit pummel quarrel retaliate siege skirmish stone storm strike struggle wrestle
190 attacked_and_stabbed full
190 fight_back full
190 fight_down full
193 shot_and full
190 square_off full
190 wage_war full
190 altercate full
190 assail full
190 assault full
190 attack full
190 battle full
190 blitz full
180 bludgeon full
190 clash full
190 clobber full
190 combat full
190 conflict full
190 duel full
190 fight full
190 grapple full
190 hammer full
190 hit full
180 kick full
190 match full
190 pit full
190 pummel full
190 quarrel full
190 retaliate full
190 siege full
190 skirmish full
190 stone full
190 storm full
190 strike full
190 struggle full
180 wrestle full
175 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war subj=police pp:with=demonstrator full pair=145
062 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:in=joint_manoeuvres full pair=062
110 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:over=imprisonment full
163 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:by/with=sanctions full
--- &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:with=corruption
193 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:by/with=grenade full
110 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:with=officials full
180 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=demonstrators full
1831 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war subj=suicide_bomber full
190 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=police_station full
196 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=position pp:after=&TREATY full
1044 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:for=statehood full
110 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=publicly pp:with full
110 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war subj=relationship full
130 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:with=warnings full pair=130
145 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war subj=demonstrator target=obj full
164 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=impasse subj=talks full pair=164
037 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:with=warning full
110 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:over=efforts full
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:against=plan full
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:in=elections full
145 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war subj=protest pp:with full pair=175
175 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:with=rioters full pair=145
194 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:with=rockets full
195 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:in=air_strike full
--- &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=extinction
014 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:with=policy full
062 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=insurgents full
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:at=claim prt=out full
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:for=failing full
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=government full
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=conference full
150 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=mock_target full
175 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=procession full
182 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:with=stones full
190 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:for=control full
193 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:with=mortar full
--- &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=extremism
--- &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war subj=publicity
053 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:in=support full
062 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=alongside full
110 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:at=meeting full pair=110
110 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:in=meeting full pair=110
110 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=criticism full
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=criticism full
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=criticism full
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war subj=newspaper full
145 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war subj=protestor full
171 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=shop subj=crowd full
172 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:for=access full
193 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=positions full
194 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war subj=artillary full
195 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war subj=air_strike full
--- &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=congress
--- &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=violence
012 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=at_summit full
014 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:with=ways full
046 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war subj=politely full pair=046
110 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war subj=cabinets full
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war subj=magazine full
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=bitterly full
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=decision full
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=measures full
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=sanction full
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war subj=verbally full
127 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:over=plan full
193 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:by=bullet full
--- &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:in=polls
--- &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=law prt=down
042 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=tour prt=off full pair=043
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=assault full
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=comment full
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=critics full
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war subj=sharply full
145 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war subj=protest full pair=175
190 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:between full pair=190
190 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=faction full
194 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:by/with=&WEAPON full
194 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war subj=gunboat full
195 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:from=air full
--- &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=racism
073 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=locust full
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:at prt=back full
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=demand full
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=policy full
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=ruling full
190 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=mosque full
195 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war subj=&AIRCRAFT_firing_&WEAPON full
195 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=target full
--- &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=since
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:at prt=out full
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=talks full
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=court full
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=envoy full
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=plans full
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=visit full
145 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=shops full
180 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war subj=arson full
190 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=homes full
195 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war subj=air prt=on target=obj full
--- &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=porn
057 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=deal full
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=meet full
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=veto full
190 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=with full pair=190
190 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=with full pair=190
190 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=base full
190 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=camp full
190 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=port full
194 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:with=&WEAPON full
194 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:with=&WEAPON full
046 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war prt=off full
110 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=ban full
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war pp:for full
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=law full
180 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=bus full
138 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=if full
--- &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=&AIRCRAFT
--- &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=&CRIME
030 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=&TREATY full
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=&PROPOSAL full
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=&SOLUTION full
111 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=&TREATY full
112 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=&SUSPECT full
190 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war subj=&MILITARY full
192 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=&STRONGHOLD full
193 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war subj=&WEAPON full pair=193
195 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war subj=&AIRCRAFT full
195 &V-PHYSICAL-CONFLICT-8871|attacked_and_stabbed|fight_back|fight_down|shot_and|square_off|wage_war obj=&WEAPON full

############ POUND (line 9041) ############
&V-POUND-9041 pound ram thump
190 pound full
190 ram full
190 thump full
193 &V-POUND-9041 obj=&MILITARY_convoy subj=explosives full
1712 &V-POUND-9041 obj=power_grid full
193 &V-POUND-9041 obj=explosive_&CAR full
195 &V-POUND-9041 subj=&AIRCRAFT_gunships full
194 &V-POUND-9041 obj=tanks full
190 &V-POUND-9041 subj=&MILITARY full
195 &V-POUND-9041 subj=&AIRCRAFT full

############ RAID (line 9056) ############
&V-RAID-9056 raid
190 foray_into full
190 intrude_on full
190 raid full
175 &V-RAID-9056|foray_into|intrude_on obj=homes full
195 &V-RAID-9056|foray_into|intrude_on subj=&AIRCRAFT full

############ RANSACK (line 9066) ############
&V-RANSACK-9066 despoil foray loot pillage plunder ransack reave
190 despoil full
190 foray full
145 loot full
190 pillage full
190 plunder full
190 ransack full
190 reave full
145 &V-RANSACK-9066 pp:in=protest full
1712 &V-RANSACK-9066 obj=office full
1712 &V-RANSACK-9066 obj=home full
1712 &V-RANSACK-9066 obj=home full
171 &V-RANSACK-9066 obj=aid full

############ REPULSE (line 9083) ############
&V-REPULSE-9083 repel repulse
190 repel full
190 repulse full

############ SHOOT (line 9090) ############
&V-SHOOT-9090 shoot
190 shoot full
--- &V-SHOOT-9090 obj=distance
193 &V-SHOOT-9090 obj=between full pair=193
193 &V-SHOOT-9090 obj=attack full
1384 &V-SHOOT-9090 subj=plans full

############ TARGET (line 9100) ############
&V-TARGET-9100 aim target
030 aim full
190 target full
190 &V-TARGET-9100 pp:in=strike full
194 &V-TARGET-9100 subj=barrage full
1832 &V-TARGET-9100 pp:with=&CAR_&WEAPON full
194 &V-TARGET-9100 pp:of=&WEAPON full
190 &V-TARGET-9100 obj=&MILITARY full
190 &V-TARGET-9100 obj=&WEAPON full

############ BESIEGE (line 9113) ############
&V-BESIEGE-9113 besiege
191 besiege full
191 &V-BESIEGE-9113 subj=forces full
191 &V-BESIEGE-9113 obj=&STRONGHOLD full

############ INVADE (line 9121) ############
&V-INVADE-9121 infest inhabit invade occupy overrun reside
192 infest full
192 inhabit full
192 invade full
192 occupy full
192 overrun full
192 reside full
144 &V-INVADE-9121 subj=protestor full
192 &V-INVADE-9121 obj=positions full
192 &V-INVADE-9121 obj=consulate full
145 &V-INVADE-9121 obj=embassy full
192 &V-INVADE-9121 obj=bridge full
192 &V-INVADE-9121 obj=base full
192 &V-INVADE-9121 obj=post full
192 &V-INVADE-9121 obj=&TOWN full

############ RECAPTURE (line 9140) ############
&V-RECAPTURE-9140 recapture
192 recapture full
173 &V-RECAPTURE-9140 obj=convict full
173 &V-RECAPTURE-9140 obj=man full

############ MASSACRE (line 9148) ############
&V-MASSACRE-9148 butcher massacre slaughter
202 butcher full
202 massacre full
202 slaughter full

############ OFFEND (line 9156) ############
&V-OFFEND-9156 appall breach disgust infract offend outrage pique scandalise scandalize shock stun stun stupefy transgress
110 appall reverse full
110 breach reverse full
110 disgust reverse full
110 infract reverse full
110 offend reverse full
110 outrage reverse full
110 pique reverse full
110 scandalise reverse full
110 scandalize reverse full
110 shock reverse full
110 stun reverse full
110 stun reverse full
110 stupefy reverse full
110 transgress reverse full
012 &V-OFFEND-9156 pp:to=core full
