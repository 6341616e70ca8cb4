// SPDX-License-Identifier: MIT
// Small helpers shared by the benchmark scenarios.
#pragma once

#include <algorithm>
#include <vector>

/// The middle of \a values (0 when there are none).
inline double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}
