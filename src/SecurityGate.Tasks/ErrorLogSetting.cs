using System;

namespace SecurityGate.Tasks;

/// <summary>
/// The compiler's <c>ErrorLog</c> property split into its path and its optional SARIF version:
/// <c>obj/x.sarif,version=2.1</c> gives the path <c>obj/x.sarif</c> and the version <c>2.1</c>.
/// </summary>
internal readonly struct ErrorLogSetting
{
    private const string VersionMarker = ",version=";

    private ErrorLogSetting(string path, string? version)
    {
        Path = path;
        Version = version;
    }

    public string Path { get; }

    /// <summary>The version as written after <c>,version=</c>, or null when the setting names none.</summary>
    public string? Version { get; }

    public static ErrorLogSetting Parse(string value)
    {
        var trimmed = value.Trim();
        var markerIndex = trimmed.LastIndexOf(VersionMarker, StringComparison.OrdinalIgnoreCase);
        if (markerIndex < 0)
        {
            return new ErrorLogSetting(trimmed, null);
        }

        return new ErrorLogSetting(trimmed.Substring(0, markerIndex), trimmed.Substring(markerIndex + VersionMarker.Length).Trim());
    }
}
