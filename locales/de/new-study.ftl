# The sample study that `enquete new` writes, German. Every text is an
# example that the researcher replaces with their own; keep it plain and
# neutral. Messages are written into YAML as they are: keep the ids, and
# keep `{ $organisation }`, `{ $city }` and `{ $programme }` in the letter.
# Register: "Sie", as in the other German files. `programme` is in the
# dative, since the letter says "nehmen Sie an ... teil".
# Reviewed by a native speaker: no

study-title = Beispielstudie: Teilnahme an einem Freiwilligenprogramm
study-intro = Diese Studie untersucht, wie Teilnehmende das Programm erleben. Ersetzen Sie diesen Text durch die Einleitung Ihrer eigenen Studie.
institution = Beispieluniversität
researcher-role = Forscher/in
privacy-controller = Beispieluniversität
privacy-retention = 10 Jahre nach der Veröffentlichung
privacy-authority = die nationale Datenschutzbehörde
programme = dem Freiwilligenprogramm

guide-title = Interviewleitfaden für Teilnehmende
guide-intro = Vielen Dank, dass Sie an diesem Interview teilnehmen.
section-start = Einleitung
section-start-instructions = Stellen Sie sich vor, erklären Sie die Studie und gehen Sie die Einwilligung durch, bevor Sie beginnen.
question-code = Teilnehmercode
question-code-help = Der Code auf der Einwilligungserklärung; niemals ein Name.
question-joined = Wie sind Sie dazu gekommen, am Programm teilzunehmen?
probe-heard = Wer hat Ihnen davon erzählt?
probe-expected = Was haben Sie davon erwartet?
question-joined-note = Lassen Sie die befragte Person ihre Geschichte in eigenen Worten erzählen; geben Sie keine Antworten vor.
question-since = Seit wann nehmen Sie teil?
question-age = Wie alt sind Sie?
section-programme = Das Programm
question-activities = Was machen Sie im Programm?
option-meeting = Neue Menschen kennenlernen
option-language = Die Sprache üben
option-leisure = Freizeitaktivitäten
question-frequency = Wie oft nehmen Sie teil?
option-weekly = Jede Woche
option-monthly = Jeden Monat
option-less = Seltener
question-satisfaction = Wie zufrieden sind Sie mit dem Programm?
scale-low = überhaupt nicht
scale-high = voll und ganz
note-last-part = Danken Sie der befragten Person für die bisherigen Antworten und kündigen Sie den letzten Teil des Interviews an.
section-change = Die wichtigste Veränderung
question-change = Wenn Sie zurückblicken: Was war für Sie die wichtigste Veränderung?
change-period = seit Sie mit dem Programm begonnen haben

survey-title = Kurzer Fragebogen nach dem Programm
survey-section = Ihre Erfahrung
question-recommend = Würden Sie das Programm anderen empfehlen?
option-yes = Ja
option-no = Nein
option-unsure = Nicht sicher
question-change-wish = Was würden Sie am Programm ändern?

consent-written-title = Informierte Einwilligung
consent-verbal-title = Informierte Einwilligung (mündlich)
consent-purpose = Diese Studie möchte verstehen, wie Teilnehmende das Programm erleben. Das Interview dauert etwa eine Stunde.

letter-title = Einladung zur Teilnahme an einem Interview
letter-body =
    Liebe Leserin, lieber Leser,

    über { $organisation } in { $city } nehmen Sie an { $programme } teil. Wir würden gern in einem Interview von etwa einer Stunde von Ihren Erfahrungen hören, an einem Ort und zu einer Zeit, die Ihnen passen.

    Die Teilnahme ist freiwillig. Wenn Sie teilnehmen möchten oder eine Frage haben, wenden Sie sich bitte an uns.
