# Default wording of consent sheets, Somali.
# Reviewed by a native speaker: no. This translation has not been reviewed
# by a native speaker: have it checked before printing.
# Read back for meaning, grammar and register on 2026-12-02 (see the note of issue 11).
#
# Variables come from study.yaml: $controller, $controller_contact,
# $dpo_email, $legal_basis, $recipients, $retention, $authority, $committee,
# $reference. Values from study.yaml follow a colon or stand alone, so that
# no ending is ever attached to a name.
# Each item has three forms: the statement ticked on a written form (first
# person), the text read aloud in verbal consent (-script, addressing the
# respondent) and a checklist line (-label). Where a legal term has no
# settled Somali equivalent the plainest accurate wording is used, and the
# GDPR article numbers are kept ("qodobka" = article).

consent-voluntary = Si ikhtiyaar ah ayaan uga qaybgalayaa daraasaddan.
consent-voluntary-script = Ka-qaybgalku waa ikhtiyaari: adiga ayaa go'aaminaya inaad rabto inaad wareysigan samayso iyo in kale.
consent-voluntary-label = Ka-qaybgal ikhtiyaari ah

consent-withdraw = Waan ogahay inaanan ku qasbanayn inaan su'aal kasta ka jawaabo, inaan joojin karo waqti kasta, iyo inaan mar dambe ka noqon karo oggolaanshahayga, anigoo aan sabab sheegin oo aanay wax cawaaqib ah igu yeelanayn.
consent-withdraw-script = Qasab kuma aha inaad su'aal kasta ka jawaabto. Waad joojin kartaa waqti kasta, sidoo kale mar dambe waad ka noqon kartaa oggolaanshahaaga, adigoo aan sabab sheegin; tani wax cawaaqib ah kuuma yeelanayso.
consent-withdraw-label = Su'aalo waa laga boodi karaa, waa la joojin karaa, ama oggolaanshaha mar dambe waa laga noqon karaa

consent-recording = Waan oggolahay in wareysiga cod ahaan loo duubo. Duubista waxaa loo isticmaalayaa cilmi-baaristan oo keliya, cid kalena lalama wadaagayo.
consent-recording-script = Haddii aad oggolaato, waxaan jeclaan lahaa inaan duubo wadahadalkeenna. Duubista waxaa loo isticmaalayaa cilmi-baaristan oo keliya, cid kalena lalama wadaagayo. Waad diidi kartaa, oo haddana waad ka qaybgeli kartaa.
consent-recording-label = Duubista codka

consent-anonymisation = Waan fahamsanahay in magacayga, iyo magacyada dadka iyo meelaha aan sheego, la tirtirayo ama la beddelayo marka wareysiga qoraal loo beddelayo, si aan laygu aqoonsan karin warbixinnada iyo daabacaadaha.
consent-anonymisation-script = Magacaaga, iyo magacyada dadka iyo meelaha aad sheegto, waa la tirtirayaa marka wareysiga qoraal loo beddelayo. Qofna kuguma aqoonsan karo waxa aan daabacno.
consent-anonymisation-label = Magacyada iyo meelaha oo la qariyay

consent-privacy = Waxaa la ii sheegay sida xogtayda shakhsiyeed loo maareeyo. Maamulaha xogta: { $controller }, { $controller_contact }. Sarkaalka ilaalinta xogta: { $dpo_email }. Ujeeddada: daraasaddan cilmiga ah. Saldhigga sharciga ah: { $legal_basis }. Cidda keliya ee xogta arki karta: { $recipients }. Muddada xogta la hayo: { $retention }. Waxaan xaq u leeyahay inaan arko, saxo oo tirtiro xogtayda, inaan xaddido ama diido isticmaalkeeda, iyo, marka ay khusayso, inaan xogtayda ku helo qaab loo wareejin karo meel kale; xuquuqdan waxaan u adeegsan karaa anigoo la xiriiraya sarkaalka ilaalinta xogta. Waxaan cabasho u gudbin karaa hay'adda kormeerka: { $authority }.
consent-privacy-script = Xogtaada waxaa loo isticmaalayaa daraasaddan oo keliya. Cidda mas'uulka ka ah xogtaada (maamulaha xogta): { $controller }, { $controller_contact }. Saldhigga sharciga ah: { $legal_basis }. Dadkan oo keliya ayaa arki kara xogtaada: { $recipients }. Muddada xogtaada la hayo: { $retention }. Waxaad codsan kartaa inaad aragto, saxdo ama tirtirto xogtaada, inaad xaddiddo ama diiddo isticmaalkeeda, iyo, marka ay khusayso, inaad ku hesho qaab la isticmaali karo; la xiriir sarkaalka ilaalinta xogta: { $dpo_email }. Waxaad sidoo kale cabasho u gudbin kartaa hay'adda kormeerka: { $authority }.
consent-privacy-label = Macluumaadka xogta shakhsiyeed (GDPR) waa la bixiyay

# Added to the privacy item when study.yaml sets `privacy.special_categories: true`.
consent-privacy-special = Waxyaabaha aan sheego qaarkood waxay muujin karaan noocyo gaar ah oo xog shakhsiyeed ah (tusaale ahaan asalkayga, diintayda ama caafimaadkayga); xogtaas waxaa loo maareeyaa cilmi-baaris cilmiyeed, iyadoo la raacayo ilaalin ku habboon (GDPR qodobka 9(2)(j) iyo qodobka 89).
consent-privacy-special-script = Qaar ka mid ah waxyaabaha aad ii sheegto waxay wax ka sheegi karaan asalkaaga, diintaada ama caafimaadkaaga. Sharcigu si gaar ah ayuu u ilaaliyaa xogtaas: waxaan u isticmaalnaa cilmi-baaristan oo keliya, iyadoo ilaalin dheeraad ah la raacayo (GDPR qodobka 9(2)(j) iyo qodobka 89).

consent-ethics = Waan ogahay in daraasaddan uu ansixiyay guddiga anshaxa { $committee } (tixraac { $reference }), iyo inaan cilmi-baaraha weydiin karo su'aal kasta oo ku saabsan, hadda ama mar dambe.
consent-ethics-script = Daraasaddan waxaa ansixiyay guddiga anshaxa { $committee } (tixraac { $reference }). Hadda ama mar dambe waad i weydiin kartaa su'aalo ku saabsan daraasadda.
consent-ethics-label = Ansixinta anshaxa waa la sharraxay, su'aalahana waa laga jawaabay

privacy-default-legal-basis = hawl loo qabanayo danta guud (cilmi-baaris cilmiyeed; GDPR qodobka 6(1)(e) iyo qodobka 89)
privacy-default-recipients = kooxda cilmi-baarista
