# Standaardtekst van toestemmingsformulieren, Nederlands. Variabelen komen
# uit study.yaml: $institution, $title, $contact, $controller, $dpo_email,
# $legal_basis, $recipients, $retention, $authority, $committee, $reference.
# Elk onderdeel heeft drie vormen: de uitspraak die op een schriftelijk
# formulier wordt aangevinkt, de tekst die bij mondelinge toestemming wordt
# voorgelezen (-script) en een regel voor de checklist (-label).

consent-voluntary = Ik neem vrijwillig deel aan dit onderzoek.
consent-voluntary-script = Deelnemen is vrijwillig: jij beslist of je dit interview wilt doen.
consent-voluntary-label = Vrijwillige deelname

consent-withdraw = Ik weet dat ik niet op elke vraag hoef te antwoorden en dat ik op elk moment kan stoppen, zonder een reden te geven en zonder gevolgen voor mij.
consent-withdraw-script = Je hoeft niet op elke vraag te antwoorden. Je kunt op elk moment stoppen, zonder een reden te geven, en dat heeft geen gevolgen voor jou.
consent-withdraw-label = Mag vragen overslaan of op elk moment stoppen

consent-recording = Ik ga ermee akkoord dat het interview wordt opgenomen. De opname wordt alleen voor dit onderzoek gebruikt en met niemand anders gedeeld.
consent-recording-script = Als je het goed vindt, neem ik ons gesprek op. De opname wordt alleen voor dit onderzoek gebruikt en met niemand anders gedeeld. Je kunt nee zeggen en toch deelnemen.
consent-recording-label = Opname van het gesprek

consent-anonymisation = Ik begrijp dat mijn naam en de namen van personen en plaatsen die ik noem, worden weggelaten of vervangen wanneer het interview wordt uitgeschreven, zodat ik in verslagen en publicaties niet herkenbaar ben.
consent-anonymisation-script = Je naam, en de namen van personen en plaatsen die je noemt, worden weggelaten wanneer het interview wordt uitgeschreven. Niemand zal jou kunnen herkennen in wat we publiceren.
consent-anonymisation-label = Namen en plaatsen geanonimiseerd

consent-privacy = Ik ben geïnformeerd over de verwerking van mijn persoonsgegevens: de verwerkingsverantwoordelijke is { $controller }; het doel is dit wetenschappelijk onderzoek; de rechtsgrond is { $legal_basis }; de gegevens zijn toegankelijk voor { $recipients } met als bewaartermijn { $retention }. Ik heb het recht op inzage, verbetering en wissing van mijn gegevens, en op beperking van en bezwaar tegen de verwerking; ik kan de functionaris voor gegevensbescherming bereiken via { $dpo_email } en een klacht indienen bij { $authority }.
consent-privacy-script = Je gegevens worden door { $controller } alleen voor dit onderzoek verwerkt, op basis van { $legal_basis }. Alleen { $recipients } kan ze inzien, en ze worden bewaard: { $retention }. Je mag vragen om je gegevens in te zien, te verbeteren of te wissen, of om het gebruik ervan te beperken of er bezwaar tegen te maken: neem contact op via { $dpo_email }. Je kunt ook een klacht indienen bij { $authority }.
consent-privacy-label = Informatie over persoonsgegevens (AVG) gegeven

consent-ethics = Ik weet dat dit onderzoek is goedgekeurd door de ethische commissie { $committee } (referentie { $reference }) en dat ik de onderzoeker er nu of later vragen over kan stellen.
consent-ethics-script = Dit onderzoek is goedgekeurd door de ethische commissie { $committee } (referentie { $reference }). Je kunt me nu of later vragen stellen over het onderzoek.
consent-ethics-label = Ethische goedkeuring uitgelegd, vragen beantwoord

privacy-default-legal-basis = een taak van algemeen belang: wetenschappelijk onderzoek (AVG art. 6, lid 1, e) en art. 89)
privacy-default-recipients = alleen het onderzoeksteam
privacy-default-retention = zo lang als het onderzoek vereist en niet langer
privacy-default-authority = de toezichthoudende autoriteit voor gegevensbescherming
