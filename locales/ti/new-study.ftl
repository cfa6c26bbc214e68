# The sample study that `enquete new` writes, Tigrinya (Ge'ez script, as
# written in Eritrea). Every text is an example that the researcher replaces
# with their own; keep it plain and neutral. Messages are written into YAML as
# they are: keep the ids, and keep `{ $organisation }`, `{ $city }` and
# `{ $programme }` in the letter.
# Register: the polite plural "ንስኹም", as in the other Tigrinya files.
# Punctuation: "።" ends a sentence, "፣" and "፤" separate clauses, "፦"
# introduces what follows; questions end with "?".
# Reviewed by a native speaker: no

study-title = ኣብነታዊ መጽናዕቲ፦ ኣብ ወለንታዊ መደብ ምስታፍ
study-intro = እዚ መጽናዕቲ ተሳተፍቲ ነቲ መደብ ብኸመይ ከም ዝርእይዎ ይምርምር። ነዚ ጽሑፍ ብመእተዊ ናይ ገዛእ ርእስኹም መጽናዕቲ ቀይርዎ።
institution = ዩኒቨርሲቲ ኣብነት
researcher-role = ተመራማሪ
privacy-controller = ዩኒቨርሲቲ ኣብነት
privacy-retention = ድሕሪ ሕትመት 10 ዓመት
privacy-authority = ሃገራዊ ኣካል ሓለዋ ሓበሬታ
programme = ወለንታዊ መደብ

guide-title = መምርሒ ቃለ-መሕትት ንተሳተፍቲ
guide-intro = ኣብዚ ቃለ-መሕትት ስለ እተሳተፍኩም ነመስግነኩም።
section-start = መእተዊ
section-start-instructions = ነብስኹም ኣላልዩ፣ ነቲ መጽናዕቲ ግለጹ፣ ቅድሚ ምጅማርኩም ድማ ነቲ ፍቓድ ምስ መላሲ ብሓባር ርኣይዎ።
question-code = ኮድ መላሲ
question-code-help = እቲ ኣብ ቅጥዒ ፍቓድ ዘሎ ኮድ፤ ፈጺሙ ስም ኣይኮነን።
question-joined = ብኸመይ ኢኹም ኣብቲ መደብ ክትሳተፉ ጀሚርኩም?
probe-heard = መን እዩ ብዛዕባኡ ነጊሩኩም?
probe-expected = ካብኡ እንታይ ትጽበዩ ነይርኩም?
question-joined-note = መላሲ ነቲ ዛንታ ብናይ ገዛእ ርእሱ ቃላት ክነግር ግደፍዎ፤ ናብ ዝኾነ መልሲ ኣይትምርሕዎ።
question-since = ካብ መዓስ ጀሚርኩም ኢኹም ትሳተፉ ዘለኹም?
question-age = ዕድሜኹም ክንደይ እዩ?
section-programme = እቲ መደብ
question-activities = ኣብቲ መደብ እንታይ ትገብሩ?
option-meeting = ምስ ሓደስቲ ሰባት ምልላይ
option-language = ቋንቋ ምልምማድ
option-leisure = ናይ ምዝንጋዕ ንጥፈታት
question-frequency = ብኽንደይ ግዜ ሓንሳብ ኢኹም ትሳተፉ?
option-weekly = ነፍሲ ወከፍ ሰሙን
option-monthly = ነፍሲ ወከፍ ወርሒ
option-less = ካብኡ ዝወሓደ
question-satisfaction = ብቲ መደብ ክሳብ ክንደይ ዕጉባት ኢኹም?
scale-low = ፈጺሙ ኣይፋል
scale-high = ምሉእ ብምሉእ
note-last-part = ንመላሲ ክሳብ ሕጂ ስለ ዝሃቦ መልስታት ኣመስግንዎ፣ ናብቲ ናይ መወዳእታ ክፍሊ ቃለ-መሕትት ከም እትሰግሩ ድማ ሓብርዎ።
section-change = እቲ ኣዝዩ ኣገዳሲ ለውጢ
question-change = ንድሕሪት ክትጥምቱ ከለኹም፣ እቲ ንዓኹም ኣዝዩ ኣገዳሲ ዝነበረ ለውጢ እንታይ እዩ?
change-period = ኣብቲ መደብ ካብ ዝጀመርኩም ኣትሒዙ

survey-title = ድሕሪ እቲ መደብ ሓጺር መሕተት
survey-section = ተመኩሮኹም
question-recommend = ነዚ መደብ ንኻልኦት ምመኸርኩምዎ ዶ?
option-yes = እወ
option-no = ኣይፋል
option-unsure = ርግጸኛ ኣይኮንኩን
question-change-wish = ኣብቲ መደብ እንታይ ምቐየርኩም?

consent-written-title = ብሓበሬታ ዝተመርኮሰ ፍቓድ
consent-verbal-title = ብሓበሬታ ዝተመርኮሰ ፍቓድ (ብቓል)
consent-purpose = እዚ መጽናዕቲ ተሳተፍቲ ነቲ መደብ ብኸመይ ከም ዝርእይዎ ክርዳእ ይደሊ። እቲ ቃለ-መሕትት ኣስታት ሓደ ሰዓት ይወስድ።

letter-title = ኣብ ቃለ-መሕትት ንክትሳተፉ ዕድመ
letter-body =
    ክቡር ኣንባቢ፣

    ብመገዲ { $organisation } ኣብ { $city } ኣብ { $programme } ትሳተፉ ኣለኹም። ብዛዕባ ተመኩሮኹም ኣብ ኣስታት ሓደ ሰዓት ዝወስድ ቃለ-መሕትት፣ ኣብ ንዓኹም ዝምችእ ቦታን ግዜን፣ ክንሰምዕ ንደሊ።

    ምስታፍ ብወለንታ እዩ። ክትሳተፉ እንተደሊኹም ወይ ሕቶ እንተሃልዩኩም፣ በጃኹም ርኸቡና።
