using System;

namespace SecurityGate.Gate.Baseline;

/// <summary>One accepted finding in the baseline. It contains hashes and names only, never key text or messages.</summary>
public sealed class BaselineEntry : IEquatable<BaselineEntry>
{
    /// <summary>Creates an entry.</summary>
    public BaselineEntry(string fingerprint, string rule, string member, string path, string reason)
    {
        Fingerprint = fingerprint;
        Rule = rule;
        Member = member;
        Path = path;
        Reason = reason;
    }

    /// <summary>The identity of the finding, <c>{version}/{32 hexadecimal digits}</c>; the only field used for matching.</summary>
    public string Fingerprint { get; }

    /// <summary>The rule id.</summary>
    public string Rule { get; }

    /// <summary>The documentation-comment id of the enclosing member, for people reading the file.</summary>
    public string Member { get; }

    /// <summary>The repository-relative POSIX path where the finding was accepted: a hint for people, not part of the identity.</summary>
    public string Path { get; }

    /// <summary>Why the finding was accepted.</summary>
    public string Reason { get; }

    /// <summary>
    /// The 1-based line of the baseline file the entry was read from, so messages about it can point there;
    /// 0 for an entry that was not read from a file. Not part of the entry's identity.
    /// </summary>
    public int Line { get; private set; }

    /// <summary>Returns the entry with another path hint.</summary>
    public BaselineEntry WithPath(string path) => new(Fingerprint, Rule, Member, path, Reason) { Line = Line };

    /// <summary>Returns the entry with the line of the baseline file it was read from.</summary>
    public BaselineEntry WithLine(int line) => new(Fingerprint, Rule, Member, Path, Reason) { Line = line };

    /// <inheritdoc />
    public bool Equals(BaselineEntry? other) =>
        other is not null
        && string.Equals(Fingerprint, other.Fingerprint, StringComparison.Ordinal)
        && string.Equals(Rule, other.Rule, StringComparison.Ordinal)
        && string.Equals(Member, other.Member, StringComparison.Ordinal)
        && string.Equals(Path, other.Path, StringComparison.Ordinal)
        && string.Equals(Reason, other.Reason, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as BaselineEntry);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Fingerprint);

    /// <summary>Orders entries as the file stores them: by path hint, rule, member, fingerprint, then reason (ordinal).</summary>
    public static int CompareForFile(BaselineEntry left, BaselineEntry right)
    {
        var result = string.CompareOrdinal(left.Path, right.Path);
        if (result == 0)
        {
            result = string.CompareOrdinal(left.Rule, right.Rule);
        }

        if (result == 0)
        {
            result = string.CompareOrdinal(left.Member, right.Member);
        }

        if (result == 0)
        {
            result = string.CompareOrdinal(left.Fingerprint, right.Fingerprint);
        }

        return result == 0 ? string.CompareOrdinal(left.Reason, right.Reason) : result;
    }
}
