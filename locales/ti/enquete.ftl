# Interface strings of enquete, Tigrinya (Ge'ez script, as written in
# Eritrea). A study overrides any message by defining it again in its own
# locales/ti/*.ftl.
# Reviewed by a native speaker: no. This translation has not been reviewed
# by a native speaker: have it checked before printing.
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

## Forms
web-form = ናይ መርበብ ቅጥዒ
print = ሕተሙ
consent-document = ፍቓድ
no-script = JavaScript ጠፊኡ ኣሎ፦ ነዚ ገጽ ከተንብብዎን ክትሕትምዎን ትኽእሉ ኢኹም፣ ግን መልስታት ኣይዕቀቡን።
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
consent-agreed = ተሰማሚዑ
consent-refused = ኣብዩ
consent-recorded = እቲ ፍቓድ ባዕሉ ብድምጺ ተቐዲሑ
interviewer-initials = ናይ ሓታቲ ቀዳሞት ፊደላት ስም
letter-qr = ገጽ እቲ መጽናዕቲ ብዚ ቋንቋ ንምኽፋት ስካን ግበሩ፦
continue-to-site = ናብቲ መጽናዕቲ ቀጽሉ

## Script (enquete.js): saving, sessions, exports, clocks, validation
js-sessions = መላሲ ኣብዚ መሳርሒ
js-no-code = ገና ኮድ የለን
js-new-session = ሓድሽ መላሲ
js-delete-session = እዞም መልስታት ደምስሱ
js-delete-confirm = መልስታት { $code } ካብዚ መሳርሒ ይደምሰሱ ዶ? እዚ ክምለስ ኣይከኣልን።
js-deleted = እቶም መልስታት ካብዚ መሳርሒ ተደምሲሶም።
js-export-json = JSON ኣውጽኡ
js-export-csv = CSV ኣውጽኡ
js-export-md = Markdown ኣውጽኡ
js-import = JSON ኣእትዉ
js-import-done = መልስታት ኣትዮም፦ { $code }።
js-import-invalid = እዚ ፋይል ብ enquete ዝወጸ ፋይል መልስታት ኣይኮነን።
js-import-wrong = እዚ ፋይል ናይ ካልእ መሕተት መልስታት ሒዙ ኣሎ ({ $id })።
js-import-other-version = እዚ ፋይል ካብ ካልእ ሕታም ናይዚ መሕተት እዩ፦ መልስታት ብመሰረት ሕቶ ይዛመዱ።
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
js-submitted = የቐንየልና፦ መልስታትኩም ተላኢኾም።
js-submit-failed = መልስታትኩም ክለኣኹ ኣይከኣሉን ({ $reason })። ኣብዚ ብራውዘር ገና ተዓቂቦም ኣለዉ፦ ድሒርኩም ደጊምኩም ፈትኑ።
