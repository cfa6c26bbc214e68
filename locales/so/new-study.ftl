# The sample study that `enquete new` writes, Somali. Every text is an
# example that the researcher replaces with their own; keep it plain and
# neutral. Messages are written into YAML as they are: keep the ids, and
# keep `{ $organisation }`, `{ $city }` and `{ $programme }` in the letter.
# Register: standard Somali in Latin script, the plain and respectful wording
# of a university information sheet, as in the other Somali files.
# Reviewed by a native speaker: no

study-title = Daraasad tusaale ah: ka-qaybgalka barnaamijka mutadawiciinta
study-intro = Daraasaddani waxay eegaysaa sida ka-qaybgalayaashu u arkaan barnaamijka. Qoraalkan ku beddel hordhaca daraasaddaada.
institution = Jaamacadda Tusaale
researcher-role = Cilmi-baaraha
privacy-controller = Jaamacadda Tusaale
privacy-retention = 10 sano kadib daabacaadda
privacy-authority = hay'adda qaranka ee ilaalinta xogta
programme = barnaamijka mutadawiciinta

guide-title = Hagaha wareysiga ee ka-qaybgalayaasha
guide-intro = Waad ku mahadsan tahay inaad ka qaybgasho wareysigan.
section-start = Hordhac
section-start-instructions = Naftaada soo bandhig, sharax daraasadda, oo ka hor intaadan bilaabin la mar ka-qaybgalaha oggolaanshaha.
question-code = Koodka ka-qaybgalaha
question-code-help = Koodka ku qoran foomka oggolaanshaha; marnaba magac ma aha.
question-joined = Sidee ku timid inaad ka qaybgasho barnaamijka?
probe-heard = Yaa kuu sheegay?
probe-expected = Maxaad ka filaysay?
question-joined-note = U oggolow ka-qaybgalaha inuu sheekadiisa ku sheego erayadiisa; jawaabo ha u soo jeedin.
question-since = Tan iyo goorma ayaad ka qaybgalaysay?
question-age = Immisa jir baad tahay?
section-programme = Barnaamijka
question-activities = Maxaad ka qabataa barnaamijka?
option-meeting = La kulanka dad cusub
option-language = Ku celcelinta luqadda
option-leisure = Hawlaha madadaalada
question-frequency = Intee jeer ayaad ka qaybgashaa?
option-weekly = Toddobaad kasta
option-monthly = Bil kasta
option-less = Marar ka yar
question-satisfaction = Intee in le'eg ayaad ku qanacsan tahay barnaamijka?
scale-low = haba yaraatee
scale-high = gebi ahaanba
note-last-part = Uga mahadceli ka-qaybgalaha jawaabaha uu ilaa hadda bixiyay, oo u sheeg in la gaaray qaybta ugu dambeysa ee wareysiga.
section-change = Isbeddelka ugu muhiimsan
question-change = Haddaad dib u eegto, waa maxay isbeddelka adiga kuugu muhiimsanaa?
change-period = tan iyo markii aad barnaamijka bilowday

survey-title = Liis su'aalo gaaban oo barnaamijka kadib ah
survey-section = Waayo-aragnimadaada
question-recommend = Ma kula talin lahayd dadka kale inay ka qaybgalaan barnaamijka?
option-yes = Haa
option-no = Maya
option-unsure = Ma hubo
question-change-wish = Maxaad ka beddeli lahayd barnaamijka?

consent-written-title = Oggolaansho xog-ogaal ah
consent-verbal-title = Oggolaansho xog-ogaal ah (afka)
consent-purpose = Daraasaddani waxay doonaysaa inay fahanto sida ka-qaybgalayaashu u arkaan barnaamijka. Wareysigu wuxuu qaataa qiyaastii hal saac.

letter-title = Casuumaad aad uga qaybgasho wareysi
letter-body =
    Akhriste qaaliga ah,

    Adigoo u maraya { $organisation } ee magaalada { $city }, waxaad ka qaybgashaa { $programme }. Waxaan jeclaan lahayn inaan waayo-aragnimadaada ka maqalno wareysi qiyaastii hal saac ah, meel iyo waqti kuu habboon.

    Ka-qaybgalku waa ikhtiyaari. Haddii aad rabto inaad ka qaybgasho ama aad qabto su'aal, fadlan nala soo xiriir.
