using System;
using System.Collections.Generic;
using System.Linq;

namespace SecurityGate.Analyzers.Benchmarks;

/// <summary>Collects named samples in seconds, one per measured run, and reports their medians.</summary>
internal sealed class Medians
{
    private readonly Dictionary<string, List<double>> samples = new(StringComparer.Ordinal);

    public void Add(string name, double seconds)
    {
        if (!samples.TryGetValue(name, out var list))
        {
            list = new List<double>();
            samples[name] = list;
        }

        list.Add(seconds);
    }

    /// <summary>The median in seconds; for an even count, the mean of the two middle samples. Zero when none.</summary>
    public double Of(string name)
    {
        if (!samples.TryGetValue(name, out var list) || list.Count == 0)
        {
            return 0;
        }

        var sorted = list.OrderBy(value => value).ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
