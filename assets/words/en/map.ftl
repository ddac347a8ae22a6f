# The words the room sees on the projector and in reports: the power map, the spectrum of
# allies, their legends, the page header of an export, the planning questions and the
# brainstorm prompts. Every language has this same file with every message in it; a test
# fails when one is missing or left over.

## Quadrants of the power map and the strategy each suggests.

strategy-partner = Partner
strategy-partner-summary = They can sway the outcome and lean our way. Reach out and make them allies: invite them into joint work, and look for strong supporters we have not yet counted as partners.
strategy-awareness = Awareness raising
strategy-awareness-summary = They can sway the outcome but do not back us yet. Try to bring them one step closer by informing and educating them.
strategy-awareness-caveat = First find out why their support is low. If they simply do not know or care, inform them. If they are firmly opposed, do not make them a first target: work on weakening the legitimacy of their position instead.
strategy-capacity = Capacity development
strategy-capacity-summary = They are with us but carry little weight yet. Help them grow stronger: training, resources, connections and a voice in the campaign.
strategy-monitor = Monitor
strategy-monitor-summary = Neither a target nor a resource for now. Keep an eye on them and notice if their position or influence starts to change.
place-on-the-line = On the neutral line
place-on-the-line-note = Neither supportive nor opposed, so in no quadrant and with no strategy yet. When the room knows which way they lean, move them off the line.
place-not-placed = Not placed

## Axis captions of the power map.

caption-strongly-opposed = Strongly opposed
caption-neutral = Neutral
caption-strongly-supportive = Strongly supportive
caption-high-influence = High influence
caption-low-influence = Low influence

## The five slices of the spectrum of allies, and what moves an actor one slice toward us.

slice-active-allies = Active allies
slice-passive-allies = Passive allies
slice-neutral = Neutral
slice-passive-opposition = Passive opposition
slice-active-opposition = Active opposition
tactics-active-allies-aim = Keep them active and put their energy to work
tactics-active-allies-how = Plan joint actions, events and trainings with them; give them visible roles and ask them to bring in people from the next slice.
tactics-passive-allies-aim = Turn agreement into action
tactics-passive-allies-how = Find out what holds them back: time, fear, no clear ask? Make a small, concrete request, lower the cost of joining, and build their confidence to act.
tactics-neutral-aim = Win their sympathy
tactics-neutral-how = Inform them and tie the campaign to their own experience and interests. Personal stories and trusted messengers work better than arguments.
tactics-passive-opposition-aim = Bring them to neutral
tactics-passive-opposition-how = Avoid giving them a reason to mobilise against us. Answer their concerns, show respect, and let doubts about their position grow on their own.
tactics-active-opposition-aim = Do not try to convert them; weaken their position
tactics-active-opposition-how = Converting them rarely works and costs a lot. Undermine the legitimacy of their position instead and isolate them from the people around them: that pulls those people one step toward us.
aim-hold = The aim is to keep them where they are: { $slice }.
aim-away = This aim moves them away from us; is that what the room meant?
aim-one-step = Move one step at a time: first aim for { $next }, then go further.
aim-one-step-toward-us = One step toward us: { $next }

## Kinds of actor and of relationship, as the legend and the side panel name them.

kind-individual = Individual
kind-group = Group
kind-organization = Organization
kind-institution = Institution
relationship-cooperating = Cooperating
relationship-conflicting = Conflicting
tie-work = Work
tie-political = Political
tie-family = Family
tie-religious = Religious
tie-neighbourhood = Neighbourhood
tie-funding = Funding
tie-other = Other

## The legend.

legend-heading = Legend
legend-us = Us
legend-cooperates-with-us = Cooperates with us
legend-uncertain = Uncertain
legend-aim = Where we aim to move them
legend-moved = Moved since an earlier round
legend-disagree = Slice and map disagree
legend-spread = The room's answers: median and middle half
# $opened is the day and time the room opened, such as 2026-11-30 19:00 UTC.
page-spread = The room's answers of { $opened }

## The header and the table of an exported page.

page-power-map = Power map
page-spectrum = Spectrum of allies
page-both = Power map and spectrum of allies
page-moved-since-round = arrows show movement since “{ $round }” ({ $date })
page-moved-since-date = arrows show movement since the round of { $date }
page-moved-since-earlier = arrows show movement since an earlier round
table-actor = Actor
table-strategy = Strategy
table-slice = Slice
table-aim = Aim
table-not-placed = not placed
table-room-heading = The room's answers, most disputed first
table-answers = Placed
table-dont-know = Don't know
table-disagreement = Disagreement
table-split = Split between
table-more-actors = { $count ->
    [one] and { $count } more actor
   *[other] and { $count } more actors
}

## Names the canvas could not show in full.

names-shortened = { $count ->
    [one] { $count } name shortened
   *[other] { $count } names shortened
}
names-not-shown = { $count ->
    [one] { $count } name not shown
   *[other] { $count } names not shown
}
names-zoom-in = zoom in or filter to see them

## The planning questions and the brainstorm prompts.

question-targets = Whom do we target with our next action?
question-resources = What will it take to move them one step toward us?
question-interests = Which actions speak to their interests, needs and culture?
question-risks = Which actions could drive us apart?
prompt-affected = Who is affected by the problem?
prompt-can-change = Who can change the situation, for better or worse?
prompt-decides = Who takes the decisions that matter here?
prompt-resources = Who has the money, skills or reach to carry out a solution?
prompt-ties = Who is tied to whom: through work, politics, family, faith or neighbourhood?

## Built-in categories: kinds of partner, then roles in a power analysis.

category-grassroots = Grassroots movement
category-ngo = Civil-society organization / NGO
category-network = Network-building organization
category-international_ngo = International NGO
category-un_agency = UN agency
category-foreign_state = Foreign state or mission
category-media = Media
category-government = Government body or official
category-business = Business
category-religious_body = Religious body
category-political_party = Political party
category-union = Union
category-decision_maker = Decision-maker
category-organised_stakeholder = Organised stakeholder
category-influencer = Influencer
category-core_constituency = Core constituency

## The alliance half: needs, levels of collaboration, the network's shape, the drafted memorandum.

need-meeting_space = A place to meet
need-supporters = More supporters
need-expertise = Expert knowledge
need-legal_help = Legal help
need-credibility = Credibility with the public
need-international_attention = International attention
need-media_reach = Media reach
need-funding = Funding
need-access = Access to decision-makers
collab-cooperation = Cooperation
collab-network = Network
collab-campaign_coalition = Campaign coalition
collab-strategic_alliance = Strategic alliance
collab-merger = Merger or structural affiliation
purpose-exchange_information = Exchange information
purpose-coordinate = Coordinate policies, programmes or actions
purpose-common_funding = Obtain common funding
purpose-joint_venture = Run a joint venture
purpose-common_identity = Build a long-term common identity
members-similar = Similar members
members-diverse = Diverse members
structure-informal = Informal structure
structure-formal = Formal structure
draft-purpose-why = Why we work together: { $purpose }.
draft-member = { $name }: { $level }
draft-member-offers = { $name }: { $level }; offers { $offers }
draft-decisions-informal = Decisions are taken together in open meetings, by consensus where possible; whoever convenes the next meeting keeps the notes.
draft-decisions-formal = A steering group with one delegate per member takes decisions under written procedures; members approve major commitments.
draft-resource = { $need }: { $names }

## The alliance plan in a report: its pages after the map, and its Markdown.

report-alliance-plan = Alliance plan
report-redacted = Names are codes here. The reasons for the network's shape, the group agreement and the memorandum are left out.
report-left-out-redacted = Left out: this report is redacted.
report-not-written = Not written yet.
report-page = Page { $page } of { $pages }
report-needs = What we need, and who could bring it
report-need = Need
report-covered-by = Who could bring it, best fit first
report-nobody = Nobody yet
report-partners = Partners
report-partner = Partner
report-now = Now
report-aim = Aimed for
report-no-level = none
report-offers = Could bring
report-no-partners = Nobody is weighed as a partner yet.
report-trust = Trust
report-benefits = Benefits
report-risks = Risks
report-rated-note = { $what }: { $note }
report-network = Shape of the network
report-purpose = Purpose
report-members = Members
report-structure = Structure
report-not-chosen = not chosen yet
report-choice = { $label }: { $choice }
report-agreement = Group agreement
report-values = Values we share
report-commitments = What each of us commits to
report-conflict = How we handle conflict
report-memorandum = Memorandum of understanding
report-memo-purpose = What the partnership is for
report-memo-members = Members and their roles
report-memo-decisions = How we decide
report-memo-resources = What each brings
report-memo-commitments = What each promises
report-level = Level
report-round = Round
report-chart-levels = Partners per level
report-chart-needs = Needs
report-chart-covered = Someone could bring it
report-chart-rounds = Actors per slice, round by round
report-chart-rounds-latest = { $count ->
    [one] Actors per slice, the latest round
   *[other] Actors per slice, the latest { $count } rounds
}
