using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.Metrics;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using SecurityGate.Runtime.Tests.Support;

namespace SecurityGate.Runtime.Tests.Diagnostics;

[NonParallelizable]
public sealed class RuntimeMetricsTests
{
    [Test]
    public async Task Counters_EncryptedRoundTrip_CountEncryptionAndDecryption()
    {
        var totals = new ConcurrentDictionary<string, long>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, meterListener) =>
            {
                if (instrument.Meter.Name == "SecurityGate.Runtime")
                {
                    meterListener.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, state) => totals.AddOrUpdate(instrument.Name, value, (_, total) => total + value));
        listener.Start();
        using var services = RuntimeServices.Build();
        var cache = services.GetRequiredService<ISecureCache>();
        var key = cache.CreateKeyForTenant("acme", "credentials", "metrics");

        await cache.SetAsync(key, new ApiCredentials { ClientSecret = "x" });
        await cache.GetAsync<ApiCredentials>(key);

        Assert.That(totals.GetValueOrDefault("securitygate.cache.encryptions"), Is.GreaterThanOrEqualTo(1));
        Assert.That(totals.GetValueOrDefault("securitygate.cache.decryptions"), Is.GreaterThanOrEqualTo(1));
    }
}
