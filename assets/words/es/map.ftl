# Las palabras que la sala ve en el proyector y en los informes (ver en/map.ftl).

## Cuadrantes del mapa de poder y la estrategia que sugiere cada uno.

strategy-partner = Alianza
strategy-partner-summary = Pueden inclinar el resultado y están de nuestro lado. Acérquese y conviértalos en aliados: invítelos a trabajar juntos y busque apoyos fuertes que aún no contamos como socios.
strategy-awareness = Sensibilización
strategy-awareness-summary = Pueden inclinar el resultado, pero todavía no nos apoyan. Intente acercarlos un paso informándolos y formándolos.
strategy-awareness-caveat = Averigüe primero por qué su apoyo es bajo. Si simplemente no saben o no les importa, infórmelos. Si se oponen con firmeza, no los convierta en un primer objetivo: trabaje más bien para debilitar la legitimidad de su postura.
strategy-capacity = Fortalecimiento de capacidades
strategy-capacity-summary = Están con nosotros, pero aún tienen poco peso. Ayúdelos a fortalecerse: formación, recursos, contactos y voz en la campaña.
strategy-monitor = Seguimiento
strategy-monitor-summary = Por ahora no son ni objetivo ni recurso. No los pierda de vista y note si su postura o su influencia empiezan a cambiar.
place-on-the-line = En la línea neutral
place-on-the-line-note = Ni a favor ni en contra: no está en ningún cuadrante y aún no tiene estrategia. Cuando la sala sepa hacia dónde se inclina, sáquelo de la línea.
place-not-placed = Sin ubicar

## Rótulos de los ejes del mapa de poder.

caption-strongly-opposed = Muy en contra
caption-neutral = Neutral
caption-strongly-supportive = Muy a favor
caption-high-influence = Mucha influencia
caption-low-influence = Poca influencia

## Las cinco franjas del espectro de aliados, y qué acerca a un actor una franja.

slice-active-allies = Aliados activos
slice-passive-allies = Aliados pasivos
slice-neutral = Neutrales
slice-passive-opposition = Oposición pasiva
slice-active-opposition = Oposición activa
tactics-active-allies-aim = Mantenerlos activos y aprovechar su energía
tactics-active-allies-how = Planifique con ellos acciones, eventos y talleres; deles papeles visibles y pídales que sumen a gente de la franja siguiente.
tactics-passive-allies-aim = Convertir el acuerdo en acción
tactics-passive-allies-how = Averigüe qué los frena: ¿falta de tiempo, miedo, un pedido poco claro? Haga un pedido pequeño y concreto, facilite la participación y deles confianza para actuar.
tactics-neutral-aim = Ganarse su simpatía
tactics-neutral-how = Infórmelos y vincule la campaña con su propia experiencia e intereses. Las historias personales y los mensajeros de confianza funcionan mejor que los argumentos.
tactics-passive-opposition-aim = Llevarlos a la neutralidad
tactics-passive-opposition-how = No les dé motivos para movilizarse en nuestra contra. Responda a sus inquietudes, muestre respeto y deje que las dudas sobre su postura crezcan por sí solas.
tactics-active-opposition-aim = No intentar convencerlos; debilitar su postura
tactics-active-opposition-how = Convencerlos rara vez funciona y cuesta mucho. Socave más bien la legitimidad de su postura y aíslelos de su entorno: eso acerca a esas personas un paso hacia nosotros.
aim-hold = El objetivo es mantenerlos donde están: { $slice }.
aim-away = Este objetivo los aleja de nosotros; ¿es eso lo que quiso decir la sala?
aim-one-step = Un paso a la vez: apunte primero a { $next } y luego vaya más lejos.
aim-one-step-toward-us = Un paso hacia nosotros: { $next }

## Tipos de actor y de relación, como los nombran la leyenda y el panel lateral.

kind-individual = Persona
kind-group = Grupo
kind-organization = Organización
kind-institution = Institución
relationship-cooperating = Cooperación
relationship-conflicting = Conflicto
tie-work = Trabajo
tie-political = Política
tie-family = Familia
tie-religious = Religión
tie-neighbourhood = Vecindario
tie-funding = Financiación
tie-other = Otro

## La leyenda.

legend-heading = Leyenda
legend-us = Nosotros
legend-cooperates-with-us = Coopera con nosotros
legend-uncertain = Incierto
legend-aim = Adónde queremos llevarlos
legend-moved = Se movió desde una ronda anterior
legend-disagree = Franja y mapa no coinciden
legend-spread = Respuestas de la sala: mediana y mitad central
page-spread = Respuestas de la sala del { $opened }

## El encabezado y la tabla de una página exportada.

page-power-map = Mapa de poder
page-spectrum = Espectro de aliados
page-both = Mapa de poder y espectro de aliados
page-moved-since-round = las flechas muestran los movimientos desde «{ $round }» ({ $date })
page-moved-since-date = las flechas muestran los movimientos desde la ronda del { $date }
page-moved-since-earlier = las flechas muestran los movimientos desde una ronda anterior
table-actor = Actor
table-strategy = Estrategia
table-slice = Franja
table-aim = Objetivo
table-not-placed = sin ubicar
table-room-heading = Respuestas de la sala, las más disputadas primero
table-answers = Ubicado
table-dont-know = No sabe
table-disagreement = Desacuerdo
table-split = Dividido entre
table-more-actors = { $count ->
    [one] y { $count } actor más
   *[other] y { $count } actores más
}

## Los nombres que el mapa no pudo mostrar completos.

names-shortened = { $count ->
    [one] { $count } nombre acortado
   *[other] { $count } nombres acortados
}
names-not-shown = { $count ->
    [one] { $count } nombre sin mostrar
   *[other] { $count } nombres sin mostrar
}
names-zoom-in = acerque la vista o filtre para verlos

## Las preguntas de planificación y las consignas de la lluvia de ideas.

question-targets = ¿A quién apuntamos con nuestra próxima acción?
question-resources = ¿Qué hace falta para acercarlos un paso hacia nosotros?
question-interests = ¿Qué acciones responden a sus intereses, necesidades y cultura?
question-risks = ¿Qué acciones podrían dividirnos?
prompt-affected = ¿A quién afecta el problema?
prompt-can-change = ¿Quién puede cambiar la situación, para bien o para mal?
prompt-decides = ¿Quién toma las decisiones que importan aquí?
prompt-resources = ¿Quién tiene el dinero, las capacidades o el alcance para llevar a cabo una solución?
prompt-ties = ¿Quién está vinculado con quién: por trabajo, política, familia, fe o vecindario?

## Categorías incluidas: tipos de socio y luego papeles en un análisis de poder.

category-grassroots = Movimiento de base
category-ngo = Organización de la sociedad civil / ONG
category-network = Organización articuladora de redes
category-international_ngo = ONG internacional
category-un_agency = Agencia de la ONU
category-foreign_state = Estado extranjero o embajada
category-media = Medios de comunicación
category-government = Organismo o cargo de gobierno
category-business = Empresa
category-religious_body = Organización religiosa
category-political_party = Partido político
category-union = Sindicato
category-decision_maker = Quien decide
category-organised_stakeholder = Parte interesada organizada
category-influencer = Persona influyente
category-core_constituency = Base social

## La segunda mitad: necesidades, niveles de colaboración, forma de la red, memorando redactado.

need-meeting_space = Un lugar de reunión
need-supporters = Más simpatizantes
need-expertise = Conocimiento experto
need-legal_help = Ayuda jurídica
need-credibility = Credibilidad ante el público
need-international_attention = Atención internacional
need-media_reach = Alcance en los medios
need-funding = Financiación
need-access = Acceso a quienes deciden
collab-cooperation = Cooperación
collab-network = Red
collab-campaign_coalition = Coalición de campaña
collab-strategic_alliance = Alianza estratégica
collab-merger = Fusión o afiliación estructural
purpose-exchange_information = Intercambiar información
purpose-coordinate = Coordinar políticas, programas o acciones
purpose-common_funding = Conseguir financiación común
purpose-joint_venture = Llevar adelante un proyecto conjunto
purpose-common_identity = Construir una identidad común duradera
members-similar = Miembros parecidos
members-diverse = Miembros diversos
structure-informal = Estructura informal
structure-formal = Estructura formal
draft-purpose-why = Por qué trabajamos juntos: { $purpose }.
draft-member = { $name }: { $level }
draft-member-offers = { $name }: { $level }; aporta { $offers }
draft-decisions-informal = Las decisiones se toman juntas en reuniones abiertas, por consenso cuando se puede; quien convoca la siguiente reunión toma las notas.
draft-decisions-formal = Un grupo coordinador, con una persona delegada por miembro, decide según procedimientos escritos; los miembros aprueban los compromisos importantes.
draft-resource = { $need }: { $names }

## El plan de alianzas en un informe: sus páginas después del mapa, y su Markdown.

report-alliance-plan = Plan de alianzas
report-redacted = Los nombres aparecen como códigos. Las razones de la forma de la red, el acuerdo de grupo y el memorando de entendimiento no se incluyen.
report-left-out-redacted = Omitido: este informe está anonimizado.
report-not-written = Aún sin redactar.
report-page = Página { $page } de { $pages }
report-needs = Lo que necesitamos, y quién podría aportarlo
report-need = Necesidad
report-covered-by = Quién podría aportarlo, el más idóneo primero
report-nobody = Nadie por ahora
report-partners = Socios
report-partner = Socio
report-now = Ahora
report-aim = Meta
report-no-level = ninguno
report-offers = Podría aportar
report-no-partners = Todavía no se considera a nadie como socio.
report-trust = Confianza
report-benefits = Beneficios
report-risks = Riesgos
report-rated-note = { $what }: { $note }
report-network = Forma de la red
report-purpose = Propósito
report-members = Miembros
report-structure = Estructura
report-not-chosen = sin elegir todavía
report-choice = { $label }: { $choice }
report-agreement = Acuerdo de grupo
report-values = Los valores que compartimos
report-commitments = A qué se compromete cada quien
report-conflict = Cómo manejamos los conflictos
report-memorandum = Memorando de entendimiento
report-memo-purpose = Para qué es la alianza
report-memo-members = Los miembros y sus funciones
report-memo-decisions = Cómo decidimos
report-memo-resources = Qué aporta cada quien
report-memo-commitments = Qué promete cada quien
report-level = Nivel
report-round = Ronda
report-chart-levels = Socios por nivel
report-chart-needs = Necesidades
report-chart-covered = Alguien podría aportarlo
report-chart-rounds = Actores por franja, ronda tras ronda
report-chart-rounds-latest = { $count ->
    [one] Actores por franja, la última ronda
   *[other] Actores por franja, las últimas { $count } rondas
}
