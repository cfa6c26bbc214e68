# Interface strings of enquete, Somali. A study overrides any message by
# defining it again in its own locales/so/*.ftl.
# Reviewed by a native speaker: no. This translation has not been reviewed
# by a native speaker: have it checked before printing.
# Read back for meaning, grammar and register on 2026-12-02 (see the note of issue 11).
# Register: standard Somali in Latin script, the plain and respectful wording
# of a university information sheet. After a number a feminine noun takes the
# counting form: "1 su'aal", "2 su'aalood"; no other word agrees with a number.

language-name = Soomaali
skip-to-content = U gudub nuxurka
languages = Luqadaha
not-translated = weli lama turjumin
made-with = Waxaa lagu sameeyay enquete. Boggani meelna waxba uma diro; jawaabuhu waxay ku jirayaan biraawsarkan ilaa aad soo saarto.
version = nooca
definition-hash = Calaamadda aqoonsiga ee qeexidda liiska su'aalaha
footer-version = nooca { $version }
page-x-of-y = bogga { $page } ee { $pages }
study = Daraasad
colon = :

## Home page
questionnaires = Liisaska su'aalaha
documents = Macluumaad iyo oggolaansho
printable-version = Nooca la daabacan karo
kind-interview = Hagaha wareysiga
kind-survey = Liiska su'aalaha
kind-consent-written = Foomka oggolaanshaha qoraalka ah
kind-consent-verbal = Qoraalka oggolaanshaha afka ah
kind-letter = Warqadda casuumaadda
kind-codebook = Qaabka koodaynta ee falanqaynta
codebook-title = Buugga koodhadhka
codebook-intro = Qaabka koodaynta ee lagu falanqeeyo jawaabaha: kood kasta, waxa uu daboolo, iyo su’aalaha jawaabahooda lagu koodeeyo.
codebook-questions = Su’aalaha lagu koodeeyo
bilingual-versions = Noocyada isbarbar yaal
bilingual-pair = { $a } iyo { $b }
contact = La xiriir
ethics-approval = Waxaa ansixiyay guddiga anshaxa { $committee } (tixraac { $reference }).
letter-variants-intro = Warqaddani waxay leedahay dhowr nooc; fur mid si aad u daabacdo.
all-variants = Dhammaan noocyada warqaddan

## Durations and counts
duration-minutes = { $min } daqiiqo
duration-range = { $min }–{ $max } daqiiqo
question-count = { $count ->
    [one] { $count } su'aal
   *[other] { $count } su'aalood
}
planned = La qorsheeyay
actual-time = Dhab ahaan
consent-reminder = Oggolaanshaha waa la helay su'aasha koowaad ka hor

## Forms
web-form = Foomka shabakadda
print = Daabac
consent-document = Oggolaansho
no-script = JavaScript-ku waa dansan yahay: boggan waad akhrin kartaa oo daabici kartaa, laakiin jawaabaha lama kaydinayo.
encrypted-note = Jawaabaha waxaa lagu qarsoodiyaa (encrypt) qalabkan ka hor inta aan la dhoofin ama la dirin: kooxda cilmi-baarista oo keliya ayaa furi karta.
respondent-code = Koodka ka-qaybgalaha
respondent-code-help = Kood sida R07, marnaba magac ma aha.
respondent-code-never-name = Koodka ka-qaybgalaha (marnaba magac)
sections = Qaybaha
interviewer-instructions = Loogu talagalay wareysiyaha
interviewer-note = Xusuus-qor loogu talagalay wareysiyaha
interviewer = Wareysiyaha
required = waa waajib
optional = ikhtiyaari
other = Kale
other-specify = Kale, fadlan sheeg
msc-period = Muddada
msc-story = Sheekada: maxaa isbeddelay?
msc-why = Maxaa isbeddelkan kaaga dhigaya kan ugu muhiimsan?
probes = Su'aalo dheeraad ah (calaamadee marka la weydiiyo)
notes = Xusuus-qorka wareysiyaha
notes-on = Xusuus-qor ku saabsan su'aasha
submit = Dir jawaabaha
date = Taariikhda
time = Saacadda

## Consent and letters
consent-purpose = Ujeeddada daraasadda
consent-statements = Caddayn
consent-tick = Fadlan calaamadee caddayn kasta oo aad ku raacsan tahay.
consent-yes = Haa
consent-no = Maya
consent-two-copies = Foomkan waxaa lagu saxiixaa laba nuqul: mid ka-qaybgalaha, midna cilmi-baaraha.
signatures = Saxiixyada
participant = Ka-qaybgalaha
researcher = Cilmi-baaraha
name = Magaca
signature = Saxiixa
consent-script = Qoraalka kor loo akhrinayo
consent-script-instruction = Qayb kasta u akhri ka-qaybgalaha, oo hubi in la fahmay ka hor intaadan sii socon.
consent-checklist = Liiska hubinta ee wareysiyaha
consent-item = Qodob
consent-agreed = Waa la oggolaaday
consent-refused = Waa la diiday
consent-recorded = Oggolaanshaha laftiisa cod ahaan ayaa loo duubay
interviewer-initials = Xarfaha hore ee magaca wareysiyaha
letter-qr = Koodkan iskaan garee si aad bogga daraasadda ugu furto luqaddan:
letter-address = Halkan ku dheji calaamadda cinwaanka ama gacanta ku qor cinwaanka (tilmaantan lama daabaco)
continue-to-site = U gudub daraasadda

## Script (enquete.js): saving, sessions, exports, clocks, validation
js-sessions = Ka-qaybgalaha qalabkan
js-no-code = weli kood ma jiro
js-new-session = Ka-qaybgale cusub
js-delete-session = Tirtir jawaabahan
js-delete-confirm = Ma ka tirtirtaa qalabkan jawaabaha { $code }? Tan dib looma celin karo.
js-deleted = Jawaabaha waa laga tirtiray qalabkan.
js-export-json = Soo saar JSON
js-export-csv = Soo saar CSV
js-export-md = Soo saar Markdown
js-import = Soo geli JSON
js-import-done = Jawaabaha waa la soo geliyay: { $code }.
js-import-invalid = Faylkani ma aha fayl jawaabaha enquete ah ({ $reason }). Waxba lama beddelin.
js-import-wrong = Faylkani wuxuu hayaa jawaabaha liis su'aalo oo kale ({ $id }).
js-encrypt-failed = Waxba lama dhoofin lamana dirin: biraawsarkan ma awoodin inuu qarsoodiyo jawaabaha ({ $reason }). Weli waxay ku kaydsan yihiin qalabkan. Ka fur bogga fayl ama https, biraawsar casri ah, oo isku day mar kale.
js-import-encrypted = Faylkan waxaa lagu qarsoodiyay furaha daraasadda, sidaa darteed biraawsar kasta ma furi karo: kooxda cilmi-baarista ayaa ku furta enquete. Waxba lama beddelin.
js-saving = Waa la kaydinayaa…
js-saved = Waxaa lagu kaydiyay biraawsarkan, saacadda { $time }.
js-restored = Jawaabaha waa la soo celiyay: { $code }.
js-not-saved = Jawaabaha laguma kaydin karo biraawsarkan (qaab gaar ah, kayd la xannibay ama buuxa). Boggan furan ku hay, oo soo saar jawaabaha ka hor intaadan xirin.
js-code-taken = Jawaabaha { $code } horay ayay ugu jireen qalabkan: hadda ayaa la muujinayaa.
js-downloaded = Waxaa lagu kaydiyay faylka { $file }.
js-unexported = Jawaabaha qaarkood weli lama soo saarin.
js-progress = Su'aalaha laga jawaabay: { $answered } ee { $total }
js-clock-start = Bilow saacadda
js-clock-pause = Hakin saacadda
js-clock-total = Waqtiga wareysiga
js-clock-section = Waqtiga qaybtan
js-required-missing = Fadlan ka jawaab su'aashan.
js-errors-summary = Su'aalaha qaarkood waxay u baahan yihiin jawaab ({ $count }):
js-submitted = Jawaabahaaga waa la diray, daraasadduna way heshay.
js-submit-failed = Jawaabahaaga lama diri karin ({ $reason }). Weli waxay ku kaydsan yihiin biraawsarkan: mar dambe isku day.
js-dismiss = Iska xir
js-privacy-file = Boggan waxaa laga furay fayl. Dhammaan boggaga laga furo faylal biraawsarkan waxay wadaagaan hal kayd, sidaa darteed fayl kasta oo HTML ah oo laga furo kombiyuutarkan wuu akhrin karaa jawaabaha halkan ku jira. Haddii kombiyuutarku yahay mid la wadaago, soo saar jawaabaha oo ka tirtir qalabkan.
js-orphans-title = Jawaabaha su'aalo aan hadda ku jirin hagahan
js-orphans-help = Hagaha waa isbeddelay tan iyo markii jawaabahan la kaydiyay. Halkan ayay ku jiraan, waxayna ku jiraan soo saar kasta.
js-definition-changed = Hagahan waa isbeddelay tan iyo markii jawaabahan la kaydiyay: su'aalo cusub: { $added }; su'aalo la saaray: { $removed }. Jawaabaha waxaa la isku waafajiyaa su'aal-su'aal; jawaabta su'aal la saaray waa la hayaa waana la soo saaraa.
js-definition-changed-since = Hagahan waa isbeddelay tan iyo markii jawaabahan la kaydiyay. Jawaabaha waxaa la isku waafajiyaa su'aal-su'aal; jawaabaha su'aalaha aan hadda ku jirin hagaha ({ $removed }) waa la hayaa waana la soo saaraa.
js-open-elsewhere = { $code } sidoo kale waxaa lagu furay tab ama daaqad kale. Isbeddelada halkaas lagu sameeyo halkan ayay ka muuqdaan; jawaab kastaa waxay haysaa nooceeda ugu dambeeyay.
js-exported-removed = Waxaa lagu kaydiyay faylka { $file }, waxaana laga tirtiray qalabkan.
js-import-cancelled = Soo gelinta waa la joojiyay: waxba lama beddelin.
js-import-merged = Jawaabaha faylka waxaa lagu daray kuwii horay ugu jiray qalabkan ee { $code }. Noocii hore waa la hayaa ilaa soo saarka xiga.
js-undo-import = Ka noqo soo gelinta
js-import-undone = Soo gelinta waa laga noqday: jawaabaha { $code } sidii ay ahaayeen ayay ku noqdeen.
js-mail-opened = Barnaamijkaaga iimaylka waa inuu hadda furaa fariin loo dirayo { $address } oo wadata jawaabahaaga. Dir fariintaas si aad u dhammaystirto.
js-mail-attach-body = Jawaabahaygu waxay ku jiraan faylka lagu lifaaqay { $file }.
js-mail-too-long = Jawaabahaagu aad bay ugu dheer yihiin xiriiriye iimayl, sidaa darteed waxaa loo kaydiyay faylka { $file } ee soo dejinta biraawsarkaaga. Faylkaas ku lifaaq iimayl loo dirayo { $address }.
js-download-done = Jawaabahaaga waxaa loo kaydiyay faylka { $file } gudaha galka soo dejinta ee biraawsarkaaga.
js-thanks-title = Mahadsanid
js-forget-answers = Ka tirtir jawaabahayga biraawsarkan
js-forgotten = Jawaabahaaga waa laga tirtiray biraawsarkan.
js-bar = Wareysi
js-menu = Fadhi
js-export-all = Soo saar dhammaan ka-qaybgalayaasha (JSON)
js-send = Dir jawaabaha
js-remove-after-export = Ka tirtir ka-qaybgalahan qalabkan kadib marka JSON la soo saaro
js-shortcuts = Gaagaabiyeyaasha kiiboodhka
js-clock-stopped = Saacaddu way socotay markii boggan la xiray; waxay ku hakan tahay { $time }.
js-conflicts-title = Jawaabo labada dhinacba lagu beddelay: { $code }
js-conflicts-help = Jawaabahan waxaa lagu beddelay qalabkan iyo faylkaba tan iyo soo saarkii ugu dambeeyay ee qalabkan. Dooro nooca aad haynayso; ka kale waa la soo celin karaa ilaa soo saarka xiga.
js-conflict-mine = Qalabkan ({ $time }):
js-conflict-theirs = Faylka ({ $time }):
js-conflicts-merge = Isku dar
js-conflicts-cancel = Jooji soo gelinta
js-skip-to-questions = U gudub su'aalaha
js-key-next = Su'aasha xigta
js-key-previous = Su'aashii hore
js-key-unanswered = Su'aasha xigta ee aan laga jawaabin
js-key-clock = Bilow ama hakin saacadda
js-key-probe = Calaamadee su'aasha dheeraadka ah ee xigta
js-key-notes = Xusuus-qor ku saabsan su'aashan
js-key-mark = Geli waqtiga saacadda, sida [12:40], gudaha xusuus-qor ama jawaab
js-key-help = Liiskan
js-close = Xir
js-found-elsewhere = Biraawsarkan wuxuu sidoo kale hayaa jawaabo liiska su'aalahan ah oo ka yimid nuqul kale oo daraasad ah, oo la sameeyay ka hor intaan study.yaml-keeda la beddelin (ka-qaybgalayaal: { $count }). Haddii ay daraasaddan ka tirsan yihiin, halkan u soo qaado.
js-take-found = U soo qaado daraasaddan
js-taken-found = Jawaabaha waxaa loo soo qaaday daraasaddan (ka-qaybgalayaal: { $count }).

## Skip logic: when a question or section applies (show_if)
routing-only-if = Kaliya haddii { $condition }
routing-equals = su’aasha { $number } ay tahay “{ $value }”
routing-not-equals = su’aasha { $number } aysan ahayn “{ $value }”
routing-includes = “{ $value }” lagu calaamadeeyay su’aasha { $number }
routing-not-includes = “{ $value }” aan lagu calaamadeyn su’aasha { $number }
routing-at-least = jawaabta su’aasha { $number } ay tahay { $value } ama ka badan
routing-at-most = jawaabta su’aasha { $number } ay tahay { $value } ama ka yar
routing-on-or-after = jawaabta su’aasha { $number } ay tahay { $value } ama ka dambe
routing-on-or-before = jawaabta su’aasha { $number } ay tahay { $value } ama ka hor
routing-answered = su’aasha { $number } la jawaabay
routing-not-answered = su’aasha { $number } aan laga jawaabin
routing-and = iyo
routing-or = ama
routing-not = aysan run ahayn in { $condition }
# On paper, under a question that later questions depend on.
routing-go-to = Haddii “{ $value }”, u gudub su’aasha { $number }
# In a transcript, under a question that did not apply to the respondent.
not-applicable = Khuseyn maaha, marka la eego jawaabihii hore
js-shown-now = Hadda la muujiyay: { $question }
