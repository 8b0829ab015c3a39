namespace SecurityGate.Gate.Sarif;

/// <summary>An AD0001 result: an analyzer threw an exception, so its findings are incomplete.</summary>
public sealed class AnalyzerFailure
{
    /// <summary>Creates the failure record.</summary>
    public AnalyzerFailure(string analyzerName, string exceptionType, string exceptionMessage)
    {
        AnalyzerName = analyzerName;
        ExceptionType = exceptionType;
        ExceptionMessage = exceptionMessage;
    }

    /// <summary>The analyzer's type name as the compiler printed it.</summary>
    public string AnalyzerName { get; }

    /// <summary>The full name of the exception type.</summary>
    public string ExceptionType { get; }

    /// <summary>The exception message.</summary>
    public string ExceptionMessage { get; }
}
