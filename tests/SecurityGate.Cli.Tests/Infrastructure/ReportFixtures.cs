using System.Collections.Generic;
using SecurityGate.Gate;

namespace SecurityGate.Cli.Tests.Infrastructure;

/// <summary>
/// The gate reports under TestData/reports, as objects. The committed files are <see cref="GateReportFile.Format"/> of
/// these objects (a test checks it), so they have exactly the shape the build gate writes. Orders builds two target
/// frameworks with the same findings, and Billing has an excluded finding and a new one. The folders leave out obj/,
/// which the repository's .gitignore excludes.
/// </summary>
internal static class ReportFixtures
{
    public const string OrdersKeyFor = "1/0f1e2d3c4b5a69788796a5b4c3d2e1f0";
    public const string OrdersLegacy = "1/11111111111111111111111111111111";
    public const string OrdersSuppressed = "1/22222222222222222222222222222222";
    public const string BillingExcluded = "1/33333333333333333333333333333333";
    public const string BillingFormatter = "1/44444444444444444444444444444444";

    public static IReadOnlyDictionary<string, GateReport> All { get; } = new Dictionary<string, GateReport>
    {
        ["Orders/net8.0/cache-security-report.json"] = Orders("net8.0"),
        ["Orders/net10.0/cache-security-report.json"] = Orders("net10.0"),
        ["Billing/net10.0/cache-security-report.json"] = Billing(),
    };

    public static GateReport Orders(string targetFramework) => new()
    {
        Project = "Orders",
        TargetFramework = targetFramework,
        Verdict = "failed",
        Complete = true,
        Baseline = "src/Orders/cache-security-baseline.json",
        Counts = new GateReportCounts { New = 1, Baselined = 1, SuppressedInSource = 1 },
        Findings = new List<GateReportFinding>
        {
            Finding("CSG001", OrdersKeyFor, "M:Shop.Orders.OrderCache.KeyFor(System.String)", "src/Orders/OrderCache.cs", 14, 16, FindingState.New),
            Finding("CSG002", OrdersLegacy, "M:Shop.Orders.LegacyCache.Get(System.Int32)", "src/Orders/LegacyCache.cs", 22, 20, FindingState.Baselined),
            Finding("CSG001", OrdersSuppressed, "M:Shop.Orders.Warmup.Run", "src/Orders/Warmup.cs", 9, 13, FindingState.SuppressedInSource, "warm-up keys are process-local"),
        },
    };

    public static GateReport Billing() => new()
    {
        Project = "Billing",
        TargetFramework = "net10.0",
        Verdict = "failed",
        Complete = true,
        Baseline = "src/Billing/cache-security-baseline.json",
        Counts = new GateReportCounts { New = 1, Excluded = 1 },
        Findings = new List<GateReportFinding>
        {
            Finding("CSG020", BillingFormatter, "M:Shop.Billing.InvoiceStore.Save(Shop.Billing.Invoice)", "src/Billing/InvoiceStore.cs", 31, 9, FindingState.New),
            Finding("CSG001", BillingExcluded, "M:Shop.Billing.Tests.Keys.Build", "src/Billing/Tests/Keys.cs", 5, 12, FindingState.Excluded),
        },
    };

    private static GateReportFinding Finding(string rule, string fingerprint, string member, string path, int line, int column, FindingState state, string? justification = null) => new()
    {
        Rule = rule,
        Fingerprint = fingerprint,
        Member = member,
        Path = path,
        Line = line,
        Column = column,
        State = state,
        Justification = justification,
    };
}
