# Les mots que la salle voit au projecteur et dans les rapports (voir en/map.ftl).

## Quadrants de la carte des pouvoirs et la stratégie que chacun suggère.

strategy-partner = Partenariat
strategy-partner-summary = Ils peuvent peser sur l’issue et penchent de notre côté. Allez vers eux et faites-en des alliés : proposez-leur un travail commun, et cherchez les soutiens solides que nous ne comptons pas encore parmi nos partenaires.
strategy-awareness = Sensibilisation
strategy-awareness-summary = Ils peuvent peser sur l’issue mais ne nous soutiennent pas encore. Essayez de les rapprocher d’un pas en les informant et en les formant.
strategy-awareness-caveat = Cherchez d’abord pourquoi leur soutien est faible. S’ils ne savent pas ou ne s’en soucient pas, informez-les. S’ils sont fermement opposés, n’en faites pas une cible prioritaire : travaillez plutôt à affaiblir la légitimité de leur position.
strategy-capacity = Renforcement des capacités
strategy-capacity-summary = Ils sont avec nous mais pèsent encore peu. Aidez-les à se renforcer : formations, ressources, contacts et une place dans la campagne.
strategy-monitor = Veille
strategy-monitor-summary = Ni cible ni ressource pour l’instant. Gardez un œil sur eux et repérez si leur position ou leur influence commence à changer.
place-on-the-line = Sur la ligne neutre
place-on-the-line-note = Ni favorable ni opposé : dans aucun quadrant, donc sans stratégie pour l’instant. Quand la salle sait de quel côté il penche, sortez-le de la ligne.
place-not-placed = Pas encore placé

## Légendes des axes de la carte des pouvoirs.

caption-strongly-opposed = Très opposé
caption-neutral = Neutre
caption-strongly-supportive = Très favorable
caption-high-influence = Forte influence
caption-low-influence = Faible influence

## Les cinq tranches du spectre des alliés, et ce qui rapproche un acteur d’une tranche.

slice-active-allies = Alliés actifs
slice-passive-allies = Alliés passifs
slice-neutral = Neutres
slice-passive-opposition = Opposition passive
slice-active-opposition = Opposition active
tactics-active-allies-aim = Les garder actifs et mettre leur énergie au travail
tactics-active-allies-how = Préparez avec eux des actions, des événements et des formations ; donnez-leur des rôles visibles et demandez-leur d’entraîner des personnes de la tranche suivante.
tactics-passive-allies-aim = Faire passer l’accord à l’action
tactics-passive-allies-how = Cherchez ce qui les retient : le temps, la peur, une demande floue ? Faites une demande petite et concrète, rendez la participation plus facile et donnez-leur confiance pour agir.
tactics-neutral-aim = Gagner leur sympathie
tactics-neutral-how = Informez-les et reliez la campagne à leur propre vécu et à leurs intérêts. Des histoires personnelles et des messagers de confiance convainquent mieux que des arguments.
tactics-passive-opposition-aim = Les amener à la neutralité
tactics-passive-opposition-how = Ne leur donnez pas de raison de se mobiliser contre nous. Répondez à leurs inquiétudes, montrez du respect et laissez les doutes sur leur position grandir d’eux-mêmes.
tactics-active-opposition-aim = Ne pas chercher à les convertir ; affaiblir leur position
tactics-active-opposition-how = Les convertir réussit rarement et coûte cher. Sapez plutôt la légitimité de leur position et isolez-les de leur entourage : cela rapproche ces personnes d’un pas vers nous.
aim-hold = Le but est de les garder là où ils sont : { $slice }.
aim-away = Ce but les éloigne de nous ; est-ce bien ce que la salle voulait ?
aim-one-step = Un pas à la fois : visez d’abord { $next }, puis allez plus loin.
aim-one-step-toward-us = Un pas vers nous : { $next }

## Types d’acteurs et de relations, tels que la légende et le panneau latéral les nomment.

kind-individual = Personne
kind-group = Groupe
kind-organization = Organisation
kind-institution = Institution
relationship-cooperating = Coopération
relationship-conflicting = Conflit
tie-work = Travail
tie-political = Politique
tie-family = Famille
tie-religious = Religion
tie-neighbourhood = Voisinage
tie-funding = Financement
tie-other = Autre

## La légende.

legend-heading = Légende
legend-us = Nous
legend-cooperates-with-us = Coopère avec nous
legend-uncertain = Incertain
legend-aim = Où nous voulons les amener
legend-moved = A bougé depuis un tour précédent
legend-disagree = Tranche et carte en désaccord
legend-spread = Réponses de la salle : médiane et moitié centrale
page-spread = Réponses de la salle du { $opened }

## L’en-tête et le tableau d’une page exportée.

page-power-map = Carte des pouvoirs
page-spectrum = Spectre des alliés
page-both = Carte des pouvoirs et spectre des alliés
page-moved-since-round = les flèches montrent les déplacements depuis « { $round } » ({ $date })
page-moved-since-date = les flèches montrent les déplacements depuis le tour du { $date }
page-moved-since-earlier = les flèches montrent les déplacements depuis un tour précédent
table-actor = Acteur
table-strategy = Stratégie
table-slice = Tranche
table-aim = Objectif
table-not-placed = pas placé
table-room-heading = Réponses de la salle, les plus disputées d'abord
table-answers = Placé
table-dont-know = Ne sait pas
table-disagreement = Désaccord
table-split = Partagé entre
table-more-actors = { $count ->
    [one] et { $count } autre acteur
   *[other] et { $count } autres acteurs
}

## Les noms que la carte n’a pas pu montrer en entier.

names-shortened = { $count ->
    [one] { $count } nom raccourci
   *[other] { $count } noms raccourcis
}
names-not-shown = { $count ->
    [one] { $count } nom non affiché
   *[other] { $count } noms non affichés
}
names-zoom-in = zoomez ou filtrez pour les voir

## Les questions de planification et les pistes du remue-méninges.

question-targets = Qui visons-nous avec notre prochaine action ?
question-resources = Que faut-il pour les rapprocher d’un pas vers nous ?
question-interests = Quelles actions parlent à leurs intérêts, à leurs besoins et à leur culture ?
question-risks = Quelles actions risquent de nous diviser ?
prompt-affected = Qui est touché par le problème ?
prompt-can-change = Qui peut changer la situation, en bien ou en mal ?
prompt-decides = Qui prend les décisions qui comptent ici ?
prompt-resources = Qui a l’argent, les compétences ou la portée pour mettre en œuvre une solution ?
prompt-ties = Qui est lié à qui : par le travail, la politique, la famille, la foi ou le voisinage ?

## Catégories intégrées : types de partenaires, puis rôles dans une analyse des pouvoirs.

category-grassroots = Mouvement de base
category-ngo = Organisation de la société civile / ONG
category-network = Organisation de mise en réseau
category-international_ngo = ONG internationale
category-un_agency = Agence de l’ONU
category-foreign_state = État étranger ou ambassade
category-media = Médias
category-government = Organe ou responsable gouvernemental
category-business = Entreprise
category-religious_body = Organisation religieuse
category-political_party = Parti politique
category-union = Syndicat
category-decision_maker = Décideur
category-organised_stakeholder = Partie prenante organisée
category-influencer = Personne influente
category-core_constituency = Base sociale

## La seconde moitié : besoins, niveaux de collaboration, forme du réseau, protocole d’accord rédigé.

need-meeting_space = Un lieu de réunion
need-supporters = Davantage de soutiens
need-expertise = Des connaissances expertes
need-legal_help = Une aide juridique
need-credibility = De la crédibilité auprès du public
need-international_attention = L’attention internationale
need-media_reach = Une audience médiatique
need-funding = Des financements
need-access = L’accès aux décideurs
collab-cooperation = Coopération
collab-network = Réseau
collab-campaign_coalition = Coalition de campagne
collab-strategic_alliance = Alliance stratégique
collab-merger = Fusion ou affiliation structurelle
purpose-exchange_information = Échanger des informations
purpose-coordinate = Coordonner politiques, programmes ou actions
purpose-common_funding = Obtenir un financement commun
purpose-joint_venture = Mener un projet commun
purpose-common_identity = Construire une identité commune durable
members-similar = Membres semblables
members-diverse = Membres divers
structure-informal = Structure informelle
structure-formal = Structure formelle
draft-purpose-why = Pourquoi nous travaillons ensemble : { $purpose }.
draft-member = { $name } : { $level }
draft-member-offers = { $name } : { $level } ; apporte { $offers }
draft-decisions-informal = Les décisions se prennent ensemble en réunion ouverte, par consensus autant que possible ; qui convoque la réunion suivante en tient les notes.
draft-decisions-formal = Un comité de pilotage, avec une personne déléguée par membre, décide selon des procédures écrites ; les membres approuvent les engagements importants.
draft-resource = { $need } : { $names }

## Le plan d'alliance dans un rapport : ses pages après la carte, et son Markdown.

report-alliance-plan = Plan d'alliance
report-redacted = Les noms sont remplacés par des codes. Les raisons de la forme du réseau, l'accord de groupe et le protocole d'entente ne figurent pas ici.
report-left-out-redacted = Omis : ce rapport est anonymisé.
report-not-written = Pas encore rédigé.
report-page = Page { $page } sur { $pages }
report-needs = Ce dont nous avons besoin, et qui pourrait l'apporter
report-need = Besoin
report-covered-by = Qui pourrait l'apporter, le mieux placé d'abord
report-nobody = Personne pour l'instant
report-partners = Partenaires
report-partner = Partenaire
report-now = Aujourd'hui
report-aim = Visé
report-no-level = aucun
report-offers = Pourrait apporter
report-no-partners = Personne n'est encore envisagé comme partenaire.
report-trust = Confiance
report-benefits = Apports
report-risks = Risques
report-rated-note = { $what } : { $note }
report-network = Forme du réseau
report-purpose = But
report-members = Membres
report-structure = Structure
report-not-chosen = pas encore choisi
report-choice = { $label } : { $choice }
report-agreement = Accord de groupe
report-values = Nos valeurs communes
report-commitments = Ce à quoi chacun s'engage
report-conflict = Comment nous gérons les conflits
report-memorandum = Protocole d'entente
report-memo-purpose = À quoi sert le partenariat
report-memo-members = Les membres et leurs rôles
report-memo-decisions = Comment nous décidons
report-memo-resources = Ce que chacun apporte
report-memo-commitments = Ce que chacun promet
report-level = Niveau
report-round = Tour
report-chart-levels = Partenaires par niveau
report-chart-needs = Besoins
report-chart-covered = Quelqu'un pourrait l'apporter
report-chart-rounds = Acteurs par tranche, tour après tour
report-chart-rounds-latest = { $count ->
    [one] Acteurs par tranche, le dernier tour
   *[other] Acteurs par tranche, les { $count } derniers tours
}
