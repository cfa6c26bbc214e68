# Texte par défaut des formulaires de consentement, français. Les variables
# viennent de study.yaml : $institution, $title, $contact, $controller,
# $dpo_email, $legal_basis, $recipients, $retention, $authority, $committee,
# $reference. Chaque point a trois formes : l'affirmation cochée sur un
# formulaire écrit, le texte lu à voix haute lors d'un consentement oral
# (-script) et une ligne de la liste de contrôle (-label).

consent-voluntary = Je participe volontairement à cette recherche.
consent-voluntary-script = La participation est volontaire : c’est toi qui décides si tu veux faire cet entretien.
consent-voluntary-label = Participation volontaire

consent-withdraw = Je sais que je ne dois pas répondre à toutes les questions et que je peux arrêter à tout moment, sans donner de raison et sans aucune conséquence pour moi.
consent-withdraw-script = Tu ne dois pas répondre à toutes les questions. Tu peux arrêter à tout moment, sans donner de raison, et cela n’a aucune conséquence pour toi.
consent-withdraw-label = Peut passer des questions ou arrêter à tout moment

consent-recording = J’accepte que l’entretien soit enregistré. L’enregistrement est utilisé uniquement pour cette recherche et n’est partagé avec personne d’autre.
consent-recording-script = Si tu es d’accord, j’enregistre notre conversation. L’enregistrement est utilisé uniquement pour cette recherche et n’est partagé avec personne d’autre. Tu peux refuser et participer quand même.
consent-recording-label = Enregistrement de l’entretien

consent-anonymisation = Je comprends que mon nom et les noms des personnes et des lieux que je mentionne sont supprimés ou remplacés lors de la transcription de l’entretien, de sorte que je ne puisse pas être reconnu·e dans les rapports ou les publications.
consent-anonymisation-script = Ton nom, et les noms des personnes et des lieux que tu mentionnes, sont supprimés lors de la transcription de l’entretien. Personne ne pourra te reconnaître dans ce que nous publions.
consent-anonymisation-label = Noms et lieux anonymisés

consent-privacy = J’ai été informé·e du traitement de mes données personnelles : le responsable du traitement est { $controller } ; la finalité est cette recherche scientifique ; la base juridique est { $legal_basis } ; les données sont accessibles à { $recipients } et conservées { $retention }. J’ai le droit d’accéder à mes données, de les rectifier et de les effacer, ainsi que d’en limiter le traitement ou de m’y opposer ; je peux contacter le délégué à la protection des données à l’adresse { $dpo_email } et introduire une réclamation auprès de { $authority }.
consent-privacy-script = Tes données sont traitées par { $controller } uniquement pour cette recherche, sur la base de { $legal_basis }. Seul { $recipients } peut les consulter, et elles sont conservées { $retention }. Tu peux demander à voir, corriger ou effacer tes données, ou à en limiter l’utilisation ou t’y opposer : écris à { $dpo_email }. Tu peux aussi introduire une réclamation auprès de { $authority }.
consent-privacy-label = Information sur les données personnelles (RGPD) donnée

consent-ethics = Je sais que cette recherche a été approuvée par le comité d’éthique { $committee } (référence { $reference }) et que je peux poser des questions au chercheur, maintenant ou plus tard.
consent-ethics-script = Cette recherche a été approuvée par le comité d’éthique { $committee } (référence { $reference }). Tu peux me poser des questions sur la recherche maintenant ou plus tard.
consent-ethics-label = Approbation éthique expliquée, questions répondues

privacy-default-legal-basis = une mission d’intérêt public : la recherche scientifique (RGPD art. 6, par. 1, e) et art. 89)
privacy-default-recipients = l’équipe de recherche
privacy-default-retention = aussi longtemps que la recherche l’exige, et pas plus
privacy-default-authority = l’autorité de protection des données
