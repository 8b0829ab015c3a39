using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(SecurityGate.Gate.Benchmarks.GateRunBenchmarks).Assembly).Run(args);
