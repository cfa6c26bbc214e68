# Default wording of consent sheets, Tigrinya (Ge'ez script, as written in
# Eritrea).
# Reviewed by a native speaker: no. This translation has not been reviewed
# by a native speaker: have it checked before printing.
# Read back for meaning, grammar and register on 2026-12-02 (see the note of issue 11).
#
# Variables come from study.yaml: $controller, $controller_contact,
# $dpo_email, $legal_basis, $recipients, $retention, $authority, $committee,
# $reference. Values from study.yaml follow a colon ("፦") or stand alone, so
# that no prefix or suffix is ever attached to a name.
# Each item has three forms: the statement ticked on a written form (first
# person), the text read aloud in verbal consent (-script, "ንስኹም") and a
# checklist line (-label). Where a legal term has no settled Tigrinya
# equivalent the plainest accurate wording is used, and the GDPR article
# numbers are kept ("ዓንቀጽ" = article).

consent-voluntary = ኣብዚ መጽናዕቲ ብወለንታይ እሳተፍ ኣለኹ።
consent-voluntary-script = ምስታፍ ብወለንታ እዩ፦ ነዚ ቃለ-መሕትት ክትገብሩ ትደልዩ እንተኾንኩም ወይ ዘይትደልዩ ባዕልኹም ትውስኑ።
consent-voluntary-label = ወለንታዊ ምስታፍ

consent-withdraw = ንኹሉ ሕቶ ክምልስ ከም ዘይግደድ፣ ኣብ ዝኾነ ግዜ ከቋርጽ ከም ዝኽእል፣ ፍቓደይ ድማ ድሒረ ክስሕቦ ከም ዝኽእል፣ ምኽንያት ከይሃብኩን ዋላ ሓደ ሳዕቤን ከየስዓበለይን፣ እፈልጥ እየ።
consent-withdraw-script = ንኹሉ ሕቶ ክትምልሱ ኣይትግደዱን ኢኹም። ኣብ ዝኾነ ህሞት ከተቋርጹ ትኽእሉ ኢኹም፣ ፍቓድኩም ድማ ድሒርኩም ምኽንያት ከይሃብኩም ክትስሕብዎ ትኽእሉ ኢኹም፤ እዚ ዋላ ሓደ ሳዕቤን ኣየስዕበልኩምን።
consent-withdraw-label = ሕቶታት ምሕላፍ፣ ምቁራጽ ወይ ድሒሩ ፍቓድ ምስሓብ ይከኣል

consent-recording = እቲ ቃለ-መሕትት ብድምጺ ክቕዳሕ እሰማማዕ እየ። እቲ ዝተቐድሐ ድምጺ ነዚ መጽናዕቲ ጥራይ ይውዕል፣ ምስ ካልእ ዝኾነ ሰብ ድማ ኣይካፈልን።
consent-recording-script = ፍቓድኩም እንተኾይኑ፣ ዘተና ብድምጺ ክቐድሖ እደሊ። እቲ ዝተቐድሐ ድምጺ ነዚ መጽናዕቲ ጥራይ ይውዕል፣ ምስ ካልእ ዝኾነ ሰብ ድማ ኣይካፈልን። ኣይፋል ክትብሉ ትኽእሉ ኢኹም፣ ሽዑ እውን ክትሳተፉ ትኽእሉ ኢኹም።
consent-recording-label = ምቕዳሕ ድምጺ

consent-anonymisation = ቃለ-መሕትት ብጽሑፍ ክስፈር ከሎ፣ ስመይን ስማት ናይ ዝጠቕሶም ሰባትን ቦታታትን ከም ዝእለዩ ወይ ከም ዝቕየሩ፣ በዚ ድማ ኣብ ጸብጻባት ወይ ሕትመታት ከም ዘይልለ እርዳእ እየ።
consent-anonymisation-script = ቃለ-መሕትት ብጽሑፍ ክስፈር ከሎ፣ ስምኩምን ስማት ናይ እትጠቕስዎም ሰባትን ቦታታትን ይእለዩ። ኣብቲ እነሕትሞ ዋላ ሓደ ሰብ ከለልየኩም ኣይክእልን እዩ።
consent-anonymisation-label = ስማትን ቦታታትን ተሰዊሮም

consent-privacy = ውልቃዊ ሓበሬታይ ብኸመይ ከም ዝተሓዝ ተሓቢሩኒ እዩ። ሓላፊ ሓበሬታ፦ { $controller }፣ { $controller_contact }። ሓላፊ ሓለዋ ሓበሬታ፦ { $dpo_email }። ዕላማ፦ እዚ ሳይንሳዊ መጽናዕቲ። ሕጋዊ መሰረት፦ { $legal_basis }። ነቲ ሓበሬታ ክርእዩ ዝኽእሉ እዞም ጥራይ እዮም፦ { $recipients }። ዝዕቀበሉ ግዜ፦ { $retention }። ሓበሬታይ ክርኢ፣ ከእርም ከምኡ እውን ከደምስስ፣ ኣጠቓቕማኡ ክገድብ ወይ ክቃወሞ፣ ኣብ ዝምልከቶ ድማ ሓበሬታይ ናብ ካልእ ክሰግር ብዝኽእል መልክዕ ክቕበል መሰል ኣሎኒ፤ ነዞም መሰላት ብመገዲ ሓላፊ ሓለዋ ሓበሬታ ክጥቀመሎም እኽእል እየ። ናብ ተቖጻጻሪ ኣካል ጥርዓን ከቕርብ እኽእል እየ፦ { $authority }።
consent-privacy-script = ሓበሬታኹም ነዚ መጽናዕቲ ጥራይ ይውዕል። ንሓበሬታኹም ሓላፊ ዝኾነ (ሓላፊ ሓበሬታ)፦ { $controller }፣ { $controller_contact }። ሕጋዊ መሰረት፦ { $legal_basis }። ሓበሬታኹም ክርእዩ ዝኽእሉ እዞም ጥራይ እዮም፦ { $recipients }። ክሳብ መዓስ ከም ዝዕቀብ፦ { $retention }። ሓበሬታኹም ክትርእዩ፣ ከተእርሙ ወይ ከተደምስሱ፣ ኣጠቓቕማኡ ክትገድቡ ወይ ክትቃወምዎ፣ ኣብ ዝምልከቶ ድማ ክትጥቀሙሉ ብእትኽእሉ መልክዕ ክትቕበልዎ ክትሓቱ ትኽእሉ ኢኹም፤ ንሓላፊ ሓለዋ ሓበሬታ ርኸብዎ፦ { $dpo_email }። ናብ ተቖጻጻሪ ኣካል እውን ጥርዓን ከተቕርቡ ትኽእሉ ኢኹም፦ { $authority }።
consent-privacy-label = ብዛዕባ ውልቃዊ ሓበሬታ (GDPR) ሓበሬታ ተዋሂቡ

# Added to the privacy item when study.yaml sets `privacy.special_categories: true`.
consent-privacy-special = ገለ ካብቲ ዝብሎ ነገር ፍሉያት ዓይነታት ውልቃዊ ሓበሬታ (ንኣብነት መበቆለይ፣ ሃይማኖተይ ወይ ጥዕናይ) ክገልጽ ይኽእል እዩ፤ እዚ ሓበሬታ ንሳይንሳዊ መጽናዕቲ ብግቡእ ውሕስነት ይተሓዝ (GDPR ዓንቀጽ 9(2)(j) ከምኡ እውን ዓንቀጽ 89)።
consent-privacy-special-script = ገለ ካብቲ እትነግሩኒ ብዛዕባ መበቆልኩም፣ ሃይማኖትኩም ወይ ጥዕናኹም ገለ ነገር ክገልጽ ይኽእል እዩ። ሕጊ ከምዚ ዓይነት ሓበሬታ ብፍሉይ ይሕልዎ፦ ነዚ መጽናዕቲ ጥራይ፣ ብተወሳኺ ውሕስነት ንጥቀመሉ (GDPR ዓንቀጽ 9(2)(j) ከምኡ እውን ዓንቀጽ 89)።

consent-ethics = እዚ መጽናዕቲ ብኮሚቴ ስነ-ምግባር { $committee } ከም ዝጸደቐ (መወከሲ { $reference })፣ ብዛዕባኡ ድማ ሕጂ ወይ ድሒረ ነቲ ተመራማሪ ዝኾነ ሕቶ ክሓትት ከም ዝኽእል እፈልጥ እየ።
consent-ethics-script = እዚ መጽናዕቲ ብኮሚቴ ስነ-ምግባር { $committee } ጸዲቑ እዩ (መወከሲ { $reference })። ብዛዕባ እቲ መጽናዕቲ ሕጂ ወይ ድሒርኩም ክትሓቱኒ ትኽእሉ ኢኹም።
consent-ethics-label = ፍቓድ ስነ-ምግባር ተገሊጹ፣ ሕቶታት ተመሊሶም

privacy-default-legal-basis = ንረብሓ ሕዝቢ ዝፍጸም ዕማም (ሳይንሳዊ መጽናዕቲ፤ GDPR ዓንቀጽ 6(1)(e) ከምኡ እውን ዓንቀጽ 89)
privacy-default-recipients = ጉጅለ መጽናዕቲ
