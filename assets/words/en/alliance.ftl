## The alliance half of the method, as the interface shows it (English; other languages fall
## back to these lines).

## Why a partner ranks where it does: one line, built from these parts.

why-line = { $stance }; { $trust }; { $tie }.
why-stance-influence = { $stance }, { $influence }
why-not-placed = not placed on the map yet
why-supportive = supportive
why-leaning-supportive = leaning our way
why-neutral = neutral
why-leaning-opposed = leaning against us
why-opposed = opposed to the campaign
why-high-influence = high influence
why-low-influence = low influence
why-trust = trust { $rating }/5
why-trust-unrated = trust not rated
why-tie-level = already working with us: { $level }
why-tie-cooperating = works with us on the map
why-tie-conflicting = in conflict with us on the map
why-tie-none = no tie with us yet

## What to weigh before working closely with each kind of partner.

caution-grassroots = Grassroots groups are close to the problem and often speak for those most affected; let them lead on their own issues and do not speak over them.
caution-ngo = A formal NGO may bring staff, venues and lawyers, but ask whether it insists on its own branding and how flexible its support really is.
caution-network = Network-building organizations help groups that come to them with a fitting vision; be clear about yours before you ask.
caution-international_ngo = International NGOs bring research, legal and technical support, but some activists distrust them; agree who speaks for the campaign.
caution-un_agency = UN statements and investigations raise pressure from outside, but take time and follow their own procedures.
caution-foreign_state = Working with a foreign state or mission is politically delicate: it can bring pressure and protection, or let opponents call the campaign foreign.
caution-media = Media amplify, but they choose the story; use several channels and keep control of what you share.
caution-government = A government partner can open doors and also bind you to its timetable and its limits.
caution-business = A business partner may want visibility in return; agree in writing what its name may be used for.
caution-political_party = A party partner can make the campaign look partisan to the people you want to reach.
caution-legitimacy = A close, public partnership lends each side the other's reputation: it can legitimise the movement, or discredit it.
caution-high-risk = You rated the risks high: decide together what would make you step back.

## The Alliance view: its tabs, the partners page, the continuum page, and the actor panel's
## partner section.

view-alliance = Alliance
cmd-show-alliance = Alliance
cmd-show-alliance-about = Show the alliance plan: what we need, who offers it, and how closely we work with each partner.
alliance-page-partners = Partners
alliance-page-continuum = Continuum
alliance-page-network = Network shape
alliance-page-agreements = Agreements
alliance-looking-back = You are looking at an earlier round: the alliance plan shows as it is now and cannot be changed here.

alliance-partners-heading = What we need, and who offers it
alliance-partners-hint = Start from what the campaign needs, not from who is friendly. Mark what each actor could offer here or in the actor panel; the best fit comes first.
alliance-uncovered-summary = { $count ->
    [one] ⚠ Nobody offers this need yet: { $needs }
   *[other] ⚠ Nobody offers these { $count } needs yet: { $needs }
}
alliance-all-covered = Every need has someone who could meet it.
alliance-uncovered = ⚠ Nobody offers this yet
alliance-offered-by = { $count ->
    [one] 1 actor offers this
   *[other] { $count } actors offer this
}
alliance-add-offer = + Add who offers this
alliance-add-offer-of = Who offers { $need }
alliance-remove-mark = ✕
alliance-stop-offer-hint = { $name } does not offer { $need } after all
alliance-select = Select { $name } on the map and in the actor panel
alliance-rename = Rename
alliance-rename-save = Save
alliance-rename-cancel = Cancel
alliance-need-name = New name of { $need }
alliance-remove-need = Remove
alliance-remove-need-hint = Take this need off the list, with every offer of it. Undo brings both back.
alliance-method-need-hint = One of the method's needs, in the map's language.
alliance-new-need = Another need
alliance-new-need-hint = e.g. Translators
alliance-add-need = Add need
alliance-reset-needs = Back to the method's list
alliance-reset-needs-hint = Remove your own needs and bring back the method's nine. Undo brings yours back.

alliance-continuum-heading = How closely we work with each partner
alliance-continuum-hint = Where each relationship is now and where we aim to take it. Closer means more trust, more at stake and more to gain. Hover over a level to see what it asks of both sides.
alliance-col-partner = Partner
alliance-col-now = Now
alliance-col-aim = Aimed
alliance-col-trust = Trust
alliance-col-benefits = Benefits
alliance-col-risks = Risks
alliance-col-notes = Notes
alliance-level-none = Not set
alliance-rating-none = Not rated
alliance-rating-dash = –
alliance-now-of = { $name }: now
alliance-aim-of = { $name }: aimed
alliance-trust-of = { $name }: trust
alliance-benefits-of = { $name }: benefits
alliance-risks-of = { $name }: risks
alliance-notes-of = Notes on { $name }
alliance-trust-note = Why we trust them, or not
alliance-benefits-note = What working together would bring
alliance-risks-note = What it could cost us
alliance-no-partners = No partners yet. Add one below, or set a level in the actor panel.
alliance-add-partner = Add a partner
alliance-add-partner-choose = Choose an actor
alliance-new-partner = Set a level now or aimed to keep { $name } on this list.
alliance-drop-partner-of = Take { $name } off the list
alliance-drop-partner-hint = Clears the levels, ratings and notes; what they offer stays. Undo brings it back.
alliance-levels-heading = How the levels differ

alliance-inspector-heading = As a partner
alliance-inspector-offers = Could offer
alliance-inspector-cautions = Before working closely together
alliance-inspector-now = Level now
alliance-inspector-aim = Level aimed
alliance-inspector-trust = Trust rating
alliance-inspector-benefits = Benefits rating
alliance-inspector-risks = Risks rating


## The five levels of collaboration, loosest first, by what tells them apart.

trait-purpose = Purpose
trait-purpose-cooperation = Get a task done more easily
trait-purpose-network = Share information and contacts
trait-purpose-campaign_coalition = Win one shared campaign
trait-purpose-strategic_alliance = Follow a shared long-term strategy
trait-purpose-merger = Pool everything into one whole
trait-horizon = Time horizon
trait-horizon-cooperation = Short, now and then
trait-horizon-network = Ongoing but loose
trait-horizon-campaign_coalition = Until the campaign ends
trait-horizon-strategic_alliance = Several years
trait-horizon-merger = Permanent
trait-vision = Shared vision and values
trait-vision-cooperation = Not needed
trait-vision-network = Some common ground
trait-vision-campaign_coalition = Agreement on the campaign's goal
trait-vision-strategic_alliance = Broadly shared
trait-vision-merger = Deeply aligned
trait-decisions = Decision-making
trait-decisions-cooperation = Each decides alone
trait-decisions-network = Informal, by consensus
trait-decisions-campaign_coalition = Joint decisions on the campaign
trait-decisions-strategic_alliance = Shared bodies, written rules
trait-decisions-merger = A new joint body with written accords
trait-depth = Depth of relationship
trait-depth-cooperation = Limited
trait-depth-network = Regular contact
trait-depth-campaign_coalition = Close, on one aim
trait-depth-strategic_alliance = Close, on many issues
trait-depth-merger = New organizations and relationships
trait-accountability = Mutual accountability
trait-accountability-cooperation = None
trait-accountability-network = Goodwill, little more
trait-accountability-campaign_coalition = Promises made to each other
trait-accountability-strategic_alliance = Agreed checks between partners
trait-accountability-merger = Formal and informal mechanisms
trait-commitment = Time commitment
trait-commitment-cooperation = Little
trait-commitment-network = Some, now and then
trait-commitment-campaign_coalition = Steady while the campaign runs
trait-commitment-strategic_alliance = Substantial and lasting
trait-commitment-merger = Long and significant
alliance-ranked-name = { $name } for { $need }
alliance-remove-need-of = Remove { $need }
alliance-rename-of = Rename { $need }

## The network's shape: a short guided step of three questions, then a summary.

shape-heading = The network's shape
shape-intro = Three questions about the network you are building. Decide together and write down why: the reasons help the people who join later.
shape-progress = Question { $number } of { $total }
shape-progress-done = Your answers, with the method's advice
shape-step-purpose = 1. Why
shape-step-members = 2. Members
shape-step-structure = 3. Structure
shape-step-summary = Summary
shape-back = Back
shape-next = Next
shape-reason = Why we chose this
shape-reason-hint = In your own words
shape-not-chosen = Not chosen yet
shape-no-reason = No reason written yet.
shape-advantages = Advantages
shape-disadvantages = Disadvantages
shape-purpose-question = Why do we network?
shape-purpose-intro = Loosest first. Each purpose makes members depend on each other more, and decide more together, than the one before.
shape-purpose-exchange_information = Members keep their own plans and pass on what they learn. Little depends on the others; someone calls a meeting now and then.
shape-purpose-coordinate = Members fit their work together so it adds up. Their leaders agree who does what; each still decides for itself.
shape-purpose-common_funding = Together the members meet a funder's conditions that none meets alone. Money is decided jointly, often through a registered body.
shape-purpose-joint_venture = Members run a campaign or a service together, with a shared plan. Often a small coordinating body, or one member, hosts it for a set time.
shape-purpose-common_identity = Members build one lasting organization with its own vision, rules, leaders and staff, and give up much of their own say.
shape-members-question = Similar or diverse members?
shape-members-intro = Who the network brings together decides how fast trust grows and how far its voice carries.
shape-members-similar-for = Same field, profession, group or place: trust comes more easily, and the network can be a safe space for people who are pushed aside elsewhere.
shape-members-similar-against = Fewer skills and resources, and a narrower base that is easier to ignore.
shape-members-diverse-for = Different fields, groups and places: more skills, resources and voices, and a wider base.
shape-members-diverse-against = Power is uneven between members: watch who leads, who speaks and who is heard.
shape-structure-question = Informal or formal structure?
shape-structure-intro = How far the network organises itself, from a chat group to a registered umbrella body.
shape-structure-informal-for = A chat group, a regular call or a small committee: quick, flexible, and every member stays independent.
shape-structure-informal-against = Easy to let slide until the network exists only on paper.
shape-structure-formal-for = Written procedures or a registered umbrella: joint work is easier to coordinate, the network carries more weight, can raise its own funds and lasts.
shape-structure-formal-against = More paperwork and slower decisions, and energy spent on running the network instead of the campaign.
shape-summary-heading = What we decided
shape-advice-heading = Before you settle on a shape
shape-advice-objective = Let the partnership's objective decide the shape, not habit or what other networks do.
shape-advice-trust = A shape is not fixed: as trust grows, members can take on more together.
shape-advice-lean = Build no more structure than the work needs; every meeting about the network is time taken from the campaign.

## Agreements: the group agreement and the memorandum of understanding.

agreement-group = Group agreement
agreement-group-intro = Written together early on, by consensus: what we stand for, what we promise each other, and what we do when we disagree.
agreement-values = Values we share
agreement-values-hint = What we always do, and what none of us will do
agreement-commitments = What each of us commits to
agreement-commitments-hint = Time, people, money, deadlines
agreement-conflict = How we handle conflict between us
agreement-conflict-hint = Who talks to whom first, and how it is settled
agreement-memo = Memorandum of understanding
agreement-memo-intro = Or terms of reference: what the partnership is for, who is in it, how it decides and what each brings. Draft it from the session, then rewrite it together.
agreement-purpose = Purpose
agreement-purpose-hint = What the partnership is for
agreement-members = Members and their roles
agreement-members-hint = One line per member: who, and what they do
agreement-decisions = How decisions are made
agreement-decisions-hint = Who decides what, and how
agreement-resources = Resources
agreement-resources-hint = What each member brings: people, money, places, skills
agreement-memo-commitments = Commitments
agreement-memo-commitments-hint = What each promises, and until when
agreement-draft = Draft from the session
agreement-draft-tip = Fills the memorandum from the campaign's objective, the network's shape, the partners and what they offer.
agreement-draft-ask = The memorandum already has text. Replace all of it with the draft, or fill only the fields that are still empty?
agreement-draft-replace = Replace all
agreement-draft-fill = Fill empty fields
agreement-draft-keep = Keep it as it is
agreement-draft-nothing = Nothing to draft from yet: write the campaign's objective, choose the network's shape or mark partners first.
agreement-draft-nothing-new = The draft has nothing for the fields that are still empty.
agreement-drafted = Memorandum drafted from the session. Undo takes it back.
agreement-last-heading = What makes networks last
agreement-last-history = Members who have worked together before.
agreement-last-aims = Aims the public can see, backed by real expertise.
agreement-last-leadership = Leadership shared among members.
agreement-last-governance = Governance in which every member has a voice.
agreement-last-trust = Coordination that rests on trust, not on rules alone.
agreement-last-meet = Meeting in person, not only online.
agreement-last-sharing = Sharing what you learn, also after a campaign ends.

## The Plan tab's charts.

chart-heading = Progress at a glance
chart-levels = Partners by level
chart-now = Now
chart-aimed = Aimed
chart-level-count = { $level }: { $now } now, { $aimed } aimed
chart-levels-none = No partners yet: set a level, now or aimed, on an actor.
chart-needs = Needs covered
chart-needs-covered = Covered
chart-needs-uncovered = Not covered
chart-needs-count = { $covered } covered, { $uncovered } not covered
chart-needs-open = Nobody offers yet: { $needs }
chart-needs-none = No needs listed.
chart-needs-no-offers = Nobody is marked as offering anything yet.
chart-slices = Actors per slice, by round
chart-slices-none = Nobody is on the spectrum yet.
chart-slices-bar = { $label }: { $counts }
chart-slices-count = { $slice } { $count }
chart-slices-round = { $number }: { $label }
chart-slices-no-rounds = Record a round to see how this changes.
chart-described = { $chart }: { $figures }

## The alliance plan in exports: the export dialog, the menu and the command line.

cmd-export-alliance-markdown = Export the alliance plan as Markdown…
cmd-export-alliance-markdown-about = Write the alliance plan as text with tables, to paste into a document.
export-format-markdown = Alliance plan as Markdown
export-alliance = Add the alliance plan on pages after the map
export-alliance-pdf-only = The alliance plan needs pages of its own: choose PDF, or Markdown.
export-alliance-follows = The alliance plan follows on pages of its own.
export-ratings = Include partners' ratings (trust, benefits, risks)
export-notes-ratings = Include notes (in the table, and beside the ratings)
win-export-alliance-pages = An image holds one page and the alliance plan needs pages of its own. Export it as PDF, or as Markdown.
cli-export-format-markdown = The alliance plan as Markdown text
cli-export-alliance-help = Add the alliance plan after the map, on pages of its own (PDF only)
cli-export-ratings-help = Show partners' trust, benefit and risk ratings in the alliance plan (with --notes, the notes beside them too)
