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
