using System;
using System.Diagnostics;

namespace SecurityGate.Analyzers.Benchmarks;

/// <summary>
/// Measures wall time, the process's CPU time and the bytes it allocated over one step. On a shared machine the
/// allocated bytes are the steadiest figure, because other processes stretch the wall time and, less, the CPU time.
/// </summary>
internal readonly struct Timer
{
    private readonly long startTimestamp;
    private readonly TimeSpan startCpu;
    private readonly long startAllocated;

    private Timer(long startTimestamp, TimeSpan startCpu, long startAllocated)
    {
        this.startTimestamp = startTimestamp;
        this.startCpu = startCpu;
        this.startAllocated = startAllocated;
    }

    public static Timer Start() => new(Stopwatch.GetTimestamp(), ProcessCpu(), GC.GetTotalAllocatedBytes(precise: true));

    public Timing Stop() =>
        new(Stopwatch.GetElapsedTime(startTimestamp), ProcessCpu() - startCpu, GC.GetTotalAllocatedBytes(precise: true) - startAllocated);

    private static TimeSpan ProcessCpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}

/// <summary>The wall time, the CPU time of all the process's threads and the bytes they allocated over one step.</summary>
internal readonly record struct Timing(TimeSpan Wall, TimeSpan Cpu, long AllocatedBytes);
