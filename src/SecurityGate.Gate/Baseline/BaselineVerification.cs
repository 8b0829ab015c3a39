namespace SecurityGate.Gate.Baseline;

/// <summary>The result of <see cref="BaselineNormalizer.Verify"/>.</summary>
public enum BaselineVerification
{
    /// <summary>The file is byte for byte what <see cref="BaselineFile.Format"/> writes for its entries.</summary>
    Canonical,

    /// <summary>The file reads without error but differs from its canonical form; normalizing fixes it.</summary>
    NotCanonical,

    /// <summary>The file is unreadable or has malformed lines; normalizing leaves it unchanged.</summary>
    Invalid,
}
