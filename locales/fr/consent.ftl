# Texte par défaut des formulaires de consentement, français.
# Reviewed by a native speaker: yes
#
# Les variables viennent de study.yaml : $controller, $controller_contact,
# $dpo_email, $legal_basis, $recipients, $retention, $authority, $committee,
# $reference (et $institution, $title, $contact). Les noms et autres valeurs
# de study.yaml suivent toujours un deux-points ou sont seuls, pour que tout
# nom se lise correctement, avec ou sans article.
# Chaque point a trois formes : l’affirmation cochée sur un formulaire écrit,
# le texte lu à voix haute lors d’un consentement oral (-script) et une ligne
# de la liste de contrôle (-label). Le script vouvoie la personne interrogée.
# Typographie : espace fine insécable (U+202F) avant « : ; ? ! », apostrophe
# typographique (’).

consent-voluntary = Je participe volontairement à cette recherche.
consent-voluntary-script = La participation est volontaire : c’est vous qui décidez si vous voulez faire cet entretien.
consent-voluntary-label = Participation volontaire

consent-withdraw = Je sais que je ne suis pas obligé·e de répondre à toutes les questions, que je peux arrêter à tout moment et que je peux retirer mon consentement plus tard, sans donner de raison et sans aucune conséquence pour moi.
consent-withdraw-script = Vous n’êtes pas obligé·e de répondre à toutes les questions. Vous pouvez arrêter à tout moment, et vous pouvez aussi retirer votre consentement plus tard, sans donner de raison ; cela n’a aucune conséquence pour vous.
consent-withdraw-label = Peut passer des questions, arrêter ou retirer son consentement plus tard

consent-recording = J’accepte que l’entretien soit enregistré. L’enregistrement est utilisé uniquement pour cette recherche et n’est partagé avec personne d’autre.
consent-recording-script = Si vous êtes d’accord, j’enregistre notre conversation. L’enregistrement est utilisé uniquement pour cette recherche et n’est partagé avec personne d’autre. Vous pouvez refuser et participer quand même.
consent-recording-label = Enregistrement de l’entretien

consent-anonymisation = Je comprends que mon nom et les noms des personnes et des lieux que je mentionne sont supprimés ou remplacés lors de la transcription de l’entretien, de sorte que je ne puisse pas être reconnu·e dans les rapports ou les publications.
consent-anonymisation-script = Votre nom, et les noms des personnes et des lieux que vous mentionnez, sont supprimés lors de la transcription de l’entretien. Personne ne pourra vous reconnaître dans ce que nous publions.
consent-anonymisation-label = Noms et lieux anonymisés

consent-privacy = J’ai été informé·e du traitement de mes données personnelles. Responsable du traitement : { $controller }, { $controller_contact }. Délégué à la protection des données : { $dpo_email }. Finalité : cette recherche scientifique. Base juridique : { $legal_basis }. Accès aux données : uniquement { $recipients }. Durée de conservation : { $retention }. J’ai le droit d’accéder à mes données, de les rectifier et de les effacer, d’en limiter le traitement ou de m’y opposer et, le cas échéant, d’en demander la portabilité ; je peux exercer ces droits auprès du délégué à la protection des données. Je peux introduire une réclamation auprès de l’autorité de contrôle : { $authority }.
consent-privacy-script = Vos données sont utilisées uniquement pour cette recherche. Responsable de vos données (responsable du traitement) : { $controller }, { $controller_contact }. Base juridique : { $legal_basis }. Seules ces personnes peuvent consulter vos données : { $recipients }. Durée de conservation : { $retention }. Vous pouvez demander à voir, corriger ou effacer vos données, à en limiter l’utilisation ou vous y opposer et, le cas échéant, à les recevoir dans un format réutilisable : contactez le délégué à la protection des données à l’adresse { $dpo_email }. Vous pouvez aussi introduire une réclamation auprès de l’autorité de contrôle : { $authority }.
consent-privacy-label = Information sur les données personnelles (RGPD) donnée

# Ajouté au point « privacy » quand study.yaml indique `privacy.special_categories: true`.
consent-privacy-special = Ce que je dis peut révéler des catégories particulières de données personnelles (par exemple mon origine, ma religion ou ma santé) ; elles sont traitées à des fins de recherche scientifique, avec des garanties appropriées (RGPD art. 9, par. 2, j) et art. 89).
consent-privacy-special-script = Ce que vous me dites peut révéler quelque chose de votre origine, de votre religion ou de votre santé. La loi protège particulièrement ces données : nous les utilisons uniquement pour cette recherche, avec des garanties supplémentaires (RGPD art. 9, par. 2, j) et art. 89).

consent-ethics = Je sais que cette recherche a été approuvée par le comité d’éthique { $committee } (référence { $reference }) et que je peux poser toutes mes questions sur la recherche au chercheur ou à la chercheuse, maintenant ou plus tard.
consent-ethics-script = Cette recherche a été approuvée par le comité d’éthique { $committee } (référence { $reference }). Vous pouvez me poser des questions sur la recherche maintenant ou plus tard.
consent-ethics-label = Approbation éthique expliquée, réponses données aux questions

privacy-default-legal-basis = une mission d’intérêt public (la recherche scientifique ; RGPD art. 6, par. 1, e) et art. 89)
privacy-default-recipients = l’équipe de recherche
