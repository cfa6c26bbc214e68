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
kind-codebook = Grille de codage pour l’analyse
codebook-title = Livre de codes
codebook-intro = La grille de codage pour l’analyse des réponses : chaque code, ce qu’il recouvre et les questions dont les réponses sont codées avec lui.
codebook-questions = Questions codées avec lui
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
actual-time = Réel
consent-reminder = Consentement obtenu avant la première question

## Formulaires
web-form = Formulaire en ligne
print = Imprimer
consent-document = Consentement
no-script = JavaScript est désactivé : vous pouvez lire et imprimer cette page, mais les réponses ne sont pas enregistrées.
encrypted-note = Les réponses sont chiffrées sur cet appareil avant d’être exportées ou envoyées : seule l’équipe de recherche peut les ouvrir.
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
letter-address = Collez ici l’étiquette d’adresse ou écrivez l’adresse (cette indication n’est pas imprimée)
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
js-import-invalid = Ce fichier n’est pas un fichier de réponses d’enquete ({ $reason }). Rien n’a été modifié.
js-import-wrong = Ce fichier contient les réponses à un autre questionnaire ({ $id }).
js-encrypt-failed = Rien n’a été exporté ni envoyé : ce navigateur n’a pas pu chiffrer les réponses ({ $reason }). Elles restent enregistrées sur cet appareil. Ouvrez la page depuis un fichier ou en https, dans un navigateur à jour, et réessayez.
js-import-encrypted = Ce fichier est chiffré avec la clé de l’étude : aucun navigateur ne peut l’ouvrir, l’équipe de recherche l’ouvre avec enquete. Rien n’a été modifié.
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
js-dismiss = Fermer
js-privacy-file = Cette page est ouverte depuis un fichier. Toutes les pages ouvertes depuis des fichiers dans ce navigateur partagent un même stockage : tout fichier HTML ouvert sur cet ordinateur pourrait lire les réponses conservées ici. Sur un ordinateur partagé, exportez les réponses et retirez-les de cet appareil.
js-orphans-title = Réponses à des questions qui ne figurent plus dans ce guide
js-orphans-help = Le guide a changé depuis l’enregistrement de ces réponses. Elles sont conservées ici et figurent dans chaque export.
js-definition-changed = Ce guide a changé depuis l’enregistrement de ces réponses : nouvelles questions : { $added } ; questions retirées : { $removed }. Les réponses sont reprises question par question ; la réponse à une question retirée est conservée et exportée.
js-definition-changed-since = Ce guide a changé depuis l’enregistrement de ces réponses. Les réponses sont reprises question par question ; les réponses à des questions qui ne figurent plus dans le guide ({ $removed }) sont conservées et exportées.
js-open-elsewhere = { $code } est aussi ouvert dans un autre onglet ou une autre fenêtre. Les modifications faites là-bas apparaissent ici ; chaque réponse garde sa dernière version.
js-exported-removed = Enregistré dans le fichier { $file } et retiré de cet appareil.
js-import-cancelled = Import annulé : rien n’a été modifié.
js-import-merged = Les réponses du fichier ont été fusionnées avec celles de { $code } déjà présentes sur cet appareil. La version précédente est conservée jusqu’au prochain export.
js-undo-import = Annuler l’import
js-import-undone = Import annulé : les réponses de { $code } sont revenues à leur état précédent.
js-mail-opened = Votre messagerie devrait maintenant ouvrir un message à { $address } contenant vos réponses. Envoyez ce message pour terminer.
js-mail-attach-body = Mes réponses se trouvent dans le fichier joint { $file }.
js-mail-too-long = Vos réponses sont trop longues pour un lien e-mail : elles ont donc été enregistrées dans le fichier { $file }, dans les téléchargements de votre navigateur. Joignez ce fichier à un e-mail à { $address }.
js-download-done = Vos réponses ont été enregistrées dans le fichier { $file }, dans le dossier de téléchargements de votre navigateur.
js-thanks-title = Merci
js-forget-answers = Retirer mes réponses de ce navigateur
js-forgotten = Vos réponses ont été retirées de ce navigateur.
js-bar = Entretien
js-menu = Session
js-export-all = Exporter tous les répondants (JSON)
js-send = Envoyer les réponses
js-remove-after-export = Retirer ce répondant de cet appareil après l’export JSON
js-shortcuts = Raccourcis clavier
js-clock-stopped = Le chronomètre tournait à la fermeture de la page ; il est en pause à { $time }.
js-conflicts-title = Réponses modifiées des deux côtés : { $code }
js-conflicts-help = Ces réponses ont été modifiées à la fois sur cet appareil et dans le fichier depuis le dernier export de cet appareil. Choisissez la version à garder ; l’autre reste récupérable jusqu’au prochain export.
js-conflict-mine = Cet appareil ({ $time }) :
js-conflict-theirs = Le fichier ({ $time }) :
js-conflicts-merge = Fusionner
js-conflicts-cancel = Annuler l’import
js-skip-to-questions = Aller aux questions
js-key-next = Question suivante
js-key-previous = Question précédente
js-key-unanswered = Question suivante sans réponse
js-key-clock = Démarrer ou mettre en pause le chronomètre
js-key-probe = Cocher la relance suivante
js-key-notes = Notes sur cette question
js-key-mark = Insérer le temps du chronomètre, par exemple [12:40], dans une note ou une réponse
js-key-help = Cette liste
js-close = Fermer
js-found-elsewhere = Ce navigateur conserve aussi des réponses à ce questionnaire issues d’une autre version d’une étude, produite avant une modification de son study.yaml (répondants : { $count }). Si elles appartiennent à cette étude, reprenez-les ici.
js-take-found = Les reprendre dans cette étude
js-taken-found = Réponses reprises dans cette étude (répondants : { $count }).

## Skip logic: when a question or section applies (show_if)
routing-only-if = Seulement si { $condition }
routing-equals = la question { $number } est « { $value } »
routing-not-equals = la question { $number } n’est pas « { $value } »
routing-includes = « { $value } » est coché à la question { $number }
routing-not-includes = « { $value } » n’est pas coché à la question { $number }
routing-at-least = la réponse à la question { $number } est { $value } ou plus
routing-at-most = la réponse à la question { $number } est { $value } ou moins
routing-on-or-after = la réponse à la question { $number } est le { $value } ou après
routing-on-or-before = la réponse à la question { $number } est le { $value } ou avant
routing-answered = la question { $number } a une réponse
routing-not-answered = la question { $number } n’a pas de réponse
routing-and = et
routing-or = ou
routing-not = il n’est pas vrai que { $condition }
# On paper, under a question that later questions depend on.
routing-go-to = Si « { $value } », passez à la question { $number }
# In a transcript, under a question that did not apply to the respondent.
not-applicable = Sans objet, vu les réponses précédentes
js-shown-now = Affiché maintenant : { $question }
