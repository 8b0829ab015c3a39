using Newtonsoft.Json;

namespace SecurityGate.Gate.Baseline;

/// <summary>
/// A pool of one char buffer for Json.NET readers that run one after another, such as one reader per baseline line.
/// Without a pool each <see cref="JsonTextReader"/> allocates its own buffer of about 2 KB. Not thread-safe.
/// </summary>
internal sealed class SingleCharBufferPool : IArrayPool<char>
{
    private char[]? _buffer;

    /// <inheritdoc />
    public char[] Rent(int minimumLength)
    {
        var buffer = _buffer;
        if (buffer is not null && buffer.Length >= minimumLength)
        {
            _buffer = null;
            return buffer;
        }

        return new char[minimumLength];
    }

    /// <inheritdoc />
    public void Return(char[]? array)
    {
        if (array is not null)
        {
            _buffer = array;
        }
    }
}
