# The sample study that `enquete new` writes, Italian. Every text is an
# example that the researcher replaces with their own; keep it plain and
# neutral. Messages are written into YAML as they are: keep the ids, and
# keep `{ $organisation }`, `{ $city }` and `{ $programme }` in the letter.
# Register: "Lei", as in enquete.ftl and consent.ftl. In the letter
# { $programme } (with its article) follows a verb, not "a" or "in", so that
# no contraction such as "al" is needed.
# Reviewed by a native speaker: no

study-title = Studio di esempio: partecipare a un programma di volontariato
study-intro = Questo studio esamina come i partecipanti vivono il programma. Sostituisca questo testo con l’introduzione del Suo studio.
institution = Università di Esempio
researcher-role = Ricercatore/ricercatrice
privacy-controller = Università di Esempio
privacy-retention = 10 anni dopo la pubblicazione
privacy-authority = l’autorità nazionale per la protezione dei dati
programme = il programma di volontariato

guide-title = Traccia di intervista per i partecipanti
guide-intro = Grazie per la Sua partecipazione a questa intervista.
section-start = Introduzione
section-start-instructions = Si presenti, spieghi lo studio ed esamini il consenso con la persona intervistata prima di iniziare.
question-code = Codice del partecipante
question-code-help = Il codice riportato sul modulo di consenso; mai un nome.
question-joined = Come ha cominciato a partecipare al programma?
probe-heard = Chi gliene ha parlato?
probe-expected = Che cosa se ne aspettava?
question-joined-note = Lasci che la persona intervistata racconti la storia con parole sue; non suggerisca risposte.
question-since = Da quando partecipa?
question-age = Quanti anni ha?
section-programme = Il programma
question-activities = Che cosa fa nel programma?
option-meeting = Conoscere persone nuove
option-language = Fare pratica con la lingua
option-leisure = Attività di tempo libero
question-frequency = Con quale frequenza partecipa?
option-weekly = Ogni settimana
option-monthly = Ogni mese
option-less = Meno spesso
question-satisfaction = Qual è il Suo grado di soddisfazione per il programma?
scale-low = per niente
scale-high = completamente
note-last-part = Ringrazi la persona intervistata per le risposte date finora e annunci l’ultima parte dell’intervista.
section-change = Il cambiamento più significativo
question-change = Guardando indietro, qual è stato per Lei il cambiamento più significativo?
change-period = da quando ha iniziato il programma

survey-title = Breve questionario al termine del programma
survey-section = La Sua esperienza
question-recommend = Consiglierebbe il programma ad altre persone?
option-yes = Sì
option-no = No
option-unsure = Non sono sicuro/a
question-change-wish = Che cosa cambierebbe nel programma?

consent-written-title = Consenso informato
consent-verbal-title = Consenso informato (orale)
consent-purpose = Questo studio intende capire come i partecipanti vivono il programma. L’intervista dura circa un’ora.

letter-title = Invito a partecipare a un’intervista
letter-body =
    Gentile lettrice, gentile lettore,

    Tramite { $organisation } a { $city } Lei segue { $programme }. Ci piacerebbe conoscere la Sua esperienza in un’intervista di circa un’ora, nel luogo e nell’orario che preferisce.

    La partecipazione è volontaria. Se desidera partecipare o ha domande, La preghiamo di contattarci.
