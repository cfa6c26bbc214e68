# Default wording of consent sheets, Portuguese (European).
# Reviewed by a native speaker: no. This translation has not been reviewed
# by a native speaker: have it checked before printing.
# Read back for meaning, grammar and register on 2026-12-02 (see the note of issue 11).
#
# Variables come from study.yaml: $controller, $controller_contact,
# $dpo_email, $legal_basis, $recipients, $retention, $authority, $committee,
# $reference. Values from study.yaml follow a colon or stand alone, so that
# any name reads correctly with or without an article.
# Each item has three forms: the statement ticked on a written form (first
# person), the text read aloud in verbal consent (-script, formal third
# person) and a checklist line (-label).

consent-voluntary = Participo voluntariamente neste estudo.
consent-voluntary-script = A participação é voluntária: cabe-lhe a si decidir se quer fazer esta entrevista.
consent-voluntary-label = Participação voluntária

consent-withdraw = Sei que não sou obrigado/a a responder a todas as perguntas, que posso parar a qualquer momento e que posso retirar o meu consentimento mais tarde, sem dar qualquer justificação e sem qualquer consequência para mim.
consent-withdraw-script = Não é obrigado/a a responder a todas as perguntas. Pode parar a qualquer momento e pode também retirar o seu consentimento mais tarde, sem dar qualquer justificação; isso não tem qualquer consequência para si.
consent-withdraw-label = Pode saltar perguntas, parar ou retirar o consentimento mais tarde

consent-recording = Aceito que a entrevista seja gravada em áudio. A gravação é usada apenas para esta investigação e não é partilhada com mais ninguém.
consent-recording-script = Com a sua autorização, gostaria de gravar a nossa conversa. A gravação é usada apenas para esta investigação e não é partilhada com mais ninguém. Pode dizer que não e participar na mesma.
consent-recording-label = Gravação áudio

consent-anonymisation = Compreendo que o meu nome e os nomes de pessoas e lugares que eu mencionar são retirados ou substituídos quando a entrevista é transcrita, de modo a que eu não possa ser reconhecido/a em relatórios ou publicações.
consent-anonymisation-script = O seu nome, e os nomes de pessoas e lugares que mencionar, são retirados quando a entrevista é transcrita. Ninguém o/a poderá reconhecer naquilo que publicarmos.
consent-anonymisation-label = Nomes e lugares anonimizados

consent-privacy = Fui informado/a sobre a forma como os meus dados pessoais são tratados. Responsável pelo tratamento: { $controller }, { $controller_contact }. Encarregado da proteção de dados: { $dpo_email }. Finalidade: este estudo científico. Fundamento jurídico: { $legal_basis }. Acesso aos dados: apenas { $recipients }. Prazo de conservação: { $retention }. Tenho o direito de aceder aos meus dados, de os retificar e de os apagar, de limitar o seu tratamento ou de me opor a ele e, quando aplicável, de pedir a sua portabilidade; posso exercer estes direitos junto do encarregado da proteção de dados. Posso apresentar reclamação à autoridade de controlo: { $authority }.
consent-privacy-script = Os seus dados são usados apenas para este estudo. Responsável pelos seus dados (responsável pelo tratamento): { $controller }, { $controller_contact }. Fundamento jurídico: { $legal_basis }. Só estas pessoas podem ver os seus dados: { $recipients }. Durante quanto tempo são conservados: { $retention }. Pode pedir para ver, corrigir ou apagar os seus dados, limitar a sua utilização ou opor-se a ela e, quando aplicável, recebê-los num formato utilizável: contacte o encarregado da proteção de dados através de { $dpo_email }. Pode também apresentar reclamação à autoridade de controlo: { $authority }.
consent-privacy-label = Informação sobre dados pessoais (RGPD) prestada

# Added to the privacy item when study.yaml sets `privacy.special_categories: true`.
consent-privacy-special = Parte do que eu contar pode revelar categorias especiais de dados pessoais (por exemplo, a minha origem, religião ou saúde); estes dados são tratados para fins de investigação científica, com garantias adequadas (art. 9.º, n.º 2, alínea j), e art. 89.º do RGPD).
consent-privacy-special-script = Parte do que me contar pode revelar algo sobre a sua origem, a sua religião ou a sua saúde. A lei protege especialmente estes dados: usamo-los apenas para esta investigação, com garantias adicionais (art. 9.º, n.º 2, alínea j), e art. 89.º do RGPD).

consent-ethics = Sei que este estudo foi aprovado pela comissão de ética { $committee } (referência { $reference }) e que posso fazer ao investigador ou à investigadora qualquer pergunta sobre o estudo, agora ou mais tarde.
consent-ethics-script = Este estudo foi aprovado pela comissão de ética { $committee } (referência { $reference }). Pode fazer-me perguntas sobre o estudo agora ou mais tarde.
consent-ethics-label = Aprovação ética explicada, perguntas respondidas

privacy-default-legal-basis = o exercício de funções de interesse público (investigação científica; art. 6.º, n.º 1, alínea e), e art. 89.º do RGPD)
privacy-default-recipients = a equipa de investigação
