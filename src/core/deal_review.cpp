#include "deal_review.h"
#include "pipeline.h"

namespace quotient {

// [SECTION] Buying influences

unsigned influence_red_flags(const std::vector<BuyingInfluence>& influences) {
    bool coach = false, economic_buyer_met = false;
    for (const BuyingInfluence& b : influences) {
        coach = coach || (b.roles & role_coach);
        economic_buyer_met = economic_buyer_met || ((b.roles & role_economic) && b.met);
    }
    return (coach ? 0u : unsigned(flag_no_coach)) | (economic_buyer_met ? 0u : unsigned(flag_economic_buyer_not_met));
}

// [SECTION] Fund %, competition % and current position

const char* position_word(int position) {
    static const char* const words[] = {"panic", "fear", "worried", "uncomfortable", "concerned", "",
                                        "OK", "comfortable", "secure", "great", "euphoria"};
    if (position < min_position || position > max_position) return "";
    return words[position - min_position];
}

// [SECTION] Checks

Problem check_fund_percent(int percent) {
    if (is_valid_percent(percent)) return {};
    return {"fund_out_of_range", "fund", "Fund % must be a whole number from 0 to 100."};
}

Problem check_competition_percent(int percent) {
    if (is_valid_percent(percent)) return {};
    return {"competition_out_of_range", "competition", "Competition % must be a whole number from 0 to 100."};
}

Problem check_position(int position) {
    if (is_valid_position(position)) return {};
    return {"position_out_of_range", "position", "The position must be a whole number from -5 to +5, and not 0."};
}

Problem check_rating(int rating) {
    if (is_valid_rating(rating)) return {};
    return {"rating_out_of_range", "rating", "A rating must be a whole number from -5 to +5."};
}

Problem check_roles(unsigned roles) {
    if (is_valid_roles(roles)) return {};
    return {"no_role", "roles", "A buying influence needs at least one role: E, T, U or C."};
}

} // namespace quotient
