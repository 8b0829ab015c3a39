using System;
using System.Diagnostics;

namespace SecurityGate.Analyzers.Benchmarks;

/// <summary>
/// Measures wall time and the process's CPU time over one step. On a shared machine the CPU time is the steadier
/// figure, because time slices lost to other processes count in the wall time only.
/// </summary>
internal readonly struct Timer
{
    private readonly long startTimestamp;
    private readonly TimeSpan startCpu;

    private Timer(long startTimestamp, TimeSpan startCpu)
    {
        this.startTimestamp = startTimestamp;
        this.startCpu = startCpu;
    }

    public static Timer Start() => new(Stopwatch.GetTimestamp(), ProcessCpu());

    public Timing Stop() => new(Stopwatch.GetElapsedTime(startTimestamp), ProcessCpu() - startCpu);

    private static TimeSpan ProcessCpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}

/// <summary>The wall time and the CPU time of all the process's threads over one step.</summary>
internal readonly record struct Timing(TimeSpan Wall, TimeSpan Cpu);
