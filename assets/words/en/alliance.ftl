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
