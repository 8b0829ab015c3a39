using System;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SecurityGate.Runtime.Tests.Support;

/// <summary>Builds service providers with the secure cache over an in-memory distributed cache.</summary>
internal static class RuntimeServices
{
    public static ServiceProvider Build(Action<SecureCacheOptions>? configure = null, CapturingLoggerProvider? logs = null, Action<IServiceCollection>? services = null)
    {
        var collection = new ServiceCollection();
        collection.AddLogging(builder =>
        {
            builder.SetMinimumLevel(LogLevel.Trace);
            if (logs is not null)
            {
                builder.AddProvider(logs);
            }
        });
        collection.AddDistributedMemoryCache();
        services?.Invoke(collection);
        collection.AddSecureCache(options =>
        {
            TestKeys.AddKey(options, "key-1");
            configure?.Invoke(options);
        });
        return collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
