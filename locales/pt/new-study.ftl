# The sample study that `enquete new` writes, Portuguese (European). Every
# text is an example that the researcher replaces with their own; keep it
# plain and neutral. Messages are written into YAML as they are: keep the
# ids, and keep `{ $organisation }`, `{ $city }` and `{ $programme }` in the
# letter.
# Register: formal third person, as in enquete.ftl and consent.ftl. In the
# letter { $programme } (with its article) follows a verb, not "em" or "de",
# so that no contraction such as "no" is needed.
# Reviewed by a native speaker: no

study-title = Estudo de exemplo: participar num programa de voluntariado
study-intro = Este estudo analisa a forma como os participantes vivem o programa. Substitua este texto pela introdução do seu próprio estudo.
institution = Universidade de Exemplo
researcher-role = Investigador(a)
privacy-controller = Universidade de Exemplo
privacy-retention = 10 anos após a publicação
privacy-authority = a autoridade nacional de proteção de dados
programme = o programa de voluntariado

guide-title = Guião de entrevista para participantes
guide-intro = Agradecemos a sua participação nesta entrevista.
section-start = Introdução
section-start-instructions = Apresente-se, explique o estudo e reveja o consentimento com o entrevistado antes de começar.
question-code = Código de participante
question-code-help = O código que consta do formulário de consentimento; nunca um nome.
question-joined = Como é que chegou a participar no programa?
probe-heard = Quem lhe falou do programa?
probe-expected = O que esperava do programa?
question-joined-note = Deixe que o entrevistado conte a história por palavras suas; não sugira respostas.
question-since = Desde quando participa?
question-age = Que idade tem?
section-programme = O programa
question-activities = O que faz no programa?
option-meeting = Conhecer pessoas novas
option-language = Praticar a língua
option-leisure = Atividades de lazer
question-frequency = Com que frequência participa?
option-weekly = Todas as semanas
option-monthly = Todos os meses
option-less = Com menos frequência
question-satisfaction = Qual é o seu grau de satisfação com o programa?
scale-low = nada
scale-high = totalmente
note-last-part = Agradeça ao entrevistado as respostas dadas até agora e anuncie a última parte da entrevista.
section-change = A mudança mais significativa
question-change = Olhando para trás, qual foi para si a mudança mais significativa?
change-period = desde que começou no programa

survey-title = Breve questionário no final do programa
survey-section = A sua experiência
question-recommend = Recomendaria o programa a outras pessoas?
option-yes = Sim
option-no = Não
option-unsure = Não tenho a certeza
question-change-wish = O que mudaria no programa?

consent-written-title = Consentimento informado
consent-verbal-title = Consentimento informado (oral)
consent-purpose = Este estudo pretende compreender a forma como os participantes vivem o programa. A entrevista dura cerca de uma hora.

letter-title = Convite para participar numa entrevista
letter-body =
    Caro(a) leitor(a),

    Através de { $organisation }, em { $city }, frequenta { $programme }. Gostaríamos de conhecer a sua experiência numa entrevista de cerca de uma hora, no local e à hora que lhe forem mais convenientes.

    A participação é voluntária. Se quiser participar ou tiver alguma pergunta, contacte-nos.
