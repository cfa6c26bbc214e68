# Interface strings of enquete, Tigrinya (Ge'ez script, as written in
# Eritrea). A study overrides any message by defining it again in its own
# locales/ti/*.ftl.
# Reviewed by a native speaker: no. This translation has not been reviewed
# by a native speaker: have it checked before printing.
# Read back for meaning, grammar and register on 2026-12-02 (see the note of issue 11).
# Register: the polite plural "ንስኹም", as on a university information sheet.
# Punctuation: "።" ends a sentence, "፣" and "፤" separate clauses, "፦"
# introduces what follows. Counts: "1 ሕቶ", "2 ሕቶታት"; no other word agrees
# with a number.

language-name = ትግርኛ
skip-to-content = ናብ ትሕዝቶ ሕለፉ
languages = ቋንቋታት
not-translated = ገና ኣይተተርጎመን
made-with = ብ enquete ዝተሰርሐ። እዚ ገጽ ናብ ዝኾነ ቦታ ዋላ ሓንቲ ኣይሰድድን፤ መልስታት ክሳብ ተውጽእዎም ኣብዚ ብራውዘር ይጸንሑ።
version = ሕታም
definition-hash = መለለዪ ኣሻራ ናይ መግለጺ እቲ መሕተት
footer-version = ሕታም { $version }
page-x-of-y = ገጽ { $page } ካብ { $pages }
study = መጽናዕቲ
colon = ፦

## Home page
questionnaires = መሕተታት
documents = ሓበሬታን ፍቓድን
printable-version = ዝሕተም ቅዳሕ
kind-interview = መምርሒ ቃለ-መሕትት
kind-survey = መሕተት
kind-consent-written = ቅጥዒ ጽሑፍ ፍቓድ
kind-consent-verbal = ብቓል ዝንበብ ጽሑፍ ፍቓድ
kind-letter = ደብዳቤ ዕድመ
kind-codebook = መቐረጺ ኮድ ንትንተና
codebook-title = መጽሓፍ ኮድ
codebook-intro = መቐረጺ ኮድ ንትንተና መልስታት፤ ነፍሲ ወከፍ ኮድ፣ እንታይ ከም ዝሓቁፍ፣ እቶም መልሶም ብኡ ዝኮደ ሕቶታትን።
codebook-questions = ብኡ ዝኮዱ ሕቶታት
bilingual-versions = ጎን ንጎን ዝቐረቡ ቅዳሓት
bilingual-pair = { $a } ምስ { $b }
contact = ርክብ
ethics-approval = ብኮሚቴ ስነ-ምግባር { $committee } ጸዲቑ (መወከሲ { $reference })።
letter-variants-intro = እዚ ደብዳቤ ብዙሕ ዓይነታት ኣለዎ፤ ንምሕታሙ ሓደ ክፈቱ።
all-variants = ኩሎም ዓይነታት እዚ ደብዳቤ

## Durations and counts
duration-minutes = { $min } ደቒቕ
duration-range = { $min }–{ $max } ደቒቕ
question-count = { $count ->
    [one] { $count } ሕቶ
   *[other] { $count } ሕቶታት
}
planned = ዝተመደበ
actual-time = ብግብሪ
consent-reminder = ቅድሚ ቀዳማይ ሕቶ ፍቓድ ተረኺቡ

## Forms
web-form = ናይ መርበብ ቅጥዒ
print = ሕተሙ
consent-document = ፍቓድ
no-script = JavaScript ጠፊኡ ኣሎ፦ ነዚ ገጽ ከተንብብዎን ክትሕትምዎን ትኽእሉ ኢኹም፣ ግን መልስታት ኣይዕቀቡን።
encrypted-note = መልስታት ቅድሚ ምውጻኦም ወይ ምልኣኾም ኣብዚ መሳርሒ ይምስጠሩ፤ ክኸፍቶም ዝኽእል ጉጅለ መጽናዕቲ ጥራይ እዩ።
respondent-code = ኮድ መላሲ
respondent-code-help = ከም R07 ዝበለ ኮድ፣ ፈጺሙ ስም ኣይኮነን።
respondent-code-never-name = ኮድ መላሲ (ፈጺሙ ስም ኣይኮነን)
sections = ክፍልታት
interviewer-instructions = ንሓታቲ
interviewer-note = መዘኻኸሪ ንሓታቲ
interviewer = ሓታቲ
required = ግዴታ
optional = ኣማራጺ
other = ካልእ
other-specify = ካልእ፣ በጃኹም ግለጹ
msc-period = እዋን
msc-story = እቲ ዛንታ፦ እንታይ ተቐይሩ?
msc-why = እዚ ለውጢ ስለምንታይ እዩ ንዓኹም እቲ ኣዝዩ ኣገዳሲ?
probes = ተወሰኽቲ ሕቶታት (ምስ ተሓተቱ ምልክት ግበሩ)
notes = መዘኻኸሪታት ሓታቲ
notes-on = መዘኻኸሪ ብዛዕባ ሕቶ
submit = መልስታት ስደዱ
date = ዕለት
time = ሰዓት

## Consent and letters
consent-purpose = ዕላማ እቲ መጽናዕቲ
consent-statements = መግለጺ
consent-tick = በጃኹም ኣብ ነፍሲ ወከፍ እትሰማምዑሉ መግለጺ ምልክት ግበሩ።
consent-yes = እወ
consent-no = ኣይፋል
consent-two-copies = እዚ ቅጥዒ ብኽልተ ቅዳሕ ይፍረም፦ ሓደ ንተሳታፊ፣ ሓደ ንተመራማሪ።
signatures = ፌርማታት
participant = ተሳታፊ
researcher = ተመራማሪ
name = ስም
signature = ፌርማ
consent-script = ብዓውታ ዝንበብ ጽሑፍ
consent-script-instruction = ነፍሲ ወከፍ ክፍሊ ንመላሲ ኣንብቡሉ፣ ቅድሚ ምቕጻልኩም ድማ ከም ዝተረድኦ ኣረጋግጹ።
consent-checklist = ናይ ሓታቲ መረጋገጺ ዝርዝር
consent-item = ነጥቢ
consent-agreed = ፍቓድ ተዋሂቡ
consent-refused = ፍቓድ ኣይተዋህበን
consent-recorded = እቲ ፍቓድ ባዕሉ ብድምጺ ተቐዲሑ
interviewer-initials = ናይ ሓታቲ ቀዳሞት ፊደላት ስም
letter-qr = ገጽ እቲ መጽናዕቲ ብዚ ቋንቋ ንምኽፋት ስካን ግበሩ፦
letter-address = ናይ ኣድራሻ ምልክት ኣብዚ ለጥፉ ወይ ኣድራሻ ብኢድ ጽሓፉ (እዚ መምርሒ ኣይሕተምን እዩ)
continue-to-site = ናብቲ መጽናዕቲ ቀጽሉ

## Script (enquete.js): saving, sessions, exports, clocks, validation
js-sessions = መላሲ ኣብዚ መሳርሒ
js-no-code = ገና ኮድ የለን
js-new-session = ሓድሽ መላሲ
js-delete-session = ነዞም መልስታት ደምስሱ
js-delete-confirm = መልስታት { $code } ካብዚ መሳርሒ ይደምሰሱ ዶ? እዚ ክምለስ ኣይከኣልን።
js-deleted = እቶም መልስታት ካብዚ መሳርሒ ተደምሲሶም።
js-export-json = JSON ኣውጽኡ
js-export-csv = CSV ኣውጽኡ
js-export-md = Markdown ኣውጽኡ
js-import = JSON ኣእትዉ
js-import-done = መልስታት ኣትዮም፦ { $code }።
js-import-invalid = እዚ ፋይል ናይ enquete ፋይል መልስታት ኣይኮነን ({ $reason })። ዋላ ሓንቲ ኣይተቐየረን።
js-import-wrong = እዚ ፋይል ናይ ካልእ መሕተት መልስታት ሒዙ ኣሎ ({ $id })።
js-encrypt-failed = ዋላ ሓንቲ ኣይወጸን ወይ ኣይተላእከን፤ እዚ ብራውዘር ንመልስታት ክምስጥሮም ኣይከኣለን ({ $reason })። ሕጂ ውን ኣብዚ መሳርሒ ተዓቂቦም ኣለዉ። ነቲ ገጽ ካብ ፋይል ወይ ብ https ኣብ ሓድሽ ብራውዘር ክፈቶ፣ ደጊምካ ፈትን።
js-import-encrypted = እዚ ፋይል ብመፍትሕ ናይቲ መጽናዕቲ ተመስጢሩ ስለ ዘሎ ዝኾነ ብራውዘር ክኸፍቶ ኣይክእልን፤ ጉጅለ መጽናዕቲ ብ enquete ይኸፍቶ። ዋላ ሓንቲ ኣይተቐየረን።
js-saving = ይዕቀብ ኣሎ…
js-saved = ኣብዚ ብራውዘር ብሰዓት { $time } ተዓቂቡ።
js-restored = መልስታት ተመሊሶም፦ { $code }።
js-not-saved = ኣብዚ ብራውዘር መልስታት ክዕቀቡ ኣይክእሉን (ብሕታዊ ኣገባብ፣ ዝተዓገተ ወይ ዝመልአ መኽዘን)። ነቲ ገጽ ክፉት ግደፍዎ፣ ቅድሚ ምዕጻውኩም ድማ ነቶም መልስታት ኣውጽእዎም።
js-code-taken = ናይ { $code } መልስታት ኣብዚ መሳርሒ ድሮ ኣለዉ፦ ሕጂ ይርኣዩ ኣለዉ።
js-downloaded = ከም ፋይል { $file } ተዓቂቡ።
js-unexported = ገለ መልስታት ገና ኣይወጹን።
js-progress = ዝተመለሱ ሕቶታት፦ { $answered } ካብ { $total }
js-clock-start = ሰዓት ጀምሩ
js-clock-pause = ሰዓት ደው ኣብሉ
js-clock-total = ግዜ ቃለ-መሕትት
js-clock-section = ግዜ ኣብዚ ክፍሊ
js-required-missing = በጃኹም ነዚ ሕቶ መልሱ።
js-errors-summary = ገለ ሕቶታት መልሲ የድልዮም ({ $count })፦
js-submitted = መልስታትኩም ተላኢኾም፣ እቲ መጽናዕቲ ድማ ተቐቢልዎም።
js-submit-failed = መልስታትኩም ክለኣኹ ኣይከኣሉን ({ $reason })። ኣብዚ ብራውዘር ገና ተዓቂቦም ኣለዉ፦ ድሒርኩም ደጊምኩም ፈትኑ።
js-dismiss = ኣልግሱ
js-privacy-file = እዚ ገጽ ካብ ፋይል እዩ ተኸፊቱ። ኣብዚ ብራውዘር ካብ ፋይላት ዝኽፈቱ ኩሎም ገጻት ሓደ መኽዘን ይካፈሉ፣ ስለዚ ኣብዚ ኮምፒተር ዝኽፈት ዝኾነ ፋይል HTML ነቶም ኣብዚ ዘለዉ መልስታት ከንብቦም ይኽእል እዩ። ኣብ ብሓባር ዝጥቀሙሉ ኮምፒተር፣ ነቶም መልስታት ኣውጽእዎም ካብዚ መሳርሒ ድማ ኣልግስዎም።
js-orphans-title = መልስታት ናይ ሕጂ ኣብዚ መምርሒ ዘየለዉ ሕቶታት
js-orphans-help = እቲ መምርሒ እዞም መልስታት ካብ ዝዕቀቡ ተቐይሩ እዩ። ኣብዚን ኣብ ነፍሲ ወከፍ ምውጻእን ይዕቀቡ።
js-definition-changed = እዚ መምርሒ እዞም መልስታት ካብ ዝዕቀቡ ተቐይሩ እዩ፦ ሓደስቲ ሕቶታት፦ { $added }፤ ዝተኣልዩ ሕቶታት፦ { $removed }። መልስታት ብመሰረት ሕቶ ይዛመዱ፤ መልሲ ናይ ዝተኣለየ ሕቶ ይዕቀብን ይወጽእን።
js-definition-changed-since = እዚ መምርሒ እዞም መልስታት ካብ ዝዕቀቡ ተቐይሩ እዩ። መልስታት ብመሰረት ሕቶ ይዛመዱ፤ መልስታት ናይ ሕጂ ኣብቲ መምርሒ ዘየለዉ ሕቶታት ({ $removed }) ይዕቀቡን ይወጽኡን።
js-open-elsewhere = { $code } ኣብ ካልእ ታብ ወይ መስኮት እውን ተኸፊቱ ኣሎ። ኣብኡ ዝግበሩ ለውጥታት ኣብዚ ይርኣዩ፤ ነፍሲ ወከፍ መልሲ ናይ መወዳእታ ሕታሙ ይሕዝ።
js-exported-removed = ከም ፋይል { $file } ተዓቂቡ ካብዚ መሳርሒ ድማ ተኣልዩ።
js-import-cancelled = ምእታው ተሰሪዙ፦ ዋላ ሓንቲ ኣይተቐየረን።
js-import-merged = መልስታት እቲ ፋይል ምስቶም ድሮ ኣብዚ መሳርሒ ዝነበሩ ናይ { $code } መልስታት ተሓዊሶም። እቲ ዝሓለፈ ሕታም ክሳብ እቲ ዝቕጽል ምውጻእ ይዕቀብ።
js-undo-import = ምእታው ምለሱ
js-import-undone = ምእታው ተመሊሱ፦ መልስታት { $code } ከም ቀደሞም ኮይኖም።
js-mail-opened = ሕጂ ፕሮግራም ኢመይልኩም ናብ { $address } ምስ መልስታትኩም መልእኽቲ ክኸፍት ኣለዎ። ንምዝዛም ነቲ መልእኽቲ ስደድዎ።
js-mail-attach-body = መልስታተይ ኣብቲ ተተሓሒዙ ዘሎ ፋይል { $file } ኣለዉ።
js-mail-too-long = መልስታትኩም ንመላግቦ ኢመይል ኣዝዮም ነዊሖም፣ ስለዚ ኣብ ዝወረዱ ፋይላት ብራውዘርኩም ከም ፋይል { $file } ተዓቂቦም። ነቲ ፋይል ናብ { $address } ኣብ ዝለኣኽ ኢመይል ኣተሓሕዝዎ።
js-download-done = መልስታትኩም ኣብ ማህደር ዝወረዱ ፋይላት ብራውዘርኩም ከም ፋይል { $file } ተዓቂቦም።
js-thanks-title = የቐንየልና
js-forget-answers = መልስታተይ ካብዚ ብራውዘር ኣልግሱ
js-forgotten = መልስታትኩም ካብዚ ብራውዘር ተኣልዮም።
js-bar = ቃለ-መሕትት
js-menu = ክፍለ-ግዜ
js-export-all = ኩሎም መለስቲ ኣውጽኡ (JSON)
js-send = መልስታት ስደዱ
js-remove-after-export = ድሕሪ JSON ምውጻእ ነዚ መላሲ ካብዚ መሳርሒ ኣልግሱ
js-shortcuts = ሓጸርቲ መንገድታት መጽሓፊ
js-clock-stopped = እቲ ገጽ ክዕጾ ከሎ እቲ ሰዓት ይሰርሕ ነይሩ፤ ኣብ { $time } ደው ኢሉ ኣሎ።
js-conflicts-title = ኣብ ክልቲኡ ወገን ዝተቐየሩ መልስታት፦ { $code }
js-conflicts-help = እዞም መልስታት እዚ መሳርሒ ናይ መወዳእታ ካብ ዘውጽኦ ኣብዚ መሳርሒን ኣብቲ ፋይልን ተቐይሮም። ክትዕቅብዎ እትደልዩ ሕታም ምረጹ፤ እቲ ካልእ ክሳብ እቲ ዝቕጽል ምውጻእ ክምለስ ይኽእል።
js-conflict-mine = እዚ መሳርሒ ({ $time })፦
js-conflict-theirs = እቲ ፋይል ({ $time })፦
js-conflicts-merge = ሓውሱ
js-conflicts-cancel = ምእታው ሰርዙ
js-skip-to-questions = ናብ ሕቶታት ሕለፉ
js-key-next = ዝቕጽል ሕቶ
js-key-previous = ዝሓለፈ ሕቶ
js-key-unanswered = ዝቕጽል ዘይተመለሰ ሕቶ
js-key-clock = ሰዓት ጀምሩ ወይ ደው ኣብሉ
js-key-probe = ኣብቲ ዝቕጽል ተወሳኺ ሕቶ ምልክት ግበሩ
js-key-notes = መዘኻኸሪ ብዛዕባ እዚ ሕቶ
js-key-mark = ግዜ እቲ ሰዓት፣ ከም [12:40]፣ ኣብ መዘኻኸሪ ወይ መልሲ ኣእትዉ
js-key-help = እዚ ዝርዝር
js-close = ዕጸዉ
js-found-elsewhere = እዚ ብራውዘር ካብ ካልእ ሕታም ናይ መጽናዕቲ፣ ቅድሚ study.yaml ምቕያሩ ዝተሰርሐ፣ ነዚ መሕተት ዝምልከቱ መልስታት እውን ሒዙ ኣሎ (መለስቲ፦ { $count })። ናይዚ መጽናዕቲ እንተኾይኖም፣ ናብዚ ኣምጽእዎም።
js-take-found = ናብዚ መጽናዕቲ ኣምጽእዎም
js-taken-found = መልስታት ናብዚ መጽናዕቲ መጺኦም (መለስቲ፦ { $count })።

## Skip logic: when a question or section applies (show_if)
routing-only-if = { $condition } ጥራይ
routing-equals = ሕቶ { $number } “{ $value }” እንተኾይኑ
routing-not-equals = ሕቶ { $number } “{ $value }” እንተዘይኮይኑ
routing-includes = ኣብ ሕቶ { $number } “{ $value }” እንተተመልኪቱ
routing-not-includes = ኣብ ሕቶ { $number } “{ $value }” እንተዘይተመልኪቱ
routing-at-least = መልሲ ሕቶ { $number } { $value } ወይ ልዕሊኡ እንተኾይኑ
routing-at-most = መልሲ ሕቶ { $number } { $value } ወይ ትሕቲኡ እንተኾይኑ
routing-on-or-after = መልሲ ሕቶ { $number } { $value } ወይ ድሕሪኡ እንተኾይኑ
routing-on-or-before = መልሲ ሕቶ { $number } { $value } ወይ ቅድሚኡ እንተኾይኑ
routing-answered = ሕቶ { $number } መልሲ እንተረኺቡ
routing-not-answered = ሕቶ { $number } መልሲ እንተዘይረኸበ
routing-and = ከምኡውን
routing-or = ወይ
routing-not = { $condition } ሓቂ እንተዘይኮይኑ
# On paper, under a question that later questions depend on.
routing-go-to = “{ $value }” እንተኾይኑ፡ ናብ ሕቶ { $number } ሕለፍ
# In a transcript, under a question that did not apply to the respondent.
not-applicable = ብመሰረት ቅድሚኡ ዝተዋህቡ መልስታት ኣይምልከትን
js-shown-now = ሕጂ ዝተራእየ: { $question }
