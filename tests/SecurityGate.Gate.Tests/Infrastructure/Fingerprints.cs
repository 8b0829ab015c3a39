namespace SecurityGate.Gate.Tests.Infrastructure;

/// <summary>The fingerprints of the committed SARIF fixtures, and made-up ones for extra findings.</summary>
internal static class Fingerprints
{
    /// <summary>The unsuppressed finding at OrderCache.cs(9,16) in KeyFor.</summary>
    public const string KeyFor = "1/bdb393f9a3a5f439d846746b4f5753d4";

    /// <summary>The #pragma-suppressed finding at OrderCache.cs(15,16).</summary>
    public const string PragmaKey = "1/2ab75f78c253c0574f4f3f91fd5a92c2";

    /// <summary>The [SuppressMessage]-suppressed finding at OrderCache.cs(22,16).</summary>
    public const string AttributeKey = "1/dc993925efeee11e9f7bef888849fa55";

    public const string KeyForMember = "M:Shop.Orders.OrderCache.KeyFor(System.String)";

    public static string Made(int number) => "1/" + number.ToString("x32", System.Globalization.CultureInfo.InvariantCulture);
}
