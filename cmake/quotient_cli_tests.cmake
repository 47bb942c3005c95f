# quotient-cli golden tests: each runs the CLI on an input from tests/cli/, compares standard
# output with the golden file byte for byte and checks the exit status (0 success, 2 error).
# To refresh a golden file after a deliberate change, run the CLI by hand and review the diff.
set(QUOTIENT_CLI_CASES ${CMAKE_SOURCE_DIR}/tests/cli)

# quotient_cli_test(<name> <exit status> [STDIN file] [EXPECTED file] [MATCH regex] [ARGS cli args...])
function(quotient_cli_test name exit_code)
  cmake_parse_arguments(T "" "STDIN;EXPECTED;MATCH" "ARGS" ${ARGN})
  set(defs -DEXIT_CODE=${exit_code})
  if(T_STDIN)
    list(APPEND defs -DSTDIN=${QUOTIENT_CLI_CASES}/${T_STDIN})
  endif()
  if(T_EXPECTED)
    list(APPEND defs -DEXPECTED=${QUOTIENT_CLI_CASES}/${T_EXPECTED})
  endif()
  if(T_MATCH)
    list(APPEND defs "-DMATCH=${T_MATCH}")
  endif()
  add_test(NAME cli_${name}
           COMMAND ${CMAKE_COMMAND} ${defs} -P ${CMAKE_SOURCE_DIR}/tests/run_and_compare.cmake
                   -- $<TARGET_FILE:quotient-cli> ${T_ARGS}
           WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR})
endfunction()

# `COMMAND [options] COMMAND_<case>.json` must print COMMAND_<case>.expected.json and exit with
# the given status (the pipeline, kpi, commission and eval cases; options follow the status).
function(quotient_cli_case command name exit_code)
  quotient_cli_test(${command}_${name} ${exit_code} EXPECTED ${command}_${name}.expected.json
                    ARGS ${command} ${ARGN} ${QUOTIENT_CLI_CASES}/${command}_${name}.json)
endfunction()

# `funnel <case>.json` must print <case>.expected.json and exit with the given status.
function(quotient_cli_funnel_case name exit_code)
  quotient_cli_test(funnel_${name} ${exit_code} EXPECTED ${name}.expected.json
                    ARGS funnel ${QUOTIENT_CLI_CASES}/${name}.json)
endfunction()

quotient_cli_funnel_case(preset_lead_pipeline 0)
quotient_cli_funnel_case(custom_stages 0)
quotient_cli_funnel_case(malformed_json 2)
quotient_cli_funnel_case(number_overflow 2)
quotient_cli_funnel_case(missing_field 2)
quotient_cli_funnel_case(missing_rate 2)
quotient_cli_funnel_case(negative_rate 2)
quotient_cli_funnel_case(rate_1_5 2)
quotient_cli_funnel_case(volume_text 2)
quotient_cli_funnel_case(deal_text 2)
quotient_cli_funnel_case(empty_stages 2)
quotient_cli_funnel_case(unknown_preset 2)
quotient_cli_funnel_case(unknown_field 2)
quotient_cli_funnel_case(revenue_too_large 2)
# The other funnel modes: reverse, goal seek, ideal funnel (the published 3,000,000 / 100,000 case),
# sales formula.
quotient_cli_funnel_case(reverse_b2b 0)
quotient_cli_funnel_case(ideal_published 0)
quotient_cli_funnel_case(goal_seek_impossible 0)
quotient_cli_funnel_case(goal_seek_last_stage 2)
quotient_cli_funnel_case(sales_formula 0)
quotient_cli_funnel_case(sales_formula_percent 2)
quotient_cli_funnel_case(reverse_zero_deal 2)
quotient_cli_funnel_case(reverse_dead_stage 2)
quotient_cli_funnel_case(reverse_missing_target 2)
quotient_cli_funnel_case(unknown_mode 2)

quotient_cli_test(funnel_stdin 0 STDIN stdin_preset_jpy.json EXPECTED stdin_preset_jpy.expected.json
                  ARGS funnel -)
quotient_cli_test(funnel_stdin_no_file_argument 0 STDIN stdin_preset_jpy.json
                  EXPECTED stdin_preset_jpy.expected.json ARGS funnel)
quotient_cli_test(help 0 EXPECTED help.expected.txt ARGS --help)
quotient_cli_test(help_short 0 EXPECTED help.expected.txt ARGS -h)
quotient_cli_test(funnel_help 0 EXPECTED funnel_help.expected.txt ARGS funnel --help)
quotient_cli_test(version 0 MATCH "^quotient-cli [0-9]+\\.[0-9]+\\.[0-9]+\n$" ARGS --version)
quotient_cli_test(unknown_command 2 EXPECTED unknown_command.expected.json ARGS frobnicate)
quotient_cli_test(no_command 2 MATCH "\"code\": \"usage\"")
quotient_cli_test(funnel_unreadable_file 2 MATCH "\"code\": \"file_unreadable\"" ARGS funnel no-such-file.json)
quotient_cli_test(funnel_unknown_option 2 MATCH "\"code\": \"usage\"" ARGS funnel --verbose)

# `pipeline pipeline_<case>.json` must print pipeline_<case>.expected.json and exit with the given status.

# Deals as import-csv prints them: not reviewed (expected value from the CRM probability, else
# the stage's weighted value), one with no amount or close date yet, one won. By hand (Opportunity's
# win rate 25%): reviewed 10,000 x 50% x 50% = 2,500; CRM 10,000 x 40% = 4,000; stage only
# 10,000 x 25% = 2,500; no amount 0. Open deals 4, open 30,000, expected 9,000, weighted 7,500,
# not reviewed 3 deals / 20,000 (in no placement), won 1 / 5,000 apart.
quotient_cli_case(pipeline imported 0)
quotient_cli_case(pipeline sample 0)
quotient_cli_case(pipeline docs_example 0)   # the example in docs/cli.md
quotient_cli_case(pipeline custom_funnel 0)
quotient_cli_case(pipeline empty 0)
quotient_cli_case(pipeline position_zero 2)
quotient_cli_case(pipeline fund_as_percent 2)
quotient_cli_case(pipeline fund_not_whole 2)
quotient_cli_case(pipeline negative_amount 2)
quotient_cli_case(pipeline bad_date 2)
quotient_cli_case(pipeline bad_role 2)
quotient_cli_case(pipeline rating_out_of_range 2)
# A deal without a close date has none yet (flag no_close_date, in no period); one without a name is refused.
quotient_cli_case(pipeline no_close_date 0)
quotient_cli_case(pipeline missing_name 2)
quotient_cli_case(pipeline cycle_zero 2)
quotient_cli_case(pipeline hours_over_week 2)
quotient_cli_case(pipeline unknown_field 2)
quotient_cli_test(pipeline_stdin 0 STDIN pipeline_sample.json EXPECTED pipeline_sample.expected.json ARGS pipeline -)
quotient_cli_test(pipeline_help 0 EXPECTED pipeline_help.expected.txt ARGS pipeline --help)

# `kpi kpi_<case>.json` must print kpi_<case>.expected.json and exit with the given status.

# The published examples of DOMAIN.md section 3.
quotient_cli_case(kpi cac 0)
quotient_cli_case(kpi acv 0)
quotient_cli_case(kpi churn 0)
quotient_cli_case(kpi closing_ratio 0)
quotient_cli_case(kpi conversion 0)
quotient_cli_case(kpi profit_margin 0)
quotient_cli_case(kpi commission 0)
quotient_cli_case(kpi ltv_vs_cac 0)
# Issue 10's KPIs, on the figures worked by hand in tests/core/kpi_test.cpp: ChartMogul's MRR
# churn example with every KPI it feeds, a plan billed yearly, the quick ratio at its rule of
# thumb, the magic number, net profit margin; then their refusals and undefined cases.
quotient_cli_case(kpi mrr_churn 0)
quotient_cli_case(kpi mrr_from_plan 0)
quotient_cli_case(kpi quick_ratio 0)
quotient_cli_case(kpi magic_number 0)
quotient_cli_case(kpi net_profit_margin 0)
quotient_cli_case(kpi billing_period_2 2)
quotient_cli_case(kpi quick_ratio_no_losses 2)
quotient_cli_case(kpi magic_number_no_spend 2)
# Every KPI whose inputs are given, lists, currencies, the largest amounts, and bad input.
quotient_cli_case(kpi all_present 0)
quotient_cli_case(kpi nps_scores 0)
quotient_cli_case(kpi jpy 0)
quotient_cli_case(kpi huge 0)
quotient_cli_case(kpi rate_as_percent 2)
quotient_cli_case(kpi markup_as_percent 2)
quotient_cli_case(kpi missing_input 2)
quotient_cli_case(kpi zero_customers 2)
quotient_cli_case(kpi unknown_kpi 2)
quotient_cli_case(kpi unknown_input 2)
quotient_cli_case(kpi negative_count 2)
quotient_cli_case(kpi bad_score 2)
quotient_cli_case(kpi amount_too_large 2)
quotient_cli_case(kpi result_too_large 2)
quotient_cli_case(kpi no_inputs 2)
quotient_cli_test(kpi_stdin 0 STDIN kpi_cac.json EXPECTED kpi_cac.expected.json ARGS kpi -)
quotient_cli_test(kpi_list 0 EXPECTED kpi_list.expected.json ARGS kpi --list)
quotient_cli_test(kpi_list_with_file 2 MATCH "\"code\": \"usage\"" ARGS kpi --list ${QUOTIENT_CLI_CASES}/kpi_cac.json)
quotient_cli_test(kpi_help 0 EXPECTED kpi_help.expected.txt ARGS kpi --help)

# `commission [--curve] commission_<case>.json` must print commission_<case>.expected.json and
# exit with the given status.

# The published example (100,000 at 15% earns 15,000), tiers with a split, a boundary owned by
# the lower tier, three months with a multiplier, a SPIFF, a clawback and a recoverable draw,
# and the earnings curve.
quotient_cli_case(commission flat 0)
quotient_cli_case(commission tiers_split 0)
quotient_cli_case(commission boundary_lower 0)
quotient_cli_case(commission three_months 0)
quotient_cli_case(commission curve 0 --curve)
# Policies (issue 10): a 1.5x new logo pays $37,500 whether it closes first or second; a
# decelerated curve pays the whole target incentive at exactly 100% with the lower owner, and
# 80% with a cliff; a capped flat component beside a closed last tier; a clawback under a
# non-recoverable draw, carried (the default) or forgiven.
quotient_cli_case(commission new_logo_first 0)
quotient_cli_case(commission new_logo_second 0)
quotient_cli_case(commission curve_at_quota 0)
quotient_cli_case(commission curve_cliff 0)
quotient_cli_case(commission cap_closed_tier 0)
quotient_cli_case(commission draw_clawback 0)
quotient_cli_case(commission draw_clawback_forgiven 0)
# Deals from a CSV file: a three-way split over three rows, a quoted name, a grouped amount.
quotient_cli_case(commission csv 0 --deals ${QUOTIENT_CLI_CASES}/commission_csv_deals.csv)
quotient_cli_test(commission_csv_bad_amount 2 EXPECTED commission_csv_bad_amount.expected.json
                  ARGS commission --deals ${QUOTIENT_CLI_CASES}/commission_csv_bad_amount.csv
                       ${QUOTIENT_CLI_CASES}/commission_csv.json)
# A saved scenario, read as the app saves it (plans and deals in the document's shape): Ana's
# flat 10% plan under the sales plan's $200,000 quarterly quota, in Q4 2026 (Oct 1 - Dec 31), on
# the book's D1 ($50,000, Oct 15) and the pipeline's won Globex renewal ($30,000, Dec 1); the open
# Initech deal pays nothing. Bookings 80,000, attainment 80,000 / 200,000 = 40%, commission
# 5,000 + 3,000 = 8,000, total pay 30,000 base + 8,000 = 38,000. --plan names a plan it lacks: an
# error naming the plans.
quotient_cli_case(commission from_scenario 0)
quotient_cli_test(commission_from_scenario_unknown_plan 2 MATCH "\"code\": \"unknown_plan\""
                  ARGS commission --plan "Plan B" ${QUOTIENT_CLI_CASES}/commission_from_scenario.json)
quotient_cli_test(commission_from_scenario_csv 2 MATCH "\"code\": \"conflicting_fields\""
                  ARGS commission --deals ${QUOTIENT_CLI_CASES}/commission_csv_deals.csv
                       ${QUOTIENT_CLI_CASES}/commission_from_scenario.json)
# Bad plans and deals.
quotient_cli_case(commission rate_as_percent 2)
quotient_cli_case(commission negative_rate 2)
quotient_cli_case(commission overlapping_tiers 2)
quotient_cli_case(commission unsorted_tiers 2)
quotient_cli_case(commission threshold_above_cap 2)
quotient_cli_case(commission splits_not_100 2)
quotient_cli_case(commission bad_date 2)
quotient_cli_case(commission pay_overdetermined 2)
quotient_cli_case(commission unknown_field 2)
quotient_cli_case(commission draw_clawback_unknown 2)
quotient_cli_test(commission_stdin 0 STDIN commission_flat.json EXPECTED commission_flat.expected.json
                  ARGS commission -)
quotient_cli_test(commission_help 0 EXPECTED commission_help.expected.txt ARGS commission --help)
quotient_cli_test(commission_unknown_option 2 MATCH "\"code\": \"usage\"" ARGS commission --verbose)

# import-csv: CRM exports -> deals, bad rows reported with line and reason.
quotient_cli_test(import_salesforce 0 EXPECTED import_salesforce.expected.json
                  ARGS import-csv ${QUOTIENT_CLI_CASES}/import_salesforce.csv)
quotient_cli_test(import_hubspot_fr 0 EXPECTED import_hubspot_fr.expected.json
                  ARGS import-csv --locale fr-FR --currency EUR ${QUOTIENT_CLI_CASES}/import_hubspot_fr.csv)
quotient_cli_test(import_no_columns 2 EXPECTED import_no_columns.expected.json
                  ARGS import-csv ${QUOTIENT_CLI_CASES}/import_no_columns.csv)
quotient_cli_test(import_help 0 EXPECTED import_help.expected.txt ARGS import-csv --help)
# The public CRM sample's header: won, lost and open rows (open ones without amount or close date kept).
quotient_cli_test(import_crm_sample 0 EXPECTED import_crm_sample.expected.json
                  ARGS import-csv ${QUOTIENT_CLI_CASES}/import_crm_sample.csv)
# Headers no CRM writes, mapped by hand; "Signed" said to be won.
quotient_cli_test(import_map 0 EXPECTED import_map.expected.json
                  ARGS import-csv --map name=Ref --map account=Client --map amount=Worth --map stage=Phase
                       --map close_date=Expected --map probability=Chance --won Signed
                       ${QUOTIENT_CLI_CASES}/import_map.csv)
quotient_cli_test(import_won_lost 0 EXPECTED import_won_lost.expected.json
                  ARGS import-csv --won Signed --lost Dead ${QUOTIENT_CLI_CASES}/import_won_lost.csv)
quotient_cli_test(import_open_no_amount 0 EXPECTED import_open_no_amount.expected.json
                  ARGS import-csv ${QUOTIENT_CLI_CASES}/import_open_no_amount.csv)
quotient_cli_test(import_map_unknown_column 2 MATCH "\"code\": \"unknown_column\""
                  ARGS import-csv --map amount=Nowhere ${QUOTIENT_CLI_CASES}/import_map.csv)
quotient_cli_test(import_map_unknown_field 2 MATCH "\"code\": \"unknown_field\""
                  ARGS import-csv --map price=Worth ${QUOTIENT_CLI_CASES}/import_map.csv)
quotient_cli_test(import_unknown_locale 2 MATCH "\"code\": \"unknown_locale\"" ARGS import-csv --locale xx)

# `eval eval_<case>.json`: a saved scenario in, every figure of it out; must print
# eval_<case>.expected.json and exit with the given status.

# The document the app saves for a new scenario; a hand-edited one (three stages, a monthly goal,
# two deals, KPI inputs with an undefined CAC, the default commission book); figures the core
# leaves undefined, printed in their place; fields this version does not know; the example in
# docs/cli.md; a newer schema and a truncated file.
quotient_cli_case(eval default 0 --as-of 2026-12-03)
quotient_cli_case(eval edited 0 --as-of 2026-12-03)
quotient_cli_case(eval undefined 0 --as-of 2026-12-03)
quotient_cli_case(eval unknown_field 0 --as-of 2026-12-03)
quotient_cli_case(eval docs_example 0 --as-of 2026-12-03)
quotient_cli_case(eval newer_schema 2 --as-of 2026-12-03)
quotient_cli_case(eval broken 2 --as-of 2026-12-03)
quotient_cli_case(eval schema2 0 --as-of 2026-12-03)
quotient_cli_case(eval bad_plan 2 --as-of 2026-12-03)
# A missing field keeps a new scenario's value: {"schema": 1} is the whole default scenario.
quotient_cli_test(eval_schema_only_stdin 0 STDIN eval_schema_only.json EXPECTED eval_default.expected.json
                  ARGS eval --as-of 2026-12-03 -)
quotient_cli_test(eval_help 0 EXPECTED eval_help.expected.txt ARGS eval --help)
quotient_cli_test(eval_unreadable_file 2 MATCH "\"code\": \"file_unreadable\"" ARGS eval no-such-file.json)

# `forecast [options] forecast_<case>.json`: the Monte Carlo forecast, seeded, so its output is
# the same on every run.
quotient_cli_case(forecast docs_example 0 --source review --trials 1000 --seed 7)   # the example in docs/cli.md
quotient_cli_case(forecast dated 0 --slip 14 --haircut 0.1 --trials 2000 --seed 3)
quotient_cli_case(forecast zero_quota 0 --source review --trials 10)
# `history`: ten closed deals worked by hand in tests/core/deal_history_test.cpp (won 10, 20, 30,
# 40, 50 and 70 thousand in 10 ... 60 days, four lost of 10 thousand): win rate 6 / 10 by count
# and 220 / 260 by value, average won 36,666.67, median 35,000, cycle median 35 days and 80th
# percentile 50, January 2 won, February none, March 2, April 2; Bo's four closed deals make no
# win rate; calibrated: the last stage at 60 %, deals of 36,666.67, a 35-day cycle.
quotient_cli_case(history team 0)
quotient_cli_test(history_help 0 EXPECTED history_help.expected.txt ARGS history --help)
# The same ten closed deals (and one open, one unreadable row) as a French CRM export with
# unfamiliar headers, mapped by hand: every figure above again, in euros; 12 rows, 1 skipped.
quotient_cli_test(history_export 0 EXPECTED history_export.expected.json
                  ARGS history --csv ${QUOTIENT_CLI_CASES}/history_export.csv --locale fr-FR --currency EUR
                       --map name=Affaire --map owner=Vendeur --map amount=Valeur --map stage=Statut
                       --map "created_date=Ouverte le" --map "close_date=Signée le" --won Signé)
quotient_cli_test(history_csv_and_file 2 MATCH "\"code\": \"conflicting_fields\""
                  ARGS history --csv ${QUOTIENT_CLI_CASES}/history_export.csv ${QUOTIENT_CLI_CASES}/history_team.json)
quotient_cli_test(history_import_option_without_csv 2 MATCH "--csv EXPORT"
                  ARGS history --won Signé ${QUOTIENT_CLI_CASES}/history_team.json)
# Imported deals, not reviewed, under the CRM source: the renewal's probability 1 makes its
# 60,000 certain, the long shot's 0 puts it out of play, and the deal without a probability takes
# its stage's 25 %: P10 = P50 = 60,000, P90 = 100,000, a mean near 60,000 + 0.25 x 40,000 =
# 70,000 and a chance of the 100,000 quota near 25 % (1,000 seeded trials: 71,200 and 28 %).
quotient_cli_case(forecast crm 0 --source crm --trials 1000 --seed 5)
quotient_cli_test(forecast_next_period_undated 2 EXPECTED forecast_next_period_undated.expected.json
                  ARGS forecast --period next_period ${QUOTIENT_CLI_CASES}/forecast_docs_example.json)
quotient_cli_test(forecast_trials_zero 2 EXPECTED forecast_trials_zero.expected.json
                  ARGS forecast --trials 0 ${QUOTIENT_CLI_CASES}/forecast_docs_example.json)
quotient_cli_test(forecast_haircut_percent 2 EXPECTED forecast_haircut_percent.expected.json
                  ARGS forecast --haircut 10 ${QUOTIENT_CLI_CASES}/forecast_docs_example.json)
quotient_cli_test(forecast_bad_deal 2 EXPECTED pipeline_negative_amount.expected.json
                  ARGS forecast ${QUOTIENT_CLI_CASES}/pipeline_negative_amount.json)
quotient_cli_test(forecast_help 0 EXPECTED forecast_help.expected.txt ARGS forecast --help)
