# Textes d’interface d’enquete, français. Une étude remplace tout message en
# le définissant à nouveau dans ses propres locales/fr/*.ftl.
# Reviewed by a native speaker: yes

language-name = Français
skip-to-content = Aller au contenu
languages = Langues
not-translated = pas encore traduit
made-with = Réalisé avec enquete. Cette page n’envoie rien ; les réponses restent dans ce navigateur jusqu’à ce que vous les exportiez.
version = version
definition-hash = Empreinte de la définition du questionnaire
footer-version = version { $version }
page-x-of-y = page { $page } sur { $pages }
study = Étude
colon = { "\u202F:" }

## Page d'accueil
questionnaires = Questionnaires
documents = Information et consentement
printable-version = Version imprimable
kind-interview = Guide d’entretien
kind-survey = Questionnaire
kind-consent-written = Formulaire de consentement écrit
kind-consent-verbal = Script de consentement oral
kind-letter = Lettre d’invitation
bilingual-versions = Versions bilingues
bilingual-pair = { $a } et { $b }
contact = Contact
ethics-approval = Approuvé par le comité d’éthique { $committee } (référence { $reference }).
letter-variants-intro = Cette lettre existe en plusieurs versions ; ouvrez-en une pour l’imprimer.
all-variants = Toutes les versions de cette lettre

## Durées et nombres
duration-minutes = { $min } min
duration-range = { $min }–{ $max } min
question-count = { $count ->
    [one] { $count } question
    [many] { $count } de questions
   *[other] { $count } questions
}
planned = Prévu

## Formulaires
web-form = Formulaire en ligne
print = Imprimer
consent-document = Consentement
no-script = JavaScript est désactivé : vous pouvez lire et imprimer cette page, mais les réponses ne sont pas enregistrées.
respondent-code = Code du répondant
respondent-code-help = Un code comme R07, jamais un nom.
respondent-code-never-name = Code du répondant (jamais un nom)
sections = Parties
interviewer-instructions = Pour l’enquêteur
interviewer-note = Remarque pour l’enquêteur
interviewer = Enquêteur
required = obligatoire
optional = facultatif
other = Autre
other-specify = Autre, précisez
msc-period = Période
msc-story = Le récit : qu’est-ce qui a changé ?
msc-why = Pourquoi ce changement est-il le plus important pour vous ?
probes = Questions de relance (cocher quand posées)
notes = Notes de l’enquêteur
notes-on = Notes sur la question
submit = Envoyer les réponses
date = Date
time = Heure

## Consentement et lettres
consent-purpose = Objectif de la recherche
consent-statements = Déclaration
consent-tick = Cochez chaque affirmation avec laquelle vous êtes d’accord.
consent-yes = Oui
consent-no = Non
consent-two-copies = Ce formulaire est signé en deux exemplaires : un pour le participant, un pour le chercheur.
signatures = Signatures
participant = Participant
researcher = Chercheur
name = Nom
signature = Signature
consent-script = Texte à lire à voix haute
consent-script-instruction = Lisez chaque partie au répondant et vérifiez qu’elle est comprise avant de poursuivre.
consent-checklist = Liste de contrôle de l’enquêteur
consent-item = Point
consent-agreed = Accepté
consent-refused = Refusé
consent-recorded = Le consentement lui-même a été enregistré
interviewer-initials = Initiales de l’enquêteur
letter-qr = Scannez pour ouvrir la page de l’étude dans cette langue :
continue-to-site = Continuer vers l’étude

## Script (enquete.js) : enregistrement, sessions, exports, chronomètres, validation
js-sessions = Répondant sur cet appareil
js-no-code = pas encore de code
js-new-session = Nouveau répondant
js-delete-session = Effacer ces réponses
js-delete-confirm = Effacer de cet appareil les réponses de { $code } ? Cette action est définitive.
js-deleted = Les réponses ont été effacées de cet appareil.
js-export-json = Exporter en JSON
js-export-csv = Exporter en CSV
js-export-md = Exporter en Markdown
js-import = Importer un JSON
js-import-done = Réponses importées : { $code }.
js-import-invalid = Ce fichier n’est pas un fichier de réponses exporté par enquete.
js-import-wrong = Ce fichier contient les réponses à un autre questionnaire ({ $id }).
js-import-other-version = Ce fichier provient d’une autre version de ce questionnaire : les réponses sont reprises question par question.
js-saving = Enregistrement…
js-saved = Enregistré dans ce navigateur à { $time }.
js-restored = Réponses restaurées : { $code }.
js-not-saved = Les réponses ne peuvent pas être enregistrées dans ce navigateur (navigation privée, stockage bloqué ou plein). Gardez la page ouverte et exportez les réponses avant de la fermer.
js-code-taken = Des réponses existent déjà pour { $code } sur cet appareil : elles sont affichées.
js-downloaded = Enregistré dans le fichier { $file }.
js-unexported = Certaines réponses n’ont pas encore été exportées.
js-progress = { $answered } questions sur { $total } répondues
js-clock-start = Démarrer le chronomètre
js-clock-pause = Mettre le chronomètre en pause
js-clock-total = Durée de l’entretien
js-clock-section = Temps dans cette partie
js-required-missing = Veuillez répondre à cette question.
js-errors-summary = Certaines questions attendent une réponse ({ $count }) :
js-submitted = Merci : vos réponses ont été envoyées.
js-submit-failed = Vos réponses n’ont pas pu être envoyées ({ $reason }). Elles restent enregistrées dans ce navigateur : réessayez plus tard.
