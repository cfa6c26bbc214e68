# Default wording of consent sheets, Italian.
# Reviewed by a native speaker: no. This translation has not been reviewed
# by a native speaker: have it checked before printing.
# Read back for meaning, grammar and register on 2026-12-02 (see the note of issue 11).
#
# Variables come from study.yaml: $controller, $controller_contact,
# $dpo_email, $legal_basis, $recipients, $retention, $authority, $committee,
# $reference. Values from study.yaml follow a colon or stand alone, so that
# any name reads correctly with or without an article.
# Each item has three forms: the statement ticked on a written form (first
# person), the text read aloud in verbal consent (-script, "Lei") and a
# checklist line (-label).

consent-voluntary = Partecipo volontariamente a questo studio.
consent-voluntary-script = La partecipazione è volontaria: è Lei a decidere se vuole fare questa intervista.
consent-voluntary-label = Partecipazione volontaria

consent-withdraw = So che non sono obbligato/a a rispondere a tutte le domande, che posso fermarmi in qualsiasi momento e che posso revocare il mio consenso anche in seguito, senza dare spiegazioni e senza alcuna conseguenza per me.
consent-withdraw-script = Non è obbligato/a a rispondere a tutte le domande. Può fermarsi in qualsiasi momento e può anche revocare il Suo consenso in seguito, senza dare spiegazioni; questo non ha alcuna conseguenza per Lei.
consent-withdraw-label = Può saltare domande, fermarsi o revocare il consenso in seguito

consent-recording = Acconsento alla registrazione audio dell’intervista. La registrazione è usata solo per questa ricerca e non è condivisa con nessun altro.
consent-recording-script = Con il Suo permesso, vorrei registrare la nostra conversazione. La registrazione è usata solo per questa ricerca e non è condivisa con nessun altro. Può dire di no e partecipare lo stesso.
consent-recording-label = Registrazione audio

consent-anonymisation = Comprendo che il mio nome e i nomi delle persone e dei luoghi che cito vengono eliminati o sostituiti quando l’intervista viene trascritta, in modo che io non sia riconoscibile in rapporti o pubblicazioni.
consent-anonymisation-script = Il Suo nome, e i nomi delle persone e dei luoghi che cita, vengono eliminati quando l’intervista viene trascritta. Nessuno potrà riconoscerLa in ciò che pubblichiamo.
consent-anonymisation-label = Nomi e luoghi anonimizzati

consent-privacy = Sono stato/a informato/a su come vengono trattati i miei dati personali. Titolare del trattamento: { $controller }, { $controller_contact }. Responsabile della protezione dei dati: { $dpo_email }. Finalità: questo studio scientifico. Base giuridica: { $legal_basis }. Accesso ai dati: solo { $recipients }. Periodo di conservazione: { $retention }. Ho il diritto di accedere ai miei dati, di rettificarli e di cancellarli, di limitarne il trattamento o di oppormi ad esso e, ove applicabile, di chiederne la portabilità; posso esercitare questi diritti tramite il responsabile della protezione dei dati. Posso proporre reclamo all’autorità di controllo: { $authority }.
consent-privacy-script = I Suoi dati sono usati solo per questo studio. Chi è responsabile dei Suoi dati (il titolare del trattamento): { $controller }, { $controller_contact }. Base giuridica: { $legal_basis }. Solo queste persone possono vedere i Suoi dati: { $recipients }. Per quanto tempo sono conservati: { $retention }. Può chiedere di vedere, correggere o cancellare i Suoi dati, di limitarne l’uso o di opporsi ad esso e, ove applicabile, di riceverli in un formato utilizzabile: scriva al responsabile della protezione dei dati all’indirizzo { $dpo_email }. Può anche proporre reclamo all’autorità di controllo: { $authority }.
consent-privacy-label = Informazioni sui dati personali (GDPR) fornite

# Added to the privacy item when study.yaml sets `privacy.special_categories: true`.
consent-privacy-special = Parte di ciò che racconto può rivelare categorie particolari di dati personali (per esempio la mia origine, la mia religione o la mia salute); questi dati sono trattati a fini di ricerca scientifica, con garanzie adeguate (art. 9, par. 2, lett. j), e art. 89 GDPR).
consent-privacy-special-script = Ciò che mi racconta può rivelare qualcosa sulla Sua origine, sulla Sua religione o sulla Sua salute. La legge protegge questi dati in modo particolare: li usiamo solo per questa ricerca, con garanzie supplementari (art. 9, par. 2, lett. j), e art. 89 GDPR).

consent-ethics = So che questo studio è stato approvato dal comitato etico { $committee } (riferimento { $reference }) e che posso fare qualsiasi domanda sullo studio a chi conduce la ricerca, ora o in seguito.
consent-ethics-script = Questo studio è stato approvato dal comitato etico { $committee } (riferimento { $reference }). Può farmi domande sullo studio ora o in seguito.
consent-ethics-label = Approvazione etica spiegata, risposte date alle domande

privacy-default-legal-basis = l’esecuzione di un compito di interesse pubblico (ricerca scientifica; art. 6, par. 1, lett. e), e art. 89 GDPR)
privacy-default-recipients = il gruppo di ricerca
