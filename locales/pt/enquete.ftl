# Interface strings of enquete, Portuguese (European). A study overrides any
# message by defining it again in its own locales/pt/*.ftl.
# Reviewed by a native speaker: no. This translation has not been reviewed
# by a native speaker: have it checked before printing.
# Register: formal third person, as on a university information sheet.
# Read back for meaning, grammar and register on 2026-12-02 (see the note of issue 11).

language-name = Português
skip-to-content = Saltar para o conteúdo
languages = Línguas
not-translated = ainda não traduzido
made-with = Feito com enquete. Esta página não envia nada para lado nenhum; as respostas ficam neste navegador até que as exporte.
version = versão
definition-hash = Impressão digital da definição do questionário
footer-version = versão { $version }
page-x-of-y = página { $page } de { $pages }
study = Estudo
colon = :

## Home page
questionnaires = Questionários
documents = Informação e consentimento
printable-version = Versão para imprimir
kind-interview = Guião de entrevista
kind-survey = Questionário
kind-consent-written = Formulário de consentimento escrito
kind-consent-verbal = Guião de consentimento oral
kind-letter = Carta-convite
kind-codebook = Esquema de codificação para a análise
codebook-title = Livro de códigos
codebook-intro = O esquema de codificação para a análise das respostas: cada código, o que abrange e as perguntas cujas respostas são codificadas com ele.
codebook-questions = Perguntas codificadas com ele
bilingual-versions = Versões bilingues
bilingual-pair = { $a } e { $b }
contact = Contacto
ethics-approval = Aprovado pela comissão de ética { $committee } (referência { $reference }).
letter-variants-intro = Esta carta existe em várias versões; abra uma para a imprimir.
all-variants = Todas as versões desta carta

## Durations and counts
duration-minutes = { $min } min
duration-range = { $min }–{ $max } min
question-count = { $count ->
    [one] { $count } pergunta
    [many] { $count } de perguntas
   *[other] { $count } perguntas
}
planned = Tempo previsto
actual-time = Real
consent-reminder = Consentimento obtido antes da primeira pergunta

## Forms
web-form = Formulário web
print = Imprimir
consent-document = Consentimento
no-script = O JavaScript está desativado: pode ler e imprimir esta página, mas as respostas não são guardadas.
encrypted-note = As respostas são cifradas neste dispositivo antes de serem exportadas ou enviadas: só a equipa de investigação as pode abrir.
respondent-code = Código de participante
respondent-code-help = Um código como R07, nunca um nome.
respondent-code-never-name = Código de participante (nunca um nome)
sections = Partes
interviewer-instructions = Para o entrevistador
interviewer-note = Nota para o entrevistador
interviewer = Entrevistador(a)
required = obrigatório
optional = facultativo
other = Outro
other-specify = Outro (especifique)
msc-period = Período
msc-story = A história: o que mudou?
msc-why = Porque é esta a mudança mais significativa para si?
probes = Perguntas de aprofundamento (assinalar quando feitas)
notes = Notas do entrevistador
notes-on = Notas sobre a pergunta
submit = Enviar as respostas
date = Data
time = Hora

## Consent and letters
consent-purpose = Objetivo do estudo
consent-statements = Declaração
consent-tick = Assinale cada afirmação com a qual concorda.
consent-yes = Sim
consent-no = Não
consent-two-copies = Este formulário é assinado em duplicado: um exemplar para o participante e outro para o investigador.
signatures = Assinaturas
participant = Participante
researcher = Investigador(a)
name = Nome
signature = Assinatura
consent-script = Texto para ler em voz alta
consent-script-instruction = Leia cada parte ao participante e certifique-se de que foi compreendida antes de continuar.
consent-checklist = Lista de verificação do entrevistador
consent-item = Ponto
consent-agreed = Aceite
consent-refused = Recusado
consent-recorded = O próprio consentimento foi gravado em áudio
interviewer-initials = Iniciais do entrevistador
letter-qr = Digitalize para abrir a página do estudo nesta língua:
letter-address = Cole aqui a etiqueta com o endereço ou escreva o endereço (esta indicação não é impressa)
continue-to-site = Continuar para o estudo

## Script (enquete.js): saving, sessions, exports, clocks, validation
js-sessions = Participante neste dispositivo
js-no-code = ainda sem código
js-new-session = Novo participante
js-delete-session = Apagar estas respostas
js-delete-confirm = Apagar deste dispositivo as respostas de { $code }? Não é possível anular.
js-deleted = As respostas foram apagadas deste dispositivo.
js-export-json = Exportar em JSON
js-export-csv = Exportar em CSV
js-export-md = Exportar em Markdown
js-import = Importar JSON
js-import-done = Respostas importadas: { $code }.
js-import-invalid = Este ficheiro não é um ficheiro de respostas do enquete ({ $reason }). Nada foi alterado.
js-import-wrong = Este ficheiro contém respostas a outro questionário ({ $id }).
js-encrypt-failed = Nada foi exportado nem enviado: este navegador não conseguiu cifrar as respostas ({ $reason }). Continuam guardadas neste dispositivo. Abra a página a partir de um ficheiro ou por https, num navegador atualizado, e tente de novo.
js-import-encrypted = Este ficheiro está cifrado com a chave do estudo, por isso nenhum navegador o pode abrir: a equipa de investigação abre-o com o enquete. Nada foi alterado.
js-saving = A guardar…
js-saved = Guardado neste navegador às { $time }.
js-restored = Respostas recuperadas: { $code }.
js-not-saved = Não é possível guardar as respostas neste navegador (navegação privada, armazenamento bloqueado ou cheio). Mantenha a página aberta e exporte as respostas antes de a fechar.
js-code-taken = Já existem respostas de { $code } neste dispositivo: são mostradas agora.
js-downloaded = Guardado como o ficheiro { $file }.
js-unexported = Algumas respostas ainda não foram exportadas.
js-progress = { $answered } de { $total } perguntas respondidas
js-clock-start = Iniciar o cronómetro
js-clock-pause = Pausar o cronómetro
js-clock-total = Duração da entrevista
js-clock-section = Tempo nesta parte
js-required-missing = Responda a esta pergunta.
js-errors-summary = Algumas perguntas precisam de resposta ({ $count }):
js-submitted = As suas respostas foram enviadas e o estudo recebeu-as.
js-submit-failed = Não foi possível enviar as suas respostas ({ $reason }). Continuam guardadas neste navegador: tente novamente mais tarde.
js-dismiss = Ocultar
js-privacy-file = Esta página foi aberta a partir de um ficheiro. Todas as páginas abertas a partir de ficheiros neste navegador partilham o mesmo armazenamento, pelo que qualquer ficheiro HTML aberto neste computador poderia ler as respostas aqui guardadas. Num computador partilhado, exporte as respostas e remova-as deste dispositivo.
js-orphans-title = Respostas a perguntas que já não constam deste guião
js-orphans-help = O guião mudou desde que estas respostas foram guardadas. São conservadas aqui e em cada exportação.
js-definition-changed = Este guião mudou desde que estas respostas foram guardadas: perguntas novas: { $added }; perguntas removidas: { $removed }. As respostas são associadas pergunta a pergunta; uma resposta a uma pergunta removida é conservada e exportada.
js-definition-changed-since = Este guião mudou desde que estas respostas foram guardadas. As respostas são associadas pergunta a pergunta; as respostas a perguntas que já não constam do guião ({ $removed }) são conservadas e exportadas.
js-open-elsewhere = { $code } está também aberto noutro separador ou janela. As alterações feitas lá aparecem aqui; de cada resposta é mantida a versão mais recente.
js-exported-removed = Guardado como o ficheiro { $file } e removido deste dispositivo.
js-import-cancelled = Importação cancelada: nada foi alterado.
js-import-merged = As respostas do ficheiro foram combinadas com as que já existiam neste dispositivo para { $code }. A versão anterior é conservada até à próxima exportação.
js-undo-import = Anular a importação
js-import-undone = Importação anulada: as respostas de { $code } voltaram a estar como antes.
js-mail-opened = O seu programa de correio eletrónico deverá abrir agora uma mensagem para { $address } com as suas respostas. Envie essa mensagem para concluir.
js-mail-attach-body = As minhas respostas estão no ficheiro anexo { $file }.
js-mail-too-long = As suas respostas são demasiado longas para uma ligação de correio eletrónico, por isso foram guardadas como o ficheiro { $file } nas transferências do seu navegador. Anexe esse ficheiro a uma mensagem de correio eletrónico para { $address }.
js-download-done = As suas respostas foram guardadas como o ficheiro { $file } na pasta de transferências do seu navegador.
js-thanks-title = Obrigado
js-forget-answers = Remover as minhas respostas deste navegador
js-forgotten = As suas respostas foram removidas deste navegador.
js-bar = Entrevista
js-menu = Sessão
js-export-all = Exportar todos os participantes (JSON)
js-send = Enviar as respostas
js-remove-after-export = Remover este participante deste dispositivo depois de exportar em JSON
js-shortcuts = Atalhos de teclado
js-clock-stopped = O cronómetro estava a funcionar quando a página foi fechada; está em pausa em { $time }.
js-conflicts-title = Respostas alteradas em ambos os lados: { $code }
js-conflicts-help = Estas respostas foram alteradas tanto neste dispositivo como no ficheiro desde a última exportação deste dispositivo. Escolha a versão a manter; a outra continua recuperável até à próxima exportação.
js-conflict-mine = Este dispositivo ({ $time }):
js-conflict-theirs = O ficheiro ({ $time }):
js-conflicts-merge = Combinar
js-conflicts-cancel = Cancelar a importação
js-skip-to-questions = Saltar para as perguntas
js-key-next = Pergunta seguinte
js-key-previous = Pergunta anterior
js-key-unanswered = Próxima pergunta sem resposta
js-key-clock = Iniciar ou pausar o cronómetro
js-key-probe = Assinalar a próxima pergunta de aprofundamento
js-key-notes = Notas sobre esta pergunta
js-key-mark = Inserir o tempo do cronómetro, por exemplo [12:40], numa nota ou resposta
js-key-help = Esta lista
js-close = Fechar
js-found-elsewhere = Este navegador guarda também respostas a este questionário provenientes de outra compilação de um estudo, feita antes de o seu study.yaml ser alterado (participantes: { $count }). Se pertencerem a este estudo, incorpore-as aqui.
js-take-found = Incorporá-las neste estudo
js-taken-found = Respostas incorporadas neste estudo (participantes: { $count }).

## Skip logic: when a question or section applies (show_if)
routing-only-if = Apenas se { $condition }
routing-equals = a pergunta { $number } for «{ $value }»
routing-not-equals = a pergunta { $number } não for «{ $value }»
routing-includes = «{ $value }» estiver assinalado na pergunta { $number }
routing-not-includes = «{ $value }» não estiver assinalado na pergunta { $number }
routing-at-least = a resposta à pergunta { $number } for { $value } ou mais
routing-at-most = a resposta à pergunta { $number } for { $value } ou menos
routing-on-or-after = a resposta à pergunta { $number } for { $value } ou depois
routing-on-or-before = a resposta à pergunta { $number } for { $value } ou antes
routing-answered = a pergunta { $number } tiver resposta
routing-not-answered = a pergunta { $number } não tiver resposta
routing-and = e
routing-or = ou
routing-not = não for verdade que { $condition }
# On paper, under a question that later questions depend on.
routing-go-to = Se «{ $value }», passe à pergunta { $number }
# In a transcript, under a question that did not apply to the respondent.
not-applicable = Não aplicável, dadas as respostas anteriores
js-shown-now = Agora visível: { $question }
