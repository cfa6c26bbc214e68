# Interface strings of enquete, Portuguese (European). A study overrides any
# message by defining it again in its own locales/pt/*.ftl.
# Reviewed by a native speaker: no. This translation has not been reviewed
# by a native speaker: have it checked before printing.
# Register: formal third person, as on a university information sheet.

language-name = Português
skip-to-content = Saltar para o conteúdo
languages = Línguas
not-translated = ainda não traduzido
made-with = Feito com enquete. Esta página não envia nada; as respostas ficam neste navegador até serem exportadas.
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
planned = Previsto

## Forms
web-form = Formulário web
print = Imprimir
consent-document = Consentimento
no-script = O JavaScript está desativado: pode ler e imprimir esta página, mas as respostas não são guardadas.
respondent-code = Código do participante
respondent-code-help = Um código como R07, nunca um nome.
respondent-code-never-name = Código do participante (nunca um nome)
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
msc-why = Porque é esta a mudança mais importante para si?
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
consent-two-copies = Este formulário é assinado em duplicado: um exemplar para o participante, outro para a equipa de investigação.
signatures = Assinaturas
participant = Participante
researcher = Investigador(a)
name = Nome
signature = Assinatura
consent-script = Texto para ler em voz alta
consent-script-instruction = Leia cada parte ao participante e verifique que foi compreendida antes de continuar.
consent-checklist = Lista de verificação do entrevistador
consent-item = Ponto
consent-agreed = Aceite
consent-refused = Recusado
consent-recorded = O próprio consentimento foi gravado
interviewer-initials = Iniciais do entrevistador
letter-qr = Digitalize para abrir a página do estudo nesta língua:
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
js-import-invalid = Este ficheiro não é um ficheiro de respostas exportado pelo enquete.
js-import-wrong = Este ficheiro contém respostas a outro questionário ({ $id }).
js-import-other-version = Este ficheiro provém de outra versão deste questionário: as respostas são retomadas pergunta a pergunta.
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
js-submitted = Obrigado: as suas respostas foram enviadas.
js-submit-failed = Não foi possível enviar as suas respostas ({ $reason }). Continuam guardadas neste navegador: tente novamente mais tarde.
