// The pipeline command's input (docs/cli.md), read once for the commands that take it:
// `pipeline` and `forecast`. Defined in pipeline_command.cpp.
#pragma once
#include <vector>
#include "core/pipeline.h"
#include "json_io.h"

namespace quotient::cli {

struct PipelineInput {
    Funnel funnel = funnel_preset(FunnelPreset::LeadPipeline);
    PipelineSettings settings{};
    bool has_hours = false;
    std::vector<Deal> deals;
};

PipelineInput read_pipeline(const Json& in);

} // namespace quotient::cli
