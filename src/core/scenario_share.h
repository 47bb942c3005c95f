// What a share link carries, decided before the link is made (share_fragment, scenario_json.h,
// writes it). A link goes wherever it is pasted, so the sender chooses: the whole scenario, or
// its numbers with every name and note left out. Either way the link leaves out the sender's
// number format and language: the recipient reads it in their own.
#pragma once
#include "scenario.h"

namespace quotient {

// Replaces every name and note by a neutral placeholder, changing no figure: pipeline deals'
// names ("Deal 1"...), accounts, owners, products; buying influences' names; competitors
// (named "Competitor 1"..., their channel, product and strategy emptied); strengths, red flags
// and actions (numbered, so their counts stay); the closed deals' ids and every rep's name in
// the commission book. The same account, owner or rep gets the same placeholder everywhere,
// so what is grouped or matched by it (a rep's split credit) stays as it was. Fields of a
// newer version (UnknownMembers) are dropped: this version cannot tell what they hold.
// Placeholders are in the scenario's language. Plan, stage, component and product-rule names
// are kept: they are the plan's own vocabulary, and a multiplier matches products by name.
void leave_out_names_and_notes(Scenario& s);

// The scenario as a link carries it: locale and language set to a new scenario's (so the link
// leaves them out and the recipient keeps their own), names and notes left out when asked.
Scenario scenario_for_link(const Scenario& s, bool leave_out_names);

} // namespace quotient
