namespace SecurityGate.Gate;

/// <summary>
/// The fixes that baseline messages name for a missing reason and for an accept in CI, in the words of the caller:
/// MSBuild properties for the build, command-line options for the securitygate tool.
/// </summary>
public sealed class BaselineSettingNames
{
    /// <summary>Creates the names.</summary>
    public BaselineSettingNames(string reasonFix, string allowInContinuousIntegrationFix)
    {
        ReasonFix = reasonFix;
        AllowInContinuousIntegrationFix = allowInContinuousIntegrationFix;
    }

    /// <summary>The MSBuild properties <c>CacheSecurityReason</c> and <c>CacheSecurityAllowAcceptInCI</c>.</summary>
    public static BaselineSettingNames MSBuild { get; } = new(
        $"set {GateText.ReasonProperty}, for example -p:{GateText.ReasonProperty}=\"initial adoption\"",
        $"set {GateText.AllowAcceptInCiProperty}=true");

    /// <summary>The fix for a missing reason, a clause such as <c>pass --reason, for example --reason "initial adoption"</c>.</summary>
    public string ReasonFix { get; }

    /// <summary>The fix for an accept rejected in CI, a clause such as <c>pass --allow-in-ci</c>.</summary>
    public string AllowInContinuousIntegrationFix { get; }
}
