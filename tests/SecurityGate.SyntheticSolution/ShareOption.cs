using System;
using System.Globalization;

namespace SecurityGate.SyntheticSolution;

/// <summary>
/// The parser of a share option such as <c>--plain-share 0.8</c>. The analyzer benchmark links this file, so both
/// programs reject the same values with the same message.
/// </summary>
internal static class ShareOption
{
    /// <summary>Returns the share, a number from 0 to 1.</summary>
    /// <exception cref="ArgumentException">The value is not a number from 0 to 1.</exception>
    public static double Parse(string name, string value)
    {
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var share) || double.IsNaN(share) || share < 0 || share > 1)
        {
            throw new ArgumentException($"The option {name} has the invalid value \"{value}\": use a number from 0 to 1, for example 0.05.");
        }

        return share;
    }
}
