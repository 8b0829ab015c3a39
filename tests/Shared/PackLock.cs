using System;
using System.IO;
using System.Threading;

namespace SecurityGate.Tests.Shared;

/// <summary>
/// An exclusive lock on packing SecurityGate from the repository. Test assemblies run in parallel, and two
/// <c>dotnet pack</c> runs of the same projects write the same <c>obj/</c> files, so each pack takes this lock first.
/// </summary>
internal static class PackLock
{
    /// <summary>Waits up to ten minutes for the lock file under the repository's <c>artifacts/</c> folder and returns its handle.</summary>
    public static IDisposable Acquire(string repositoryRoot)
    {
        var folder = Path.Combine(repositoryRoot, "artifacts");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "pack.lock");
        var deadline = DateTime.UtcNow.AddMinutes(10);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(500);
            }
        }
    }
}
